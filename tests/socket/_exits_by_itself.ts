/**
 * Opens sockets, subscribes, starts async waits, closes everything, and
 * must then exit on its own: nothing may keep the event loop alive.
 * Run by async_test.ts.
 *
 * @module
 */
import { NETLINK_ROUTE, NETLINK_USERSOCK, NetlinkSocket, RTNLGRP_LINK } from "../../mod.ts";

const events = NetlinkSocket.open(NETLINK_ROUTE, { groups: [RTNLGRP_LINK] });
const stream = (async () => {
  for await (const _ of events.messages()) { /* none expected */ }
})();
const idle = NetlinkSocket.open(NETLINK_USERSOCK);
const waiting = idle.receiveAsync().catch((err) => String(err));
setTimeout(() => {
  events.close();
  idle.close();
}, 100);
await stream;
console.log(await waiting);
