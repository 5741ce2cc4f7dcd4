/**
 * messages() over the fake connection: multicast and unicast delivery,
 * overruns (ENOBUFS), idle timeouts, aborts and close. Deterministic.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  IFINFOMSG_SIZE,
  NETLINK_EXT_ACK,
  NETLINK_ROUTE,
  NETLINK_USERSOCK,
  NLM_F_REQUEST,
  OverrunError,
  RTM_GETLINK,
  RTM_NEWLINK,
  RTNLGRP_IPV4_IFADDR,
  RTNLGRP_LINK,
  SO_RCVBUF,
  SocketBusyError,
  SOL_NETLINK,
  SOL_SOCKET,
  TimeoutError,
} from "../../mod.ts";
import { FakeConnection, notification } from "../../testing.ts";

const link = (index: number) =>
  notification(RTM_NEWLINK, (w) => w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, index, true));
const indexOf = (m: { view: DataView; payloadOffset: number }) =>
  m.view.getInt32(m.payloadOffset + 4, true);

test("messages: notifications of joined groups arrive in order, with their group", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined, {
    groups: [RTNLGRP_LINK, RTNLGRP_IPV4_IFADDR],
    rcvbuf: 1 << 20,
  });
  assert.equal(fake.option(SOL_SOCKET, SO_RCVBUF), 1 << 20);
  assert.equal(fake.option(SOL_NETLINK, NETLINK_EXT_ACK), 1);
  assert.throws(() => fake.multicast(7, link(0)), /has not joined group 7/);
  const seen: string[] = [];
  const done = (async () => {
    for await (const m of fake.socket.messages({ idleTimeout: 2000 })) {
      seen.push(`${indexOf(m)}@${fake.socket.sourceGroups}`);
      if (seen.length === 3) break;
    }
  })();
  fake.multicast(RTNLGRP_LINK, link(1));
  fake.multicast(RTNLGRP_IPV4_IFADDR, link(2));
  setTimeout(() => fake.multicast(RTNLGRP_LINK, link(3)), 10);
  await done;
  assert.deepEqual(seen, ["1@1", "2@16", "3@1"]);
  // The stream ended: the socket is free for requests again.
  const w = fake.socket.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST);
  w.reserve(IFINFOMSG_SIZE);
  assert.throws(() => fake.socket.request(), /would wait forever/); // free, not busy
});

test("messages: an overrun calls onOverrun with the socket's count, or throws; the socket goes on", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined, { groups: [RTNLGRP_LINK] });
  const counts: number[] = [];
  fake.multicast(RTNLGRP_LINK, link(1));
  fake.overrun();
  fake.multicast(RTNLGRP_LINK, link(2));
  const got: number[] = [];
  for await (
    const m of fake.socket.messages({ onOverrun: (e) => counts.push(e.count) })
  ) {
    got.push(indexOf(m));
    if (got.length === 2) break;
  }
  assert.deepEqual(got, [1, 2]);
  assert.deepEqual(counts, [1]);
  fake.overrun();
  fake.multicast(RTNLGRP_LINK, link(3));
  await assert.rejects(async () => {
    for await (const _ of fake.socket.messages()) { /* the overrun comes first */ }
  }, (err: unknown) => err instanceof OverrunError && err.count === 2);
  assert.equal(fake.socket.overruns, 2);
  for await (const m of fake.socket.messages()) {
    assert.equal(indexOf(m), 3, "later messages still arrive");
    break;
  }
});

test("messages: unicasts from a peer carry its port id", async () => {
  using fake = FakeConnection.open(NETLINK_USERSOCK, () => undefined);
  fake.deliver(notification(0x20, undefined, { seq: 5, pid: 0x4444 }), 0x4444);
  for await (const m of fake.socket.messages()) {
    assert.equal(m.seq, 5);
    assert.equal(fake.socket.sourcePortId, 0x4444);
    assert.equal(fake.socket.sourceGroups, 0);
    break;
  }
});

test("messages: idleTimeout fails a quiet stream; a signal or close() ends it", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined);
  const started = Date.now();
  await assert.rejects(async () => {
    for await (const _ of fake.socket.messages({ idleTimeout: 30 }));
  }, (err: unknown) => err instanceof TimeoutError && err.timeout === 30);
  assert.ok(Date.now() - started < 1000);
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 10);
  for await (const _ of fake.socket.messages({ signal: ac.signal })) assert.fail("none sent");
  setTimeout(() => fake.close(), 10);
  for await (const _ of fake.socket.messages()) assert.fail("none sent");
  assert.equal(fake.socket.closed, true);
});

test("messages: the stream takes the socket when iterated; a second one is busy", async () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined);
  const a = fake.socket.messages();
  const b = fake.socket.messages(); // created: fine
  const first = a.next();
  await assert.rejects(b.next(), SocketBusyError);
  assert.throws(() => fake.socket.receive(), SocketBusyError);
  await a.return!();
  fake.deliver(link(8));
  const r = fake.socket.receive();
  assert.ok(r.advance());
  assert.equal(indexOf(r), 8);
  fake.close();
  assert.deepEqual(await first, { done: true, value: undefined });
});

test("messages: a wrong option is refused with what to pass", () => {
  using fake = FakeConnection.open(NETLINK_ROUTE, () => undefined);
  assert.throws(
    () => fake.socket.messages({ timeout: 5 } as never),
    /messages\(\) takes idleTimeout/,
  );
  assert.throws(() => fake.socket.messages({ idleTimeout: -1 }), RangeError);
  assert.throws(() => fake.socket.messages({ signal: "x" } as never), TypeError);
});
