/**
 * Argument checks shared by the codec's writer and readers. The checks
 * themselves are written inline where they are hot (one comparison each);
 * these functions build the error once a check has failed, so that the
 * right class is thrown: `TypeError` for a value of the wrong JavaScript
 * type, `RangeError` for a number out of range or not an integer.
 *
 * @module
 */

/**
 * Describes a value for an error message, without calling user code.
 *
 * @param value Any value.
 * @returns A short description, e.g. `"a string (\"5\")"`.
 */
export function describe(value: unknown): string {
  switch (typeof value) {
    case "number":
      return String(value);
    case "bigint":
      return `a bigint (${value}n)`;
    case "string":
      return `a string (${JSON.stringify(value.length > 20 ? value.slice(0, 20) + "..." : value)})`;
    case "undefined":
      return "undefined";
    case "object":
      return value === null ? "null" : `an object (${Object.prototype.toString.call(value)})`;
    default:
      return `a ${typeof value}`;
  }
}

/**
 * The error for an integer argument that failed its check.
 *
 * @param what What the argument is, e.g. `"attribute type"`.
 * @param value The value given.
 * @param min The smallest value allowed.
 * @param max The largest value allowed.
 * @returns A `TypeError` when `value` is not a number, else a `RangeError`.
 */
export function badInteger(
  what: string,
  value: unknown,
  min: number | bigint,
  max: number | bigint,
): TypeError | RangeError {
  if (typeof value !== "number") {
    return new TypeError(`${what} must be a number, not ${describe(value)}`);
  }
  return new RangeError(`${what} must be an integer from ${min} to ${max}, not ${value}`);
}

/**
 * Checks an offset or length argument: an integer from 0 to `max` (offsets
 * into a buffer are below 2^32).
 *
 * @param what What the argument is.
 * @param value The value given.
 * @param max The largest value allowed (at most 2^32 - 1).
 * @throws {TypeError} When `value` is not a number.
 * @throws {RangeError} When it is not an integer from 0 to `max`.
 */
export function checkIndex(what: string, value: number, max: number): void {
  if (value >>> 0 !== value || value > max) throw badInteger(what, value, 0, max);
}

/**
 * Checks that a `DataView` given with a buffer covers the same memory.
 *
 * @param buffer The buffer.
 * @param view The view given for it.
 * @throws {TypeError} When `view` is not a `DataView` over the same bytes.
 */
export function checkView(buffer: Uint8Array, view: DataView): void {
  if (
    !(view instanceof DataView) || view.buffer !== buffer.buffer ||
    view.byteOffset !== buffer.byteOffset || view.byteLength !== buffer.byteLength
  ) {
    throw new TypeError(
      "The DataView must cover exactly the buffer's bytes " +
        "(new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength))",
    );
  }
}

/**
 * Checks that a buffer argument is a `Uint8Array` (a `Buffer` is one).
 *
 * @param what What the argument is.
 * @param value The value given.
 * @throws {TypeError} When it is not a `Uint8Array`.
 */
export function checkBytes(what: string, value: unknown): void {
  if (!(value instanceof Uint8Array)) {
    throw new TypeError(`${what} must be a Uint8Array, not ${describe(value)}`);
  }
}
