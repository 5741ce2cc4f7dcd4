/**
 * The codec walk: reads a datagram through nlrt's public codec API (every
 * reader, getter and control-message parser) and records what it observed.
 * A `DecodeError` is an observation (with its offset); any other exception
 * escapes to the caller, which reports it.
 *
 * @module
 */
import {
  type AttributeReader,
  DecodeError,
  errorCode,
  extendedAck,
  kernelError,
  type Message,
  type MessageReader,
  NLMSG_DONE,
  NLMSG_ERROR,
} from "../codec.ts";
import { descend, headerSize, MAX_DEPTH, tryWrongSize, wrongSize } from "./policy.ts";
import { E, type Trace } from "./trace.ts";

/**
 * Walks the datagram `reader` was reset to.
 *
 * @param reader The reader, reset to the datagram.
 * @param protocol The datagram's netlink protocol.
 * @param t Where to record.
 */
export function codecWalk(reader: MessageReader, protocol: number, t: Trace): void {
  const base = reader.buffer.byteOffset;
  const d = reader.datagram();
  t.push(E.VIEW, d.byteOffset - base, d.length);
  let index = 0;
  for (;;) {
    let more: boolean;
    try {
      more = reader.advance();
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err;
      t.push(E.MSG_ERR, err.offset);
      return;
    }
    if (!more) break;
    walkMessage(reader, protocol, t, base, index++);
  }
  t.push(E.END);
}

function walkMessage(m: Message, protocol: number, t: Trace, base: number, index: number): void {
  t.push(
    E.MSG,
    m.offset,
    m.length,
    m.type,
    m.flags,
    m.seq,
    m.pid,
    m.payloadOffset,
    m.payloadLength,
  );
  const p = m.payload();
  t.push(E.VIEW, p.byteOffset - base, p.length);
  const type = m.type;
  if (type === NLMSG_ERROR || type === NLMSG_DONE) control(m, t);
  walkAttributes(m, headerSize(protocol, type), t, base);
  if ((index & 15) === 0) {
    // An owned copy reads the same, at offset 0 of its own buffer.
    const owned = m.toOwned();
    t.push(E.OWNED, owned.offset, owned.length, owned.type, owned.seq);
    walkAttributes(owned, headerSize(protocol, type), t, owned.buffer.byteOffset);
  }
}

function walkAttributes(m: Message, size: number, t: Trace, base: number): void {
  let attrs: AttributeReader;
  try {
    attrs = m.attributes(size);
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    t.push(E.ATTRS_ERR, err.offset);
    return;
  }
  t.push(E.ATTRS, size);
  walkLevel(attrs, 0, t, base);
}

function walkLevel(a: AttributeReader, depth: number, t: Trace, base: number): void {
  let first = -1;
  try {
    // Both ways of iterating: for...of at even depths, advance() at odd ones.
    if ((depth & 1) === 0) {
      for (const x of a) {
        if (first < 0) first = x.type;
        walkAttribute(x, depth, t, base);
      }
    } else {
      while (a.advance()) {
        if (first < 0) first = a.type;
        walkAttribute(a, depth, t, base);
      }
    }
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    t.push(E.ATTR_ERR, err.offset);
  }
  if (first < 0) return;
  for (const type of [first, (first + 1) & 0x3fff]) {
    try {
      const found = a.find(type);
      t.push(E.FIND, type, found ? 1 : 0, found ? a.offset : -1);
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err;
      t.push(E.FIND_ERR, err.offset);
    }
  }
}

function walkAttribute(a: AttributeReader, depth: number, t: Trace, base: number): void {
  const length = a.length;
  const offset = a.offset;
  t.push(
    E.ATTR,
    offset,
    a.type,
    a.isNested ? 1 : 0,
    a.isNetByteOrder ? 1 : 0,
    length,
    a.valueOffset,
  );
  switch (length) {
    case 1:
      t.push(E.VAL, a.u8(), E.VAL, a.s8());
      break;
    case 2:
      t.push(E.VAL, a.u16(), E.VAL, a.s16(), E.VAL, a.u16be());
      break;
    case 4:
      t.push(E.VAL, a.u32(), E.VAL, a.s32(), E.VAL, a.u32be());
      break;
    case 8:
      t.big(a.u64());
      t.big(a.s64());
      t.big(a.u64be());
      break;
  }
  if (tryWrongSize(offset)) {
    try {
      switch (wrongSize(offset, length)) {
        case 1:
          t.push(E.VAL, a.s8());
          break;
        case 2:
          t.push(E.VAL, a.u16be());
          break;
        case 4:
          t.push(E.VAL, a.s32());
          break;
        default:
          t.big(a.u64());
      }
    } catch (err) {
      if (!(err instanceof DecodeError)) throw err;
      t.push(E.GET_ERR, err.offset);
    }
  }
  t.str(a.string());
  const v = a.bytes();
  t.push(E.VIEW, v.byteOffset - base, v.length);
  if ((offset & 60) === 0) {
    const c = a.copy();
    let sum = 0;
    for (let i = 0; i < c.length; i++) sum += c[i];
    t.push(E.COPY, c.length, sum);
  }
  const firstLen = length >= 2 ? v[0] | (v[1] << 8) : -1;
  if (depth < MAX_DEPTH && descend(a.isNested, length, firstLen)) {
    t.push(E.NEST);
    walkLevel(a.nested(), depth + 1, t, base);
    t.push(E.NEST_END);
  }
}

function control(m: Message, t: Trace): void {
  let code = 0;
  let codeOk = false;
  try {
    code = errorCode(m);
    codeOk = true;
    t.push(E.CODE, code);
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    t.push(E.CODE_ERR, err.offset);
  }
  try {
    const ack = extendedAck(m);
    t.push(E.ACK, ack.offset ?? -1, ack.missingType ?? -1, ack.missingNest ?? -1);
    t.str(ack.message);
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    t.push(E.ACK_ERR, err.offset);
  }
  if (!codeOk || code >= 0) return;
  try {
    const k = kernelError(m, code);
    t.push(E.KERR, k.errno, k.seq, k.requestType, k.extAckOffset ?? -1, k.missingType ?? -1);
    t.str(k.extAckMessage);
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    t.push(E.KERR_ERR, err.offset);
  }
}
