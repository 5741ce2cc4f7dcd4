/**
 * nlrt: a netlink runtime for Deno and Bun.
 *
 * - {@linkcode NetlinkSocket}: open a socket for any protocol, send, receive,
 *   `request()`, `dump()`, multicast groups, typed errors.
 * - {@linkcode MessageWriter}: build messages in place in a pinned buffer.
 * - {@linkcode MessageReader}, {@linkcode Message}, {@linkcode AttributeReader}:
 *   read replies as views of the receive buffer.
 *
 * Views returned by a socket are valid until the socket receives again;
 * `copy()` keeps bytes for longer.
 *
 * @example
 * ```ts
 * import { NETLINK_ROUTE, NetlinkSocket, NLM_F_REQUEST, RTM_GETLINK, IFINFOMSG_SIZE, IFLA_IFNAME } from "./mod.ts";
 * using sock = NetlinkSocket.open(NETLINK_ROUTE);
 * const w = sock.writer.reset();
 * w.begin(RTM_GETLINK, NLM_F_REQUEST);
 * const ifi = w.reserve(IFINFOMSG_SIZE);
 * w.view.setInt32(ifi + 4, 1, true); // ifi_index = 1
 * const reply = sock.request();
 * const attrs = reply.attributes(IFINFOMSG_SIZE);
 * if (attrs.find(IFLA_IFNAME)) console.log(attrs.string()); // "lo"
 * ```
 *
 * @module
 */
export * from "./codec.ts";
export { NetlinkSocket } from "./src/socket/socket.ts";
export { DumpIterator } from "./src/socket/dump.ts";
export { ReceiveRing } from "./src/socket/ring.ts";
export type {
  AsyncRequestOptions,
  DumpOptions,
  MessagesOptions,
  RequestOptions,
  SocketOptions,
  WaitOptions,
} from "./src/socket/options.ts";
export { SOCKADDR_NL_SIZE, sockaddrNl } from "./src/socket/address.ts";
export type { BufferRef, LibC, ReadWaiter } from "./src/ffi/types.ts";
export * from "./src/rtnl/constants.ts";
export { rtnlTypeName } from "./src/rtnl/names.ts";
export * from "./src/genl/constants.ts";
export { type GenlFamily, getFamily, listFamilies, parseFamily } from "./src/genl/family.ts";
export { GenlClient } from "./src/genl/client.ts";
