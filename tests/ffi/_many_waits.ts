/**
 * Opens `count` NETLINK_USERSOCK sockets (argument 1, default 1000), makes
 * every one wait in `receiveAsync()` at once, sends one datagram to the last
 * socket and one to the middle one, then closes everything. Prints one JSON
 * line: which sockets woke, the thread count and RSS idle and while all
 * wait, and how the other waits ended. Run by poller_test.ts, and by hand
 * for the figures in the README.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import process from "node:process";
import { NETLINK_USERSOCK, NetlinkSocket, SocketClosedError } from "../../mod.ts";

const count = Number(process.argv[2] ?? 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `Threads:` and `VmRSS:` (MiB) from /proc/self/status. */
function status(): { threads: number; rssMiB: number } {
  const text = readFileSync("/proc/self/status", "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)![1]);
  return { threads: field("Threads"), rssMiB: Math.round(field("VmRSS") / 1024) };
}

const sender = NetlinkSocket.open(NETLINK_USERSOCK);
const sockets = Array.from({ length: count }, () => NetlinkSocket.open(NETLINK_USERSOCK));
function sendTo(index: number): void {
  const w = sender.writer.reset();
  w.begin(0x20);
  w.putU32(1, index);
  w.end();
  sender.send(w, sockets[index]!.portId);
}

// Warm up without waiting (the runtime starts its JIT and GC helpers on
// first use), so that "idle" is a process that has worked but does not wait.
for (let i = 0; i < 2000; i++) {
  sendTo(i % count);
  sockets[i % count]!.tryReceive();
}
(globalThis as { Bun?: { gc(sync: boolean): void } }).Bun?.gc(true);
await sleep(200);
const idle = status();

const pending = new Set<number>();
const ends = sockets.map((sock, i) => {
  pending.add(i);
  return sock.receiveAsync({ timeout: 120_000 }).then(
    (reader) => {
      pending.delete(i);
      reader.advance();
      const attrs = reader.attributes();
      attrs.advance();
      return attrs.u32() === i ? "received" : "wrong datagram";
    },
    (err: unknown) => {
      pending.delete(i);
      return err instanceof SocketClosedError ? "closed" : String(err);
    },
  );
});
await sleep(300);
const waiting = status();

const last = count - 1;
const middle = Math.floor(count / 2);
const sentAt = performance.now();
sendTo(last);
sendTo(middle);
let bound: ReturnType<typeof setTimeout> | undefined;
await Promise.race([
  Promise.all([ends[last], ends[middle]]),
  new Promise((resolve) => bound = setTimeout(resolve, 10_000)),
]);
clearTimeout(bound);
const wakeMs = performance.now() - sentAt;
await sleep(200); // time for a wrong wake-up to show
const woke = sockets.map((_, i) => i).filter((i) => !pending.has(i));
const afterWake = status();

for (const sock of sockets) sock.close();
sender.close();
const outcomes: Record<string, number> = {};
for (const end of await Promise.all(ends)) outcomes[end] = (outcomes[end] ?? 0) + 1;
console.log(JSON.stringify({
  count,
  woke,
  wakeMs: Math.round(wakeMs),
  idle,
  waiting,
  afterWake,
  outcomes,
}));
