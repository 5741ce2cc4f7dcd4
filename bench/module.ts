/**
 * Round trips against the nlrt test module (protocol 30): echo one message
 * per round trip, batched echo, async echo, and multicast delivery, each
 * against C in the same process.
 *
 * @module
 */
import { type Message, MessageWriter, NetlinkSocket, NLM_F_ACK, NLM_F_REQUEST } from "../mod.ts";
import {
  NLRT_TEST_A_COUNT,
  NLRT_TEST_A_DATA,
  NLRT_TEST_GRP_EVENTS,
  NLRT_TEST_MSG_ECHO,
  NLRT_TEST_MSG_MCAST,
  NLRT_TEST_PROTO,
} from "../src/testmod/protocol.ts";
import type { Baseline } from "./baseline.ts";
import { batchedLoop } from "./batch.ts";
import { multicastComparisons } from "./multicast.ts";
import { type Comparison, interleave, timed, timedAsync } from "./interleave.ts";

/**
 * Runs the module benchmarks.
 *
 * @param baseline The C baselines.
 * @param smoke A short run.
 * @param proto The module's protocol number.
 * @returns The comparisons.
 */
export async function moduleBenchmarks(
  baseline: Baseline,
  smoke: boolean,
  proto = NLRT_TEST_PROTO,
): Promise<Comparison[]> {
  const rounds = smoke ? 3 : 9;
  const chunk = smoke ? 2000 : 10000;
  const results: Comparison[] = [];
  // Async answers are parsed in place (zero-copy), as a service would.
  const readType = (m: Message) => m.type;
  using sock = NetlinkSocket.open(proto, {
    bufferSize: 1 << 17,
    rcvbuf: 8 << 20,
    forceBufferSizes: true,
    batchSize: 64,
  });
  const echo = (len: number) => {
    const w = sock.writer.reset();
    w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST);
    w.buffer.fill(0xab, w.reserve(len), 16 + len);
    w.end();
  };
  for (const len of [16, 1024, 16384]) {
    echo(len);
    results.push(
      await interleave(
        `echo ${len} B request()`,
        "round trip",
        (n) => baseline.echo(proto, len, n),
        timed((n) => {
          for (let i = 0; i < n; i++) sock.request();
        }),
        { chunk: len > 4096 ? chunk >> 2 : chunk, rounds, target: 0.95 },
      ),
    );
  }
  echo(16);
  const syncEcho = timed((n) => {
    for (let i = 0; i < n; i++) sock.request();
  });
  const asyncEcho = timedAsync(async (n) => {
    for (let i = 0; i < n; i++) await sock.requestAsync(sock.writer, { parse: readType });
  });
  results.push(
    await interleave(
      "echo 16 B requestAsync()",
      "round trip",
      (n) => baseline.echo(proto, 16, n),
      asyncEcho,
      {
        chunk,
        rounds,
      },
    ),
  );
  results.push(
    await interleave("echo 16 B requestAsync() vs request()", "round trip", syncEcho, asyncEcho, {
      chunk,
      rounds,
      referenceName: "sync",
      target: 0.8,
    }),
  );
  for (const batch of [8, 64, 256]) {
    const batched = batchedLoop(sock, batch, (w, seq) => {
      w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, seq);
      w.reserve(16);
      w.end();
    });
    results.push(
      await interleave(
        `batched echo 16 B, ${batch} per sendmsg`,
        "message",
        (n) => baseline.echo(proto, 16, n),
        batched,
        { chunk: chunk * 2, rounds, target: batch === 64 ? 4 : undefined },
      ),
    );
  }
  const burst = 256;
  const mcastReq = new MessageWriter(256);
  mcastReq.begin(NLRT_TEST_MSG_MCAST, NLM_F_REQUEST | NLM_F_ACK);
  mcastReq.putBytes(NLRT_TEST_A_DATA, new Uint8Array(16).fill(0xcd));
  mcastReq.putU32(NLRT_TEST_A_COUNT, burst);
  mcastReq.end();
  results.push(
    ...(await multicastComparisons(
      {
        label: "module",
        group: NLRT_TEST_GRP_EVENTS,
        burst,
        subscribe: () =>
          NetlinkSocket.open(proto, {
            groups: [NLRT_TEST_GRP_EVENTS],
            rcvbuf: 32 << 20,
            forceBufferSizes: true,
          }),
        publish: () => void sock.request(mcastReq),
        publishAsync: () => sock.requestAsync(mcastReq, { parse: () => undefined }),
        c: (subscribers, n) => baseline.mcast(proto, subscribers, 16, burst, n / subscribers).ns,
      },
      rounds,
      smoke ? 8 : 40,
    )),
  );
  return results;
}
