/**
 * Generic netlink families as the controller (`nlctrl`) describes them:
 * resolve a family by name, or list them all, with their multicast groups.
 *
 * @module
 */
import { NLM_F_REQUEST } from "../codec/constants.ts";
import type { Message } from "../codec/message.ts";
import { Errno } from "../errno.ts";
import { KernelError } from "../errors.ts";
import type { NetlinkSocket } from "../socket/socket.ts";
import {
  CTRL_ATTR_FAMILY_ID,
  CTRL_ATTR_FAMILY_NAME,
  CTRL_ATTR_HDRSIZE,
  CTRL_ATTR_MAXATTR,
  CTRL_ATTR_MCAST_GROUPS,
  CTRL_ATTR_MCAST_GRP_ID,
  CTRL_ATTR_MCAST_GRP_NAME,
  CTRL_ATTR_VERSION,
  CTRL_CMD_GETFAMILY,
  GENL_HDRLEN,
  GENL_ID_CTRL,
} from "./constants.ts";

/** A generic netlink family and its multicast groups. */
export interface GenlFamily {
  /** The family id: the `nlmsg_type` of its messages. */
  id: number;
  /** The family name, e.g. `"nlctrl"`. */
  name: string;
  /** The family's version. */
  version: number;
  /** Size of the family's own header after `genlmsghdr`. */
  headerSize: number;
  /** The highest attribute type the family accepts. */
  maxAttr: number;
  /** Multicast groups by name: their group numbers for `join()`. */
  groups: Map<string, number>;
}

/**
 * Asks the controller for one family by name.
 *
 * @param sock A `NETLINK_GENERIC` socket.
 * @param name The family name.
 * @returns The family.
 * @throws {KernelError} `ENOENT`, naming the family, when no such family is
 *   registered (its module is not loaded).
 */
export function getFamily(sock: NetlinkSocket, name: string): GenlFamily {
  const w = sock.writer.reset();
  w.begin(GENL_ID_CTRL, NLM_F_REQUEST);
  w.view.setUint8(w.reserve(GENL_HDRLEN), CTRL_CMD_GETFAMILY);
  w.putString(CTRL_ATTR_FAMILY_NAME, name);
  try {
    return parseFamily(sock.request(w, { replies: true }));
  } catch (err) {
    if (!(err instanceof KernelError) || err.errno !== Errno.ENOENT) throw err;
    throw new KernelError(err.errno, err.seq, err.requestType, {
      message: err.extAckMessage,
      offset: err.extAckOffset,
      missingType: err.missingType,
      missingNest: err.missingNest,
    }, {
      requestName: err.requestName,
      hint: `no generic netlink family "${name}" is registered (is the kernel module ` +
        `that provides it loaded?)`,
    });
  }
}

/**
 * Lists every registered family.
 *
 * @param sock A `NETLINK_GENERIC` socket.
 * @returns The families, in the kernel's order.
 */
export function listFamilies(sock: NetlinkSocket): GenlFamily[] {
  const w = sock.writer.reset();
  w.begin(GENL_ID_CTRL, NLM_F_REQUEST);
  w.view.setUint8(w.reserve(GENL_HDRLEN), CTRL_CMD_GETFAMILY);
  const families: GenlFamily[] = [];
  for (const m of sock.dump()) families.push(parseFamily(m));
  return families;
}

/**
 * Parses a `CTRL_CMD_NEWFAMILY` message.
 *
 * @param msg The controller's message.
 * @returns The family it describes.
 */
export function parseFamily(msg: Message): GenlFamily {
  const family: GenlFamily = {
    id: 0,
    name: "",
    version: 0,
    headerSize: 0,
    maxAttr: 0,
    groups: new Map(),
  };
  for (const a of msg.attributes(GENL_HDRLEN)) {
    switch (a.type) {
      case CTRL_ATTR_FAMILY_ID:
        family.id = a.u16();
        break;
      case CTRL_ATTR_FAMILY_NAME:
        family.name = a.string();
        break;
      case CTRL_ATTR_VERSION:
        family.version = a.u32();
        break;
      case CTRL_ATTR_HDRSIZE:
        family.headerSize = a.u32();
        break;
      case CTRL_ATTR_MAXATTR:
        family.maxAttr = a.u32();
        break;
      case CTRL_ATTR_MCAST_GROUPS:
        for (const entry of a.nested()) {
          let name = "";
          let id = 0;
          for (const g of entry.nested()) {
            if (g.type === CTRL_ATTR_MCAST_GRP_NAME) name = g.string();
            else if (g.type === CTRL_ATTR_MCAST_GRP_ID) id = g.u32();
          }
          family.groups.set(name, id);
        }
        break;
    }
  }
  return family;
}
