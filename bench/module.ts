/**
 * Round trips against the nlrt test module (protocol 30): echo one message
 * per round trip, batched echo, coalesced echo (replies packed by the
 * module, `NLRT_TEST_MSG_COALESCE`), async echo, and multicast delivery,
 * each against C in the same process.
 *
 * @module
 */
import {
  type Message,
  MessageReader,
  MessageWriter,
  NetlinkSocket,
  NLM_F_ACK,
  NLM_F_REQUEST,
  NLMSG_DONE,
  pinned,
} from "../mod.ts";
import { libc } from "../src/ffi/libc.ts";
import { CoalescedBatch } from "../src/testmod/batch.ts";
import {
  NLRT_TEST_A_COUNT,
  NLRT_TEST_A_DATA,
  NLRT_TEST_GRP_EVENTS,
  NLRT_TEST_MSG_COALESCE,
  NLRT_TEST_MSG_ECHO,
  NLRT_TEST_MSG_MCAST,
  NLRT_TEST_PROTO,
} from "../src/families/nlrt-test.ts";
import type { Baseline } from "./baseline.ts";
import { batchedLoop } from "./batch.ts";
import { multicastComparisons } from "./multicast.ts";
import { type Chunk, type Comparison, interleave, timed, timedAsync } from "./interleave.ts";

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
  // ECHO replies: no ack is asked for, as in the C client.
  const echoReplies = { replies: true };
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
          for (let i = 0; i < n; i++) sock.request(sock.writer, echoReplies);
        }),
        { chunk: len > 4096 ? chunk >> 2 : chunk, rounds, target: 0.95 },
      ),
    );
  }
  echo(16);
  const syncEcho = timed((n) => {
    for (let i = 0; i < n; i++) sock.request(sock.writer, echoReplies);
  });
  const asyncEcho = timedAsync(async (n) => {
    for (let i = 0; i < n; i++) {
      await sock.requestAsync(sock.writer, { parse: readType, replies: true });
    }
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
  results.push(...(await coalescedComparisons(sock, baseline, proto, chunk, rounds)));
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

/** Echoes per sendmsg in the coalesced rows. */
const BATCH = 64;

/**
 * Coalesced echo (64 per sendmsg, replies packed by the module) against C
 * one echo per round trip (target 4x) and against C coalescing alike
 * (target 0.95), written afresh each batch and built once then renumbered
 * (`CoalescedBatch.renumber()`, what a service sending the same requests
 * again writes); then where nlrt's time goes, each against the same C
 * loop: building the requests alone, walking the answers alone, send +
 * receive alone (the batch built once), and a minimal hand-written client
 * (libc through FFI and a DataView, none of nlrt's layers); and the
 * user-space work alone (building and walking, no system call) against C's
 * alike, per message.
 *
 * @param sock The module socket.
 * @param baseline The C baselines.
 * @param proto The module's protocol.
 * @param chunk Messages per chunk of the one-at-a-time comparison.
 * @param rounds Rounds.
 * @returns The comparisons.
 */
async function coalescedComparisons(
  sock: NetlinkSocket,
  baseline: Baseline,
  proto: number,
  chunk: number,
  rounds: number,
): Promise<Comparison[]> {
  const results: Comparison[] = [];
  const cCoalesced = (n: number) => baseline.echoCoalesced(proto, 16, BATCH, n);
  // JIT tiers take longer to settle under emulation: warm up for longer.
  const options = { chunk: chunk * 4, rounds, warmupMs: 2000 };

  // What a user writes: fresh requests each batch, every reply checked.
  const batch = new CoalescedBatch(sock, { capacity: BATCH * 64 + 64 });
  let expected = 0;
  const onEcho = (m: Message) => {
    if (m.type !== NLRT_TEST_MSG_ECHO || m.seq !== expected) {
      throw new Error(`coalesced echo: got type ${m.type} seq ${m.seq}, want seq ${expected}`);
    }
    expected = m.seq >= 0xfffffffe ? 1 : m.seq + 1;
  };
  const coalesced = timed((n) => {
    for (let done = 0; done < n; done += BATCH) {
      const w = batch.begin();
      for (let i = 0; i < BATCH; i++) {
        const seq = sock.nextSeq();
        if (i === 0) expected = seq;
        w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, seq);
        w.reserve(16);
        w.end();
      }
      batch.exchange(onEcho);
    }
  });
  results.push(
    await interleave(
      `coalesced echo 16 B, ${BATCH} per sendmsg`,
      "message",
      (n) => baseline.echo(proto, 16, n),
      coalesced,
      { ...options, chunk: chunk * 2, target: 4 },
    ),
  );
  results.push(
    await interleave(
      `coalesced echo 16 B, ${BATCH} per sendmsg, vs C coalescing alike`,
      "message",
      cCoalesced,
      coalesced,
      { ...options, referenceName: "C coalesced", target: 0.95 },
    ),
  );

  // The same batch built once and renumbered before each exchange.
  const reused = new CoalescedBatch(sock, { capacity: BATCH * 64 + 64 });
  const rw = reused.begin();
  for (let i = 0; i < BATCH; i++) {
    rw.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST);
    rw.reserve(16);
    rw.end();
  }
  const renumbered = timed((n) => {
    for (let done = 0; done < n; done += BATCH) {
      expected = reused.renumber();
      reused.exchange(onEcho);
    }
  });
  results.push(
    await interleave(
      `coalesced echo 16 B, ${BATCH} per sendmsg, batch renumbered (renumber()), vs C coalescing alike`,
      "message",
      cCoalesced,
      renumbered,
      { ...options, referenceName: "C coalesced", target: 0.95 },
    ),
  );

  // Phases, each timed alone per message and set against C's whole loop
  // (a ratio of 4 means a quarter of C's time): building the requests;
  // walking the answers as exchange() does (a received datagram, replayed).
  const build = new CoalescedBatch(sock, { capacity: BATCH * 64 + 64 });
  const buildOnly = timed((n) => {
    for (let done = 0; done < n; done += BATCH) {
      const w = build.begin();
      for (let i = 0; i < BATCH; i++) {
        w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, sock.nextSeq());
        w.reserve(16);
        w.end();
      }
    }
  });
  results.push(
    await interleave(
      `coalesced echo phase: building the requests alone, vs C's whole coalesced loop`,
      "message",
      cCoalesced,
      buildOnly,
      { ...options, referenceName: "C coalesced" },
    ),
  );
  const replay = answersOf(batch, sock);
  const walkOnly = timed((n) => {
    const portId = sock.portId;
    for (let done = 0; done < n; done += BATCH) {
      const m = replay.reader.reset(replay.bytes, replay.bytes.length, replay.view);
      expected = replay.first;
      while (m.advance()) {
        if (m.pid !== portId) throw new Error("coalesced echo: port id");
        if (m.seq !== replay.done) onEcho(m);
        else if (m.type !== NLMSG_DONE) throw new Error("coalesced echo: no NLMSG_DONE");
      }
    }
  });
  results.push(
    await interleave(
      `coalesced echo phase: walking the answers alone, vs C's whole coalesced loop`,
      "message",
      cCoalesced,
      walkOnly,
      { ...options, referenceName: "C coalesced" },
    ),
  );

  // Phase: the socket's send and receive alone, on a batch built once.
  const io = new CoalescedBatch(sock, { capacity: BATCH * 64 + 64 });
  const w = io.begin();
  for (let i = 0; i < BATCH; i++) {
    w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, i + 1);
    w.reserve(16);
    w.end();
  }
  const answerBytes = BATCH * 32 + 20;
  const sendReceive = timed((n) => {
    for (let done = 0; done < n; done += BATCH) {
      w.view.setUint32(8, sock.nextSeq(), true);
      sock.send(w);
      const got = sock.receive().datagram().length;
      if (got !== answerBytes) throw new Error(`coalesced echo: ${got} bytes, want ${answerBytes}`);
    }
  });
  results.push(
    await interleave(
      `coalesced echo phase: send + receive only (batch built once), vs C coalescing alike`,
      "message",
      cCoalesced,
      sendReceive,
      { ...options, referenceName: "C coalesced" },
    ),
  );

  results.push(
    await interleave(
      `coalesced echo, hand-written client (libc FFI + DataView, no nlrt), vs C coalescing alike`,
      "message",
      cCoalesced,
      handWrittenLoop(sock.fd),
      { ...options, referenceName: "C coalesced" },
    ),
  );

  // The user-space work alone, per message, against C's own (no system
  // call): where emulation multiplies JIT code's cost more than C's, it shows.
  const cWork = (n: number) => baseline.coalescedWork(16, BATCH, n);
  const walkReplay = () => {
    const m = replay.reader.reset(replay.bytes, replay.bytes.length, replay.view);
    expected = replay.first;
    while (m.advance()) {
      if (m.pid !== sock.portId) throw new Error("coalesced echo: port id");
      if (m.seq !== replay.done) onEcho(m);
      else if (m.type !== NLMSG_DONE) throw new Error("coalesced echo: no NLMSG_DONE");
    }
  };
  results.push(
    await interleave(
      `coalesced echo phase: user-space work alone (build + walk), vs C's alike`,
      "message",
      cWork,
      timed((n) => {
        for (let done = 0; done < n; done += BATCH) {
          const w = build.begin();
          for (let i = 0; i < BATCH; i++) {
            w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, sock.nextSeq());
            w.reserve(16);
            w.end();
          }
          walkReplay();
        }
      }),
      { ...options, referenceName: "C work" },
    ),
  );
  results.push(
    await interleave(
      `coalesced echo phase: user-space work alone (renumber + walk), vs C's alike`,
      "message",
      cWork,
      timed((n) => {
        for (let done = 0; done < n; done += BATCH) {
          reused.renumber();
          walkReplay();
        }
      }),
      { ...options, referenceName: "C work" },
    ),
  );
  return results;
}

/**
 * The answers to one coalesced batch of echoes, copied, to walk again.
 *
 * @param batch A batch object on `sock`.
 * @param sock The module socket.
 * @returns The datagram, a reader for it, the first echo's seq and the batch's seq.
 */
function answersOf(batch: CoalescedBatch, sock: NetlinkSocket) {
  const w = batch.begin();
  const first = sock.nextSeq();
  w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, first);
  w.reserve(16);
  w.end();
  for (let i = 1; i < BATCH; i++) {
    w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, sock.nextSeq());
    w.reserve(16);
    w.end();
  }
  sock.send(w);
  const bytes = sock.receive().datagram().slice();
  return {
    bytes,
    view: new DataView(bytes.buffer),
    reader: new MessageReader(),
    first,
    done: batch.seq,
  };
}

/**
 * A minimal hand-written TypeScript client for a coalesced batch: the C
 * loop's work, written with DataView stores and loads over pinned buffers
 * and libc called through FFI directly, without nlrt's codec or socket. It
 * shows what the runtime itself costs for the same work.
 *
 * @param fd The module socket's descriptor.
 * @returns The chunk.
 */
function handWrittenLoop(fd: number): Chunk {
  const c = libc();
  const tx = pinned(BATCH * 32 + 16);
  const txv = new DataView(tx.buffer);
  const txRef = c.ref(tx);
  const rx = pinned(1 << 16);
  const rxv = new DataView(rx.buffer);
  const rxRef = c.ref(rx);
  const kernel = pinned(12);
  new DataView(kernel.buffer).setUint16(0, 16, /* AF_NETLINK */ true);
  const kernelRef = c.ref(kernel);
  const from = pinned(12);
  const fromRef = c.ref(from);
  const fromLen = pinned(4);
  const fromLenView = new DataView(fromLen.buffer);
  const fromLenRef = c.ref(fromLen);
  let seq = 1;
  return timed((n) => {
    for (let done = 0; done < n; done += BATCH) {
      const first = seq++;
      txv.setUint32(0, 16, true);
      txv.setUint16(4, NLRT_TEST_MSG_COALESCE, true);
      txv.setUint16(6, NLM_F_REQUEST, true);
      txv.setUint32(8, first, true);
      txv.setUint32(12, 0, true);
      for (let i = 0, at = 16; i < BATCH; i++, at += 32) {
        txv.setUint32(at, 32, true);
        txv.setUint16(at + 4, NLRT_TEST_MSG_ECHO, true);
        txv.setUint16(at + 6, NLM_F_REQUEST, true);
        txv.setUint32(at + 8, seq++, true);
        txv.setUint32(at + 12, 0, true);
        for (let k = 16; k < 32; k += 4) txv.setUint32(at + k, 0, true);
      }
      if (c.sendto(fd, txRef, 16 + BATCH * 32, 0, kernelRef, 12) < 0) {
        throw new Error(`coalesced hand-written: sendto errno ${c.errno()}`);
      }
      let expect = first + 1;
      let finished = false;
      while (!finished) {
        fromLenView.setUint32(0, 12, true);
        const got = c.recvfrom(fd, rxRef, rx.byteLength, 0, fromRef, fromLenRef);
        if (got < 0) throw new Error(`coalesced hand-written: recvfrom errno ${c.errno()}`);
        for (let at = 0; at + 16 <= got && !finished;) {
          const type = rxv.getUint16(at + 4, true);
          const s = rxv.getUint32(at + 8, true);
          if (type === NLMSG_DONE && s === first) finished = true;
          else if (type !== NLRT_TEST_MSG_ECHO || s !== expect++) {
            throw new Error(`coalesced hand-written: type ${type} seq ${s}`);
          }
          at += (rxv.getUint32(at, true) + 3) & ~3;
        }
      }
    }
  });
}
