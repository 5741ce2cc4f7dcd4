/**
 * The socket layer's bugs of issue 8, each reproduced on the real kernel
 * (user-space peers on NETLINK_USERSOCK stand in for slow or silent
 * answerers). The state machine is also tested over the fake connection in
 * tests/state/.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  IFINFOMSG_SIZE,
  IFLA_IFNAME,
  type MessageWriter,
  NETLINK_AUDIT,
  NETLINK_ROUTE,
  NETLINK_USERSOCK,
  NetlinkSocket,
  NLM_F_ACK,
  NLM_F_REQUEST,
  NLMSG_DONE,
  NLMSG_ERROR,
  RTM_GETLINK,
  RTM_NEWLINK,
  TimeoutError,
} from "../../mod.ts";
import { netnsUnavailable, run, skipUnless } from "../_helpers.ts";
import { runtimeCommand } from "../_runtime.ts";

const ASK = 0x30;
const ANSWER = 0x31;

/** Builds a request for the peer carrying `value` in attribute 1. */
function ask(sock: NetlinkSocket, value: number, flags = 0): MessageWriter {
  const w = sock.writer.reset();
  w.begin(ASK, NLM_F_REQUEST | flags);
  w.putU32(1, value);
  return w;
}

/** The peer's next request: its sequence, flags, value and sender. */
async function nextRequest(peer: NetlinkSocket) {
  const r = await peer.receiveAsync({ timeout: 5000 });
  assert.ok(r.advance(), "a request arrived");
  const attrs = r.attributes();
  const value = attrs.advance() ? attrs.u32() : -1;
  return { seq: r.seq, flags: r.flags, value, from: peer.sourcePortId };
}

/** The peer answers `seq` with `value`; then an ack when `ack` (as the kernel would). */
function answer(peer: NetlinkSocket, to: number, seq: number, value: number, ack = false) {
  const w = peer.writer.reset();
  w.begin(ANSWER, 0, seq, peer.portId);
  w.putU32(1, value);
  peer.send(w, to);
  if (ack) {
    w.reset();
    w.begin(NLMSG_ERROR, 0, seq, peer.portId);
    w.reserve(20); // error 0, then the request's header (not needed here)
    peer.send(w, to);
  }
}

const valueOf = (m: { attributes(): { advance(): boolean; u32(): number } }) => {
  const attrs = m.attributes();
  attrs.advance();
  return attrs.u32();
};

test("bug: a queued requestAsync sends its request, not an empty datagram", async () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  using peer = NetlinkSocket.open(NETLINK_USERSOCK);
  const answers = [1, 2, 3].map((v) =>
    a.requestAsync(ask(a, v), { to: peer.portId, timeout: 5000, parse: valueOf })
  );
  for (let i = 0; i < 3; i++) {
    const req = await nextRequest(peer);
    assert.equal(req.from, a.portId);
    answer(peer, req.from, req.seq, req.value + 1000);
  }
  assert.deepEqual(await Promise.all(answers), [1001, 1002, 1003]);
});

test("bug: a request's flags are read when stamped, not after an await (mixed acks)", async () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  using peer = NetlinkSocket.open(NETLINK_USERSOCK);
  const opts = { to: peer.portId, timeout: 5000, parse: valueOf };
  const first = a.requestAsync(ask(a, 1, NLM_F_ACK), opts);
  const r1 = await nextRequest(peer);
  ask(a, 2); // the writer is reused while the first request waits: no NLM_F_ACK in it now
  answer(peer, r1.from, r1.seq, 1001, true); // the reply, then the ack it asked for
  assert.equal(await first, 1001);
  const second = a.requestAsync(a.writer, opts);
  const r2 = await nextRequest(peer);
  answer(peer, r2.from, r2.seq, 1002, (r2.flags & NLM_F_ACK) !== 0);
  assert.equal(await second, 1002); // not a ReplyMismatchError for the first one's ack
});

test("bug: an abort with a custom reason forgets the request; its late answer is skipped", async () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  using peer = NetlinkSocket.open(NETLINK_USERSOCK);
  const ac = new AbortController();
  const aborted = a.requestAsync(ask(a, 1), { to: peer.portId, signal: ac.signal });
  const r1 = await nextRequest(peer);
  ac.abort(new Error("no longer needed"));
  await assert.rejects(aborted, /no longer needed/);
  answer(peer, r1.from, r1.seq, 1001); // too late
  const next = a.requestAsync(ask(a, 2), { to: peer.portId, timeout: 5000, parse: valueOf });
  const r2 = await nextRequest(peer);
  answer(peer, r2.from, r2.seq, 1002);
  assert.equal(await next, 1002);
});

test("bug: a queued requestAsync honours its timeout while it waits its turn", async () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  using peer = NetlinkSocket.open(NETLINK_USERSOCK);
  const slow = assert.rejects( // the peer never answers
    a.requestAsync(ask(a, 1), { to: peer.portId, timeout: 1500 }),
    TimeoutError,
  );
  const started = Date.now();
  const quick = a.requestAsync(ask(a, 2), { to: peer.portId, timeout: 50 });
  await assert.rejects(quick, TimeoutError);
  const waited = Date.now() - started;
  assert.ok(waited < 1000, `the queued request failed after ${waited} ms, not about 50`);
  await slow;
});

test("bug: a queued requestAsync honours its signal while it waits its turn", async () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  using peer = NetlinkSocket.open(NETLINK_USERSOCK);
  const slow = assert.rejects(
    a.requestAsync(ask(a, 1), { to: peer.portId, timeout: 1500 }),
    TimeoutError,
  );
  const ac = new AbortController();
  const queued = a.requestAsync(ask(a, 2), { to: peer.portId, signal: ac.signal });
  const started = Date.now();
  setTimeout(() => ac.abort(new Error("stop")), 30);
  await assert.rejects(queued, /stop/);
  const waited = Date.now() - started;
  assert.ok(waited < 1000, `the abort ended the wait after ${waited} ms, not at once`);
  await slow;
});

test("bug: a dump or stream created and dropped leaves the socket free", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST | 0x300);
  w.reserve(IFINFOMSG_SIZE);
  sock.dump(); // never iterated
  sock.messages(); // never iterated
  const g = sock.writer.reset();
  g.begin(RTM_GETLINK, NLM_F_REQUEST);
  g.view.setInt32(g.reserve(IFINFOMSG_SIZE) + 4, 1, true);
  assert.equal(sock.request().type, RTM_NEWLINK);
});

test("bug: dump() of a request without NLM_F_DUMP dumps instead of waiting forever", async () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST); // no NLM_F_DUMP: by itself, one reply and no NLMSG_DONE
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 1, true);
  const names: string[] = [];
  for await (const m of sock.dump(w, { timeout: 3000 })) {
    const attrs = m.attributes(IFINFOMSG_SIZE);
    if (attrs.find(IFLA_IFNAME)) names.push(attrs.string());
  }
  assert.ok(names.includes("lo"), `links: ${names}`);
});

test("bug: dump() can be served by a user-space peer (to)", async () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  using peer = NetlinkSocket.open(NETLINK_USERSOCK);
  const w = a.writer.reset();
  w.begin(ASK, NLM_F_REQUEST);
  const got: number[] = [];
  const dumping = (async () => {
    for await (const m of a.dump(w, { to: peer.portId, timeout: 5000 })) {
      got.push(valueOf(m));
    }
  })();
  const req = await nextRequest(peer);
  assert.equal(req.flags & 0x300, 0x300, "NLM_F_DUMP was set");
  const out = peer.writer.reset();
  for (let i = 0; i < 3; i++) {
    out.begin(ANSWER, 2, /* NLM_F_MULTI */ req.seq, peer.portId);
    out.putU32(1, 10 + i);
    out.end();
  }
  peer.send(out, req.from);
  out.reset();
  out.begin(NLMSG_DONE, 2, req.seq, peer.portId);
  out.reserve(4);
  peer.send(out, req.from);
  await dumping;
  assert.deepEqual(got, [10, 11, 12]);
});

const UNANSWERED = "bug: request() of a change the kernel does not answer returns its ack";
test(UNANSWERED, skipUnless(UNANSWERED, netnsUnavailable()), () => {
  const ns = `nlrt-unans-${process.pid}`;
  run("ip", ["netns", "add", ns]);
  try {
    const script = new URL("./_unanswered.ts", import.meta.url);
    const r = spawnSync("ip", ["netns", "exec", ns, ...runtimeCommand(script)], {
      encoding: "utf8",
      timeout: 20000,
    });
    assert.equal(r.signal, null, "request() hung: killed after 20 s");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), "ack");
  } finally {
    run("ip", ["netns", "del", ns]);
  }
});

function auditUnavailable(): string | undefined {
  try {
    NetlinkSocket.open(NETLINK_AUDIT).close();
  } catch (err) {
    return `cannot open a NETLINK_AUDIT socket here: ${err}`;
  }
  if (process.getuid?.() !== 0) return "AUDIT_GET needs root (CAP_AUDIT_CONTROL)";
  return undefined;
}

const AUDIT = "bug: the kernel's replies with port id 0 (NETLINK_AUDIT AUDIT_GET) are accepted";
test(AUDIT, skipUnless(AUDIT, auditUnavailable()), async () => {
  using sock = NetlinkSocket.open(NETLINK_AUDIT);
  const w = sock.writer.reset();
  w.begin(1000, /* AUDIT_GET */ NLM_F_REQUEST);
  const reply = await sock.requestAsync(w, { timeout: 5000, replies: true });
  assert.equal(reply.type, 1000);
  assert.equal(reply.pid, 0);
  assert.ok(reply.payloadLength >= 40, "struct audit_status");
});

test("bug: messages() gives up on a quiet socket after its idle timeout", async () => {
  using sock = NetlinkSocket.open(NETLINK_USERSOCK);
  const started = Date.now();
  const stream = (async () => {
    for await (const _ of sock.messages({ idleTimeout: 50 }));
    return "ended";
  })().catch((err) => err);
  const guard = new Promise((r) => setTimeout(() => r("still waiting after 3 s"), 3000));
  const outcome = await Promise.race([stream, guard]);
  sock.close(); // ends the stream if it is still waiting
  await stream;
  assert.ok(outcome instanceof TimeoutError, String(outcome));
  assert.ok(Date.now() - started < 1000);
});
