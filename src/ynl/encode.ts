/**
 * Small helpers the generated encoders call beside {@linkcode MessageWriter}'s
 * own `put*` methods: attributes the writer has no method for (`uint`,
 * `sint`, signed big-endian values, structs written in place) and the
 * spec's `checks`.
 *
 * @module
 */
import type { MessageWriter } from "../codec/writer.ts";

let zeros = new Uint8Array(256);
const encoder = new TextEncoder();

/**
 * The bytes of a raw payload given as bytes or as text (UTF-8, no NUL added).
 *
 * @param value Bytes or text.
 * @returns The bytes.
 */
export function payloadBytes(value: Uint8Array | string): Uint8Array {
  return typeof value === "string" ? encoder.encode(value) : value;
}

/**
 * Puts a zero-filled attribute of `size` bytes, to be filled in place
 * through `w.view` (a struct in a binary attribute).
 *
 * @param w The writer.
 * @param type `nla_type`.
 * @param size Size of the value.
 * @returns The offset of the value in the writer's buffer.
 * @throws {BufferCapacityError} When it does not fit.
 */
export function putZeroed(w: MessageWriter, type: number, size: number): number {
  if (zeros.length < size) zeros = new Uint8Array(size);
  w.putBytes(type, zeros.subarray(0, size));
  return w.length - ((4 + size + 3) & ~3) + 4;
}

/**
 * Puts a `uint` attribute: 4 bytes when the value fits, else 8 (as the
 * kernel's `nla_put_uint`).
 *
 * @param w The writer.
 * @param type `nla_type`.
 * @param value The value.
 * @throws {RangeError} When the value is negative or above 2^64 - 1.
 */
export function putUint(w: MessageWriter, type: number, value: number | bigint): void {
  if (typeof value === "number" && value >= 0 && value <= 0xffffffff && Number.isInteger(value)) {
    w.putU32(type, value);
    return;
  }
  const v = BigInt(value);
  if (v < 0n || v > 0xffffffffffffffffn) throw new RangeError(`uint value ${v} is out of range`);
  if (v <= 0xffffffffn) w.putU32(type, Number(v));
  else w.putU64(type, v);
}

/**
 * Puts a `sint` attribute: 4 bytes when the value fits, else 8.
 *
 * @param w The writer.
 * @param type `nla_type`.
 * @param value The value.
 * @throws {RangeError} When the value is outside the 64-bit signed range.
 */
export function putSint(w: MessageWriter, type: number, value: number | bigint): void {
  const v = BigInt(value);
  if (v < -0x8000000000000000n || v > 0x7fffffffffffffffn) {
    throw new RangeError(`sint value ${v} is out of range`);
  }
  if (v >= -0x80000000n && v <= 0x7fffffffn) w.putS32(type, Number(v));
  else w.putS64(type, v);
}

/**
 * Puts a big-endian signed attribute of 2, 4 or 8 bytes.
 *
 * @param w The writer.
 * @param type `nla_type`.
 * @param size 2, 4 or 8.
 * @param value The value.
 */
export function putSignedBE(
  w: MessageWriter,
  type: number,
  size: 2 | 4 | 8,
  value: number | bigint,
): void {
  if (size === 2) w.putU16BE(type, Number(value) & 0xffff);
  else if (size === 4) w.putU32BE(type, Number(value) >>> 0);
  else w.putU64BE(type, BigInt.asUintN(64, BigInt(value)));
}

/**
 * Checks a value against the spec's `checks` (`min`, `max`).
 *
 * @param name The attribute's name, for the error.
 * @param value The value.
 * @param min The smallest allowed value, if any.
 * @param max The largest allowed value, if any.
 * @returns The value.
 * @throws {RangeError} When it is out of range.
 */
export function checkRange<T extends number | bigint>(
  name: string,
  value: T,
  min?: number | bigint,
  max?: number | bigint,
): T {
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    throw new RangeError(
      `${name} is ${value}; the spec allows ${min ?? "-inf"}..${max ?? "+inf"}`,
    );
  }
  return value;
}

/**
 * Checks a binary or string value's length against the spec's `checks`
 * (`min-len`, `max-len`, `exact-len`).
 *
 * @param name The attribute's name, for the error.
 * @param length The value's length in bytes.
 * @param min The smallest allowed length, if any.
 * @param max The largest allowed length, if any.
 * @throws {RangeError} When the length is out of range.
 */
export function checkLength(name: string, length: number, min?: number, max?: number): void {
  if ((min !== undefined && length < min) || (max !== undefined && length > max)) {
    const want = min === max ? `${min}` : `${min ?? 0}..${max ?? "any"}`;
    throw new RangeError(`${name} is ${length} bytes long; the spec allows ${want}`);
  }
}

/**
 * The UTF-8 length of a string (for length checks), without allocating.
 *
 * @param s The string.
 * @returns Its length in UTF-8 bytes.
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
