/**
 * Names for generic netlink requests in error messages: the controller's
 * commands (`CTRL_CMD_GETFAMILY`), and `<family> command <n>` for a family
 * a client resolved.
 *
 * @module
 */
import { NLM_F_CAPPED, NLMSG_ERROR } from "../codec/constants.ts";
import type { Message } from "../codec/message.ts";
import { GENL_ID_CTRL } from "./constants.ts";

const CTRL_COMMANDS: readonly string[] = [
  "CTRL_CMD_UNSPEC",
  "CTRL_CMD_NEWFAMILY",
  "CTRL_CMD_DELFAMILY",
  "CTRL_CMD_GETFAMILY",
  "CTRL_CMD_NEWOPS",
  "CTRL_CMD_DELOPS",
  "CTRL_CMD_GETOPS",
  "CTRL_CMD_NEWMCAST_GRP",
  "CTRL_CMD_DELMCAST_GRP",
  "CTRL_CMD_GETMCAST_GRP",
  "CTRL_CMD_GETPOLICY",
];

/**
 * The command of the request an `NLMSG_ERROR` echoes, when it echoes the
 * payload (it does unless `NETLINK_CAP_ACK` is on).
 *
 * @param error The `NLMSG_ERROR` message.
 * @returns `genlmsghdr.cmd`, or `undefined` when not echoed.
 */
export function echoedCommand(error: Message): number | undefined {
  // error code (4) + the request's nlmsghdr (16), then its genlmsghdr.
  if (error.type !== NLMSG_ERROR || (error.flags & NLM_F_CAPPED) !== 0) return undefined;
  if (error.payloadLength < 21) return undefined;
  const requestLength = error.view.getUint32(error.payloadOffset + 4, true);
  if (requestLength < 17) return undefined;
  return error.view.getUint8(error.payloadOffset + 20);
}

/**
 * Names a request to a generic netlink family.
 *
 * @param family The family's name, e.g. `"nl80211"`.
 * @param error The `NLMSG_ERROR` that refused it.
 * @returns E.g. `"nl80211 command 5"`, or `"nl80211 request"` when the command is not echoed.
 */
export function genlRequestName(family: string, error: Message): string {
  const cmd = echoedCommand(error);
  if (family === "nlctrl" && cmd !== undefined && CTRL_COMMANDS[cmd]) return CTRL_COMMANDS[cmd];
  return cmd === undefined ? `${family} request` : `${family} command ${cmd}`;
}

/**
 * Names a generic netlink request type that needs no family lookup: the
 * controller's.
 *
 * @param type `nlmsg_type` (a family id).
 * @param error The `NLMSG_ERROR` that refused it.
 * @returns The name, or `undefined` for another family.
 */
export function genlControllerName(type: number, error: Message): string | undefined {
  return type === GENL_ID_CTRL ? genlRequestName("nlctrl", error) : undefined;
}
