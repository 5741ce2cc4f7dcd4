/**
 * Netlink messages read in place: {@linkcode Message} is a view of one
 * message inside a receive buffer, {@linkcode MessageReader} walks every
 * message of a datagram with the semantics of `NLMSG_OK`/`NLMSG_NEXT`.
 *
 * ```
 * 0               4       6       8              12             16
 * | nlmsg_len (4) |type(2)|flag(2)| nlmsg_seq (4) | nlmsg_pid (4) | payload ... | pad |
 * ```
 *
 * Lifetime: a `Message` and every view taken from it (`payload()`,
 * attribute `bytes()`) point into the socket's receive buffer. They are valid
 * until the socket receives again (the next `receive()`, `request()` or dump
 * step). Use `copy()` to keep bytes longer.
 *
 * @module
 */
import { DecodeError } from "../errors.ts";
import { AttributeReader, resetAttributes } from "./attributes.ts";
import { badInteger, checkBytes, checkIndex, checkView } from "./_check.ts";

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Points a reader at a datagram of `length` bytes at the start of `buffer`,
 * before its first message, without the checks of
 * {@linkcode MessageReader.reset}: for a socket's own receive buffer, whose
 * view and received length are known to be good (a small function, so that
 * `request()` inlines it). Internal: not exported by `codec.ts` or `mod.ts`.
 */
export let openDatagram: (
  reader: MessageReader,
  buffer: Uint8Array,
  view: DataView,
  length: number,
) => MessageReader;
const EMPTY = new Uint8Array(0);
const EMPTY_VIEW = new DataView(EMPTY.buffer);

/** A view of one netlink message in a buffer. */
export class Message {
  /** @ignore */ protected buf: Uint8Array = EMPTY;
  /** @ignore */ protected dv: DataView = EMPTY_VIEW;
  /** @ignore */ protected at = -1;
  /** @ignore */ protected len = 0;
  #attrs: AttributeReader | undefined;

  /** The buffer holding the message. */
  get buffer(): Uint8Array {
    return this.buf;
  }
  /** A `DataView` over {@linkcode buffer}, for reading family headers in place. */
  get view(): DataView {
    return this.dv;
  }
  /** Offset of the message's header in {@linkcode buffer}. */
  get offset(): number {
    return this.at;
  }
  /** `nlmsg_len`: length including the header. */
  get length(): number {
    return this.len;
  }
  /** `nlmsg_type`. @throws {Error} When the reader is on no message. */
  get type(): number {
    const at = this.at;
    if (at < 0) throw noMessage("type");
    return this.dv.getUint16(at + 4, true);
  }
  /** `nlmsg_flags`. @throws {Error} When the reader is on no message. */
  get flags(): number {
    const at = this.at;
    if (at < 0) throw noMessage("flags");
    return this.dv.getUint16(at + 6, true);
  }
  /** `nlmsg_seq`. @throws {Error} When the reader is on no message. */
  get seq(): number {
    const at = this.at;
    if (at < 0) throw noMessage("sequence number");
    return this.dv.getUint32(at + 8, true);
  }
  /**
   * `nlmsg_pid`: the sender's port id (0 for the kernel's notifications).
   *
   * @throws {Error} When the reader is on no message.
   */
  get pid(): number {
    const at = this.at;
    if (at < 0) throw noMessage("port id");
    return this.dv.getUint32(at + 12, true);
  }
  /**
   * Offset of the payload (just past the header) in {@linkcode buffer}.
   *
   * @throws {Error} When the reader is on no message.
   */
  get payloadOffset(): number {
    const at = this.at;
    if (at < 0) throw noMessage("payload");
    return at + 16;
  }
  /**
   * Length of the payload in bytes.
   *
   * @throws {Error} When the reader is on no message.
   */
  get payloadLength(): number {
    if (this.at < 0) throw noMessage("payload");
    return this.len - 16;
  }

  /**
   * The payload as a view of the buffer (no copy; see the lifetime rules).
   *
   * @returns A `Uint8Array` over the payload.
   * @throws {Error} When the reader is on no message.
   */
  payload(): Uint8Array {
    const at = this.at;
    if (at < 0) throw noMessage("payload");
    return this.buf.subarray(at + 16, at + this.len);
  }

  /**
   * The whole message copied into a new array the caller owns.
   *
   * @returns A copy.
   * @throws {Error} When the reader is on no message.
   */
  copy(): Uint8Array {
    const at = this.at;
    if (at < 0) throw noMessage("bytes");
    return this.buf.slice(at, at + this.len);
  }

  /**
   * A `Message` over a copy of this message's bytes: it stays valid after
   * the socket receives again.
   *
   * @returns The owned message.
   */
  toOwned(): Message {
    const owned = new Message();
    const bytes = this.copy();
    owned.buf = bytes;
    owned.dv = new DataView(bytes.buffer);
    owned.at = 0;
    owned.len = bytes.length;
    return owned;
  }

  /**
   * A cursor over the message's attributes, which follow a fixed family
   * header of `headerSize` bytes (aligned to 4). The cursor object is reused.
   *
   * @param headerSize Size of the family header (e.g. 16 for `ifinfomsg`, 4 for `genlmsghdr`).
   * @returns The attribute cursor, before its first attribute.
   * @throws {DecodeError} When the payload is shorter than the family header.
   * @throws {RangeError} When `headerSize` is not a non-negative integer.
   * @throws {Error} When the reader is on no message.
   */
  attributes(headerSize = 0): AttributeReader {
    const at = this.at;
    const start = at + 16 + headerSize + (-headerSize & 3); // no 32-bit wrap
    const end = at + this.len;
    if (at < 0 || headerSize >>> 0 !== headerSize || start > end) {
      throw this.#attributesError(headerSize);
    }
    return resetAttributes(this.#attrs ?? this.#newAttrs(), this.buf, start, end, this.dv);
  }

  #newAttrs(): AttributeReader {
    return this.#attrs = new AttributeReader();
  }

  #attributesError(headerSize: number): Error {
    if (this.at < 0) return noMessage("attributes");
    if (typeof headerSize !== "number" || headerSize >>> 0 !== headerSize) {
      return badInteger("Family header size", headerSize, 0, 0xffffffff);
    }
    return new DecodeError(
      this.at,
      `message type ${this.type} has a ${this.len - 16}-byte payload, ` +
        `shorter than its ${headerSize}-byte family header`,
    );
  }
}

/**
 * Walks the messages of one datagram. The reader is itself the current
 * {@linkcode Message}: iteration reuses one object and allocates nothing.
 *
 * @example
 * ```ts
 * import { MessageReader } from "./message.ts";
 * const datagram = new Uint8Array([16, 0, 0, 0, 3, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0]);
 * for (const m of new MessageReader().reset(datagram, 16)) console.log(m.type); // 3
 * ```
 */
export class MessageReader extends Message implements IterableIterator<Message> {
  #start = 0;
  #end = 0;
  #next = 0;
  #result: IteratorYieldResult<Message> = { done: false, value: this };

  static {
    openDatagram = (reader, buffer, view, length) => {
      reader.buf = buffer;
      reader.dv = view;
      reader.#start = reader.#next = reader.len = 0;
      reader.#end = length;
      reader.at = -1;
      return reader;
    };
  }

  /**
   * Points the reader at a datagram of `length` bytes at offset `start` of `buffer`.
   *
   * @param buffer The receive buffer.
   * @param length Bytes received.
   * @param view A `DataView` over exactly the same bytes as `buffer` (optional).
   * @param start Offset of the datagram in `buffer` (default 0).
   * @returns This reader, before the first message.
   * @throws {TypeError} When `buffer` is not a `Uint8Array`, a number is not
   *   a number, or `view` does not cover `buffer`'s bytes.
   * @throws {RangeError} When `start` and `length` are not non-negative
   *   integers with `start + length <= buffer.byteLength`.
   */
  reset(buffer: Uint8Array, length: number, view?: DataView, start = 0): this {
    if (buffer !== this.buf || (view !== undefined && view !== this.dv)) {
      this.#adopt(buffer, view, length, start);
    }
    const end = start + length;
    if (start >>> 0 !== start || length >>> 0 !== length || end > buffer.byteLength) {
      throw resetError(buffer, length, start);
    }
    this.#start = start;
    this.#end = end;
    this.#next = start;
    this.at = -1;
    this.len = 0;
    return this;
  }

  /** Takes a new buffer (and view), once everything is checked. */
  #adopt(buffer: Uint8Array, view: DataView | undefined, length: number, start: number): void {
    checkBytes("MessageReader buffer", buffer);
    if (view !== undefined) checkView(buffer, view);
    if (start >>> 0 !== start || length >>> 0 !== length || start + length > buffer.byteLength) {
      throw resetError(buffer, length, start);
    }
    this.buf = buffer;
    this.dv = view ?? new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  /**
   * The whole datagram as a view of the buffer, for protocols whose
   * datagrams are not netlink messages (uevents). Same lifetime as messages.
   *
   * @returns A `Uint8Array` over the datagram's bytes.
   */
  datagram(): Uint8Array {
    return this.buf.subarray(this.#start, this.#end);
  }

  /**
   * Moves to the next message (`NLMSG_NEXT`), checking it (`NLMSG_OK`).
   *
   * @returns `false` at the end of the datagram.
   * @throws {DecodeError} On a truncated header or a length below 16 or
   *   beyond the datagram.
   */
  advance(): boolean {
    const at = this.#next;
    const left = this.#end - at;
    if (left <= 0) {
      this.at = -1;
      return false;
    }
    const len = left >= 16 ? this.dv.getUint32(at, true) : 0;
    if (len < 16 || len > left) throw malformed(at, left, len);
    this.at = at;
    this.len = len;
    this.#next = at + len + (-len & 3);
    return true;
  }

  /** Iterator protocol: the same result object every time. @returns The next result. */
  next(): IteratorResult<Message> {
    return this.advance() ? this.#result : DONE;
  }

  /**
   * Starts iterating the datagram's messages (`for...of`).
   *
   * @returns This reader.
   */
  [Symbol.iterator](): this {
    return this;
  }
}

function resetError(buffer: Uint8Array, length: number, start: number): Error {
  checkIndex("MessageReader start", start, buffer.byteLength);
  checkIndex("MessageReader length", length, buffer.byteLength - start);
  return new RangeError("MessageReader: the datagram does not lie in the buffer");
}

/** The DecodeError of a message header that cannot be read at `at`. */
function malformed(at: number, left: number, len: number): DecodeError {
  if (left < 16) return new DecodeError(at, `${left} bytes are too few for a message header (16)`);
  if (len < 16) return new DecodeError(at, `length ${len} is below the header size 16`);
  return new DecodeError(at, `length ${len} overruns the datagram (${left} bytes left)`);
}

function noMessage(what: string): Error {
  return new Error(
    `Cannot read the message's ${what}: the reader is on no message ` +
      `(call advance() first, and only while it returns true)`,
  );
}
