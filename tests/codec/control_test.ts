// deno-fmt-ignore-file -- byte tables keep one wire field group per line, with comments.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DecodeError,
  errorCode,
  extendedAck,
  KernelError,
  kernelError,
  MessageReader,
  NLM_F_ACK_TLVS,
  NLM_F_CAPPED,
  NLMSG_DONE,
  NLMSG_ERROR,
  NLMSGERR_ATTR_MISS_TYPE,
  NLMSGERR_ATTR_MSG,
  NLMSGERR_ATTR_OFFS,
} from "../../mod.ts";
import { bytes } from "../_helpers.ts";

function first(datagram: Uint8Array): MessageReader {
  const r = new MessageReader().reset(datagram, datagram.length);
  assert.equal(r.advance(), true);
  return r;
}

test("control: an NLMSG_ERROR with error 0 is an ack", () => {
  const m = first(bytes(
    [36, 4], [NLMSG_ERROR, 2], [0, 2], [5, 4], [100, 4], // header
    [0, 4], // error: 0
    [16, 4], [0x11, 2], [5, 2], [5, 4], [100, 4], // original request header
  ));
  assert.equal(errorCode(m), 0);
  assert.deepEqual(extendedAck(m), {
    message: undefined,
    offset: undefined,
    missingType: undefined,
    missingNest: undefined,
  });
});

test("control: NLMSG_ERROR with a capped request and ext-ack TLVs", () => {
  const m = first(bytes(
    [36 + 20 + 8 + 8, 4], [NLMSG_ERROR, 2], [NLM_F_CAPPED | NLM_F_ACK_TLVS, 2], [9, 4], [77, 4],
    [-22 >>> 0, 4], // error: -EINVAL
    [40, 4], [0x12, 2], [5, 2], [9, 4], [77, 4], // original header (payload capped)
    [20, 2], [NLMSGERR_ATTR_MSG, 2], "missing DATA", [0, 4], // 12 chars + NUL + pad
    [8, 2], [NLMSGERR_ATTR_OFFS, 2], [24, 4],
    [8, 2], [NLMSGERR_ATTR_MISS_TYPE, 2], [1, 4],
  ));
  assert.equal(errorCode(m), -22);
  const ack = extendedAck(m);
  assert.equal(ack.message, "missing DATA");
  assert.equal(ack.offset, 24);
  assert.equal(ack.missingType, 1);
  const err = kernelError(m, -22);
  assert.ok(err instanceof KernelError);
  assert.equal(err.errno, 22);
  assert.equal(err.code, "EINVAL");
  assert.equal(err.seq, 9);
  assert.equal(err.requestType, 0x12);
  assert.equal(err.extAckMessage, "missing DATA");
  assert.equal(err.extAckOffset, 24);
  assert.equal(err.missingType, 1);
  assert.match(err.message, /EINVAL \(Invalid argument\): missing DATA \(at request offset 24\)/);
});

test("control: uncapped NLMSG_ERROR skips the echoed request payload", () => {
  const m = first(bytes(
    [16 + 4 + 24 + 12, 4], [NLMSG_ERROR, 2], [NLM_F_ACK_TLVS, 2], [3, 4], [1, 4],
    [-95 >>> 0, 4], // -EOPNOTSUPP
    [24, 4], [0x99, 2], [1, 2], [3, 4], [1, 4], [0xdead, 4], [0xbeef, 4], // request with 8-byte payload
    [12, 2], [NLMSGERR_ATTR_MSG, 2], "nope", [0, 4],
  ));
  const err = kernelError(m, errorCode(m));
  assert.equal(err.code, "EOPNOTSUPP");
  assert.equal(err.requestType, 0x99);
  assert.equal(err.extAckMessage, "nope");
});

test("control: NLMSG_DONE carries an error and ext-ack after the code", () => {
  const m = first(bytes(
    [16 + 4 + 12, 4], [NLMSG_DONE, 2], [NLM_F_ACK_TLVS | 2, 2], [4, 4], [1, 4],
    [-19 >>> 0, 4],
    [11, 2], [NLMSGERR_ATTR_MSG, 2], "gone", [0, 1], [0, 3],
  ));
  assert.equal(errorCode(m), -19);
  const err = kernelError(m, -19);
  assert.equal(err.code, "ENODEV");
  assert.equal(err.extAckMessage, "gone");
  assert.equal(err.requestType, 0);
});

test("control: NLMSG_DONE without payload is a clean end", () => {
  const m = first(bytes([16, 4], [NLMSG_DONE, 2], [2, 2], [4, 4], [1, 4]));
  assert.equal(errorCode(m), 0);
});

test("control: truncated NLMSG_ERROR is a DecodeError", () => {
  const m = first(bytes([18, 4], [NLMSG_ERROR, 2], [0, 2], [0, 4], [0, 4], [0, 2]));
  assert.throws(() => errorCode(m), DecodeError);
  const n = first(bytes(
    [24, 4], [NLMSG_ERROR, 2], [NLM_F_ACK_TLVS, 2], [0, 4], [0, 4], [-1 >>> 0, 4], [0, 4],
  ));
  assert.throws(() => extendedAck(n), DecodeError);
  const o = first(bytes(
    [36, 4], [NLMSG_ERROR, 2], [NLM_F_ACK_TLVS, 2], [0, 4], [0, 4], [-1 >>> 0, 4],
    [200, 4], [0, 2], [0, 2], [0, 4], [0, 4], // original length overruns
  ));
  assert.throws(() => extendedAck(o), DecodeError);
});
