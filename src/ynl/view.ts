/**
 * The base classes of the generated views: {@linkcode AttrView} reads an
 * attribute set in place, {@linkcode StructView} a C struct in place.
 *
 * A view is reset over a range of a receive buffer and indexes it in one
 * pass: for every attribute type, the offset of its first occurrence
 * (attributes of unknown types are stepped over). The generated getters
 * (`link.mtu`, `link.ifname`) then read at that offset, and answer
 * `undefined` when the attribute is absent, so absence and zero differ.
 * Nothing is allocated per attribute: the index is two typed arrays owned
 * by the view, nested views are created once per parent and reused, and
 * names decode through a small cache of recent strings.
 *
 * ```
 * |<-- 2 bytes -->|<-- 2 bytes -->|<-- variable -->|<- pad to 4 ->|
 * |     length    | N|B|  type    |      value     |              |
 * ```
 *
 * Views hold the buffer they were reset over: they are valid until the
 * socket receives into it again (as every message a socket returns).
 *
 * @module
 */
import { NLA_TYPE_MASK } from "../codec/constants.ts";
import { DecodeError } from "../errors.ts";
import { readString } from "../codec/_strings.ts";

const EMPTY = new Uint8Array(0);
const EMPTY_VIEW = new DataView(EMPTY.buffer);

/**
 * A view of one attribute set, read in place. Generated subclasses add one
 * getter per attribute.
 *
 * @example
 * ```ts
 * import { AttrView } from "./view.ts";
 * class Demo extends AttrView {
 *   constructor() { super(2); }
 *   get mtu(): number | undefined { return this.$u32(2); }
 * }
 * const bytes = new Uint8Array([8, 0, 2, 0, 220, 5, 0, 0]);
 * new Demo().reset(bytes, 0, bytes.length).mtu; // 1500
 * ```
 */
export class AttrView {
  #buf: Uint8Array = EMPTY;
  #dv: DataView = EMPTY_VIEW;
  #start = 0;
  #end = 0;
  readonly #max: number;
  readonly #off: Int32Array;
  readonly #stamp: Uint32Array;
  #gen = 0;

  /**
   * Makes an empty view; {@linkcode reset} points it at attributes.
   *
   * @param maxType The highest attribute type of the set.
   */
  constructor(maxType: number) {
    this.#max = maxType;
    this.#off = new Int32Array(maxType + 1);
    this.#stamp = new Uint32Array(maxType + 1);
  }

  /**
   * Points the view at the attributes in `buffer[start, end)` and indexes them.
   *
   * @param buffer The buffer holding them.
   * @param start Offset of the first attribute.
   * @param end Offset just past the last one.
   * @param view A `DataView` over the same memory as `buffer` (optional).
   * @returns This view.
   * @throws {DecodeError} When an attribute's length is below 4 or overruns `end`.
   */
  reset(buffer: Uint8Array, start: number, end: number, view?: DataView): this {
    if (buffer !== this.#buf) {
      this.#buf = buffer;
      this.#dv = view ?? new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    }
    this.#start = start;
    this.#end = end;
    let gen = this.#gen + 1;
    if (gen > 0xffffffff) {
      this.#stamp.fill(0);
      gen = 1;
    }
    this.#gen = gen;
    const dv = this.#dv;
    const off = this.#off;
    const stamp = this.#stamp;
    const max = this.#max;
    let at = start;
    while (end - at >= 4) {
      // One read per header, signed so that it stays a small integer (see
      // AttributeReader.advance): nla_len low, nla_type high.
      const header = dv.getInt32(at, true);
      const len = header & 0xffff;
      if (len < 4 || len > end - at) throw badLength(at, len, end - at);
      const type = (header >>> 16) & NLA_TYPE_MASK;
      if (type <= max && stamp[type] !== gen) {
        stamp[type] = gen;
        off[type] = at;
      }
      at += (len + 3) & ~3;
    }
    return this;
  }

  /** The buffer the view reads. */
  get buffer(): Uint8Array {
    return this.#buf;
  }
  /** A `DataView` over {@linkcode buffer}. */
  get view(): DataView {
    return this.#dv;
  }
  /** Offset of the first attribute in {@linkcode buffer}. */
  get start(): number {
    return this.#start;
  }
  /** Offset just past the last attribute. */
  get end(): number {
    return this.#end;
  }

  /**
   * Whether an attribute of this type is present.
   *
   * @param type The attribute type number.
   * @returns `true` when present.
   */
  has(type: number): boolean {
    return type >= 0 && type <= this.#max && this.#stamp[type] === this.#gen;
  }

  /**
   * Offset of the first attribute of a type (its header), or -1.
   *
   * @param type The attribute type number.
   * @returns The offset in {@linkcode buffer}, or -1 when absent.
   */
  offsetOf(type: number): number {
    return type <= this.#max && this.#stamp[type] === this.#gen ? this.#off[type]! : -1;
  }

  /** Offset of the value of `type`, checking that it is `size` bytes; -1 when absent. */
  protected $fixed(type: number, size: number): number {
    const at = type <= this.#max && this.#stamp[type] === this.#gen ? this.#off[type]! : -1;
    if (at < 0) return -1;
    const len = this.#dv.getUint16(at, true) - 4;
    if (len !== size) {
      throw new DecodeError(
        at,
        `attribute type ${type} has a ${len}-byte value where ${size} bytes were expected`,
      );
    }
    return at + 4;
  }

  /** A `u8` value, or `undefined`. */
  protected $u8(type: number): number | undefined {
    const at = this.$fixed(type, 1);
    return at < 0 ? undefined : this.#dv.getUint8(at);
  }
  /** A `u16` value, or `undefined`. */
  protected $u16(type: number, bigEndian = false): number | undefined {
    const at = this.$fixed(type, 2);
    return at < 0 ? undefined : this.#dv.getUint16(at, !bigEndian);
  }
  /** A `u32` value, or `undefined`. */
  protected $u32(type: number, bigEndian = false): number | undefined {
    const at = this.$fixed(type, 4);
    return at < 0 ? undefined : this.#dv.getUint32(at, !bigEndian);
  }
  /** A `u64` value, or `undefined`. */
  protected $u64(type: number, bigEndian = false): bigint | undefined {
    const at = this.$fixed(type, 8);
    return at < 0 ? undefined : this.#dv.getBigUint64(at, !bigEndian);
  }
  /** An `s8` value, or `undefined`. */
  protected $s8(type: number): number | undefined {
    const at = this.$fixed(type, 1);
    return at < 0 ? undefined : this.#dv.getInt8(at);
  }
  /** An `s16` value, or `undefined`. */
  protected $s16(type: number, bigEndian = false): number | undefined {
    const at = this.$fixed(type, 2);
    return at < 0 ? undefined : this.#dv.getInt16(at, !bigEndian);
  }
  /** An `s32` value, or `undefined`. */
  protected $s32(type: number, bigEndian = false): number | undefined {
    const at = this.$fixed(type, 4);
    return at < 0 ? undefined : this.#dv.getInt32(at, !bigEndian);
  }
  /** An `s64` value, or `undefined`. */
  protected $s64(type: number, bigEndian = false): bigint | undefined {
    const at = this.$fixed(type, 8);
    return at < 0 ? undefined : this.#dv.getBigInt64(at, !bigEndian);
  }

  /** A `uint` (4 or 8 bytes) or `sint` value, or `undefined`. */
  protected $auto(type: number, signed: boolean, bigEndian = false): bigint | undefined {
    const at = this.offsetOf(type);
    if (at < 0) return undefined;
    return readAuto(this.#dv, at, signed, bigEndian, type);
  }

  /** A string value (up to its NUL), or `undefined`. */
  protected $str(type: number): string | undefined {
    const at = this.offsetOf(type);
    if (at < 0) return undefined;
    return readString(this.#buf, this.#dv, at + 4, at + this.#dv.getUint16(at, true));
  }

  /** A binary value as a view of the buffer, or `undefined`. */
  protected $bin(type: number): Uint8Array | undefined {
    const at = this.offsetOf(type);
    if (at < 0) return undefined;
    return this.#buf.subarray(at + 4, at + this.#dv.getUint16(at, true));
  }

  /** Whether a flag attribute is present. */
  protected $flag(type: number): boolean {
    return this.has(type);
  }

  /** A bitfield32 value, or `undefined`. */
  protected $bitfield32(type: number): { value: number; selector: number } | undefined {
    const at = this.$fixed(type, 8);
    if (at < 0) return undefined;
    return { value: this.#dv.getUint32(at, true), selector: this.#dv.getUint32(at + 4, true) };
  }

  /** Resets `child` over the nested attributes of `type`, or `undefined` when absent. */
  protected $nest<T extends AttrView>(type: number, child: T, headerSize = 0): T | undefined {
    const at = this.offsetOf(type);
    if (at < 0) return undefined;
    return resetNested(child, this.#buf, this.#dv, at, headerSize);
  }

  /** Resets `struct` over the binary value of `type`, or `undefined` when absent. */
  protected $struct<T extends StructView>(type: number, struct: T): T | undefined {
    const at = this.offsetOf(type);
    if (at < 0) return undefined;
    return struct.reset(this.#dv, at + 4, this.#dv.getUint16(at, true) - 4);
  }

  /** Offsets of every attribute of `type` (multi-attr), in order. */
  protected *$each(type: number): Generator<number, void, undefined> {
    let at = this.offsetOf(type);
    if (at < 0) return;
    const dv = this.#dv;
    const end = this.#end;
    while (end - at >= 4) {
      const len = dv.getUint16(at, true);
      if ((dv.getUint16(at + 2, true) & NLA_TYPE_MASK) === type) yield at;
      at += (len + 3) & ~3;
    }
  }

  /** Offsets of the items nested in the attribute of `type` (indexed-array), in order. */
  protected *$items(type: number): Generator<number, void, undefined> {
    const parent = this.offsetOf(type);
    if (parent < 0) return;
    yield* itemsOf(this.#dv, parent);
  }

  /** Offsets of the items nested in the attribute at the header offset `at`, in order. */
  protected $itemsAt(at: number): Generator<number, void, undefined> {
    return itemsOf(this.#dv, at);
  }

  /** Reads a scalar of `type` at a header offset `at` (multi-attr and array items). */
  protected $scalarAt(at: number, type: string, bigEndian = false): number | bigint {
    return readScalarAt(this.#dv, at, type, bigEndian);
  }
  /** Reads a string at a header offset `at`. */
  protected $strAt(at: number): string {
    return readString(this.#buf, this.#dv, at + 4, at + this.#dv.getUint16(at, true));
  }
  /** The value at a header offset `at`, as a view of the buffer. */
  protected $binAt(at: number): Uint8Array {
    return this.#buf.subarray(at + 4, at + this.#dv.getUint16(at, true));
  }
  /** Resets `child` over the attributes nested at the header offset `at`. */
  protected $nestAt<T extends AttrView>(at: number, child: T, headerSize = 0): T {
    return resetNested(child, this.#buf, this.#dv, at, headerSize);
  }
  /** Resets `struct` over the value at the header offset `at`. */
  protected $structAt<T extends StructView>(at: number, struct: T): T {
    return struct.reset(this.#dv, at + 4, this.#dv.getUint16(at, true) - 4);
  }
  /** The type number of the attribute at a header offset `at`. */
  protected $typeAt(at: number): number {
    return this.#dv.getUint16(at + 2, true) & NLA_TYPE_MASK;
  }
}

/**
 * A view of a C struct, read and written in place. Generated subclasses
 * add a getter and a setter per member.
 */
export class StructView {
  /** The `DataView` the struct is read from (for generated accessors). */
  protected $dv: DataView = EMPTY_VIEW;
  /** Offset of the struct in {@linkcode $dv} (for generated accessors). */
  protected $o = 0;
  #scratch: DataView | undefined;
  /** Size of the struct in bytes. */
  readonly size: number;

  /**
   * Makes an empty struct view; {@linkcode reset} points it at a struct.
   *
   * @param size The struct's size in bytes.
   */
  constructor(size: number) {
    this.size = size;
  }

  /**
   * Points the view at a struct in a buffer. A value shorter than the struct
   * (an older kernel's) is read from a zero-filled copy, as the kernel's own
   * tools do; writes then do not reach the buffer.
   *
   * @param view A `DataView` over the buffer.
   * @param offset Offset of the struct.
   * @param length Bytes available there (default: the struct's size).
   * @returns This view.
   */
  reset(view: DataView, offset: number, length: number = this.size): this {
    if (length >= this.size) {
      this.$dv = view;
      this.$o = offset;
      return this;
    }
    const scratch = this.#scratch ??= new DataView(new ArrayBuffer(this.size));
    const dst = new Uint8Array(scratch.buffer);
    dst.fill(0);
    dst.set(new Uint8Array(view.buffer, view.byteOffset + offset, Math.max(0, length)));
    this.$dv = scratch;
    this.$o = 0;
    return this;
  }

  /** The `DataView` the struct is read from. */
  get view(): DataView {
    return this.$dv;
  }
  /** Offset of the struct in {@linkcode view}. */
  get offset(): number {
    return this.$o;
  }

  /** A binary member as a view of the buffer. */
  protected $bytes(off: number, size: number): Uint8Array {
    const dv = this.$dv;
    return new Uint8Array(dv.buffer, dv.byteOffset + this.$o + off, size);
  }
  /** Copies bytes into a binary member (zero-filled past `value`). */
  protected $setBytes(off: number, size: number, value: Uint8Array): void {
    if (value.byteLength > size) {
      throw new RangeError(`A ${value.byteLength}-byte value does not fit a ${size}-byte member`);
    }
    const dst = this.$bytes(off, size);
    dst.fill(0);
    dst.set(value);
  }
  /** Resets a nested struct view over a binary member. */
  protected $inner<T extends StructView>(off: number, inner: T): T {
    return inner.reset(this.$dv, this.$o + off);
  }
}

function resetNested<T extends AttrView>(
  child: T,
  buf: Uint8Array,
  dv: DataView,
  at: number,
  headerSize: number,
): T {
  const end = at + dv.getUint16(at, true);
  const start = at + 4 + ((headerSize + 3) & ~3);
  if (start > end) {
    throw new DecodeError(at, `nested attribute is shorter than its ${headerSize}-byte header`);
  }
  return child.reset(buf, start, end, dv);
}

function* itemsOf(dv: DataView, parent: number): Generator<number, void, undefined> {
  const end = parent + dv.getUint16(parent, true);
  let at = parent + 4;
  while (end - at >= 4) {
    const len = dv.getUint16(at, true);
    if (len < 4 || len > end - at) {
      throw new DecodeError(at, `array item length ${len} does not fit its array`);
    }
    yield at;
    at += (len + 3) & ~3;
  }
}

/**
 * Reads a `uint`/`sint` value (4 or 8 bytes) at an attribute header.
 *
 * @param dv The buffer's view.
 * @param at Offset of the attribute header.
 * @param signed `sint`.
 * @param bigEndian Network byte order.
 * @param type The attribute type, for the error.
 * @returns The value.
 * @throws {DecodeError} When the value is neither 4 nor 8 bytes.
 */
export function readAuto(
  dv: DataView,
  at: number,
  signed: boolean,
  bigEndian: boolean,
  type: number,
): bigint {
  const len = dv.getUint16(at, true) - 4;
  const le = !bigEndian;
  if (len === 4) return BigInt(signed ? dv.getInt32(at + 4, le) : dv.getUint32(at + 4, le));
  if (len === 8) return signed ? dv.getBigInt64(at + 4, le) : dv.getBigUint64(at + 4, le);
  throw new DecodeError(at, `attribute type ${type} has a ${len}-byte value; uint/sint are 4 or 8`);
}

/**
 * Reads a fixed-size scalar value at an attribute header, checking its size.
 *
 * @param dv The buffer's view.
 * @param at Offset of the attribute header.
 * @param type `u8`..`s64`, `uint`, `sint`.
 * @param bigEndian Network byte order.
 * @returns The value (a bigint for 64-bit types).
 * @throws {DecodeError} When the value's size does not match the type.
 */
export function readScalarAt(
  dv: DataView,
  at: number,
  type: string,
  bigEndian = false,
): number | bigint {
  const attrType = dv.getUint16(at + 2, true) & NLA_TYPE_MASK;
  if (type === "uint" || type === "sint") {
    return readAuto(dv, at, type === "sint", bigEndian, attrType);
  }
  const len = dv.getUint16(at, true) - 4;
  const size = scalarSize(type);
  if (len !== size) {
    throw new DecodeError(
      at,
      `attribute type ${attrType} has a ${len}-byte value where ${size} bytes were expected`,
    );
  }
  return readScalar(dv, at + 4, type, bigEndian);
}

/**
 * Reads a scalar at an offset.
 *
 * @param dv The view.
 * @param at Offset of the value.
 * @param type `u8`..`s64`.
 * @param bigEndian Network byte order.
 * @returns The value (a bigint for 64-bit types).
 */
export function readScalar(
  dv: DataView,
  at: number,
  type: string,
  bigEndian = false,
): number | bigint {
  const le = !bigEndian;
  switch (type) {
    case "u8":
      return dv.getUint8(at);
    case "s8":
      return dv.getInt8(at);
    case "u16":
      return dv.getUint16(at, le);
    case "s16":
      return dv.getInt16(at, le);
    case "u32":
      return dv.getUint32(at, le);
    case "s32":
      return dv.getInt32(at, le);
    case "u64":
      return dv.getBigUint64(at, le);
    case "s64":
      return dv.getBigInt64(at, le);
  }
  throw new TypeError(`${type} is not a fixed-size scalar type`);
}

/**
 * Writes a scalar at an offset.
 *
 * @param dv The view.
 * @param at Offset of the value.
 * @param type `u8`..`s64`.
 * @param value The value.
 * @param bigEndian Network byte order.
 */
export function writeScalar(
  dv: DataView,
  at: number,
  type: string,
  value: number | bigint,
  bigEndian = false,
): void {
  const le = !bigEndian;
  switch (type) {
    case "u8":
      return dv.setUint8(at, Number(value));
    case "s8":
      return dv.setInt8(at, Number(value));
    case "u16":
      return dv.setUint16(at, Number(value), le);
    case "s16":
      return dv.setInt16(at, Number(value), le);
    case "u32":
      return dv.setUint32(at, Number(value), le);
    case "s32":
      return dv.setInt32(at, Number(value), le);
    case "u64":
      return dv.setBigUint64(at, BigInt(value), le);
    case "s64":
      return dv.setBigInt64(at, BigInt(value), le);
  }
  throw new TypeError(`${type} is not a fixed-size scalar type`);
}

/**
 * Size of a fixed-size scalar type.
 *
 * @param type `u8`..`s64`.
 * @returns Its size in bytes.
 */
export function scalarSize(type: string): number {
  switch (type) {
    case "u8":
    case "s8":
      return 1;
    case "u16":
    case "s16":
      return 2;
    case "u32":
    case "s32":
      return 4;
    case "u64":
    case "s64":
      return 8;
  }
  throw new TypeError(`${type} is not a fixed-size scalar type`);
}

/** The DecodeError of an attribute whose length is below 4 or overruns its container. */
function badLength(at: number, len: number, left: number): DecodeError {
  return new DecodeError(
    at,
    len < 4
      ? `attribute length ${len} is below the header size 4`
      : `attribute length ${len} overruns its container (${left} bytes left)`,
  );
}
