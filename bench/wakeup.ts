/**
 * Wake-up latency of an asynchronous receive: a datagram is sent 2 ms after
 * the wait began (from another socket, on a timer), and the time from
 * `send()` to the awaiting code running is recorded. Prints the median and
 * the 90th percentile over 200 wake-ups, then the same while 1,000 other
 * sockets wait at once (fewer when `ulimit -n` is lower; the line says how
 * many).
 *
 * Run: `deno run -A bench/wakeup.ts`, `bun bench/wakeup.ts` or `node bench/wakeup.ts`.
 *
 * @module
 */
import { readFileSync } from "node:fs";
import { NETLINK_USERSOCK, NetlinkSocket } from "../mod.ts";
import { median } from "./interleave.ts";
import { runtime } from "./runtime.ts";

/** Wake-up latencies in µs of `b.receiveAsync()` for datagrams from `a`. */
async function wakeups(a: NetlinkSocket, b: NetlinkSocket): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < 220; i++) {
    let sentAt = 0;
    setTimeout(() => {
      const w = a.writer.reset();
      w.begin(0x20);
      w.end();
      sentAt = performance.now();
      a.send(w, b.portId);
    }, 2);
    await b.receiveAsync({ timeout: 5000 });
    if (i >= 20) samples.push((performance.now() - sentAt) * 1000);
  }
  return samples.sort((x, y) => x - y);
}

function report(label: string, samples: number[]): void {
  console.log(
    `${runtime}: wake-up latency${label} median ${median(samples).toFixed(0)} µs, ` +
      `p90 ${
        samples[Math.floor(samples.length * 0.9)]!.toFixed(0)
      } µs (${samples.length} wake-ups)`,
  );
}

/** How many more sockets this process may open, keeping 100 descriptors spare. */
function spareDescriptors(): number {
  const limits = readFileSync("/proc/self/limits", "utf8");
  const soft = /^Max open files\s+(\d+|unlimited)/m.exec(limits)?.[1] ?? "1024";
  return soft === "unlimited" ? Infinity : Number(soft) - 100;
}

using a = NetlinkSocket.open(NETLINK_USERSOCK);
using b = NetlinkSocket.open(NETLINK_USERSOCK);
report("", await wakeups(a, b));

const others = Array.from(
  { length: Math.max(0, Math.min(1000, spareDescriptors())) },
  () => NetlinkSocket.open(NETLINK_USERSOCK),
);
const waiting = others.map((sock) => sock.receiveAsync().catch(() => {}));
report(` with ${others.length} other sockets waiting,`, await wakeups(a, b));
for (const sock of others) sock.close();
await Promise.all(waiting);
