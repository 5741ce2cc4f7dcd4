/**
 * Round trips against the host kernel: RTM_GETLINK for ifindex 1 through
 * `request()` and `requestAsync()`, and full link dumps (in the benchmark's
 * network namespace of 200 veth pairs), each against C in the same process.
 *
 * @module
 */
import {
  IFINFOMSG_SIZE,
  type Message,
  MessageWriter,
  NETLINK_ROUTE,
  NETLINK_USERSOCK,
  NetlinkSocket,
  NLM_F_ACK,
  NLM_F_DUMP,
  NLM_F_REQUEST,
  NLMSG_DONE,
  NLMSG_NOOP,
  RTM_GETLINK,
  RTM_NEWLINK,
} from "../mod.ts";
import type { Baseline } from "./baseline.ts";
import { batchedLoop } from "./batch.ts";
import { multicastComparisons } from "./multicast.ts";
import { type Chunk, type Comparison, interleave, timed, timedAsync } from "./interleave.ts";

/**
 * Captures the datagrams of one real link dump (for the codec's parse benchmark).
 *
 * @returns Copies of the datagrams and the number of links in them.
 */
export function captureLinkDump(): { datagrams: Uint8Array[]; links: number } {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, 1);
  w.reserve(IFINFOMSG_SIZE);
  sock.send();
  const datagrams: Uint8Array[] = [];
  let links = 0;
  for (;;) {
    const r = sock.receive();
    datagrams.push(r.datagram().slice());
    let done = false;
    for (const m of r) {
      if (m.type === RTM_NEWLINK) links++;
      else if (m.type === NLMSG_DONE) done = true;
    }
    if (done) return { datagrams, links };
  }
}

/**
 * Runs the host-kernel benchmarks.
 *
 * @param baseline The C baselines.
 * @param smoke A short run.
 * @returns The comparisons.
 */
export async function hostBenchmarks(baseline: Baseline, smoke: boolean): Promise<Comparison[]> {
  const rounds = smoke ? 5 : 15;
  const chunk = smoke ? 3000 : 20000;
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const getlink = () => {
    const w = sock.writer.reset();
    w.begin(RTM_GETLINK, NLM_F_REQUEST);
    w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 1, true);
    w.end();
  };
  getlink();
  const results: Comparison[] = [];
  // Async answers are parsed in place (zero-copy), as a service would.
  const readType = (m: Message) => m.type;
  const syncLoop = timed((n) => {
    for (let i = 0; i < n; i++) sock.request();
  });
  const asyncLoop = timedAsync(async (n) => {
    for (let i = 0; i < n; i++) await sock.requestAsync(sock.writer, { parse: readType });
  });
  /** One round-trip row: `loop` against `reference`, chunk by chunk. */
  const roundTrips = async (
    name: string,
    reference: Chunk,
    loop: Chunk,
    options: { referenceName?: string; target?: number } = {},
  ) =>
    results.push(
      await interleave(name, "round trip", reference, loop, { chunk, rounds, ...options }),
    );
  await roundTrips("getlink request()", (n) => baseline.getlink(n), syncLoop, { target: 0.95 });
  await roundTrips("getlink requestAsync()", (n) => baseline.getlink(n), asyncLoop);
  await roundTrips("getlink requestAsync() vs request()", syncLoop, asyncLoop, {
    referenceName: "sync",
    target: 0.8,
  });
  // The cheapest kernel round trip (a NOOP the kernel acks at once) stands
  // in for the module's echo natively: one at a time, then batched N per
  // sendmsg with the acks drained by recvmmsg.
  using pingSock = NetlinkSocket.open(NETLINK_ROUTE, { rcvbuf: 4 << 20, forceBufferSizes: true });
  const ping = new MessageWriter(64);
  ping.begin(NLMSG_NOOP, NLM_F_REQUEST | NLM_F_ACK);
  ping.end();
  const pingLoop = timed((n) => {
    for (let i = 0; i < n; i++) pingSock.request(ping);
  });
  await roundTrips("ping (NOOP + ack) request()", (n) => baseline.ping(n), pingLoop, {
    target: 0.95,
  });
  // The same against C sending without an address as well: what is left
  // of the distance to C once both spare the kernel the address.
  await roundTrips(
    "ping request() vs C sending without address alike",
    (n) => baseline.pingUnaddressed(n),
    pingLoop,
    { referenceName: "C unaddressed" },
  );
  for (const batch of [8, 64, 256]) {
    const batched = batchedLoop(pingSock, batch, (w, seq) => {
      w.begin(NLMSG_NOOP, NLM_F_REQUEST | NLM_F_ACK, seq);
      w.end();
    });
    results.push(
      await interleave(
        `batched ping, ${batch} per sendmsg`,
        "message",
        (n) => baseline.ping(n),
        batched,
        {
          chunk: chunk * 4,
          rounds,
          target: batch === 64 ? 4 : undefined,
        },
      ),
    );
    results.push(
      await interleave(
        `batched ping, ${batch} per sendmsg, vs C batching alike`,
        "message",
        (n) => baseline.pingBatched(batch, n),
        batched,
        { chunk: chunk * 4, rounds, referenceName: "C batched", target: 0.95 },
      ),
    );
  }
  // Batched RTM_GETLINK: the kernel's work per request dominates here.
  const batchedGetlink = batchedLoop(pingSock, 64, (w, seq) => {
    w.begin(RTM_GETLINK, NLM_F_REQUEST, seq);
    w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 1, true);
    w.end();
  });
  results.push(
    await interleave(
      "batched getlink, 64 per sendmsg",
      "message",
      (n) => baseline.getlink(n),
      batchedGetlink,
      {
        chunk: chunk * 2,
        rounds,
      },
    ),
  );
  // Multicast natively: NETLINK_USERSOCK lets root publish to a group; C
  // publishes in both loops, so only the subscribers differ.
  if (process.getuid?.() === 0) {
    const burst = 256;
    results.push(
      ...(await multicastComparisons(
        {
          label: "usersock",
          group: 1,
          burst,
          subscribe: () =>
            NetlinkSocket.open(NETLINK_USERSOCK, {
              groups: [1],
              rcvbuf: 32 << 20,
              forceBufferSizes: true,
            }),
          publish: () => void baseline.publish(burst, 16),
          publishAsync: () => Promise.resolve(void baseline.publish(burst, 16)),
          c: (subscribers, n) => baseline.userMcast(subscribers, 16, burst, n / subscribers).ns,
        },
        rounds,
        smoke ? 8 : 40,
      )),
    );
  }
  const links = baseline.dumpLinks(1).links;
  if (links >= 400) {
    let seen = 0;
    const dumpLoop = timed((n) => {
      for (let i = 0; i < n; i++) {
        const w = sock.writer.reset();
        w.begin(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP);
        w.reserve(IFINFOMSG_SIZE);
        seen = 0;
        for (const _ of sock.dump()) seen++;
      }
    });
    const dumps = smoke ? 5 : 40;
    const r = await interleave(
      `link dump of ${links} links`,
      "link",
      (n) => baseline.dumpLinks(n).ns / links,
      (n) => Number(dumpLoop(n)) / links,
      { chunk: dumps, rounds, target: 0.95 },
    );
    if (seen !== links) throw new Error(`dump saw ${seen} links, C saw ${links}`);
    results.push(r);
  }
  return results;
}
