import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import {
  KernelError,
  MessageWriter,
  NLM_F_ACK,
  NLM_F_REQUEST,
  NLMSG_ERROR,
  OverrunError,
} from "../../mod.ts";
import {
  broadcast,
  buildEcho,
  echo,
  hello,
  openTestClient,
  openTestModule,
  stats,
} from "../../src/testmod/client.ts";
import {
  NLRT_TEST_A_COUNT,
  NLRT_TEST_A_DATA,
  NLRT_TEST_ECHO_MAX,
  NLRT_TEST_GRP_EVENTS,
  NLRT_TEST_HELLO_REPLY,
  NLRT_TEST_MCAST_DATA_MAX,
  NLRT_TEST_MSG_ECHO,
  NLRT_TEST_MSG_HELLO,
  NLRT_TEST_MSG_MCAST,
} from "../../src/families/nlrt-test.ts";
import { skipUnless } from "../_helpers.ts";
import { runtimeCommand, spawnScriptSync } from "../_runtime.ts";
import { moduleMissing } from "./_module.ts";

// Emulated kernels (TCG) are slow: give each test room.
const TIMEOUT = 300_000;

function t(name: string, fn: () => void | Promise<void>): void {
  test(name, { ...skipUnless(name, moduleMissing), timeout: TIMEOUT }, fn);
}

function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed | 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

t("module: hello gets the seed's answer", () => {
  using sock = openTestModule({ receiveTimeout: 5000 });
  assert.equal(hello(sock, "hello netlink!!"), "hello users!!!");
  // The reply carries the request's type, seq and our port id.
  const w = sock.writer.reset();
  w.begin(NLRT_TEST_MSG_HELLO, NLM_F_REQUEST);
  w.append(new TextEncoder().encode("again"));
  const reply = sock.request(w, { replies: true });
  assert.equal(reply.type, NLRT_TEST_MSG_HELLO);
  assert.equal(reply.pid, sock.portId);
  assert.deepEqual(reply.payload().slice(0, 15), new TextEncoder().encode("hello users!!!\0"));
});

t("module: examples/hello.ts prints the seed's two lines", () => {
  const [cmd, ...args] = runtimeCommand(new URL("../../examples/hello.ts", import.meta.url));
  const r = spawnScriptSync(cmd, args, { encoding: "utf8", timeout: 60000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, "send kernel:hello netlink!!\nfrom kernel:hello users!!!\n");
});

t("module: echo round trips of 0, 1, 15, 16, 1 KiB and 32 KiB, content checked", () => {
  using sock = openTestModule({ receiveTimeout: 5000 });
  for (const n of [0, 1, 15, 16, 1024, 32768]) {
    const payload = randomBytes(n, n + 7);
    const reply = echo(sock, payload);
    assert.equal(reply.type, NLRT_TEST_MSG_ECHO);
    assert.equal(reply.payloadLength, n, `size ${n}`);
    assert.deepEqual(reply.payload(), payload, `content of ${n} bytes`);
  }
});

t("module: an oversized echo is EMSGSIZE with the kernel's text", () => {
  using sock = openTestModule({ receiveTimeout: 5000, bufferSize: 1 << 18 });
  const big = new MessageWriter(NLRT_TEST_ECHO_MAX + 64);
  big.begin(NLRT_TEST_MSG_ECHO);
  big.append(new Uint8Array(NLRT_TEST_ECHO_MAX + 1));
  assert.throws(() => sock.request(big), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EMSGSIZE");
    assert.ok((err.extAckMessage ?? "").length > 0, "an extended-ack text");
    return true;
  });
});

t("module: a batch of 64 echo requests in one sendmsg is answered in order", () => {
  using sock = openTestModule({ receiveTimeout: 5000, rcvbuf: 1 << 20 });
  const w = new MessageWriter(64 * 64);
  const first = sock.nextSeq();
  for (let i = 0; i < 64; i++) {
    w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, first + i);
    w.append(new Uint8Array([i, i ^ 0xff, 7]));
    w.end();
  }
  sock.send(w);
  const seqs: number[] = [];
  while (seqs.length < 64) {
    for (const m of sock.receiveMany()) {
      assert.deepEqual([...m.payload()], [seqs.length, seqs.length ^ 0xff, 7]);
      seqs.push(m.seq - first);
    }
  }
  assert.deepEqual(seqs, Array.from({ length: 64 }, (_, i) => i));
});

t("module: NLM_F_ACK brings an ack after the reply", () => {
  using sock = openTestModule({ receiveTimeout: 5000 });
  buildEcho(sock, new Uint8Array([1, 2, 3]), NLM_F_ACK);
  sock.writer.view.setUint32(8, 4242, true);
  sock.send();
  const kinds: string[] = [];
  while (kinds.length < 2) {
    for (const m of sock.receive()) {
      assert.equal(m.seq, 4242);
      kinds.push(m.type === NLMSG_ERROR ? `ack ${m.view.getInt32(m.payloadOffset, true)}` : "echo");
    }
  }
  assert.deepEqual(kinds, ["echo", "ack 0"]);
  // request() consumes that trailing ack by itself.
  buildEcho(sock, new Uint8Array([9]), NLM_F_ACK);
  assert.equal(sock.request().type, NLRT_TEST_MSG_ECHO);
  assert.deepEqual([...echo(sock, new Uint8Array([8])).payload()], [8]);
});

t("module: malformed requests get an errno and the extended-ack text", () => {
  using sock = openTestModule({ receiveTimeout: 5000 });
  const w = sock.writer.reset();
  w.begin(NLRT_TEST_MSG_MCAST);
  w.putU32(NLRT_TEST_A_COUNT, 1); // no DATA
  assert.throws(() => sock.request(), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EINVAL");
    assert.match(err.extAckMessage ?? "", /DATA/);
    assert.equal(err.missingType, NLRT_TEST_A_DATA);
    return true;
  });
  w.reset();
  w.begin(0x7e);
  assert.throws(() => sock.request(), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EOPNOTSUPP");
    assert.equal(err.extAckMessage, "unknown message type");
    return true;
  });
  w.reset();
  w.begin(NLRT_TEST_MSG_MCAST);
  w.putBytes(NLRT_TEST_A_DATA, new Uint8Array(4));
  w.putU16(NLRT_TEST_A_COUNT, 1); // wrong size
  assert.throws(() => sock.request(), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EINVAL");
    assert.ok(err.extAckOffset !== undefined, "the offending attribute's offset");
    return true;
  });
});

t("module: two subscribers both receive a broadcast", async () => {
  using ctl = openTestModule({ receiveTimeout: 5000 });
  using a = openTestModule({ groups: [NLRT_TEST_GRP_EVENTS] });
  using b = openTestModule({ groups: [NLRT_TEST_GRP_EVENTS] });
  const collect = async (sock: typeof a) => {
    const got: string[] = [];
    for await (const m of sock.messages({ idleTimeout: 5000 })) {
      assert.equal(m.type, NLRT_TEST_MSG_MCAST);
      assert.equal(m.pid, 0);
      got.push(new TextDecoder().decode(m.payload()));
      if (got.length === 3) break;
    }
    return got;
  };
  const pa = collect(a);
  const pb = collect(b);
  broadcast(ctl, new TextEncoder().encode("event!"), 3);
  const expected = ["event!", "event!", "event!"];
  assert.deepEqual(await pa, expected);
  assert.deepEqual(await pb, expected);
  assert.equal(a.sourceGroups, 1 << (NLRT_TEST_GRP_EVENTS - 1));
});

t("module: the counters move as the protocol says", () => {
  using sock = openTestModule({ receiveTimeout: 5000 });
  const before = stats(sock);
  for (let i = 0; i < 5; i++) echo(sock, new Uint8Array([i]));
  const w = sock.writer.reset();
  w.begin(0x7d);
  assert.throws(() => sock.request(), KernelError);
  const after = stats(sock);
  // The second STATS request counts itself in rx; the first STATS reply is in tx.
  assert.equal(after.rx - before.rx, 7n);
  assert.equal(after.tx - before.tx, 6n);
  assert.equal(after.errors - before.errors, 1n);
});

t("module: a slow subscriber overruns (ENOBUFS), is told how often, and goes on", async () => {
  using ctl = openTestModule({ receiveTimeout: 5000 });
  using slow = openTestModule({ groups: [NLRT_TEST_GRP_EVENTS], rcvbuf: 4096 });
  broadcast(ctl, new Uint8Array(512), 2000);
  const overruns: number[] = [];
  const seen: number[] = [];
  const done = (async () => {
    for await (
      const m of slow.messages({ idleTimeout: 5000, onOverrun: (e) => overruns.push(e.count) })
    ) {
      seen.push(m.seq);
      if (seen.length > 0 && m.payloadLength === 3) break; // the marker broadcast
    }
  })();
  await new Promise((r) => setTimeout(r, 50));
  broadcast(ctl, new Uint8Array([1, 2, 3]), 1);
  await done;
  assert.ok(overruns.length >= 1, "ENOBUFS reported");
  assert.equal(slow.overruns, overruns.at(-1));
  assert.ok(seen.length < 2001, `messages were lost (${seen.length} of 2001 arrived)`);
  // Without onOverrun the stream throws OverrunError and the socket stays usable.
  broadcast(ctl, new Uint8Array(512), 2000);
  await assert.rejects(async () => {
    for await (const _ of slow.messages({ idleTimeout: 5000 }));
  }, OverrunError);
  for (;;) {
    // Drain what the full queue still holds, so the next broadcast has room.
    try {
      if (slow.tryReceive() === null) break;
    } catch (err) {
      if (!(err instanceof OverrunError)) throw err;
    }
  }
  broadcast(ctl, new Uint8Array([4, 5, 6]), 1);
  let marker = false;
  for await (const m of slow.messages({ idleTimeout: 5000 })) {
    if (m.payloadLength === 3 && m.payload()[0] === 4) {
      marker = true;
      break;
    }
  }
  assert.ok(marker, "later broadcasts still arrive");
});

t("module: 10,000 echo requests in batches, every reply matched, none lost", async () => {
  using sock = openTestModule({ receiveTimeout: 5000, rcvbuf: 4 << 20, forceBufferSizes: true });
  const w = new MessageWriter(100 * 32);
  const pending = new Map<number, number>();
  let matched = 0;
  for (let batch = 0; batch < 100; batch++) {
    w.reset();
    for (let i = 0; i < 100; i++) {
      const n = batch * 100 + i;
      const seq = sock.nextSeq();
      pending.set(seq, n);
      w.begin(NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, seq);
      w.append(new Uint8Array(new Uint32Array([n]).buffer));
      w.end();
    }
    sock.send(w);
    let got = 0;
    while (got < 100) {
      const ring = batch % 2 === 0
        ? sock.receiveMany()
        : await sock.receiveManyAsync({ timeout: 5000 });
      for (const m of ring) {
        const n = pending.get(m.seq);
        assert.ok(n !== undefined, `reply seq ${m.seq} matches a request`);
        assert.equal(m.view.getUint32(m.payloadOffset, true), n);
        pending.delete(m.seq);
        got++;
        matched++;
      }
    }
  }
  assert.equal(matched, 10000);
  assert.equal(pending.size, 0);
});

t("module: async requests and dumps of the module's replies", async () => {
  using sock = openTestModule();
  buildEcho(sock, new Uint8Array([5, 6, 7]));
  const reply = await sock.requestAsync(sock.writer, { timeout: 5000 });
  assert.deepEqual([...reply.payload()], [5, 6, 7]);
  const all = await Promise.all(
    [1, 2, 3, 4].map((n) => {
      buildEcho(sock, new Uint8Array([n]));
      return sock.requestAsync(sock.writer, { timeout: 5000 }).then((m) => m.payload()[0]);
    }),
  );
  assert.deepEqual(all, [1, 2, 3, 4]);
});

const FUZZ =
  "module: after 10,000 garbage, truncated and oversized messages it still answers, dmesg clean";
test(FUZZ, { ...skipUnless(FUZZ, moduleMissing), timeout: TIMEOUT }, () => {
  using sock = openTestModule({
    receiveTimeout: 5000,
    rcvbuf: 8 << 20,
    forceBufferSizes: true,
    bufferSize: 1 << 18,
  });
  const raw = new Uint8Array(new ArrayBuffer(70000));
  const view = new DataView(raw.buffer);
  let x = 12345;
  const rand = (n: number) => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  for (let i = 0; i < 10000; i++) {
    const kind = i % 5;
    let len: number;
    if (kind === 0) {
      // Random garbage of random length.
      len = rand(64);
      for (let j = 0; j < len; j++) raw[j] = rand(256);
    } else if (kind === 1) {
      // A header claiming more than was sent.
      len = 16 + rand(16);
      view.setUint32(0, len + 1 + rand(1000), true);
      view.setUint16(4, 0x10 + rand(4), true);
      view.setUint16(6, NLM_F_REQUEST | (rand(2) ? NLM_F_ACK : 0), true);
    } else if (kind === 2) {
      // Truncated attributes in a MCAST request.
      len = 24;
      view.setUint32(0, 24, true);
      view.setUint16(4, NLRT_TEST_MSG_MCAST, true);
      view.setUint16(6, NLM_F_REQUEST, true);
      view.setUint16(16, 4 + rand(200), true);
      view.setUint16(18, rand(10), true);
    } else if (kind === 3) {
      // An oversized echo.
      len = 16 + NLRT_TEST_ECHO_MAX + 1 + rand(1000);
      view.setUint32(0, len, true);
      view.setUint16(4, NLRT_TEST_MSG_ECHO, true);
      view.setUint16(6, NLM_F_REQUEST, true);
    } else {
      // Unknown types and control types with random payload.
      len = 16 + rand(32);
      view.setUint32(0, len, true);
      view.setUint16(4, rand(0x30), true);
      view.setUint16(6, rand(0x10000), true);
    }
    try {
      sock.send(raw.subarray(0, len));
    } catch {
      // The kernel may refuse a datagram outright (EINVAL, EMSGSIZE): that is fine.
    }
    if (i % 100 === 99) { while (sock.tryReceiveMany() !== null); }
  }
  while (sock.tryReceiveMany() !== null);
  const reply = echo(sock, new Uint8Array([42]));
  assert.deepEqual([...reply.payload()], [42]);
  if (process.env.NLRT_VM) {
    const dmesg = spawnSync("dmesg", { encoding: "utf8", maxBuffer: 64 << 20 });
    assert.equal(dmesg.status, 0, `dmesg failed: ${dmesg.error ?? dmesg.stderr}`);
    assert.ok(dmesg.stdout.length > 0, "dmesg printed the kernel log");
    assert.doesNotMatch(dmesg.stdout, /\bBUG\b|WARNING:|Oops|KASAN|general protection/);
  }
});

t("module: the client generated from kmod/nlrt_test.yaml speaks the protocol", async () => {
  using client = openTestClient({ receiveTimeout: 5000 });
  assert.equal(client.hello({ payload: "hello netlink!!" }).text, NLRT_TEST_HELLO_REPLY);
  const bytes = randomBytes(300, 11);
  assert.deepEqual(client.echo({ payload: bytes }).payload, bytes);
  assert.deepEqual((await client.echoAsync({ payload: bytes })).payload, bytes);
  const before = client.stats().mcastMsgs!; // a view: read it before the next request
  using listener = openTestClient();
  listener.subscribe("events");
  client.mcast({ data: new Uint8Array([1, 2, 3]), count: 2 });
  await client.mcastAsync({ data: new Uint8Array([4]) });
  const seen: [string, number[]][] = [];
  for await (const n of listener.notifications({ timeout: 5000 })) {
    seen.push([n.name, [...n.message.payload]]);
    if (seen.length === 3) break;
  }
  assert.deepEqual(seen, [
    ["mcast-event", [1, 2, 3]],
    ["mcast-event", [1, 2, 3]],
    ["mcast-event", [4]],
  ]);
  const after = await client.statsAsync();
  assert.equal(after.mcastMsgs! - before >= 3n, true);
  assert.deepEqual(Object.keys(after.toObject()).sort(), [
    "errors",
    "mcastMsgs",
    "rxMsgs",
    "txDrops",
    "txMsgs",
  ]);
  assert.throws(() => client.mcast({}), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EINVAL");
    return true;
  });
  assert.throws(
    () => client.mcast({ data: new Uint8Array(NLRT_TEST_MCAST_DATA_MAX + 1) }),
    /data is 16385 bytes long/,
  );
  assert.throws(
    () => client.coalesce({ dgramSize: 100 }),
    /dgram-size is 100; the spec allows 256\.\.65536/,
  );
});

const TOOLS = new URL("../../kmod/.build/tools/", import.meta.url).pathname;
const toolsMissing = moduleMissing ??
  (existsSync(`${TOOLS}hello`) ? undefined : "the C tools are not built (make -C kmod tools)");
const C_TOOLS = "module: the C hello client and the C fuzzer (kmod/tools) pass";
test(C_TOOLS, { ...skipUnless(C_TOOLS, toolsMissing), timeout: TIMEOUT }, () => {
  const hi = spawnSync(`${TOOLS}hello`, { encoding: "utf8" });
  assert.equal(hi.status, 0, hi.stderr);
  assert.equal(hi.stdout, "send kernel:hello netlink!!\nfrom kernel:hello users!!!\n");
  const fuzz = spawnSync(`${TOOLS}fuzz`, ["-n", "5000", "-s", "7"], { encoding: "utf8" });
  assert.equal(fuzz.status, 0, fuzz.stdout + fuzz.stderr);
});
