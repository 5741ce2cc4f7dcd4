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
 * The hot paths are kept small, because both JIT compilers inline a callee
 * only while it fits a bytecode budget (V8: 920 bytes for everything
 * inlined into one optimized function; JavaScriptCore: a cost limit per
 * callee), and a call that is not inlined costs more than the work it
 * does: each one makes its checks in one condition, writes whole words, and
 * leaves anything unusual (a wrong argument, no open message, a full
 * buffer, the cursor left unaligned by {@linkcode MessageWriter.append}) to
 * a checked slow path.
 *
 * @module
 */
import { BufferCapacityError } from "../errors.ts";
import { NLA_F_NESTED } from "./constants.ts";
import { pinned } from "../ffi/types.ts";
import { badInteger, describe } from "./_check.ts";

/** Largest value of an attribute: its 16-bit length counts the 4-byte header. */
const MAX_VALUE = 0xffff - 4;
/** Largest buffer: offsets stay 31-bit integers. */
const MAX_CAPACITY = 0x7fffffff;
/** Longest string remembered as checked ASCII. */
const ASCII_MEMO_MAX = 64;
/** The fast paths' integer checks: `(x & MAX_U16) === x` holds for the integers 0..65535 only. */
const MAX_U16 = 0xffff;
const TWO_32 = 0x100000000;

/** Ranges of the integer kinds, for errors: [name, min, max]. */
const KINDS: readonly [string, number | bigint, number | bigint][] = [
  ["u8", 0, 0xff],
  ["u16", 0, 0xffff],
  ["u32", 0, 0xffffffff],
  ["s8", -0x80, 0x7f],
  ["s16", -0x8000, 0x7fff],
  ["s32", -0x80000000, 0x7fffffff],
  ["u64", 0n, 0xffffffffffffffffn],
  ["s64", -0x8000000000000000n, 0x7fffffffffffffffn],
];
const U8 = 0, U16 = 1, U32 = 2, S8 = 3, S16 = 4, S32 = 5, U64 = 6, S64 = 7;

/**
 * The length of the messages in `value` once its open message is ended, or
 * -1 when `value` is not a {@linkcode MessageWriter}: the socket's one check
 * of a request argument. A brand check (`#pos in value`), which JIT compilers
 * reduce to a map check where `instanceof` costs a prototype walk on every
 * round trip. Internal: not exported by `codec.ts` or `mod.ts`.
 */
export let finishedLength: (value: unknown) => number;

/**
 * A cursor that writes netlink messages into one buffer.
 *
 * @example
 * ```ts
 * import { IFINFOMSG_SIZE, IFLA_EXT_MASK, MessageWriter, NLM_F_REQUEST, RTM_GETLINK } from "../../mod.ts";
 * const w = new MessageWriter(4096);
 * w.begin(RTM_GETLINK, NLM_F_REQUEST);
 * const ifi = w.reserve(IFINFOMSG_SIZE); // struct ifinfomsg
 * w.view.setInt32(ifi + 4, 1, true); // ifi_index = 1
 * w.putU32(IFLA_EXT_MASK, 1);
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
  /**
   * How far the attribute fast paths may write: the capacity while a
   * message is open and the cursor is aligned (in a buffer whose start is
   * aligned), else -1 (every write then takes a slow path).
   */
  #limit = -1;
  /**
   * How far {@linkcode begin}'s fast path may write: the capacity while no
   * message is open and the cursor is aligned, else -1.
   */
  #free: number;
  /** The buffer as host-order words, for the fast paths' headers (empty when its start is not aligned). */
  #words: Int32Array;
  /** What {@linkcode #limit} is while a message is open and the cursor aligned. */
  #fastLimit: number;
  /** Offsets of the open nests, innermost last; `#depth` of them are in use. */
  #nests: number[] = [];
  #depth = 0;
  /** Short strings known to be ASCII without NUL, by length: not scanned twice. */
  #ascii: string[] = new Array<string>(16).fill("");
  /** Their bytes, {@linkcode ASCII_MEMO_MAX} per slot. */
  #asciiBytes = new Uint8Array(16 * ASCII_MEMO_MAX);

  static {
    finishedLength = (value) => {
      if (typeof value !== "object" || value === null || !(#pos in value)) return -1;
      if (value.#msgStart >= 0) value.end();
      return value.#pos;
    };
  }

  /**
   * Creates a writer over a buffer.
   *
   * @param bufferOrSize A buffer to write into (its memory is used as is), or
   *   a size in bytes for a new pinned buffer; at most 2^31 - 1 bytes.
   * @throws {TypeError} When it is neither a `Uint8Array` nor a number.
   * @throws {RangeError} When a size is not an integer from 0 to 2^31 - 1,
   *   or the buffer is larger.
   */
  constructor(bufferOrSize: Uint8Array | number) {
    if (typeof bufferOrSize === "number") {
      if (bufferOrSize >>> 0 !== bufferOrSize || bufferOrSize > MAX_CAPACITY) {
        throw badInteger("MessageWriter size", bufferOrSize, 0, MAX_CAPACITY);
      }
      this.buffer = pinned(bufferOrSize);
    } else if (bufferOrSize instanceof Uint8Array) {
      if (bufferOrSize.byteLength > MAX_CAPACITY) {
        throw new RangeError(`MessageWriter buffers hold at most ${MAX_CAPACITY} bytes`);
      }
      this.buffer = bufferOrSize;
    } else {
      throw new TypeError(
        `MessageWriter wants a Uint8Array or a size, not ${describe(bufferOrSize)}`,
      );
    }
    const b = this.buffer;
    this.view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    this.#capacity = b.byteLength;
    const aligned = (b.byteOffset & 3) === 0;
    this.#words = aligned
      ? new Int32Array(b.buffer, b.byteOffset, b.byteLength >> 2)
      : new Int32Array(0);
    this.#fastLimit = this.#free = aligned ? b.byteLength & ~3 : -1;
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
   * @throws {TypeError} When the buffer was released (the writer of a closed socket).
   */
  reset(): this {
    if (this.buffer.byteLength === 0 && this.#capacity !== 0) throw released();
    this.#pos = this.#depth = 0;
    this.#msgStart = this.#limit = -1;
    this.#free = this.#fastLimit;
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
  begin(type: number, flags = 1, /* NLM_F_REQUEST */ seq = 0, pid = 0): number {
    const at = this.#pos;
    const limit = this.#free;
    if (
      (type & MAX_U16) !== type || (flags & MAX_U16) !== flags || seq >>> 0 !== seq ||
      pid >>> 0 !== pid ||
      at + 16 > limit
    ) return this.#beginSlow(type, flags, seq, pid);
    const words = this.#words;
    const i = at >> 2;
    words[i] = 16;
    words[i + 1] = type | (flags << 16);
    words[i + 2] = seq;
    words[i + 3] = pid;
    this.#pos = at + 16;
    this.#msgStart = at;
    this.#limit = limit;
    this.#free = -1;
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
    const at = this.#pos;
    const end = at + ((size + 3) & ~3);
    if ((size & 127) !== size || end > this.#limit) return this.#reserveSlow(size);
    const words = this.#words;
    for (let i = at >> 2; i < end >> 2; i++) words[i] = 0;
    this.#pos = end;
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
    if (!(bytes instanceof Uint8Array)) {
      throw new TypeError(`Appended payload must be a Uint8Array, not ${describe(bytes)}`);
    }
    const n = bytes.byteLength;
    let at = this.#pos;
    if (n <= 16 && at + n <= this.#limit) {
      // A small payload at an aligned cursor: byte by byte, no call.
      const buf = this.buffer;
      for (let k = 0; k < n; k++) buf[at + k] = bytes[k]!;
    } else {
      at = this.#aligned("append a payload", n, "raw payload", -1);
      this.buffer.set(bytes, at);
    }
    this.#pos = at + n;
    this.#limit = (this.#pos & 3) === 0 ? this.#fastLimit : -1;
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
    if (!(value instanceof Uint8Array) || value.byteLength > MAX_VALUE) {
      throw bytesError(type, value);
    }
    const n = value.byteLength;
    const p = this.#attr(type, n) + 4;
    // Small values (addresses, MACs) byte by byte: cheaper than a call of
    // TypedArray.prototype.set, which costs ~10-15 ns whatever the size.
    if (n <= 16) {
      const buf = this.buffer;
      for (let k = 0; k < n; k++) buf[p + k] = value[k]!;
    } else this.buffer.set(value, p);
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
    if (typeof value !== "number" || (value & 0xff) !== value) throw valueError(U8, type, value);
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
    if (typeof value !== "number" || (value << 16) >>> 16 !== value) {
      throw valueError(U16, type, value);
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
    // The header written here rather than by #attr(): the most used put
    // method stays small enough for V8 to inline it with its neighbours.
    const at = this.#pos;
    if (
      typeof value !== "number" || value >>> 0 !== value || (type & MAX_U16) !== type ||
      at + 8 > this.#limit
    ) return this.#putSlow(U32, type, value);
    const words = this.#words;
    const i = at >> 2;
    words[i] = 8 | (type << 16);
    words[i + 1] = value;
    this.#pos = at + 8;
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
    this.#put64(type, value, U64, true);
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
      throw valueError(S8, type, value);
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
      throw valueError(S16, type, value);
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
    if (typeof value !== "number" || (value | 0) !== value) throw valueError(S32, type, value);
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
    this.#put64(type, value, S64, true);
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
    if (typeof value !== "number" || (value << 16) >>> 16 !== value) {
      throw valueError(U16, type, value);
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
    if (typeof value !== "number" || value >>> 0 !== value) throw valueError(U32, type, value);
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
    this.#put64(type, value, U64, false);
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
    // Names and kinds are short ASCII strings, written again and again: the
    // last ones checked (one per length) are copied without a second look.
    const at = this.#pos;
    const n = typeof value === "string" ? value.length : 0;
    const end = at + ((n + 8) & ~3); // header, characters, NUL, padding
    if (this.#ascii[n & 15] !== value || (type & MAX_U16) !== type || end > this.#limit) {
      return this.#putChecked(type, value);
    }
    const words = this.#words;
    words[(end >> 2) - 1] = 0; // NUL and padding (the characters overwrite its head)
    words[at >> 2] = (5 + n) | (type << 16);
    const buf = this.buffer;
    const bytes = this.#asciiBytes;
    const from = (n & 15) * ASCII_MEMO_MAX;
    for (let k = 0; k < n; k++) buf[at + 4 + k] = bytes[from + k]!;
    this.#pos = end;
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
    const at = this.#pos;
    if ((type & MAX_U16) !== type || at + 4 > this.#limit) return this.#nestStartSlow(type);
    this.#words[at >> 2] = 4 | ((type | NLA_F_NESTED) << 16);
    this.#pos = at + 4;
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
    const d = this.#depth - 1;
    const len = this.#pos - token;
    if (d < 0 || this.#nests[d] !== token || len > MAX_U16) throw this.#nestEndError(token);
    this.view.setUint16(token, len, true);
    this.#depth = d;
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
    this.#limit = this.#fastLimit;
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
    if (at < 0 || this.#depth > 0) throw this.#endError();
    const len = this.#pos - at;
    this.view.setUint32(at, len, true);
    this.#msgStart = -1;
    // The next begin() may take its fast path when the cursor is aligned,
    // which is when the attribute fast paths were open.
    this.#free = this.#limit;
    this.#limit = -1;
    return len;
  }

  /** {@linkcode putU32} with its checks, for any value and writer state. */
  #putSlow(kind: number, type: number, value: number): this {
    if (typeof value !== "number" || value >>> 0 !== value) throw valueError(kind, type, value);
    this.view.setUint32(this.#attr(type, 4) + 4, value, true);
    return this;
  }

  /** {@linkcode nestStart} with its checks, for any writer state. */
  #nestStartSlow(type: number): number {
    if (typeof type !== "number" || (type & MAX_U16) !== type) {
      throw typeError("Nested attribute type", type);
    }
    const at = this.#attr(type | NLA_F_NESTED, 0);
    this.#nests[this.#depth++] = at;
    return at;
  }

  /**
   * Writes an attribute header for a value of `size` bytes (already
   * checked) and zeroes its padding; returns the attribute's offset.
   */
  #attr(type: number, size: number): number {
    const at = this.#pos;
    const end = at + ((size + 7) & ~3);
    if ((type & MAX_U16) !== type || end > this.#limit) return this.#attrSlow(type, size);
    const words = this.#words;
    words[(end >> 2) - 1] = 0; // the padding (the value then overwrites its head)
    words[at >> 2] = (4 + size) | (type << 16);
    this.#pos = end;
    return at;
  }

  /**
   * {@linkcode #attr} with every check (a type out of range, no message, no
   * room, padding due) and writes that do not assume an aligned buffer.
   */
  #attrSlow(type: number, size: number): number {
    if (typeof type !== "number" || (type & MAX_U16) !== type) {
      throw typeError("Attribute type", type);
    }
    const space = (size + 7) & ~3;
    const at = this.#aligned("put an attribute", space, "attribute", type);
    const v = this.view;
    v.setUint32(at + space - 4, 0, true);
    v.setUint16(at, 4 + size, true);
    v.setUint16(at + 2, type, true);
    this.#pos = at + space;
    this.#limit = this.#fastLimit;
    return at;
  }

  #beginSlow(type: number, flags: number, seq: number, pid: number): number {
    if (typeof type !== "number" || (type << 16) >>> 16 !== type) {
      throw badInteger("Message type", type, 0, 0xffff);
    }
    if (typeof flags !== "number" || (flags << 16) >>> 16 !== flags) {
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
    if (at + 16 > this.#capacity) throw this.#full(at, 16, "a message header", -1);
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
    this.#limit = this.#fastLimit;
    this.#free = -1;
    return at;
  }

  #reserveSlow(size: number): number {
    if (typeof size !== "number" || size >>> 0 !== size) {
      throw badInteger("Reserved size", size, 0, 0xffffffff);
    }
    const space = size + (-size & 3);
    const at = this.#aligned("reserve room", space, "a fixed header", -1);
    this.buffer.fill(0, at, at + space);
    this.#pos = at + space;
    this.#limit = this.#fastLimit;
    return at;
  }

  /** {@linkcode putString} with its checks: ASCII is remembered, anything else encoded as UTF-8. */
  #putChecked(type: number, value: string): this {
    if (typeof value !== "string") {
      throw new TypeError(
        `Value of string attribute ${describe(type)} must be a string, not ${describe(value)}`,
      );
    }
    const n = value.length;
    let i = 0;
    while (i < n && ((value.charCodeAt(i) - 1) >>> 0) < 0x7f) i++;
    if (i === n && n <= ASCII_MEMO_MAX) {
      this.#ascii[n & 15] = value;
      const from = (n & 15) * ASCII_MEMO_MAX;
      for (let k = 0; k < n; k++) this.#asciiBytes[from + k] = value.charCodeAt(k);
      const p = this.#attr(type, n + 1) + 4;
      const buf = this.buffer;
      for (let k = 0; k < n; k++) buf[p + k] = value.charCodeAt(k);
      buf[p + n] = 0;
      return this;
    }
    const size = i === n && n < MAX_VALUE ? n : utf8Size(value, type);
    const p = this.#attr(type, size + 1) + 4;
    this.buffer[utf8Encode(value, this.buffer, p)] = 0;
    return this;
  }

  /** A 64-bit attribute, from a bigint or a safe integer. */
  #put64(type: number, value: bigint | number, kind: number, little: boolean): void {
    const range = KINDS[kind]!;
    if (typeof value === "bigint") {
      if (value < range[1] || value > range[2]) throw valueError(kind, type, value);
      const at = this.#attr(type, 8) + 4;
      if (kind === U64) this.view.setBigUint64(at, value, little);
      else this.view.setBigInt64(at, value, little);
      return;
    }
    if (!Number.isSafeInteger(value) || (kind === U64 && value < 0)) {
      throw valueError(kind, type, value);
    }
    const at = this.#attr(type, 8) + 4;
    const lo = value >>> 0;
    const hi = Math.floor(value / TWO_32) | 0;
    const v = this.view;
    v.setUint32(little ? at : at + 4, lo, little);
    v.setInt32(little ? at + 4 : at, hi, little);
  }

  /**
   * Checks that a message is open and `bytes` fit at the next aligned
   * offset; pads up to it (only then) and returns it.
   */
  #aligned(action: string, bytes: number, what: string, type: number): number {
    if (this.#msgStart < 0) {
      throw new Error(`Cannot ${action}: no message is open (call begin() first)`);
    }
    const at = align(this.#pos);
    if (at + bytes > this.#capacity) throw this.#full(at, bytes, what, type);
    this.#pad(at);
    this.#pos = at;
    return at;
  }

  /** Zeroes the padding left by an unpadded {@linkcode append}, once the write is sure. */
  #pad(at: number): void {
    for (let p = this.#pos; p < at; p++) this.buffer[p] = 0;
  }

  #full(at: number, bytes: number, what: string, type: number): BufferCapacityError {
    const name = type < 0 ? what : `${what} ${type}`;
    return new BufferCapacityError(name, at, bytes, this.#capacity);
  }

  #endError(): Error {
    if (this.#msgStart < 0) return new Error("Cannot end a message: none was begun");
    return this.#nestOpen("end the message");
  }

  #nestEndError(token: unknown): Error {
    const d = this.#depth;
    if (d > 0 && this.#nests[d - 1] === token) {
      const len = this.#pos - (token as number);
      return new RangeError(
        `Nested attribute at offset ${token} is ${len} bytes; the limit is 65535 (16-bit nla_len)`,
      );
    }
    return this.#badToken(token, "end");
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

/** Rounds up to 4 (offsets are 31-bit: no wrap-around). */
function align(n: number): number {
  return (n + 3) & ~3;
}

function typeError(what: string, type: unknown): Error {
  return badInteger(what, type, 0, 0xffff);
}

function valueError(kind: number, type: unknown, value: unknown): Error {
  const [name, min, max] = KINDS[kind]!;
  const what = `${name} attribute ${describe(type)}`;
  if (typeof min === "number") return badInteger(what, value, min, max);
  if (typeof value === "bigint") {
    return new RangeError(`${what} must be from ${min} to ${max}, not ${value}n`);
  }
  if (typeof value !== "number") {
    return new TypeError(`${what} must be a bigint or a number, not ${describe(value)}`);
  }
  const lo = kind === U64 ? 0 : Number.MIN_SAFE_INTEGER;
  return new RangeError(
    `${what} must be a bigint, or a safe integer from ${lo} to ${Number.MAX_SAFE_INTEGER}, ` +
      `not ${value}`,
  );
}

function bytesError(type: unknown, value: unknown): Error {
  if (!(value instanceof Uint8Array)) {
    return new TypeError(
      `Value of attribute ${describe(type)} must be a Uint8Array, not ${describe(value)}`,
    );
  }
  return new RangeError(
    `Attribute ${describe(type)} value is ${value.byteLength} bytes; the limit is ${MAX_VALUE} ` +
      `(16-bit nla_len)`,
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

/** The error for a writer whose buffer was detached, e.g. by `close()` of its socket. */
function released(): TypeError {
  return new TypeError(
    "Cannot write: the writer's buffer was released (its socket is closed); use a live socket's writer",
  );
}
