/**
 * Coalesced answers (NLRT_TEST_MSG_COALESCE): order, seq, content, acks,
 * errors in the middle of a batch, datagram packing, small buffers, the
 * counters, refusals, and the TypeScript client (`src/testmod/batch.ts`).
 * Each answer is compared with what the same request gets one at a time.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  errorCode,
  extendedAck,
  KernelError,
  type Message,
  MessageReader,
  MessageWriter,
  type NetlinkSocket,
  NLM_F_ACK,
  NLM_F_ACK_TLVS,
  NLM_F_CAPPED,
  NLM_F_REQUEST,
  NLMSG_DONE,
  NLMSG_ERROR,
  NLMSG_NOOP,
  NLMSGERR_ATTR_POLICY,
  OverrunError,
} from "../../mod.ts";
import { CoalescedBatch } from "../../src/testmod/batch.ts";
import { openTestModule, stats } from "../../src/testmod/client.ts";
import {
  NLRT_TEST_A_COUNT,
  NLRT_TEST_A_DATA,
  NLRT_TEST_A_DGRAM_SIZE,
  NLRT_TEST_DGRAM_SIZE_DEFAULT,
  NLRT_TEST_ECHO_MAX,
  NLRT_TEST_MSG_COALESCE,
  NLRT_TEST_MSG_ECHO,
  NLRT_TEST_MSG_HELLO,
  NLRT_TEST_MSG_MCAST,
  NLRT_TEST_MSG_STATS,
} from "../../src/families/nlrt-test.ts";
import { skipUnless } from "../_helpers.ts";
import { moduleMissing } from "./_module.ts";

// Emulated kernels (TCG) are slow: give each test room.
const TIMEOUT = 300_000;

function t(name: string, fn: () => void | Promise<void>): void {
  test(name, { ...skipUnless(name, moduleMissing), timeout: TIMEOUT }, fn);
}

/** One request of a batch. */
interface Req {
  type: number;
  payload?: Uint8Array;
  flags?: number;
  attrs?: (w: MessageWriter) => void;
}

const echoOf = (bytes: number[] | Uint8Array, flags = 0): Req => ({
  type: NLRT_TEST_MSG_ECHO,
  payload: bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes),
  flags,
});

function pattern(n: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: n }, (_, i) => (i * 31 + seed * 7) & 0xff);
}

/** Writes the requests, numbered from `firstSeq`. */
function writeRequests(w: MessageWriter, reqs: Req[], firstSeq: number): void {
  reqs.forEach((r, i) => {
    w.begin(r.type, NLM_F_REQUEST | (r.flags ?? 0), firstSeq + i);
    if (r.payload) w.append(r.payload);
    r.attrs?.(w);
    w.end();
  });
}

/** A copy of an answer with its nlmsg_pid zeroed: two sockets' answers then compare. */
function withoutPid(m: Message): Uint8Array {
  const c = m.copy();
  new DataView(c.buffer).setUint32(12, 0, true);
  return c;
}

/**
 * The answers to `reqs` one at a time, sent in one datagram on a socket with
 * NETLINK_CAP_ACK and NETLINK_EXT_ACK (what coalesced acks look like), read
 * until the ack of a final NOOP marker.
 */
function oneAtATime(reqs: Req[], firstSeq: number): Uint8Array[] {
  using sock = openTestModule({
    receiveTimeout: 5000,
    capAck: true,
    bufferSize: 1 << 18,
    rcvbuf: 8 << 20,
    forceBufferSizes: true,
  });
  const w = new MessageWriter(1 << 18);
  writeRequests(w, reqs, firstSeq);
  const marker = firstSeq + reqs.length;
  w.begin(NLMSG_NOOP, NLM_F_REQUEST | NLM_F_ACK, marker);
  w.end();
  sock.send(w);
  const out: Uint8Array[] = [];
  for (;;) {
    for (const m of sock.receive()) {
      if (m.seq === marker) return out;
      out.push(withoutPid(m));
    }
  }
}

/** The answers to `reqs` coalesced, and the size of each datagram they came in. */
function coalesced(
  sock: NetlinkSocket,
  reqs: Req[],
  firstSeq: number,
  datagramSize?: number,
): { answers: Uint8Array[]; datagrams: number[] } {
  const batch = new CoalescedBatch(sock, { datagramSize, capacity: 1 << 18 });
  const w = batch.begin();
  writeRequests(w, reqs, firstSeq);
  sock.send(w);
  const answers: Uint8Array[] = [];
  const datagrams: number[] = [];
  for (;;) {
    const reader = sock.receive();
    datagrams.push(reader.datagram().length);
    for (const m of reader) {
      assert.equal(m.pid, sock.portId, "answers go to the requester's port id");
      if (m.seq === batch.seq) {
        assert.equal(m.type, NLMSG_DONE, "the batch's own answer is NLMSG_DONE");
        assert.equal(errorCode(m), 0);
        assert.ok(!reader.advance(), "NLMSG_DONE is the last answer");
        return { answers, datagrams };
      }
      answers.push(withoutPid(m));
    }
  }
}

const align = (n: number) => (n + 3) & ~3;
const DONE_SIZE = 20;

/** The datagram sizes that greedy packing of `answers`, then NLMSG_DONE, gives. */
function greedy(answers: Uint8Array[], size: number): number[] {
  const out: number[] = [];
  let cur = 0;
  for (const n of [...answers.map((a) => align(a.length)), DONE_SIZE]) {
    if (cur > 0 && cur + n > size) {
      out.push(cur);
      cur = 0;
    }
    cur += n;
  }
  out.push(cur);
  return out;
}

function typeOf(a: Uint8Array): number {
  return new DataView(a.buffer, a.byteOffset).getUint16(4, true);
}

t("coalesce: 64 echo answers are the one-at-a-time answers, in order, in one datagram", () => {
  using sock = openTestModule({ receiveTimeout: 5000 });
  const reqs = Array.from(
    { length: 64 },
    (_, i) => echoOf(pattern(i % 41, i), i % 5 === 0 ? NLM_F_ACK : 0),
  );
  const got = coalesced(sock, reqs, 5000);
  const want = oneAtATime(reqs, 5000);
  assert.equal(got.answers.length, 64 + 13, "64 replies and 13 acks");
  assert.deepEqual(got.answers, want, "the same bytes, in the same order");
  assert.deepEqual(got.datagrams, greedy(got.answers, NLRT_TEST_DGRAM_SIZE_DEFAULT));
  assert.equal(got.datagrams.length, 1);
  // Each reply right before its ack, seqs in request order.
  const seqs = got.answers.map((a) => new DataView(a.buffer).getUint32(8, true));
  assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b));
});

t("coalesce: errors in the middle of a batch are answered in place, and the batch goes on", () => {
  using sock = openTestModule({ receiveTimeout: 5000, bufferSize: 1 << 18 });
  const reqs: Req[] = [
    echoOf([1, 2, 3], NLM_F_ACK),
    { type: 0x7e }, // unknown: EOPNOTSUPP
    echoOf(new Uint8Array(NLRT_TEST_ECHO_MAX + 1)), // EMSGSIZE
    { type: NLRT_TEST_MSG_HELLO, payload: new TextEncoder().encode("hi"), flags: NLM_F_ACK },
    { type: NLRT_TEST_MSG_MCAST, attrs: (w) => w.putU32(NLRT_TEST_A_COUNT, 1) }, // no DATA
    {
      type: NLRT_TEST_MSG_MCAST,
      attrs: (w) => w.putBytes(NLRT_TEST_A_DATA, new Uint8Array(4)).putU16(NLRT_TEST_A_COUNT, 1),
    }, // COUNT of the wrong size
    { type: NLRT_TEST_MSG_STATS, payload: new Uint8Array(4) }, // EINVAL
    echoOf([9], NLM_F_ACK),
  ];
  const got = coalesced(sock, reqs, 7000).answers;
  const want = oneAtATime(reqs, 7000);
  assert.equal(got.length, want.length);
  const kinds = got.map((a) => {
    const v = new DataView(a.buffer);
    return typeOf(a) === NLMSG_ERROR
      ? `${v.getUint32(8, true) - 7000}:${v.getInt32(16, true)}`
      : `${v.getUint32(8, true) - 7000}:reply`;
  });
  assert.deepEqual(kinds, [
    "0:reply",
    "0:0",
    "1:-95",
    "2:-90",
    "3:reply",
    "3:0",
    "4:-22",
    "5:-22",
    "6:-22",
    "7:reply",
    "7:0",
  ]);
  for (let i = 0; i < got.length; i++) {
    const a = got[i], b = want[i];
    if (typeOf(a) !== NLMSG_ERROR) {
      assert.deepEqual(a, b, `reply ${i}: the same bytes as one at a time`);
      continue;
    }
    const flags = parse(a).flags;
    assert.ok(flags & NLM_F_CAPPED, `answer ${i} is capped`);
    // The echoed request header, byte for byte.
    assert.deepEqual(a.subarray(20, 36), b.subarray(20, 36), `answer ${i}: echoed header`);
    const ackA = extendedAck(parse(a));
    const ackB = extendedAck(parse(b));
    assert.deepEqual(ackA, ackB, `answer ${i}: the same extended ack`);
    assert.equal(
      (flags & NLM_F_ACK_TLVS) !== 0,
      ackA.message !== undefined,
      `answer ${i}: ACK_TLVS iff there is a message`,
    );
    assert.ok(!hasAttr(a, NLMSGERR_ATTR_POLICY), "no NLMSGERR_ATTR_POLICY when coalesced");
  }
  assert.match(extendedAck(parse(got[6])).message ?? "", /DATA/);
  assert.equal(extendedAck(parse(got[6])).missingType, NLRT_TEST_A_DATA);
  assert.equal(extendedAck(parse(got[7])).offset, 16 + 8, "the COUNT attribute's offset");
});

/** The message in a copied answer. */
function parse(bytes: Uint8Array): Message {
  const r = new MessageReader().reset(bytes, bytes.length);
  assert.ok(r.advance());
  return r;
}

/** Whether an NLMSG_ERROR copy carries the extended-ack attribute `type`. */
function hasAttr(bytes: Uint8Array, type: number): boolean {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 36; // capped: header, error, echoed header
  while (at + 4 <= bytes.length) {
    const len = v.getUint16(at, true);
    if (len < 4) break;
    if ((v.getUint16(at + 2, true) & 0x3fff) === type) return true;
    at += align(len);
  }
  return false;
}

t(
  "coalesce: small datagrams are filled greedily; the last is partial; a big answer goes alone",
  () => {
    using sock = openTestModule({ receiveTimeout: 5000 });
    // 22 answers of 56 bytes: four per 256-byte datagram, then two and DONE.
    const reqs = Array.from({ length: 22 }, (_, i) => echoOf(pattern(40, i)));
    const small = coalesced(sock, reqs, 100, 256);
    assert.deepEqual(small.answers, oneAtATime(reqs, 100));
    assert.deepEqual(small.datagrams, [224, 224, 224, 224, 224, 132]);
    assert.deepEqual(small.datagrams, greedy(small.answers, 256));
    // An answer larger than DGRAM_SIZE has a datagram of its own.
    const mixed = [echoOf(pattern(100, 1)), echoOf(pattern(1000, 2), NLM_F_ACK), echoOf([7])];
    const got = coalesced(sock, mixed, 200, 256);
    assert.deepEqual(got.answers, oneAtATime(mixed, 200));
    assert.deepEqual(got.datagrams, [116, 1016, 36 + 20 + DONE_SIZE]);
    assert.deepEqual(got.datagrams, greedy(got.answers, 256));
  },
);

t("coalesce: 1,000 answers of random sizes come in the fewest datagrams that fit", () => {
  // Room in the receive queue for a whole batch of answer datagrams.
  using sock = openTestModule({
    receiveTimeout: 5000,
    bufferSize: 1 << 17,
    rcvbuf: 8 << 20,
    forceBufferSizes: true,
  });
  let x = 99;
  const rand = (n: number) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  for (const size of [NLRT_TEST_DGRAM_SIZE_DEFAULT, 1000, 65536]) {
    const reqs = Array.from(
      { length: 1000 },
      (_, i) => echoOf(pattern(rand(250), i), rand(4) === 0 ? NLM_F_ACK : 0),
    );
    const got = coalesced(sock, reqs, 10_000, size);
    assert.deepEqual(got.answers, oneAtATime(reqs, 10_000), `size ${size}: answers`);
    assert.deepEqual(got.datagrams, greedy(got.answers, size), `size ${size}: packing`);
    assert.ok(got.datagrams.every((d) => d <= size));
  }
});

t(
  "coalesce: a receiver with a small receive queue gets all 64 replies, which one at a time overrun it",
  () => {
    using ctl = openTestModule({ receiveTimeout: 5000 });
    const reqs = Array.from({ length: 64 }, (_, i) => echoOf(pattern(64, i)));
    // SO_RCVBUF 0: the kernel's minimum (about 2 KiB of skb memory).
    using tiny = openTestModule({ receiveTimeout: 5000, rcvbuf: 0 });
    const before = stats(ctl);
    const w = new MessageWriter(1 << 16);
    writeRequests(w, reqs, 300);
    tiny.send(w);
    let replies = 0;
    let overruns = 0;
    for (;;) {
      try {
        const r = tiny.tryReceive();
        if (r === null) break;
        for (const _ of r) replies++;
      } catch (err) {
        if (!(err instanceof OverrunError)) throw err;
        overruns++;
      }
    }
    const middle = stats(ctl);
    assert.ok(overruns > 0 && replies < 64, `one at a time: ${replies} of 64 arrived`);
    assert.equal(middle.tx - before.tx - 1n, BigInt(replies), "TX_MSGS: the replies delivered");
    assert.equal(middle.drops - before.drops, BigInt(64 - replies), "TX_DROPS: the replies lost");

    const got = coalesced(tiny, reqs, 300);
    assert.equal(got.answers.length, 64);
    assert.deepEqual(got.datagrams, [64 * 80 + DONE_SIZE]);
    const after = stats(ctl);
    assert.equal(after.tx - middle.tx - 1n, 64n);
    assert.equal(after.drops, middle.drops);
  },
);

t(
  "coalesce: the counters move as one at a time, and STATS in a batch counts the replies before it",
  () => {
    using sock = openTestModule({ receiveTimeout: 5000 });
    const reqs: Req[] = [
      ...Array.from({ length: 5 }, (_, i) => echoOf([i], NLM_F_ACK)),
      { type: NLRT_TEST_MSG_STATS },
      echoOf([5]),
      { type: 0x7d },
      { type: NLRT_TEST_MSG_STATS },
    ];
    const deltas = (answers: Uint8Array[], base: ReturnType<typeof stats>) =>
      answers.filter((a) => typeOf(a) === NLRT_TEST_MSG_STATS).map((a) => {
        const s = { rx: 0n, tx: 0n, errors: 0n, mcast: 0n, drops: 0n };
        const attrs = parse(a).attributes();
        while (attrs.advance()) {
          if (attrs.type === 3) s.rx = attrs.u64() - base.rx;
          if (attrs.type === 4) s.tx = attrs.u64() - base.tx;
          if (attrs.type === 5) s.errors = attrs.u64() - base.errors;
        }
        return s;
      });
    const base1 = stats(sock);
    const one = deltas(oneAtATime(reqs, 400), base1);
    const base2 = stats(sock);
    const coal = deltas(coalesced(sock, reqs, 400).answers, base2);
    // From each base: its own STATS reply, then the batch (plus, one at a
    // time, the NOOP marker, which is not a request).
    // COALESCE is a request too: rx is one ahead.
    assert.deepEqual(coal, one.map((d) => ({ ...d, rx: d.rx + 1n })));
    assert.deepEqual(coal[0], { rx: 7n, tx: 6n, errors: 0n, mcast: 0n, drops: 0n });
    assert.deepEqual(coal[1], { rx: 10n, tx: 8n, errors: 1n, mcast: 0n, drops: 0n });
    const end = stats(sock);
    assert.equal(end.rx - base2.rx, 11n, "COALESCE counts as a request");
  },
);

t("coalesce: a refused COALESCE ends the datagram; a second one is an error in the stream", () => {
  using sock = openTestModule({ receiveTimeout: 5000 });
  const before = stats(sock);
  const w = new MessageWriter(4096);
  w.begin(NLRT_TEST_MSG_COALESCE, NLM_F_REQUEST, 600);
  w.putU32(NLRT_TEST_A_DGRAM_SIZE, 100); // below 256
  w.end();
  writeRequests(w, [echoOf([1]), echoOf([2], NLM_F_ACK)], 601);
  sock.send(w);
  const first = sock.receive();
  assert.ok(first.advance());
  assert.equal(first.type, NLMSG_ERROR);
  assert.equal(first.seq, 600);
  assert.equal(errorCode(first), -34, "ERANGE");
  assert.ok(!first.advance());
  assert.equal(sock.tryReceive(), null, "the requests after it were not processed");
  const middle = stats(sock);
  assert.equal(middle.rx - before.rx, 2n, "the first STATS and COALESCE");

  // Through the client: the refusal is a KernelError.
  const batch = new CoalescedBatch(sock);
  batch.begin();
  const bw = batch.writer.reset();
  bw.begin(NLRT_TEST_MSG_COALESCE, NLM_F_REQUEST, batch.seq);
  bw.putU16(NLRT_TEST_A_DGRAM_SIZE, 512); // wrong size
  bw.end();
  batch.add(NLRT_TEST_MSG_ECHO, new Uint8Array([1]));
  assert.throws(
    () => batch.exchange(() => assert.fail("no answer but the error")),
    (err: unknown) => err instanceof KernelError && err.code === "EINVAL",
  );

  const reqs: Req[] = [echoOf([1]), { type: NLRT_TEST_MSG_COALESCE }, echoOf([2])];
  const got = coalesced(sock, reqs, 800).answers;
  assert.equal(got.length, 2, "the first reply, then the error; nothing after");
  assert.equal(typeOf(got[1]), NLMSG_ERROR);
  assert.equal(extendedAck(parse(got[1])).message, "already coalescing: one COALESCE per datagram");
});

t("coalesce: the client's exchange and exchangeAsync, 9,984 echoes in batches of 64", async () => {
  using sock = openTestModule({ receiveTimeout: 5000 });
  const batch = new CoalescedBatch(sock);
  const payload = new Uint8Array(16);
  const pv = new DataView(payload.buffer);
  let expected = 0;
  let datagrams = 0;
  const check = (m: Message) => {
    assert.equal(m.type, NLRT_TEST_MSG_ECHO);
    assert.equal(m.view.getUint32(m.payloadOffset, true), expected++);
  };
  const batches = 156;
  for (let b = 0; b < batches; b++) {
    batch.begin();
    const first = expected;
    for (let i = 0; i < 64; i++) {
      pv.setUint32(0, first + i, true);
      batch.add(NLRT_TEST_MSG_ECHO, payload);
    }
    datagrams += b % 2 === 0
      ? batch.exchange(check)
      : await batch.exchangeAsync(check, { timeout: 5000 });
  }
  assert.equal(expected, batches * 64);
  assert.equal(datagrams, batches, "one datagram per batch");
});

t("coalesce: a batch built once and renumbered is answered afresh each time, acks included", () => {
  using sock = openTestModule({ receiveTimeout: 5000 });
  const batch = new CoalescedBatch(sock);
  batch.begin();
  const payload = new Uint8Array(4);
  const pv = new DataView(payload.buffer);
  for (let i = 0; i < 64; i++) {
    pv.setUint32(0, i, true);
    batch.add(NLRT_TEST_MSG_ECHO, payload, i % 16 === 0 ? NLM_F_ACK : 0);
  }
  const previous = new Set<number>();
  for (let round = 0; round < 20; round++) {
    const first = batch.renumber();
    assert.ok(!previous.has(first), "fresh sequence numbers every round");
    const coalesce = batch.seq;
    assert.ok(first !== coalesce && coalesce !== 0);
    const seen: number[] = [];
    let acks = 0;
    batch.exchange((m) => {
      if (m.type === NLMSG_ERROR) {
        assert.equal(errorCode(m), 0);
        assert.equal(m.seq, seen[seen.length - 1], "the ack follows its request's reply");
        acks++;
        return;
      }
      assert.equal(m.type, NLRT_TEST_MSG_ECHO);
      assert.equal(m.seq, first + seen.length, "answers in order, numbered from the first");
      assert.equal(m.view.getUint32(m.payloadOffset, true), seen.length, "each request's payload");
      seen.push(m.seq);
    });
    assert.equal(seen.length, 64);
    assert.equal(acks, 4);
    for (const s of seen) previous.add(s);
  }
});
