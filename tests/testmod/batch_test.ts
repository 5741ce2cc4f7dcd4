// CoalescedBatch.renumber() without the module: the batch's bytes, renumbered
// in place (the module's answers to a renumbered batch are tested in tests/kmod).
import { test } from "node:test";
import assert from "node:assert/strict";
import { MessageReader, NLM_F_ACK } from "../../mod.ts";
import { FakeConnection } from "../../testing.ts";
import { CoalescedBatch } from "../../src/testmod/batch.ts";
import {
  NLRT_TEST_MSG_COALESCE,
  NLRT_TEST_MSG_ECHO,
  NLRT_TEST_PROTO,
} from "../../src/families/nlrt-test.ts";

/** Every message of the batch's writer: [type, flags, seq, payload bytes]. */
function messages(batch: CoalescedBatch): [number, number, number, number[]][] {
  const w = batch.writer;
  const out: [number, number, number, number[]][] = [];
  for (const m of new MessageReader().reset(w.buffer, w.length)) {
    out.push([m.type, m.flags, m.seq, [...m.payload()]]);
  }
  return out;
}

test("renumber() gives every message a fresh sequence number in order, and changes nothing else", () => {
  using fake = FakeConnection.open(NLRT_TEST_PROTO, () => undefined);
  const batch = new CoalescedBatch(fake.socket);
  batch.begin();
  batch.add(NLRT_TEST_MSG_ECHO, new Uint8Array([1, 2, 3])); // unpadded: the next starts aligned
  batch.add(NLRT_TEST_MSG_ECHO, new Uint8Array([4]), NLM_F_ACK);
  batch.add(NLRT_TEST_MSG_ECHO);
  const before = messages(batch);
  const first = batch.renumber();
  const after = messages(batch);
  assert.equal(after.length, 4);
  assert.equal(after[0][0], NLRT_TEST_MSG_COALESCE);
  assert.equal(after[0][2], batch.seq);
  assert.deepEqual(after.slice(1).map((m) => m[2]), [first, first + 1, first + 2]);
  assert.ok(after.every((m, i) => m[2] !== before[i][2]), "every seq is new");
  // Types, flags and payloads as they were.
  assert.deepEqual(after.map((m) => [m[0], m[1], m[3]]), before.map((m) => [m[0], m[1], m[3]]));
  assert.ok(first > batch.seq, "the requests follow the COALESCE request");
});

test("renumber() ends an open message first, and refuses a batch never begun", () => {
  using fake = FakeConnection.open(NLRT_TEST_PROTO, () => undefined);
  const batch = new CoalescedBatch(fake.socket);
  assert.throws(() => batch.renumber(), /no batch was begun/);
  const w = batch.begin();
  w.begin(NLRT_TEST_MSG_ECHO);
  w.reserve(8); // left open
  const first = batch.renumber();
  assert.equal(w.messageOffset, -1, "ended");
  assert.deepEqual(messages(batch).map((m) => m[2]), [batch.seq, first]);
  assert.equal(messages(batch)[1][3].length, 8);
  batch.begin();
  assert.equal(batch.renumber(), 0, "a batch with no request: 0");
});

test("renumber() refuses bytes that are not messages rather than loop", () => {
  using fake = FakeConnection.open(NLRT_TEST_PROTO, () => undefined);
  const batch = new CoalescedBatch(fake.socket);
  const w = batch.begin();
  batch.add(NLRT_TEST_MSG_ECHO);
  w.view.setUint32(16, 0, true); // a request's nlmsg_len overwritten with 0
  assert.throws(() => batch.renumber(), /offset 16 has length 0/);
});
