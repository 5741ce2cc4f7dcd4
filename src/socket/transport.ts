/**
 * The small interface a {@linkcode NetlinkSocket} runs over: send bytes to
 * a port or groups, receive one datagram into a buffer with its sender,
 * wait until readable, options and memberships, close. The real transport
 * is {@linkcode LibcConnection} (libc through FFI); `testing.ts` provides a
 * fake one answered by a function, so that the same socket code, state
 * machine included, runs without a kernel.
 *
 * @module
 */
import type { ReceiveRing } from "./ring.ts";

/** {@linkcode Transport.receive}: no datagram is queued (a non-blocking receive). */
export const RECEIVED_NONE = -1;
/** {@linkcode Transport.receive}: the receive queue overflowed (`ENOBUFS`); messages were lost. */
export const RECEIVED_OVERRUN = -2;

/** What a socket needs from the connection underneath it. */
export interface Transport {
  /** The port id the transport is bound to (`nl_pid`). */
  readonly portId: number;
  /** The buffer datagrams are received into. */
  readonly receiveBuffer: Uint8Array;
  /** A `DataView` over {@linkcode receiveBuffer}. */
  readonly receiveView: DataView;
  /** Sender's port id of the last datagram received (0: the kernel). */
  readonly sourcePort: number;
  /** Sender's group mask of the last datagram received (non-zero: multicast). */
  readonly sourceGroups: number;

  /**
   * Sends `length` bytes of `bytes` as one datagram.
   *
   * @param bytes The bytes, over their own `ArrayBuffer`.
   * @param length How many to send.
   * @param to Destination port id (0: the kernel).
   * @param groups Destination group mask (0: unicast).
   * @returns The bytes sent.
   * @throws {SyscallError} When the send fails.
   */
  send(bytes: Uint8Array, length: number, to: number, groups: number): number;

  /**
   * Receives one datagram into {@linkcode receiveBuffer}.
   *
   * @param block Wait for one (bounded by the receive timeout) or not.
   * @param source Record the sender in {@linkcode sourcePort} and
   *   {@linkcode sourceGroups}; when false they read 0 (the caller knows the
   *   datagram can only come from the kernel) and the receive is cheaper.
   * @returns Its length, {@linkcode RECEIVED_NONE} or {@linkcode RECEIVED_OVERRUN}.
   * @throws {TruncatedError | TimeoutError | SyscallError} Otherwise.
   */
  receive(block: boolean, source: boolean): number;

  /**
   * Receives up to `ring.slots` datagrams into the ring at once.
   *
   * @param ring The ring to fill.
   * @param block Wait for the first datagram or not.
   * @returns How many, {@linkcode RECEIVED_NONE} or {@linkcode RECEIVED_OVERRUN}.
   * @throws {TruncatedError | TimeoutError | SyscallError} Otherwise.
   */
  receiveMany(ring: ReceiveRing, block: boolean): number;

  /**
   * Waits without blocking the event loop until a datagram (or an error)
   * is queued.
   *
   * @param timeoutMs The longest wait; negative: no limit.
   * @returns `true` when readable, `false` on timeout or {@linkcode wake}.
   */
  wait(timeoutMs: number): Promise<boolean>;

  /** Ends a pending {@linkcode wait} now (it resolves `false`). */
  wake(): void;

  /**
   * Sets an integer socket option.
   *
   * @param level `SOL_SOCKET` or `SOL_NETLINK`.
   * @param name The option.
   * @param value Its value.
   * @throws {SyscallError} When refused.
   */
  setOption(level: number, name: number, value: number): void;

  /**
   * Reads an integer socket option.
   *
   * @param level `SOL_SOCKET` or `SOL_NETLINK`.
   * @param name The option.
   * @returns Its value.
   * @throws {SyscallError} When refused.
   */
  getOption(level: number, name: number): number;

  /**
   * Sets the limit of blocking receives (`SO_RCVTIMEO`).
   *
   * @param ms Milliseconds; 0: none.
   */
  setReceiveTimeout(ms: number): void;

  /**
   * Joins a multicast group.
   *
   * @param group The group number.
   * @throws {SyscallError} Naming the group and what the kernel wanted.
   */
  join(group: number): void;

  /**
   * Leaves a multicast group.
   *
   * @param group The group number.
   */
  leave(group: number): void;

  /** Closes the transport, wakes a pending wait, and releases its buffers. */
  close(): void;
}
