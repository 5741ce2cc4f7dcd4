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
 * @module
 */
import { BufferCapacityError } from "../errors.ts";
import { NLA_F_NESTED, NLM_F_REQUEST } from "./constants.ts";
import { pinned } from "../ffi/types.ts";

const encoder = new TextEncoder();

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

  /**
   * @param bufferOrSize A buffer to write into (its memory is used as is), or
   *   a size in bytes for a new pinned buffer.
   */
  constructor(bufferOrSize: Uint8Array | number) {
    this.buffer = typeof bufferOrSize === "number" ? pinned(bufferOrSize) : bufferOrSize;
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

  /**
   * Forgets everything written; the next {@linkcode begin} writes at offset 0.
   *
   * @returns This writer.
   */
  reset(): this {
    this.#pos = 0;
    this.#msgStart = -1;
    return this;
  }

  /**
   * Starts a message: writes its `nlmsghdr` at the current offset.
   *
   * @param type `nlmsg_type`.
   * @param flags `nlmsg_flags`; defaults to `NLM_F_REQUEST`.
   * @param seq `nlmsg_seq`; a socket's `request()` fills it when 0.
   * @param pid `nlmsg_pid`; 0 lets the kernel fill the sender's port id.
   * @returns The offset of the new message.
   * @throws {BufferCapacityError} When 16 bytes do not fit.
   */
  begin(type: number, flags = NLM_F_REQUEST, seq = 0, pid = 0): number {
    if (this.#msgStart >= 0) this.end();
    this.#align();
    const at = this.#pos;
    this.#need(16, "a message header");
    const v = this.view;
    v.setUint32(at, 16, true);
    v.setUint16(at + 4, type, true);
    v.setUint16(at + 6, flags, true);
    v.setUint32(at + 8, seq >>> 0, true);
    v.setUint32(at + 12, pid >>> 0, true);
    this.#pos = at + 16;
    this.#msgStart = at;
    return at;
  }

  /**
   * Reserves zeroed, 4-byte aligned room for a fixed header (e.g.
   * `struct ifinfomsg`) to be filled through {@linkcode view}.
   *
   * @param size Size of the structure in bytes.
   * @returns The offset of the reserved room.
   * @throws {BufferCapacityError} When it does not fit.
   */
  reserve(size: number): number {
    this.#align();
    const at = this.#pos;
    const space = (size + 3) & ~3;
    this.#need(space, "a fixed header");
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
   * @throws {BufferCapacityError} When they do not fit.
   */
  append(bytes: Uint8Array): this {
    this.#align();
    this.#need(bytes.byteLength, "raw payload");
    this.buffer.set(bytes, this.#pos);
    this.#pos += bytes.byteLength;
    return this;
  }

  /**
   * Puts an attribute with a raw value.
   *
   * @param type `nla_type`.
   * @param value The bytes to copy in.
   * @returns This writer.
   * @throws {BufferCapacityError} When it does not fit.
   */
  putBytes(type: number, value: Uint8Array): this {
    const at = this.#attr(type, value.byteLength);
    this.buffer.set(value, at + 4);
    return this;
  }

  /**
   * Puts an attribute with no value (a flag: present means true).
   *
   * @param type `nla_type`.
   * @returns This writer.
   */
  putFlag(type: number): this {
    this.#attr(type, 0);
    return this;
  }

  /** Puts a `u8` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putU8(type: number, value: number): this {
    this.view.setUint8(this.#attr(type, 1) + 4, value);
    return this;
  }

  /** Puts a host-order `u16` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putU16(type: number, value: number): this {
    this.view.setUint16(this.#attr(type, 2) + 4, value, true);
    return this;
  }

  /** Puts a host-order `u32` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putU32(type: number, value: number): this {
    this.view.setUint32(this.#attr(type, 4) + 4, value, true);
    return this;
  }

  /** Puts a host-order `u64` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putU64(type: number, value: bigint): this {
    this.view.setBigUint64(this.#attr(type, 8) + 4, value, true);
    return this;
  }

  /** Puts an `s8` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putS8(type: number, value: number): this {
    this.view.setInt8(this.#attr(type, 1) + 4, value);
    return this;
  }

  /** Puts a host-order `s16` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putS16(type: number, value: number): this {
    this.view.setInt16(this.#attr(type, 2) + 4, value, true);
    return this;
  }

  /** Puts a host-order `s32` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putS32(type: number, value: number): this {
    this.view.setInt32(this.#attr(type, 4) + 4, value, true);
    return this;
  }

  /** Puts a host-order `s64` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putS64(type: number, value: bigint): this {
    this.view.setBigInt64(this.#attr(type, 8) + 4, value, true);
    return this;
  }

  /** Puts a big-endian (network order) `u16` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putU16BE(type: number, value: number): this {
    this.view.setUint16(this.#attr(type, 2) + 4, value, false);
    return this;
  }

  /** Puts a big-endian (network order) `u32` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putU32BE(type: number, value: number): this {
    this.view.setUint32(this.#attr(type, 4) + 4, value, false);
    return this;
  }

  /** Puts a big-endian (network order) `u64` attribute. @param type `nla_type`. @param value The value. @returns This writer. */
  putU64BE(type: number, value: bigint): this {
    this.view.setBigUint64(this.#attr(type, 8) + 4, value, false);
    return this;
  }

  /**
   * Puts a NUL-terminated UTF-8 string attribute (`NLA_NUL_STRING`), encoded
   * straight into the buffer.
   *
   * @param type `nla_type`.
   * @param value The string; it must not contain NUL.
   * @returns This writer.
   * @throws {BufferCapacityError} When the encoded string does not fit.
   */
  putString(type: number, value: string): this {
    this.#align();
    const at = this.#pos;
    const n = value.length;
    const buf = this.buffer;
    // Short ASCII strings (names, kinds) are copied byte by byte: no encoder call.
    if (n < 64 && at + 4 + n + 1 <= (this.#capacity & ~3)) {
      let i = 0;
      for (; i < n; i++) {
        const c = value.charCodeAt(i);
        if (c >= 0x80) break;
        buf[at + 4 + i] = c;
      }
      if (i === n) {
        this.#endString(at, type, n);
        return this;
      }
    }
    this.#need(5, "string attribute", type);
    const room = buf.subarray(at + 4, (this.#capacity & ~3) - 1);
    const { read, written } = encoder.encodeInto(value, room);
    if (read !== n) {
      throw new BufferCapacityError(
        `string attribute ${type}`,
        at,
        4 + encoder.encode(value).byteLength + 1,
        this.#capacity,
      );
    }
    this.#endString(at, type, written);
    return this;
  }

  /**
   * Opens a nested attribute; attributes put until {@linkcode nestEnd} go inside it.
   *
   * @param type `nla_type`; `NLA_F_NESTED` is added.
   * @returns A token for {@linkcode nestEnd} or {@linkcode nestCancel}.
   */
  nestStart(type: number): number {
    this.#align();
    const at = this.#pos;
    this.#need(4, "nested attribute", type);
    this.view.setUint16(at + 2, type | NLA_F_NESTED, true);
    this.#pos = at + 4;
    return at;
  }

  /**
   * Closes a nested attribute: fixes its length in place.
   *
   * @param token The value {@linkcode nestStart} returned.
   * @returns This writer.
   * @throws {RangeError} When the nest is too large for a 16-bit length.
   */
  nestEnd(token: number): this {
    const len = this.#pos - token;
    if (len > 0xffff) {
      throw new RangeError(
        `Nested attribute at offset ${token} is ${len} bytes; the limit is 65535`,
      );
    }
    this.view.setUint16(token, len, true);
    return this;
  }

  /**
   * Drops a nested attribute and everything put inside it.
   *
   * @param token The value {@linkcode nestStart} returned.
   * @returns This writer.
   */
  nestCancel(token: number): this {
    this.#pos = token;
    return this;
  }

  /**
   * Ends the open message: writes its length into `nlmsg_len`.
   *
   * @returns The message's length in bytes.
   * @throws {Error} When no message is open.
   */
  end(): number {
    const at = this.#msgStart;
    if (at < 0) throw new Error("Cannot end a message: none was begun");
    const len = this.#pos - at;
    this.view.setUint32(at, len, true);
    this.#msgStart = -1;
    return len;
  }

  /** Checks room for an attribute of `size` value bytes, writes its header; returns its offset. */
  #attr(type: number, size: number): number {
    this.#align();
    const at = this.#pos;
    if (size > 0xfffb) {
      throw new RangeError(`Attribute ${type} value is ${size} bytes; the limit is 65531`);
    }
    this.#need((4 + size + 3) & ~3, "attribute", type);
    this.#header(at, type, size);
    return at;
  }

  /**
   * Writes an attribute header at `at` and zeroes its padding, before the
   * value is written (the value then overwrites the zeroed word's head).
   */
  #header(at: number, type: number, size: number): void {
    const v = this.view;
    const end = (at + 4 + size + 3) & ~3;
    if ((size & 3) !== 0) v.setUint32(end - 4, 0, true);
    v.setUint16(at, 4 + size, true);
    v.setUint16(at + 2, type, true);
    this.#pos = end;
  }

  /** Terminates a string attribute of `len` bytes at `at`: NUL, padding, header. */
  #endString(at: number, type: number, len: number): void {
    const buf = this.buffer;
    let p = at + 4 + len;
    const end = (p + 1 + 3) & ~3;
    while (p < end) buf[p++] = 0;
    const v = this.view;
    v.setUint16(at, 4 + len + 1, true);
    v.setUint16(at + 2, type, true);
    this.#pos = end;
  }

  /** Pads to a 4-byte boundary after an unpadded {@linkcode append}. */
  #align(): void {
    let p = this.#pos;
    if ((p & 3) === 0) return;
    const end = (p + 3) & ~3;
    this.#need(end - p, "padding");
    while (p < end) this.buffer[p++] = 0;
    this.#pos = end;
  }

  /** Throws when `bytes` more do not fit; the message is built only then. */
  #need(bytes: number, what: string, type = -1): void {
    if (this.#pos + bytes > this.#capacity) {
      const name = type < 0 ? what : `${what} ${type}`;
      throw new BufferCapacityError(name, this.#pos, bytes, this.#capacity);
    }
  }
}
