/**
 * Starts waits on three sockets (two with a timeout, one without), aborts
 * them all, leaves the sockets open, and must then exit by itself: the
 * poller's last wait left, so no call or timer may keep the process alive.
 * Run by poller_test.ts.
 *
 * @module
 */
import { NETLINK_USERSOCK, NetlinkSocket } from "../../mod.ts";

const sockets = [0, 1, 2].map(() => NetlinkSocket.open(NETLINK_USERSOCK));
const controllers = sockets.map(() => new AbortController());
const ends = sockets.map((sock, i) =>
  sock.receiveAsync({
    signal: controllers[i]!.signal,
    ...(i < 2 ? { timeout: 60_000 + i } : {}),
  }).then(() => "received", (err: Error) => err.name)
);
setTimeout(() => {
  for (const c of controllers) c.abort();
}, 50);
console.log((await Promise.all(ends)).join(" "));
