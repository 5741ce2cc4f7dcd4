/**
 * Wake-up latency of an asynchronous receive: a datagram is sent 2 ms after
 * the wait began (from another socket, on a timer), and the time from
 * `send()` to the awaiting code running is recorded. Prints the median and
 * the 90th percentile over 200 wake-ups.
 *
 * Run: `deno run -A bench/wakeup.ts` or `bun bench/wakeup.ts`.
 *
 * @module
 */
import { NETLINK_USERSOCK, NetlinkSocket } from "../mod.ts";
import { median } from "./interleave.ts";

using a = NetlinkSocket.open(NETLINK_USERSOCK);
using b = NetlinkSocket.open(NETLINK_USERSOCK);
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
samples.sort((x, y) => x - y);
const runtime = typeof (globalThis as { Deno?: unknown }).Deno !== "undefined" ? "deno" : "bun";
console.log(
  `${runtime}: wake-up latency median ${median(samples).toFixed(0)} µs, ` +
    `p90 ${samples[Math.floor(samples.length * 0.9)].toFixed(0)} µs (${samples.length} wake-ups)`,
);
