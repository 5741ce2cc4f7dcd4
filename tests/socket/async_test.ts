import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import {
  IFINFOMSG_SIZE,
  IFLA_IFNAME,
  KernelError,
  NETLINK_ROUTE,
  NETLINK_USERSOCK,
  NetlinkSocket,
  NLM_F_DUMP,
  NLM_F_REQUEST,
  RTM_GETLINK,
  RTM_NEWLINK,
  SocketBusyError,
  SocketClosedError,
  TimeoutError,
} from "../../mod.ts";
import { netnsUnavailable, run, skipUnless } from "../_helpers.ts";
import { runtimeCommand } from "../_runtime.ts";

function buildGetLink(sock: NetlinkSocket, index: number): void {
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST);
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, index, true);
}

function nameOf(m: { attributes(n: number): { find(t: number): boolean; string(): string } }) {
  const a = m.attributes(IFINFOMSG_SIZE);
  return a.find(IFLA_IFNAME) ? a.string() : "?";
}

test("async: requestAsync returns lo, and a kernel error rejects", async () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  buildGetLink(sock, 1);
  const reply = await sock.requestAsync();
  assert.equal(reply.type, RTM_NEWLINK);
  assert.equal(nameOf(reply), "lo");
  buildGetLink(sock, 0x7ffffff0);
  await assert.rejects(sock.requestAsync(), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "ENODEV");
    return true;
  });
});

test("async: concurrent requests on one socket are queued and all answered", async () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const names = await Promise.all(
    Array.from({ length: 8 }, () => {
      buildGetLink(sock, 1);
      return sock.requestAsync().then(nameOf);
    }),
  );
  assert.deepEqual(names, Array(8).fill("lo"));
});

test("async: for await over a dump matches the synchronous dump", async () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const dumpRequest = () => {
    const w = sock.writer.reset();
    w.begin(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP);
    w.reserve(IFINFOMSG_SIZE);
  };
  dumpRequest();
  const syncNames = Array.from(sock.dump(), nameOf); // mapped while each view is valid
  dumpRequest();
  const asyncNames: string[] = [];
  for await (const m of sock.dump()) asyncNames.push(nameOf(m));
  assert.deepEqual(asyncNames, syncNames);
  dumpRequest();
  for await (const _ of sock.dump()) break; // drained on break
  buildGetLink(sock, 1);
  assert.equal(nameOf(await sock.requestAsync()), "lo");
});

test("async: a timeout ends a wait with TimeoutError", async () => {
  using sock = NetlinkSocket.open(NETLINK_USERSOCK);
  await assert.rejects(sock.receiveAsync({ timeout: 50 }), TimeoutError);
  await assert.rejects(sock.receiveManyAsync({ timeout: 20 }), /timed out after 20 ms/);
});

test("async: an AbortSignal ends a wait with its reason", async () => {
  using sock = NetlinkSocket.open(NETLINK_USERSOCK);
  const ac = new AbortController();
  setTimeout(() => ac.abort(new Error("stop waiting")), 30);
  await assert.rejects(sock.receiveAsync({ signal: ac.signal }), /stop waiting/);
  await assert.rejects(sock.receiveAsync({ signal: AbortSignal.abort() }), (e: unknown) => {
    return e instanceof Error && e.name === "AbortError";
  });
  // The socket still works afterwards.
  using peer = NetlinkSocket.open(NETLINK_USERSOCK);
  const w = peer.writer.reset();
  w.begin(0x20);
  peer.send(w, sock.portId);
  const r = await sock.receiveAsync({ timeout: 2000 });
  assert.equal(r.advance(), true);
  assert.equal(r.type, 0x20);
});

test("async: close() wakes every waiter with SocketClosedError", async () => {
  const sock = NetlinkSocket.open(NETLINK_USERSOCK);
  const waiting = sock.receiveAsync();
  setTimeout(() => sock.close(), 20);
  await assert.rejects(waiting, SocketClosedError);
  const stream = NetlinkSocket.open(NETLINK_USERSOCK);
  const it = stream.messages();
  const next = it.next();
  setTimeout(() => stream.close(), 20);
  assert.deepEqual(await next, { done: true, value: undefined });
});

test("async: a stream holds the socket; other receives get SocketBusyError", async () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const it = sock.messages({ idleTimeout: 10000 });
  const first = it.next(); // iteration starts: the stream takes the socket
  buildGetLink(sock, 1);
  assert.throws(() => sock.request(), SocketBusyError);
  await assert.rejects(sock.requestAsync(), SocketBusyError);
  await it.return!();
  assert.equal(nameOf(sock.request()), "lo");
  sock.close(); // ends the first step's wait
  assert.deepEqual(await first, { done: true, value: undefined });
});

test("async: messages() streams unicasts from a peer", async () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  using b = NetlinkSocket.open(NETLINK_USERSOCK);
  const got: number[] = [];
  const done = (async () => {
    for await (const m of b.messages({ idleTimeout: 5000 })) {
      got.push(m.seq);
      if (got.length === 30) break;
    }
  })();
  for (let i = 0; i < 3; i++) {
    const w = a.writer.reset();
    for (let j = 0; j < 10; j++) {
      w.begin(0x20, 0, i * 10 + j);
      w.end();
    }
    a.send(w, b.portId);
    await new Promise((r) => setTimeout(r, 5));
  }
  await done;
  assert.deepEqual(got, Array.from({ length: 30 }, (_, i) => i));
});

test("batch: receiveMany takes many datagrams in one call", () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  using b = NetlinkSocket.open(NETLINK_USERSOCK, { batchSize: 16, receiveTimeout: 2000 });
  for (let i = 0; i < 20; i++) {
    const w = a.writer.reset();
    w.begin(0x20, 0, i);
    w.putU32(1, i * 3);
    w.end();
    a.send(w, b.portId);
  }
  const first = b.receiveMany();
  assert.equal(first.count, 16);
  const seqs: number[] = [];
  for (const m of first) {
    const attrs = m.attributes();
    attrs.advance();
    assert.equal(attrs.u32(), m.seq * 3);
    seqs.push(m.seq);
  }
  assert.equal(first.sender(0), a.portId);
  assert.equal(first.groups(0), 0);
  const second = b.tryReceiveMany();
  assert.ok(second);
  assert.equal(second.count, 4);
  for (const m of second) seqs.push(m.seq);
  assert.deepEqual(seqs, Array.from({ length: 20 }, (_, i) => i));
  assert.equal(b.tryReceiveMany(), null);
});

test("async: a script that opens, subscribes and closes exits by itself", () => {
  const started = Date.now();
  const [cmd, ...args] = runtimeCommand(new URL("./_exits_by_itself.ts", import.meta.url));
  const r = spawnSync(cmd, args, { encoding: "utf8", timeout: 10000 });
  assert.equal(r.signal, null, `killed after ${Date.now() - started} ms: it did not exit`);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /SocketClosedError/);
});

const ADDR = "async: rtnetlink address add/delete events in a new namespace";
test(ADDR, skipUnless(ADDR, netnsUnavailable()), () => {
  const ns = `nlrt-ev-${process.pid}`;
  run("ip", ["netns", "add", ns]);
  try {
    const out = execFileSync(
      "ip",
      ["netns", "exec", ns, ...runtimeCommand(new URL("./_addr_events.ts", import.meta.url))],
      { encoding: "utf8", timeout: 30000 },
    );
    const events = JSON.parse(out.trim().split("\n").pop()!);
    assert.deepEqual(events, ["new 192.0.2.7 group 16", "del 192.0.2.7 group 16"]);
  } finally {
    run("ip", ["netns", "del", ns]);
  }
});

test("async: answers survive later receives; parse runs on the zero-copy view", async () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  buildGetLink(sock, 1);
  const first = await sock.requestAsync();
  buildGetLink(sock, 1);
  sock.request(); // the receive buffer is reused...
  assert.equal(nameOf(first), "lo"); // ...but the async answer owns its bytes
  assert.notEqual(first.buffer.buffer, sock.reader.buffer.buffer);
  buildGetLink(sock, 1);
  const viaParse = await sock.requestAsync(sock.writer, {
    parse: (m) => {
      assert.equal(m.buffer.buffer, sock.reader.buffer.buffer, "a view of the receive buffer");
      return nameOf(m);
    },
  });
  assert.equal(viaParse, "lo");
});

test("async: a late answer to a timed-out request is skipped, not taken for the next", async () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  using b = NetlinkSocket.open(NETLINK_USERSOCK);
  const reply = (tag: number) => {
    const r = b.receive();
    r.advance();
    const w = b.writer.reset();
    w.begin(0x31, 0, r.seq, b.portId);
    w.putU32(1, tag);
    b.send(w, a.portId);
  };
  const ask = () => {
    const w = a.writer.reset();
    w.begin(0x30);
    return w;
  };
  await assert.rejects(a.requestAsync(ask(), { to: b.portId, timeout: 30 }), TimeoutError);
  reply(1); // the first request's answer, too late
  setTimeout(() => reply(2), 10);
  const answer = await a.requestAsync(ask(), {
    to: b.portId,
    timeout: 5000,
    parse: (m) => {
      const attrs = m.attributes();
      attrs.advance();
      return attrs.u32();
    },
  });
  assert.equal(answer, 2);
});
