/**
 * A program that waits asynchronously: built by bundle_test.ts with
 * `bun build --target=bun` and `bun build --compile`, then run from another
 * directory. Prints `woke <type>` when the datagram sent 20 ms after the
 * wait began wakes `receiveAsync()`.
 *
 * @module
 */
import { NETLINK_USERSOCK, NetlinkSocket } from "../../mod.ts";

using a = NetlinkSocket.open(NETLINK_USERSOCK);
using b = NetlinkSocket.open(NETLINK_USERSOCK);
setTimeout(() => {
  const w = a.writer.reset();
  w.begin(0x2a);
  w.end();
  a.send(w, b.portId);
}, 20);
const reader = await b.receiveAsync({ timeout: 5000 });
reader.advance();
console.log(`woke ${reader.type}`);
