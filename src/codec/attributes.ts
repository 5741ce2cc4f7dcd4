/**
 * Reads netlink attributes in place, as a cursor over the receive buffer.
 *
 * ```
 * |<-- 2 bytes -->|<-- 2 bytes -->|<-- variable -->|<- pad to 4 ->|
 * |     length    | N|B|  type    |      value     |              |
 * ```
 * (N = `NLA_F_NESTED`, B = `NLA_F_NET_BYTEORDER`.)
 *
 * Unknown types are simply stepped over: an old program keeps working on a
 * newer kernel. Structural damage (a length below 4, or an attribute that
 * overruns its parent) throws a {@linkcode DecodeError} with the offset.
 *
 * @module
 */
import { DecodeError } from "../errors.ts";
import { checkBytes, checkIndex, checkView } from "./_check.ts";
import { readString } from "./_strings.ts";

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Points a reader at offsets already known to lie in the buffer, without
 * the checks of {@linkcode AttributeReader.reset} (for `Message.attributes()`).
 * Internal to the codec: not exported by `codec.ts` or `mod.ts`.
 */
export let resetAttributes: (
  reader: AttributeReader,
  buffer: Uint8Array,
  start: number,
  end: number,
  view: DataView,
) => AttributeReader;

/**
 * A cursor over the attributes between two offsets of a buffer. The same
 * object is reused for every attribute (and by `for...of`), so iteration
 * allocates nothing. Values are views of the buffer: valid until the socket
 * receives into it again.
 *
 * @example
 * ```ts
 * import { AttributeReader } from "./attributes.ts";
 * const bytes = new Uint8Array([8, 0, 3, 0, 42, 0, 0, 0]);
 * const attrs = new AttributeReader().reset(bytes, 0, bytes.length);
 * for (const a of attrs) console.log(a.type, a.u32()); // 3 42
 * ```
 */
export class AttributeReader implements IterableIterator<AttributeReader> {
  #buf: Uint8Array = new Uint8Array(0);
  #view: DataView = new DataView(this.#buf.buffer);
  #start = 0;
  #end = 0;
  #next = 0;
  #at = -1;
  #len = 0;
  /** The current attribute's type without flags, or -1 when the cursor is on none. */
  #type = -1;
  #child: AttributeReader | undefined;
  #result: IteratorYieldResult<AttributeReader> = { done: false, value: this };

  static {
    resetAttributes = (reader, buffer, start, end, view) => {
      reader.#buf = buffer;
      reader.#view = view;
      reader.#start = reader.#next = start;
      reader.#end = end;
      reader.#at = reader.#type = -1;
      return reader;
    };
  }

  /**
   * Points the cursor at the attributes in `buffer[start, end)`.
   *
   * @param buffer The buffer holding them.
   * @param start Offset of the first attribute.
   * @param end Offset just past the last one.
   * @param view A `DataView` over exactly the same bytes as `buffer` (optional).
   * @returns This reader, before its first attribute.
   * @throws {TypeError} When `buffer` is not a `Uint8Array`, an offset is not a
   *   number, or `view` does not cover `buffer`'s bytes.
   * @throws {RangeError} When the offsets are not integers with
   *   `0 <= start <= end <= buffer.byteLength`.
   */
  reset(buffer: Uint8Array, start: number, end: number, view?: DataView): this {
    // Everything is checked before anything changes.
    const adopt = buffer !== this.#buf || (view !== undefined && view !== this.#view);
    if (adopt) {
      checkBytes("AttributeReader buffer", buffer);
      if (view !== undefined) checkView(buffer, view);
    }
    checkIndex("AttributeReader end", end, buffer.byteLength);
    checkIndex("AttributeReader start", start, end);
    if (adopt) {
      view ??= new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    return resetAttributes(this, buffer, start, end, adopt ? view! : this.#view) as this;
  }

  /** Goes back to before the first attribute. @returns This reader. */
  rewind(): this {
    this.#next = this.#start;
    this.#at = this.#type = -1;
    return this;
  }

  /**
   * Moves to the next attribute.
   *
   * @returns `false` when there are no more.
   * @throws {DecodeError} When the next attribute is malformed.
   */
  advance(): boolean {
    const at = this.#next;
    const left = this.#end - at;
    // One read for the header: nla_len in the low half, nla_type in the high
    // half. Signed, so that it is always a small integer: with NLA_F_NESTED
    // set, an unsigned read gives a double, and JavaScriptCore's code
    // compiled before it saw one kept exiting to a slower tier on every
    // nested attribute (the cause of runs ~1.5x slower than others).
    const header = left >= 4 ? this.#view.getInt32(at, true) : 0;
    const len = header & 0xffff;
    if (len < 4 || len > left) return this.#stop(at, left, len);
    this.#at = at;
    this.#len = len;
    this.#type = (header >>> 16) & 0x3fff; // NLA_TYPE_MASK
    this.#next = at + ((len + 3) & ~3);
    return true;
  }

  /** The end of the attributes (`false`), or a malformed one (a throw). */
  #stop(at: number, left: number, len: number): boolean {
    if (left > 0) throw malformed(at, left, len);
    this.#at = this.#type = -1;
    return false;
  }

  /**
   * Moves to the first attribute of the given type, searching from the start.
   *
   * @param type The type to find (flags ignored).
   * @returns `true` when found; the cursor is then on it.
   * @throws {DecodeError} When an attribute before it is malformed.
   * @throws {TypeError} When `type` is not a number.
   */
  find(type: number): boolean {
    if (typeof type !== "number") {
      throw new TypeError(`Attribute type to find must be a number, not ${typeof type}`);
    }
    this.rewind();
    while (this.advance()) if (this.type === type) return true;
    return false;
  }

  /** Iterator protocol: the same result object every time. @returns The next result. */
  next(): IteratorResult<AttributeReader> {
    return this.advance() ? this.#result : DONE;
  }

  /**
   * Starts iterating the attributes from the first (`for...of`).
   *
   * @returns This reader, rewound.
   */
  [Symbol.iterator](): this {
    return this.rewind();
  }

  /** Offset of the current attribute's header in the buffer, or -1 when the cursor is on none. */
  get offset(): number {
    return this.#at;
  }
  /**
   * The type without `NLA_F_NESTED` and `NLA_F_NET_BYTEORDER`, or -1 when
   * the cursor is on no attribute (before the first {@linkcode advance},
   * after the last one): no type has that value.
   */
  get type(): number {
    return this.#type;
  }
  /**
   * Whether `NLA_F_NESTED` is set.
   *
   * @throws {Error} When the cursor is on no attribute.
   */
  get isNested(): boolean {
    return (this.#rawType("flags") & 0x8000) !== 0; // NLA_F_NESTED
  }
  /**
   * Whether `NLA_F_NET_BYTEORDER` is set.
   *
   * @throws {Error} When the cursor is on no attribute.
   */
  get isNetByteOrder(): boolean {
    return (this.#rawType("flags") & 0x4000) !== 0; // NLA_F_NET_BYTEORDER
  }

  /** `nla_type` with its flags, read again from the buffer. */
  #rawType(what: string): number {
    if (this.#at < 0) throw noAttribute(what);
    return this.#view.getUint16(this.#at + 2, true);
  }
  /**
   * Length of the value in bytes (without header and padding).
   *
   * @throws {Error} When the cursor is on no attribute.
   */
  get length(): number {
    if (this.#at < 0) throw noAttribute("length");
    return this.#len - 4;
  }
  /**
   * Offset of the value in the buffer.
   *
   * @throws {Error} When the cursor is on no attribute.
   */
  get valueOffset(): number {
    if (this.#at < 0) throw noAttribute("value");
    return this.#at + 4;
  }

  /** The value as `u8`. @returns The value. @throws {DecodeError} When its length is not 1. */
  u8(): number {
    return this.#buf[this.#fixed(1)]!;
  }
  /** The value as host-order `u16`. @returns The value. @throws {DecodeError} When its length is not 2. */
  u16(): number {
    return this.#view.getUint16(this.#fixed(2), true);
  }
  /** The value as host-order `u32`. @returns The value. @throws {DecodeError} When its length is not 4. */
  u32(): number {
    return this.#view.getUint32(this.#fixed(4), true);
  }
  /** The value as host-order `u64`. @returns The value. @throws {DecodeError} When its length is not 8. */
  u64(): bigint {
    return this.#view.getBigUint64(this.#fixed(8), true);
  }
  /** The value as `s8`. @returns The value. @throws {DecodeError} When its length is not 1. */
  s8(): number {
    return this.#view.getInt8(this.#fixed(1));
  }
  /** The value as host-order `s16`. @returns The value. @throws {DecodeError} When its length is not 2. */
  s16(): number {
    return this.#view.getInt16(this.#fixed(2), true);
  }
  /** The value as host-order `s32`. @returns The value. @throws {DecodeError} When its length is not 4. */
  s32(): number {
    return this.#view.getInt32(this.#fixed(4), true);
  }
  /** The value as host-order `s64`. @returns The value. @throws {DecodeError} When its length is not 8. */
  s64(): bigint {
    return this.#view.getBigInt64(this.#fixed(8), true);
  }
  /** The value as big-endian `u16`. @returns The value. @throws {DecodeError} When its length is not 2. */
  u16be(): number {
    return this.#view.getUint16(this.#fixed(2), false);
  }
  /** The value as big-endian `u32`. @returns The value. @throws {DecodeError} When its length is not 4. */
  u32be(): number {
    return this.#view.getUint32(this.#fixed(4), false);
  }
  /** The value as big-endian `u64`. @returns The value. @throws {DecodeError} When its length is not 8. */
  u64be(): bigint {
    return this.#view.getBigUint64(this.#fixed(8), false);
  }

  /**
   * The value as a UTF-8 string, up to its first NUL (if any). Invalid UTF-8
   * becomes U+FFFD, as with `TextDecoder`. Short strings that repeat
   * (interface names, kinds) come from a small cache checked byte for byte,
   * so reading them allocates nothing.
   *
   * @returns The string (a value: it stays valid after the buffer is reused).
   * @throws {Error} When the cursor is on no attribute.
   */
  string(): string {
    const at = this.#at;
    if (at < 0) throw noAttribute("value");
    return readString(this.#buf, this.#view, at + 4, at + this.#len);
  }

  /**
   * The value as a view of the buffer (no copy): valid until the buffer is
   * received into again. Use {@linkcode copy} to keep it.
   *
   * @returns A `Uint8Array` over the value's bytes.
   * @throws {Error} When the cursor is on no attribute.
   */
  bytes(): Uint8Array {
    const at = this.#at;
    if (at < 0) throw noAttribute("value");
    return this.#buf.subarray(at + 4, at + this.#len);
  }

  /**
   * The value copied into a new array that the caller owns.
   *
   * @returns A copy of the value.
   * @throws {Error} When the cursor is on no attribute.
   */
  copy(): Uint8Array {
    const at = this.#at;
    if (at < 0) throw noAttribute("value");
    return this.#buf.slice(at + 4, at + this.#len);
  }

  /**
   * A cursor over the attributes nested in the current one. The child
   * cursor object is reused: one per parent reader.
   *
   * @returns The child cursor, before its first attribute.
   * @throws {Error} When the cursor is on no attribute.
   */
  nested(): AttributeReader {
    const at = this.#at;
    if (at < 0) throw noAttribute("nested attributes");
    return resetAttributes(
      this.#child ?? this.#newChild(),
      this.#buf,
      at + 4,
      at + this.#len,
      this.#view,
    );
  }

  #newChild(): AttributeReader {
    return this.#child = new AttributeReader();
  }

  #fixed(size: number): number {
    const at = this.#at;
    if (at < 0 || this.#len - 4 !== size) throw this.#fixedError(size);
    return at + 4;
  }

  #fixedError(size: number): Error {
    if (this.#at < 0) return noAttribute("value");
    return new DecodeError(
      this.#at,
      `attribute type ${this.type} has a ${
        this.#len - 4
      }-byte value where ${size} bytes were expected`,
    );
  }
}

/** The DecodeError of an attribute header that cannot be read at `at`. */
function malformed(at: number, left: number, len: number): DecodeError {
  if (left < 4) {
    return new DecodeError(at, `${left} trailing bytes are too few for an attribute header`);
  }
  if (len < 4) return new DecodeError(at, `attribute length ${len} is below the header size 4`);
  return new DecodeError(at, `attribute length ${len} overruns its container (${left} bytes left)`);
}

function noAttribute(what: string): Error {
  return new Error(
    `Cannot read the attribute's ${what}: the cursor is on no attribute ` +
      `(call advance() or find() first, and only while it returns true)`,
  );
}
