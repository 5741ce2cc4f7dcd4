/**
 * A ring of pinned receive buffers filled by one `recvmmsg()` call: many
 * datagrams per system call. The messages it holds stay valid until the ring
 * is filled again.
 *
 * The ring owns its memory in the layout `recvmmsg()` takes; the transport
 * fills it (the libc one through `recvmmsg()`, a fake one with
 * {@linkcode ReceiveRing.put}), so the ring itself touches no FFI.
 *
 * ```
 * struct mmsghdr (64 bytes on x86_64):
 * 0        8          16       24         32          40             48         56        60
 * | name * | namelen  | iov *  | iovlen   | control * | controllen    | flags    | msg_len | pad |
 * struct iovec (16 bytes): | base * | len |
 * ```
 *
 * @module
 */
import { MSG_TRUNC } from "../codec/constants.ts";
import { type Message, MessageReader } from "../codec/message.ts";
import { TruncatedError } from "../errors.ts";
import { SOCKADDR_NL_SIZE } from "./address.ts";
import { giveBack, takeBuffer } from "./buffers.ts";

const MMSGHDR_SIZE = 64;
const IOVEC_SIZE = 16;
const ADDR_SLOT = 16;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The datagrams of one batch receive, iterated message by message across
 * all of them. One object, reused by every fill: iteration allocates nothing.
 */
export class ReceiveRing implements IterableIterator<Message> {
  /** How many datagrams the last fill received. */
  count = 0;
  /** Datagrams per fill (the `vlen` of `recvmmsg`). */
  readonly slots: number;
  /** Bytes per datagram buffer. */
  readonly slotSize: number;
  /** The `struct mmsghdr` array followed by the `struct iovec` array, for `recvmmsg()`. */
  readonly vector: Uint8Array;
  readonly #vecView: DataView;
  readonly #data: Uint8Array;
  readonly #dataView: DataView;
  readonly #addrs: Uint8Array;
  readonly #addrView: DataView;
  readonly #reader = new MessageReader();
  readonly #result: IteratorYieldResult<Message> = { done: false, value: this.#reader };
  #datagram = 0;
  #prepared = false;

  /**
   * Allocates the ring's buffers.
   *
   * @param slots Datagrams per fill (the `vlen` of `recvmmsg`).
   * @param slotSize Bytes per datagram buffer.
   */
  constructor(slots: number, slotSize: number) {
    this.slots = slots;
    this.slotSize = slotSize;
    this.#data = takeBuffer(slots * slotSize);
    this.#dataView = new DataView(this.#data.buffer);
    this.vector = takeBuffer(slots * (MMSGHDR_SIZE + IOVEC_SIZE));
    this.#vecView = new DataView(this.vector.buffer);
    this.#addrs = takeBuffer(slots * ADDR_SLOT);
    this.#addrView = new DataView(this.#addrs.buffer);
  }

  /**
   * Writes the pointers of {@linkcode vector} (to the data slots and the
   * source addresses) once, for a transport that calls `recvmmsg()`.
   *
   * @param address The address of a pinned buffer's first byte.
   */
  prepare(address: (buf: Uint8Array) => bigint): void {
    if (this.#prepared) return;
    this.#prepared = true;
    const slots = this.slots;
    const dataBase = address(this.#data);
    const vecBase = address(this.vector);
    const addrBase = address(this.#addrs);
    const v = this.#vecView;
    for (let i = 0; i < slots; i++) {
      const hdr = i * MMSGHDR_SIZE;
      const iov = slots * MMSGHDR_SIZE + i * IOVEC_SIZE;
      v.setBigUint64(iov, dataBase + BigInt(i * this.slotSize), true);
      v.setBigUint64(iov + 8, BigInt(this.slotSize), true);
      v.setBigUint64(hdr, addrBase + BigInt(i * ADDR_SLOT), true);
      v.setBigUint64(hdr + 16, vecBase + BigInt(iov), true);
      v.setBigUint64(hdr + 24, 1n, true);
    }
  }

  /** Resets the per-datagram fields before a fill (address lengths, flags). */
  rewind(): void {
    const v = this.#vecView;
    for (let i = 0; i < this.slots; i++) {
      const hdr = i * MMSGHDR_SIZE;
      v.setUint32(hdr + 8, SOCKADDR_NL_SIZE, true);
      v.setInt32(hdr + 48, 0, true);
    }
    this.count = 0;
    this.#datagram = -1;
  }

  /**
   * Stores datagram `i` (for transports that do not call `recvmmsg()`).
   *
   * @param i Slot index, below {@linkcode slots}.
   * @param bytes The datagram.
   * @param port Sender's port id.
   * @param groups Sender's group mask.
   */
  put(i: number, bytes: Uint8Array, port: number, groups: number): void {
    const hdr = i * MMSGHDR_SIZE;
    const fits = Math.min(bytes.byteLength, this.slotSize);
    this.#data.set(bytes.subarray(0, fits), i * this.slotSize);
    this.#vecView.setUint32(hdr + 56, bytes.byteLength, true);
    this.#vecView.setInt32(hdr + 48, fits < bytes.byteLength ? MSG_TRUNC : 0, true);
    this.#addrView.setUint32(i * ADDR_SLOT + 4, port, true);
    this.#addrView.setUint32(i * ADDR_SLOT + 8, groups, true);
  }

  /**
   * Ends a fill of `n` datagrams.
   *
   * @param n How many datagrams the fill received.
   * @throws {TruncatedError} When one did not fit its slot.
   */
  filled(n: number): void {
    this.count = n;
    this.#datagram = -1;
    const v = this.#vecView;
    for (let i = 0; i < n; i++) {
      const len = v.getUint32(i * MMSGHDR_SIZE + 56, true);
      if (len > this.slotSize || (v.getInt32(i * MMSGHDR_SIZE + 48, true) & MSG_TRUNC) !== 0) {
        this.count = 0;
        throw new TruncatedError(Math.max(len, this.slotSize + 1), this.slotSize);
      }
    }
  }

  /**
   * The messages of datagram `i` of the last fill.
   *
   * @param i Datagram index, below {@linkcode count}.
   * @returns A reader over that datagram (the ring's one reader, reset).
   */
  datagram(i: number): MessageReader {
    const len = this.#vecView.getUint32(i * MMSGHDR_SIZE + 56, true);
    return this.#reader.reset(this.#data, len, this.#dataView, i * this.slotSize);
  }

  /**
   * The sender's multicast group mask for datagram `i` (0: unicast).
   *
   * @param i Datagram index.
   * @returns `nl_groups` of the source address.
   */
  groups(i: number): number {
    return this.#addrView.getUint32(i * ADDR_SLOT + 8, true);
  }

  /**
   * The sender's port id for datagram `i` (0: the kernel).
   *
   * @param i Datagram index.
   * @returns `nl_pid` of the source address.
   */
  sender(i: number): number {
    return this.#addrView.getUint32(i * ADDR_SLOT + 4, true);
  }

  /**
   * Starts iterating the messages of every datagram of the last fill.
   *
   * @returns This ring, at its first message.
   */
  [Symbol.iterator](): this {
    this.#datagram = -1;
    return this;
  }

  /**
   * Iterator protocol over every message of every datagram.
   *
   * @returns The next result (the same object each time).
   */
  next(): IteratorResult<Message> {
    for (;;) {
      if (this.#datagram >= 0 && this.#reader.advance()) return this.#result;
      if (++this.#datagram >= this.count) return DONE;
      this.datagram(this.#datagram);
    }
  }

  /** Releases the ring's buffers (its socket closed); messages of it stop working. */
  release(): void {
    this.count = 0;
    giveBack(this.#data);
    giveBack(this.vector);
    giveBack(this.#addrs);
  }
}
