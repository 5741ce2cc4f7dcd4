/**
 * Request/answer matching from byte tables, without a socket: the ack rule,
 * sequence and port id checks, and the memory of stale sequence numbers.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  MessageReader,
  NETLINK_GENERIC,
  NETLINK_ROUTE,
  NETLINK_USERSOCK,
  NLM_F_ACK,
  NLM_F_DUMP,
  NLM_F_MULTI,
  NLM_F_REQUEST,
  NLMSG_ERROR,
  NLMSG_NOOP,
  ReplyMismatchError,
  RTM_DELADDR,
  RTM_GETLINK,
  RTM_NEWADDR,
  RTM_NEWLINK,
} from "../../mod.ts";
import { knownToReply, RequestMatcher, STALE_KEPT } from "../../src/socket/matching.ts";
import { bytes } from "../_helpers.ts";

/** One message header: length 16, then type, flags, seq, pid. */
function header(type: number, flags: number, seq: number, pid: number): MessageReader {
  const b = bytes(
    [16, 4], // nlmsg_len
    [type, 2], // nlmsg_type
    [flags, 2], // nlmsg_flags
    [seq, 4], // nlmsg_seq
    [pid, 4], // nlmsg_pid
  );
  const r = new MessageReader().reset(b, b.length);
  assert.ok(r.advance());
  return r;
}

test("matching: the ack rule, request by request", () => {
  const cases: [string, number, number, number, boolean | undefined, boolean][] = [
    // [what, protocol, type, flags, replies, NLM_F_ACK added?]
    ["rtnetlink GET replies", NETLINK_ROUTE, RTM_GETLINK, 0, undefined, false],
    ["rtnetlink GETROUTE replies", NETLINK_ROUTE, 26, /* RTM_GETROUTE */ 0, undefined, false],
    ["rtnetlink NEW is acked", NETLINK_ROUTE, RTM_NEWADDR, 0, undefined, true],
    ["rtnetlink DEL is acked", NETLINK_ROUTE, RTM_DELADDR, 0, undefined, true],
    ["rtnetlink NEWLINK is acked", NETLINK_ROUTE, RTM_NEWLINK, 0, undefined, true],
    ["a dump replies", NETLINK_ROUTE, RTM_GETLINK, NLM_F_DUMP, undefined, false],
    ["a generic dump replies", NETLINK_GENERIC, 0x10, NLM_F_DUMP, undefined, false],
    ["NOOP is acked", NETLINK_ROUTE, NLMSG_NOOP, 0, undefined, true],
    ["generic netlink is acked", NETLINK_GENERIC, 0x10, 0, undefined, true],
    ["unless it says it replies", NETLINK_GENERIC, 0x10, 0, true, false],
    ["a GET can still ask for one", NETLINK_ROUTE, RTM_GETLINK, 0, false, true],
    ["a user protocol is acked", NETLINK_USERSOCK, 0x30, 0, undefined, true],
    ["unless it says it replies", NETLINK_USERSOCK, 0x30, 0, true, false],
  ];
  for (const [what, protocol, type, flags, replies, acked] of cases) {
    const m = new RequestMatcher(protocol, 100);
    const req = bytes([16, 4], [type, 2], [flags, 2], [0, 4], [0, 4]);
    const view = new DataView(req.buffer);
    assert.equal(m.stamp(view, 0, replies), 100, what);
    const sent = view.getUint16(6, true);
    assert.equal(sent, flags | NLM_F_REQUEST | (acked ? NLM_F_ACK : 0), what);
    assert.equal(m.flags, sent, what);
    assert.equal(view.getUint32(8, true), 100, `${what}: seq stamped`);
  }
  // NLM_F_ACK set by the caller stays, whatever `replies` says.
  const m = new RequestMatcher(NETLINK_GENERIC, 7);
  const req = bytes([16, 4], [0x10, 2], [NLM_F_ACK, 2], [0, 4], [0, 4]);
  m.stamp(new DataView(req.buffer), 0, true);
  assert.equal(new DataView(req.buffer).getUint16(6, true), NLM_F_ACK | NLM_F_REQUEST);
  assert.equal(knownToReply(NETLINK_ROUTE, 0x5e, 0), true); // RTM_GETSTATS
  assert.equal(knownToReply(NETLINK_ROUTE, 0x0e, 0), false); // below NLMSG_MIN_TYPE
});

test("matching: the answer's sequence and port id", () => {
  const m = new RequestMatcher(NETLINK_ROUTE, 500);
  assert.equal(m.isOurs(header(RTM_NEWLINK, 0, 500, 42), 500, 0, 42), true);
  // The kernel's own messages may carry port id 0 (NETLINK_AUDIT does), as libmnl allows.
  assert.equal(m.isOurs(header(1000, 0, 500, 0), 500, 0, 42), true);
  assert.throws(() => m.isOurs(header(RTM_NEWLINK, 0, 500, 43), 500, 0, 42), (err: unknown) => {
    assert.ok(err instanceof ReplyMismatchError);
    assert.equal(err.code, "ESRCH");
    assert.equal(err.what, "port id");
    assert.equal(err.expected, 42);
    assert.equal(err.got, 43);
    return true;
  });
  assert.throws(() => m.isOurs(header(RTM_NEWLINK, 0, 501, 42), 500, 0, 42), (err: unknown) => {
    assert.ok(err instanceof ReplyMismatchError);
    assert.equal(err.code, "EPROTO");
    assert.equal(err.what, "sequence");
    assert.equal(err.expected, 500);
    assert.equal(err.got, 501);
    return true;
  });
  // A peer writes whatever port id it likes: only its sequence is checked.
  assert.equal(m.isOurs(header(0x31, 0, 500, 9999), 500, 77, 42), true);
  // Sequence 0 is a notification's, never an answer: skipped.
  assert.equal(m.isOurs(header(RTM_NEWLINK, 0, 0, 0), 500, 0, 42), false);
});

test("matching: stale sequence numbers are skipped, the most recent 64 kept", () => {
  const m = new RequestMatcher(NETLINK_ROUTE, 1);
  m.forget(300);
  assert.equal(m.isOurs(header(NLMSG_ERROR, 0, 300, 42), 301, 0, 42), false);
  for (let i = 0; i < STALE_KEPT; i++) m.forget(1000 + i);
  assert.equal(m.isStale(300), false, "the oldest was dropped");
  assert.equal(m.isStale(1000), true);
  assert.equal(m.isStale(1000 + STALE_KEPT - 1), true);
  m.forget(1000); // already remembered: nothing changes
  m.forget(5000); // replaces the oldest, 1000
  assert.equal(m.isStale(1000), false);
  assert.equal(m.isStale(1001), true);
  assert.equal(m.isStale(5000), true);
});

test("matching: what follows an answer is remembered as stale", () => {
  const m = new RequestMatcher(NETLINK_ROUTE, 1);
  // A reply to a request that asked for an ack: the ack follows.
  m.answered(header(RTM_NEWLINK, 0, 10, 42), 10, NLM_F_REQUEST | NLM_F_ACK);
  assert.equal(m.isStale(10), true);
  // A reply to one that did not: nothing follows.
  m.answered(header(RTM_NEWLINK, 0, 11, 42), 11, NLM_F_REQUEST);
  assert.equal(m.isStale(11), false);
  // The first part of a multipart answer: the rest follows.
  m.answered(header(RTM_NEWLINK, NLM_F_MULTI, 12, 42), 12, NLM_F_REQUEST);
  assert.equal(m.isStale(12), true);
  // The ack itself is the end.
  m.answered(header(NLMSG_ERROR, 0, 13, 42), 13, NLM_F_REQUEST | NLM_F_ACK);
  assert.equal(m.isStale(13), false);
});

test("matching: sequence numbers are never 0 and wrap", () => {
  const m = new RequestMatcher(NETLINK_ROUTE, 0xfffffffd);
  assert.deepEqual([m.nextSeq(), m.nextSeq(), m.nextSeq(), m.nextSeq()], [
    0xfffffffd,
    0xfffffffe,
    1,
    2,
  ]);
  const random = new RequestMatcher(NETLINK_ROUTE);
  for (let i = 0; i < 1000; i++) assert.notEqual(random.nextSeq(), 0);
});
