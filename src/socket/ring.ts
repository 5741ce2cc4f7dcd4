/**
 * A ring of pinned receive buffers filled by one `recvmmsg()` call: many
 * datagrams per system call. The messages it holds stay valid until the ring
 * is filled again.
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
import { libc } from "../ffi/libc.ts";
import { type BufferRef, pinned } from "../ffi/types.ts";
import { SOCKADDR_NL_SIZE } from "./address.ts";

const MMSGHDR_SIZE = 64;
const IOVEC_SIZE = 16;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The datagrams of one batch receive, iterated message by message across
 * all of them. One object, reused by every fill: iteration allocates nothing.
 */
export class ReceiveRing implements IterableIterator<Message> {
  /** How many datagrams the last fill received. */
  count = 0;
  readonly #slots: number;
  readonly #slotSize: number;
  readonly #data: Uint8Array;
  readonly #dataView: DataView;
  readonly #vec: Uint8Array;
  readonly #vecView: DataView;
  readonly #vecRef: BufferRef;
  readonly #addrs: Uint8Array;
  readonly #addrView: DataView;
  readonly #c = libc();
  readonly #reader = new MessageReader();
  readonly #result: IteratorYieldResult<Message> = { done: false, value: this.#reader };
  #datagram = 0;

  /**
   * @param slots Datagrams per fill (the `vlen` of `recvmmsg`).
   * @param slotSize Bytes per datagram buffer.
   */
  constructor(slots: number, slotSize: number) {
    this.#slots = slots;
    this.#slotSize = slotSize;
    this.#data = pinned(slots * slotSize);
    this.#dataView = new DataView(this.#data.buffer);
    this.#vec = pinned(slots * (MMSGHDR_SIZE + IOVEC_SIZE));
    this.#vecView = new DataView(this.#vec.buffer);
    this.#vecRef = this.#c.ref(this.#vec);
    this.#addrs = pinned(slots * 16);
    this.#addrView = new DataView(this.#addrs.buffer);
    const dataBase = this.#c.address(this.#data);
    const vecBase = this.#c.address(this.#vec);
    const addrBase = this.#c.address(this.#addrs);
    const v = this.#vecView;
    for (let i = 0; i < slots; i++) {
      const hdr = i * MMSGHDR_SIZE;
      const iov = slots * MMSGHDR_SIZE + i * IOVEC_SIZE;
      v.setBigUint64(iov, dataBase + BigInt(i * slotSize), true);
      v.setBigUint64(iov + 8, BigInt(slotSize), true);
      v.setBigUint64(hdr, addrBase + BigInt(i * 16), true);
      v.setBigUint64(hdr + 16, vecBase + BigInt(iov), true);
      v.setBigUint64(hdr + 24, 1n, true);
    }
  }

  /**
   * Receives up to `slots` datagrams with one `recvmmsg()`.
   *
   * @param fd The socket.
   * @param flags `MSG_DONTWAIT`, `MSG_WAITFORONE`, ...
   * @returns The number received, or -1 with errno set.
   * @throws {TruncatedError} When a datagram did not fit its slot.
   */
  fill(fd: number, flags: number): number {
    const v = this.#vecView;
    for (let i = 0; i < this.#slots; i++) {
      const hdr = i * MMSGHDR_SIZE;
      v.setUint32(hdr + 8, SOCKADDR_NL_SIZE, true);
      v.setInt32(hdr + 48, 0, true);
    }
    const n = this.#c.recvmmsg(fd, this.#vecRef, this.#slots, flags);
    this.count = n < 0 ? 0 : n;
    this.#datagram = -1;
    for (let i = 0; i < this.count; i++) {
      if ((v.getInt32(i * MMSGHDR_SIZE + 48, true) & MSG_TRUNC) !== 0) {
        throw new TruncatedError(this.#slotSize + 1, this.#slotSize);
      }
    }
    return n;
  }

  /**
   * The messages of datagram `i` of the last fill.
   *
   * @param i Datagram index, below {@linkcode count}.
   * @returns A reader over that datagram (the ring's one reader, reset).
   */
  datagram(i: number): MessageReader {
    const len = this.#vecView.getUint32(i * MMSGHDR_SIZE + 56, true);
    return this.#reader.reset(this.#data, len, this.#dataView, i * this.#slotSize);
  }

  /**
   * The sender's multicast group mask for datagram `i` (0: unicast).
   *
   * @param i Datagram index.
   * @returns `nl_groups` of the source address.
   */
  groups(i: number): number {
    return this.#addrView.getUint32(i * 16 + 8, true);
  }

  /**
   * The sender's port id for datagram `i` (0: the kernel).
   *
   * @param i Datagram index.
   * @returns `nl_pid` of the source address.
   */
  sender(i: number): number {
    return this.#addrView.getUint32(i * 16 + 4, true);
  }

  /** @returns This ring, at its first message. */
  [Symbol.iterator](): this {
    this.#datagram = -1;
    return this;
  }

  /** Iterator protocol over every message of every datagram. @returns The next result. */
  next(): IteratorResult<Message> {
    for (;;) {
      if (this.#datagram >= 0 && this.#reader.advance()) return this.#result;
      if (++this.#datagram >= this.count) return DONE;
      this.datagram(this.#datagram);
    }
  }
}
