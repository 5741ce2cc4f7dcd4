import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DecodeError,
  MessageWriter,
  NETLINK_USERSOCK,
  NetlinkSocket,
  NLM_F_REQUEST,
  SyscallError,
} from "../../mod.ts";

test("usersock: two sockets exchange unicast messages both ways", () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK, { receiveTimeout: 2000 });
  using b = NetlinkSocket.open(NETLINK_USERSOCK, { receiveTimeout: 2000 });
  const w = a.writer.reset();
  w.begin(0x20, NLM_F_REQUEST, 7, a.portId);
  w.putString(1, "ping");
  a.send(w, b.portId);
  const got = b.receive();
  assert.equal(got.advance(), true);
  assert.equal(b.sourcePortId, a.portId);
  assert.equal(got.type, 0x20);
  assert.equal(got.seq, 7);
  const attrs = got.attributes();
  assert.ok(attrs.find(1));
  assert.equal(attrs.string(), "ping");
  // Reply through request(): b answers a's request with the same seq.
  const req = new MessageWriter(64);
  req.begin(0x21, NLM_F_REQUEST, 0, a.portId);
  req.putU32(1, 99);
  req.end();
  a.send(req, b.portId);
  const r = b.receive();
  r.advance();
  const answer = b.writer.reset();
  answer.begin(0x22, 0, r.seq, b.portId);
  answer.putU32(1, 100);
  b.send(answer, a.portId);
  const back = a.receive();
  back.advance();
  assert.equal(back.type, 0x22);
  assert.equal(a.sourcePortId, b.portId);
  const ba = back.attributes();
  ba.advance();
  assert.equal(ba.u32(), 100);
});

test("usersock: a batch of messages arrives as one datagram, in order", () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK, { receiveTimeout: 2000 });
  using b = NetlinkSocket.open(NETLINK_USERSOCK, { receiveTimeout: 2000 });
  const w = a.writer.reset();
  for (let i = 0; i < 10; i++) {
    w.begin(0x30, NLM_F_REQUEST, i);
    w.putU32(1, i * i);
    w.end();
  }
  a.send(w, b.portId);
  const seqs: number[] = [];
  for (const m of b.receive()) {
    const attrs = m.attributes();
    attrs.advance();
    assert.equal(attrs.u32(), m.seq * m.seq);
    seqs.push(m.seq);
  }
  assert.deepEqual(seqs, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});

test("usersock: a malformed datagram from a peer is a DecodeError, and the socket goes on", () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK, { receiveTimeout: 2000 });
  using b = NetlinkSocket.open(NETLINK_USERSOCK, { receiveTimeout: 2000 });
  a.send(
    new Uint8Array([40, 0, 0, 0, 0x20, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]),
    b.portId,
  );
  const r = b.receive();
  assert.throws(() => r.advance(), (err: unknown) => {
    assert.ok(err instanceof DecodeError);
    assert.equal(err.offset, 0);
    assert.match(err.message, /length 40 overruns the datagram \(20 bytes left\)/);
    return true;
  });
  a.send(new Uint8Array([16, 0, 0, 0, 0x20, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0]), b.portId);
  const next = b.receive();
  assert.equal(next.advance(), true);
  assert.equal(next.seq, 2);
});

test("usersock: a datagram larger than the receive buffer is a TruncatedError", () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK, { receiveTimeout: 2000 });
  using b = NetlinkSocket.open(NETLINK_USERSOCK, { receiveTimeout: 2000, bufferSize: 64 });
  const big = new MessageWriter(256);
  big.begin(0x20);
  big.putBytes(1, new Uint8Array(100));
  a.send(big, b.portId);
  assert.throws(() => b.receive(), (err: unknown) => {
    assert.ok(err instanceof SyscallError === false);
    assert.equal((err as { code: string }).code, "ENOSPC");
    assert.match(String(err), /120 bytes was truncated to the 64-byte receive buffer/);
    return true;
  });
});

test("usersock: sending to a port nobody holds is ECONNREFUSED", () => {
  using a = NetlinkSocket.open(NETLINK_USERSOCK);
  const w = a.writer.reset();
  w.begin(0x20);
  assert.throws(() => a.send(w, 0x7ffffff0), (err: unknown) => {
    assert.ok(err instanceof SyscallError);
    assert.equal(err.code, "ECONNREFUSED");
    assert.match(err.message, /no socket is bound to port id/);
    return true;
  });
});
