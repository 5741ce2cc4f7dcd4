/**
 * The testing entry point: its builders spell answers byte for byte as the
 * host kernel does, and the fake connection behaves as documented.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  Errno,
  IFINFOMSG_SIZE,
  MessageWriter,
  NETLINK_ROUTE,
  NetlinkSocket,
  NLM_F_ACK,
  NLM_F_DUMP,
  NLM_F_REQUEST,
  NLMSG_DONE,
  NLMSG_NOOP,
  RTM_GETLINK,
} from "../../mod.ts";
import { ack, datagram, done, dump, error, FakeConnection, notification } from "../../testing.ts";
import { readFileSync } from "node:fs";
import { bytes } from "../_helpers.ts";

/** The datagrams a socket gets for `request` sent as is (sequence kept), port ids zeroed. */
function answersOf(sock: NetlinkSocket, request: MessageWriter, count = 1): Uint8Array[] {
  sock.send(request);
  const out: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const d = sock.receive().datagram().slice();
    for (let at = 0; at < d.length;) { // nlmsg_pid of every message
      const view = new DataView(d.buffer);
      const len = view.getUint32(at, true);
      view.setUint32(at + 12, 0, true);
      at += (len + 3) & ~3;
    }
    out.push(d);
  }
  return out;
}

/** A fake socket answering with `answer`, the kernel's own port id rule applied. */
function fakeOf(answer: Parameters<typeof FakeConnection.open>[1]) {
  return FakeConnection.open(NETLINK_ROUTE, answer, { receiveTimeout: 1000 });
}

test("replies: ack() and error() are the kernel's bytes", () => {
  using real = NetlinkSocket.open(NETLINK_ROUTE, { receiveTimeout: 2000 });
  const ping = new MessageWriter(64);
  ping.begin(NLMSG_NOOP, NLM_F_REQUEST | NLM_F_ACK, 77);
  ping.end();
  using fakeAck = fakeOf(({ message }) => ack(message));
  assert.deepEqual(answersOf(fakeAck.socket, ping), answersOf(real, ping));
  const missing = new MessageWriter(64);
  missing.begin(RTM_GETLINK, NLM_F_REQUEST, 78);
  missing.view.setInt32(missing.reserve(IFINFOMSG_SIZE) + 4, 0x7ffffff0, true);
  missing.end();
  using fakeError = fakeOf(({ message }) => error(message, Errno.ENODEV));
  assert.deepEqual(answersOf(fakeError.socket, missing), answersOf(real, missing));
});

test("replies: done() ends a dump as the kernel's NLMSG_DONE does", () => {
  using real = NetlinkSocket.open(NETLINK_ROUTE, { receiveTimeout: 2000 });
  const w = new MessageWriter(64);
  w.begin(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, 79);
  w.reserve(IFINFOMSG_SIZE);
  w.end();
  real.send(w);
  let kernelDone: Uint8Array | undefined;
  while (kernelDone === undefined) {
    for (const m of real.receive()) if (m.type === NLMSG_DONE) kernelDone = m.copy();
  }
  new DataView(kernelDone.buffer).setUint32(12, 0, true);
  using fake = fakeOf(({ message }) => done(message));
  assert.deepEqual(answersOf(fake.socket, w)[0], kernelDone);
});

test("replies: error() with an extended ack, and dump() packing", () => {
  const request = new MessageWriter(64);
  request.begin(RTM_GETLINK, NLM_F_REQUEST, 5, 0x1234);
  request.end();
  const sent = request.buffer.slice(0, request.length);
  using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }) => {
    assert.deepEqual(message.copy(), sent, "the handler sees the request as sent");
    return error(message, Errno.EINVAL, { message: "bad", offset: 16, missingType: 3 });
  });
  fake.socket.send(request);
  const r = fake.socket.receive();
  assert.ok(r.advance());
  assert.deepEqual(
    r.copy(),
    bytes(
      [60, 4], // nlmsg_len
      [2, 2], // NLMSG_ERROR
      [0x200, 2], // NLM_F_ACK_TLVS
      [5, 4], // the request's seq
      [fake.socket.portId, 4], // its sender's port id
      [-22, 4], // -EINVAL
      sent, // the request, echoed (16 bytes)
      [8, 2], // NLMSGERR_ATTR_MSG "bad\0"
      [1, 2],
      "bad\0",
      [8, 2], // NLMSGERR_ATTR_OFFS 16
      [2, 2],
      [16, 4],
      [8, 2], // NLMSGERR_ATTR_MISS_TYPE 3
      [5, 2],
      [3, 4],
    ),
  );
  const datagrams = dump(r, 0x10, [0, 1, 2].map((i) => (w) => w.putU32(1, i)), {
    perDatagram: 2,
    interrupted: true,
  });
  assert.equal(datagrams.length, 2);
  const types = datagrams.map((d) => {
    const out: string[] = [];
    for (let at = 0; at < d.length;) {
      const v = new DataView(d.buffer);
      out.push(`${v.getUint16(at + 4, true)}/${v.getUint16(at + 6, true).toString(16)}`);
      at += (v.getUint32(at, true) + 3) & ~3;
    }
    return out.join(" ");
  });
  assert.deepEqual(types, ["16/12 16/12", "16/12 3/12"]); // NLM_F_MULTI | NLM_F_DUMP_INTR
  assert.equal(datagram(notification(1), notification(2)).length, 32);
});

test("README: the testing example is the one tests/testing runs", () => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const block = /## Testing your code without a kernel[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme);
  assert.ok(block, "the README has the section and its example");
  const example = readFileSync(new URL("./readme_example_test.ts", import.meta.url), "utf8")
    .replace(/^\/\*\*[\s\S]*?\*\/\n/, "")
    .replaceAll("../../", "./");
  assert.equal(block[1], example);
});
