/**
 * The default request namer of a socket, by protocol: rtnetlink's message
 * types, the generic netlink controller's commands, and the control types
 * every protocol shares (`NLMSG_NOOP`...).
 *
 * @module
 */
import { NETLINK_GENERIC, NETLINK_ROUTE } from "../codec/constants.ts";
import type { Message } from "../codec/message.ts";
import { genlControllerName } from "../genl/names.ts";
import { rtnlTypeName } from "../rtnl/names.ts";
import type { RequestDescriber } from "./core.ts";

const CONTROL = ["", "NLMSG_NOOP", "NLMSG_ERROR", "NLMSG_DONE", "NLMSG_OVERRUN"];

/**
 * The namer a socket of `protocol` uses, with the caller's own tried first.
 *
 * @param protocol The socket's protocol.
 * @param custom The caller's namer (`SocketOptions.describeRequest`), if any.
 * @returns A function naming request types, `undefined` where it knows none.
 */
export function describerFor(protocol: number, custom?: RequestDescriber): RequestDescriber {
  const known = protocol === NETLINK_ROUTE
    ? (type: number) => rtnlTypeName(type)
    : protocol === NETLINK_GENERIC
    ? genlControllerName
    : undefined;
  return (type: number, error: Message) =>
    custom?.(type, error) ?? known?.(type, error) ?? (CONTROL[type] || undefined);
}
