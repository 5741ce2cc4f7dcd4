/**
 * Writes netlink messages straight into a caller-owned buffer: the same
 * buffer the socket hands to `sendto()`, so nothing is copied on the way to
 * the kernel. Several messages may be written back to back (a batch).
 *
 * ```
 * |<------ nlmsghdr (16) ------>|<- family hdr ->|<- attr ->|<- attr ->|
 * | len | type | flags | seq | pid |   (aligned)   | len|type|value|pad|
 * ```
 * Attributes:
 * ```
 * |<-- 2 bytes -->|<-- 2 bytes -->|<-- variable -->|<- pad to 4 ->|
 * |     length    |      type     |      value     |              |
 * ```
 *
 * Every method checks its arguments before it writes anything: it either
 * writes exactly what was asked or throws with the buffer unchanged (its
 * bytes and the cursor). Integers must be integers in the field's range
 * (`RangeError` otherwise; nothing is wrapped, rounded or clamped); a value
 * of the wrong JavaScript type is a `TypeError`. The 64-bit methods take a
 * `bigint` or a safe-integer `number`; the others take a `number` only.
 *
 * @module
 */
import { BufferCapacityError } from "../errors.ts";
import { NLA_F_NESTED, NLM_F_REQUEST } from "./constants.ts";
import { pinned } from "../ffi/types.ts";
import { badInteger, checkBytes, checkIndex, describe } from "./_check.ts";

/** Largest value of an attribute: its 16-bit length counts the 4-byte header. */
const MAX_VALUE = 0xffff - 4;
const U64_MAX = 0xffffffffffffffffn;
const S64_MIN = -0x8000000000000000n;
const S64_MAX = 0x7fffffffffffffffn;
const TWO_32 = 0x100000000;

/**
 * A cursor that writes netlink messages into one buffer.
 *
 * @example
 * ```ts
 * import { MessageWriter, NLM_F_REQUEST } from "../../mod.ts";
 * const w = new MessageWriter(4096);
 * w.begin(18 /* RTM_GETLINK *\/, NLM_F_REQUEST);
 * const ifi = w.reserve(16); // struct ifinfomsg
 * w.view.setInt32(ifi + 4, 1, true); // ifi_index = 1
 * w.putU32(29 /* IFLA_EXT_MASK *\/, 1);
 * w.end();
 * ```
 */
export class MessageWriter {
  /** The whole buffer the messages are written into. */
  readonly buffer: Uint8Array;
  /** A `DataView` over {@linkcode buffer}, for filling family headers in place. */
  readonly view: DataView;
  #capacity: number;
  #pos = 0;
  #msgStart = -1;
  /** Offsets of the open nests, innermost last; `#depth` of them are in use. */
  #nests: number[] = [];
  #depth = 0;

  /**
   * @param bufferOrSize A buffer to write into (its memory is used as is), or
   *   a size in bytes for a new pinned buffer.
   * @throws {TypeError} When it is neither a `Uint8Array` nor a number.
   * @throws {RangeError} When a size is not a non-negative integer.
   */
  constructor(bufferOrSize: Uint8Array | number) {
    if (typeof bufferOrSize === "number") {
      checkIndex("MessageWriter size", bufferOrSize, Number.MAX_SAFE_INTEGER);
      this.buffer = pinned(bufferOrSize);
    } else {
      checkBytes("MessageWriter buffer", bufferOrSize);
      this.buffer = bufferOrSize;
    }
    this.view = new DataView(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
    this.#capacity = this.buffer.byteLength;
  }

  /** Bytes written so far: every complete message, plus the open one. */
  get length(): number {
    return this.#pos;
  }

  /** Offset of the message being written, or -1 when none is open. */
  get messageOffset(): number {
    return this.#msgStart;
  }

  /** How many nested attributes are open (started and neither ended nor cancelled). */
  get openNests(): number {
    return this.#depth;
  }

  /**
   * Forgets everything written; the next {@linkcode begin} writes at offset 0.
   *
   * @returns This writer.
   */
  reset(): this {
    this.#pos = 0;
    this.#msgStart = -1;
    this.#depth = 0;
    return this;
  }

  /**
   * Starts a message: writes its `nlmsghdr` at the current offset. A message
   * still open is ended first.
   *
   * @param type `nlmsg_type` (16 bits).
   * @param flags `nlmsg_flags` (16 bits); defaults to `NLM_F_REQUEST`.
   * @param seq `nlmsg_seq` (32 bits); a socket's `request()` fills it when 0.
   * @param pid `nlmsg_pid` (32 bits); 0 lets the kernel fill the sender's port id.
   * @returns The offset of the new message.
   * @throws {RangeError} When a field is not an integer in its range.
   * @throws {TypeError} When a field is not a number.
   * @throws {BufferCapacityError} When 16 bytes do not fit.
   * @throws {Error} When the open message still has an open nest.
   */
  begin(type: number, flags: number = NLM_F_REQUEST, seq = 0, pid = 0): number {
    if (typeof type !== "number" || (type & 0xffff) !== type) {
      throw badInteger("Message type", type, 0, 0xffff);
    }
    if (typeof flags !== "number" || (flags & 0xffff) !== flags) {
      throw badInteger("Message flags", flags, 0, 0xffff);
    }
    if (typeof seq !== "number" || seq >>> 0 !== seq) {
      throw badInteger("Message sequence number", seq, 0, 0xffffffff);
    }
    if (typeof pid !== "number" || pid >>> 0 !== pid) {
      throw badInteger("Message port id", pid, 0, 0xffffffff);
    }
    if (this.#depth > 0) throw this.#nestOpen("begin a message");
    const at = align(this.#pos);
    this.#need(at, 16, "a message header", -1);
    if (this.#msgStart >= 0) this.end();
    this.#pad(at);
    const v = this.view;
    v.setUint32(at, 16, true);
    v.setUint16(at + 4, type, true);
    v.setUint16(at + 6, flags, true);
    v.setUint32(at + 8, seq, true);
    v.setUint32(at + 12, pid, true);
    this.#pos = at + 16;
    this.#msgStart = at;
    return at;
  }

  /**
   * Reserves zeroed, 4-byte aligned room for a fixed header (e.g.
   * `struct ifinfomsg`) to be filled through {@linkcode view}.
   *
   * @param size Size of the structure in bytes (a non-negative integer).
   * @returns The offset of the reserved room.
   * @throws {RangeError} When `size` is not a non-negative integer.
   * @throws {TypeError} When `size` is not a number.
   * @throws {BufferCapacityError} When it does not fit.
   * @throws {Error} When no message is open.
   */
  reserve(size: number): number {
    if (typeof size !== "number" || size >>> 0 !== size) {
      throw badInteger("Reserved size", size, 0, 0xffffffff);
    }
    const at = this.#next("reserve room");
    const space = size + (-size & 3);
    this.#need(at, space, "a fixed header", -1);
    this.#pad(at);
    if (space <= 64) { for (let i = at; i < at + space; i += 4) this.view.setUint32(i, 0, true); }
    else this.buffer.fill(0, at, at + space);
    this.#pos = at + space;
    return at;
  }

  /**
   * Appends raw payload bytes to the open message, unpadded: `nlmsg_len`
   * then counts exactly these bytes (a raw payload, e.g. the test module's
   * ECHO). Whatever is written next starts at the next 4-byte boundary.
   *
   * @param bytes The bytes to copy in.
   * @returns This writer.
   * @throws {TypeError} When `bytes` is not a `Uint8Array`.
   * @throws {BufferCapacityError} When they do not fit.
   * @throws {Error} When no message is open.
   */
  append(bytes: Uint8Array): this {
    checkBytes("Appended payload", bytes);
    const at = this.#next("append a payload");
    this.#need(at, bytes.byteLength, "raw payload", -1);
    this.#pad(at);
    this.buffer.set(bytes, at);
    this.#pos = at + bytes.byteLength;
    return this;
  }

  /**
   * Puts an attribute with a raw value.
   *
   * @param type `nla_type` (16 bits, flags included).
   * @param value The bytes to copy in (at most 65531).
   * @returns This writer.
   * @throws {TypeError} When `value` is not a `Uint8Array`.
   * @throws {RangeError} When `type` is out of range or `value` is too long.
   * @throws {BufferCapacityError} When it does not fit.
   */
  putBytes(type: number, value: Uint8Array): this {
    if (!(value instanceof Uint8Array)) {
      throw new TypeError(
        `Value of attribute ${describe(type)} must be a Uint8Array, not ${describe(value)}`,
      );
    }
    const size = value.byteLength;
    if (size > MAX_VALUE) {
      throw new RangeError(
        `Attribute ${type} value is ${size} bytes; the limit is ${MAX_VALUE} (16-bit nla_len)`,
      );
    }
    const at = this.#attr(type, size);
    this.buffer.set(value, at + 4);
    return this;
  }

  /**
   * Puts an attribute with no value (a flag: present means true).
   *
   * @param type `nla_type`.
   * @returns This writer.
   * @throws {RangeError} When `type` is out of range.
   * @throws {BufferCapacityError} When it does not fit.
   */
  putFlag(type: number): this {
    this.#attr(type, 0);
    return this;
  }

  /**
   * Puts a `u8` attribute.
   *
   * @param type `nla_type`.
   * @param value An integer from 0 to 255.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is not a number.
   */
  putU8(type: number, value: number): this {
    if (typeof value !== "number" || (value & 0xff) !== value) {
      throw badInteger(`u8 attribute ${describe(type)}`, value, 0, 0xff);
    }
    this.buffer[this.#attr(type, 1) + 4] = value;
    return this;
  }

  /**
   * Puts a host-order `u16` attribute.
   *
   * @param type `nla_type`.
   * @param value An integer from 0 to 65535.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is not a number.
   */
  putU16(type: number, value: number): this {
    if (typeof value !== "number" || (value & 0xffff) !== value) {
      throw badInteger(`u16 attribute ${describe(type)}`, value, 0, 0xffff);
    }
    this.view.setUint16(this.#attr(type, 2) + 4, value, true);
    return this;
  }

  /**
   * Puts a host-order `u32` attribute.
   *
   * @param type `nla_type`.
   * @param value An integer from 0 to 4294967295.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is not a number.
   */
  putU32(type: number, value: number): this {
    if (typeof value !== "number" || value >>> 0 !== value) {
      throw badInteger(`u32 attribute ${describe(type)}`, value, 0, 0xffffffff);
    }
    this.view.setUint32(this.#attr(type, 4) + 4, value, true);
    return this;
  }

  /**
   * Puts a host-order `u64` attribute.
   *
   * @param type `nla_type`.
   * @param value A bigint from 0 to 2^64 - 1, or a non-negative safe integer.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is neither a bigint nor a number.
   */
  putU64(type: number, value: bigint | number): this {
    this.#put64(type, value, 0n, U64_MAX, "u64", true);
    return this;
  }

  /**
   * Puts an `s8` attribute.
   *
   * @param type `nla_type`.
   * @param value An integer from -128 to 127.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is not a number.
   */
  putS8(type: number, value: number): this {
    if (typeof value !== "number" || (value << 24) >> 24 !== value) {
      throw badInteger(`s8 attribute ${describe(type)}`, value, -0x80, 0x7f);
    }
    this.buffer[this.#attr(type, 1) + 4] = value;
    return this;
  }

  /**
   * Puts a host-order `s16` attribute.
   *
   * @param type `nla_type`.
   * @param value An integer from -32768 to 32767.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is not a number.
   */
  putS16(type: number, value: number): this {
    if (typeof value !== "number" || (value << 16) >> 16 !== value) {
      throw badInteger(`s16 attribute ${describe(type)}`, value, -0x8000, 0x7fff);
    }
    this.view.setInt16(this.#attr(type, 2) + 4, value, true);
    return this;
  }

  /**
   * Puts a host-order `s32` attribute.
   *
   * @param type `nla_type`.
   * @param value An integer from -2147483648 to 2147483647.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is not a number.
   */
  putS32(type: number, value: number): this {
    if (typeof value !== "number" || (value | 0) !== value) {
      throw badInteger(`s32 attribute ${describe(type)}`, value, -0x80000000, 0x7fffffff);
    }
    this.view.setInt32(this.#attr(type, 4) + 4, value, true);
    return this;
  }

  /**
   * Puts a host-order `s64` attribute.
   *
   * @param type `nla_type`.
   * @param value A bigint from -2^63 to 2^63 - 1, or a safe integer.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is neither a bigint nor a number.
   */
  putS64(type: number, value: bigint | number): this {
    this.#put64(type, value, S64_MIN, S64_MAX, "s64", true);
    return this;
  }

  /**
   * Puts a big-endian (network order) `u16` attribute.
   *
   * @param type `nla_type`.
   * @param value An integer from 0 to 65535.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is not a number.
   */
  putU16BE(type: number, value: number): this {
    if (typeof value !== "number" || (value & 0xffff) !== value) {
      throw badInteger(`u16 attribute ${describe(type)}`, value, 0, 0xffff);
    }
    this.view.setUint16(this.#attr(type, 2) + 4, value, false);
    return this;
  }

  /**
   * Puts a big-endian (network order) `u32` attribute.
   *
   * @param type `nla_type`.
   * @param value An integer from 0 to 4294967295.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is not a number.
   */
  putU32BE(type: number, value: number): this {
    if (typeof value !== "number" || value >>> 0 !== value) {
      throw badInteger(`u32 attribute ${describe(type)}`, value, 0, 0xffffffff);
    }
    this.view.setUint32(this.#attr(type, 4) + 4, value, false);
    return this;
  }

  /**
   * Puts a big-endian (network order) `u64` attribute.
   *
   * @param type `nla_type`.
   * @param value A bigint from 0 to 2^64 - 1, or a non-negative safe integer.
   * @returns This writer.
   * @throws {RangeError} When `type` or `value` is out of range.
   * @throws {TypeError} When `value` is neither a bigint nor a number.
   */
  putU64BE(type: number, value: bigint | number): this {
    this.#put64(type, value, 0n, U64_MAX, "u64", false);
    return this;
  }

  /**
   * Puts a NUL-terminated UTF-8 string attribute (`NLA_NUL_STRING`), encoded
   * straight into the buffer.
   *
   * @param type `nla_type`.
   * @param value The string: no NUL character, no lone surrogate, and at
   *   most 65530 bytes in UTF-8.
   * @returns This writer.
   * @throws {TypeError} When `value` is not a string.
   * @throws {RangeError} When `type` is out of range, or `value` holds a NUL
   *   or a lone surrogate, or is too long for a 16-bit length.
   * @throws {BufferCapacityError} When the encoded string does not fit.
   */
  putString(type: number, value: string): this {
    if (typeof value !== "string") {
      throw new TypeError(
        `Value of string attribute ${describe(type)} must be a string, not ${describe(value)}`,
      );
    }
    const n = value.length;
    // Names and kinds are short ASCII: one pass checks, one pass copies.
    let i = 0;
    if (n <= MAX_VALUE - 1) {
      for (; i < n; i++) if (((value.charCodeAt(i) - 1) >>> 0) >= 0x7f) break;
    }
    if (i === n) {
      const at = this.#attr(type, n + 1);
      const buf = this.buffer;
      const p = at + 4;
      for (let k = 0; k < n; k++) buf[p + k] = value.charCodeAt(k);
      buf[p + n] = 0;
      return this;
    }
    const size = utf8Size(value, type) + 1;
    const at = this.#attr(type, size);
    const end = utf8Encode(value, this.buffer, at + 4);
    this.buffer[end] = 0;
    return this;
  }

  /**
   * Opens a nested attribute; attributes put until {@linkcode nestEnd} go inside it.
   *
   * @param type `nla_type`; `NLA_F_NESTED` is added.
   * @returns A token for {@linkcode nestEnd} or {@linkcode nestCancel}.
   * @throws {RangeError} When `type` is out of range.
   * @throws {BufferCapacityError} When the header does not fit.
   */
  nestStart(type: number): number {
    if (typeof type !== "number" || (type & 0xffff) !== type) {
      throw badInteger("Nested attribute type", type, 0, 0xffff);
    }
    const at = this.#attr(type | NLA_F_NESTED, 0);
    this.#nests[this.#depth++] = at;
    return at;
  }

  /**
   * Closes the innermost open nested attribute: fixes its length in place.
   *
   * @param token The value {@linkcode nestStart} returned for it.
   * @returns This writer.
   * @throws {RangeError} When `token` is not the innermost open nest, or the
   *   nest is too large for a 16-bit length (it then stays open: cancel it).
   */
  nestEnd(token: number): this {
    const d = this.#depth;
    if (d === 0 || this.#nests[d - 1] !== token) throw this.#badToken(token, "end");
    const len = this.#pos - token;
    if (len > 0xffff) {
      throw new RangeError(
        `Nested attribute at offset ${token} is ${len} bytes; the limit is 65535 (16-bit nla_len)`,
      );
    }
    this.view.setUint16(token, len, true);
    this.#depth = d - 1;
    return this;
  }

  /**
   * Drops an open nested attribute and everything put inside it (nests
   * opened inside it included).
   *
   * @param token The value {@linkcode nestStart} returned.
   * @returns This writer.
   * @throws {RangeError} When `token` is not an open nest.
   */
  nestCancel(token: number): this {
    const nests = this.#nests;
    let d = this.#depth;
    while (d > 0 && nests[d - 1] !== token) d--;
    if (d === 0) throw this.#badToken(token, "cancel");
    this.#depth = d - 1;
    this.#pos = token;
    return this;
  }

  /**
   * Ends the open message: writes its length into `nlmsg_len`.
   *
   * @returns The message's length in bytes.
   * @throws {Error} When no message is open, or a nest in it is still open.
   */
  end(): number {
    const at = this.#msgStart;
    if (at < 0) throw new Error("Cannot end a message: none was begun");
    if (this.#depth > 0) throw this.#nestOpen("end the message");
    const len = this.#pos - at;
    if (len > 0xffffffff) {
      throw new RangeError(`Message at offset ${at} is ${len} bytes; nlmsg_len holds 32 bits`);
    }
    this.view.setUint32(at, len, true);
    this.#msgStart = -1;
    return len;
  }

  /**
   * Checks the type and room for an attribute of `size` value bytes (size
   * already checked), then writes its header and zeroed padding.
   *
   * @returns The attribute's offset.
   */
  #attr(type: number, size: number): number {
    if (typeof type !== "number" || (type & 0xffff) !== type) {
      throw badInteger("Attribute type", type, 0, 0xffff);
    }
    const at = this.#next("put an attribute");
    const space = (4 + size + 3) & ~3;
    this.#need(at, space, "attribute", type);
    this.#pad(at);
    const v = this.view;
    if ((size & 3) !== 0) v.setUint32(at + space - 4, 0, true);
    v.setUint16(at, 4 + size, true);
    v.setUint16(at + 2, type, true);
    this.#pos = at + space;
    return at;
  }

  /** A 64-bit attribute, from a bigint or a safe integer. */
  #put64(
    type: number,
    value: bigint | number,
    min: bigint,
    max: bigint,
    kind: string,
    little: boolean,
  ): void {
    if (typeof value === "bigint") {
      if (value < min || value > max) throw badBig(kind, type, value, min, max);
      const at = this.#attr(type, 8) + 4;
      if (min === 0n) this.view.setBigUint64(at, value, little);
      else this.view.setBigInt64(at, value, little);
      return;
    }
    if (
      typeof value !== "number" || !Number.isSafeInteger(value) || (min === 0n && value < 0)
    ) throw badBig(kind, type, value, min, max);
    const at = this.#attr(type, 8) + 4;
    const lo = value >>> 0;
    const hi = Math.floor(value / TWO_32) | 0;
    const v = this.view;
    v.setUint32(little ? at : at + 4, lo, little);
    v.setInt32(little ? at + 4 : at, hi, little);
  }

  /** Where the next item goes (aligned); throws when no message is open. */
  #next(action: string): number {
    if (this.#msgStart < 0) {
      throw new Error(`Cannot ${action}: no message is open (call begin() first)`);
    }
    return align(this.#pos);
  }

  /** Zeroes the padding left by an unpadded {@linkcode append}, once the write is sure. */
  #pad(at: number): void {
    for (let p = this.#pos; p < at; p++) this.buffer[p] = 0;
  }

  /** Throws when `bytes` more at `at` do not fit; the message is built only then. */
  #need(at: number, bytes: number, what: string, type: number): void {
    if (at + bytes > this.#capacity) {
      const name = type < 0 ? what : `${what} ${type}`;
      throw new BufferCapacityError(name, at, bytes, this.#capacity);
    }
  }

  #badToken(token: unknown, action: string): Error {
    if (typeof token !== "number") {
      return new TypeError(
        `Cannot ${action} a nest: the token must be a number, not ${describe(token)}`,
      );
    }
    const open = this.#nests.slice(0, this.#depth);
    if (open.includes(token)) {
      return new RangeError(
        `Cannot ${action} the nest at offset ${token}: the nest at offset ` +
          `${open[open.length - 1]} inside it is still open (end nests innermost first)`,
      );
    }
    return new RangeError(
      `Cannot ${action} a nest with token ${token}: it is not an open nest ` +
        `(open: ${open.length ? open.join(", ") : "none"}; a token is valid from nestStart() ` +
        `until its nestEnd() or nestCancel())`,
    );
  }

  #nestOpen(action: string): Error {
    return new Error(
      `Cannot ${action}: the nested attribute at offset ${this.#nests[this.#depth - 1]} ` +
        `is still open (close it with nestEnd() or drop it with nestCancel())`,
    );
  }
}

/** Rounds up to 4 without 32-bit wrap-around. */
function align(n: number): number {
  return n + (-n & 3);
}

function badBig(
  kind: string,
  type: number,
  value: unknown,
  min: bigint,
  max: bigint,
): TypeError | RangeError {
  const what = `${kind} attribute ${describe(type)}`;
  if (typeof value === "bigint") {
    return new RangeError(`${what} must be from ${min} to ${max}, not ${value}n`);
  }
  if (typeof value !== "number") {
    return new TypeError(`${what} must be a bigint or a number, not ${describe(value)}`);
  }
  const lo = min === 0n ? 0 : Number.MIN_SAFE_INTEGER;
  return new RangeError(
    `${what} must be a bigint, or a safe integer from ${lo} to ${Number.MAX_SAFE_INTEGER}, ` +
      `not ${value}`,
  );
}

/**
 * The UTF-8 size of a string, checked: no NUL, no lone surrogate, and
 * short enough for an attribute with its NUL.
 */
function utf8Size(s: string, type: number): number {
  let size = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) {
      throw new RangeError(
        `String attribute ${describe(type)} holds a NUL character at index ${i}: ` +
          `the kernel would read only what precedes it (use putBytes for binary data)`,
      );
    }
    if (c < 0x80) size += 1;
    else if (c < 0x800) size += 2;
    else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c > 0xdbff || d < 0xdc00 || d > 0xdfff) {
        throw new RangeError(
          `String attribute ${describe(type)} holds a lone surrogate at index ${i}: ` +
            `it has no UTF-8 encoding`,
        );
      }
      size += 4;
      i++;
    } else size += 3;
  }
  if (size + 1 > MAX_VALUE) {
    throw new RangeError(
      `String attribute ${describe(type)} is ${size} bytes in UTF-8 (+1 for its NUL); ` +
        `the limit is ${MAX_VALUE} (16-bit nla_len)`,
    );
  }
  return size;
}

/** Encodes a string checked by {@linkcode utf8Size} at `p`; returns the end offset. */
function utf8Encode(s: string, buf: Uint8Array, p: number): number {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) buf[p++] = c;
    else if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdbff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      buf[p++] = 0xf0 | (c >> 18);
      buf[p++] = 0x80 | ((c >> 12) & 0x3f);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    } else {
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p;
}
