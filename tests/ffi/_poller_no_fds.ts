/**
 * Creates the process's poller with no descriptor free, then with one, then
 * with two, and prints what each attempt gave as a JSON line; then checks
 * that the poller, once created, wakes a wait. Run by poller_test.ts under a
 * low `ulimit -n`: the poller must not exist before this runs.
 *
 * @module
 */
import { libc } from "../../src/ffi/libc.ts";
import { NETLINK_USERSOCK, NetlinkSocket, SyscallError } from "../../mod.ts";

const held: NetlinkSocket[] = [];
let exhausted = "";
try {
  for (;;) held.push(NetlinkSocket.open(NETLINK_USERSOCK));
} catch (err) {
  exhausted = err instanceof SyscallError ? `${err.syscall} ${err.code}` : String(err);
}
const probe = held.pop()!;
const peer = held.pop()!;
const attempts: string[] = [];
const attempt = () => {
  try {
    const waiter = libc().waiter(probe.fd);
    attempts.push("created");
    return waiter;
  } catch (err) {
    attempts.push(err instanceof SyscallError ? `${err.syscall} ${err.code}` : String(err));
    return undefined;
  }
};
attempt(); // no descriptor free
held.pop()!.close();
attempt(); // one free: epoll_create1 takes it
held.pop()!.close();
const waiter = attempt(); // two free: epoll_create1 and eventfd
for (const sock of held.splice(0)) sock.close();
const waited = waiter?.wait(5000);
const w = peer.writer.reset();
w.begin(0x20);
w.end();
peer.send(w, probe.portId);
console.log(JSON.stringify({ exhausted, attempts, woke: await waited }));
waiter?.close();
probe.close();
peer.close();
