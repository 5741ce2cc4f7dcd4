/**
 * The state one socket shares between its façade and its streams: the
 * transport, the reader over the receive buffer, request matching, the
 * receive lock, the overrun count, and the receive and wait primitives
 * built on them.
 *
 * @module
 */
import { kernelError } from "../codec/control.ts";
import { type Message, MessageReader } from "../codec/message.ts";
import { type KernelError, OverrunError, SocketClosedError, TimeoutError } from "../errors.ts";
import { ReceiveLock } from "./lock.ts";
import { RequestMatcher } from "./matching.ts";
import { RECEIVED_NONE, type Transport } from "./transport.ts";

/** Names a request type for error messages. */
export type RequestDescriber = (requestType: number, error: Message) => string | undefined;

/** A socket's shared state and its receive primitives. */
export class SocketCore {
  /** The connection underneath. */
  readonly transport: Transport;
  /** The reader over the transport's receive buffer. */
  readonly reader: MessageReader = new MessageReader();
  /** Sequence numbers and the ack rule. */
  readonly matcher: RequestMatcher;
  /** One receiver at a time. */
  readonly lock: ReceiveLock = new ReceiveLock();
  /** Names request types in `KernelError`s. */
  readonly describe: RequestDescriber | undefined;
  /** Overruns reported so far. */
  overruns = 0;
  /**
   * Whether the socket ever joined a multicast group. Until it does, only
   * unicasts arrive, and receives from the kernel skip the source address.
   */
  memberships = false;
  /** Whether `close()` was called. */
  closed = false;

  /**
   * Wraps a transport.
   *
   * @param transport The open transport.
   * @param protocol The socket's protocol.
   * @param describe Names request types in errors.
   */
  constructor(transport: Transport, protocol: number, describe: RequestDescriber | undefined) {
    this.transport = transport;
    this.matcher = new RequestMatcher(protocol);
    this.describe = describe;
  }

  /**
   * Throws when the socket is closed.
   *
   * @param operation What was attempted, for the message.
   * @throws {SocketClosedError} When closed.
   */
  check(operation: string): void {
    if (this.closed) throw new SocketClosedError(operation);
  }

  /**
   * Receives the next datagram sent by `from` into {@linkcode reader};
   * multicast datagrams and other senders' are skipped. From the kernel on a
   * socket without group memberships nothing else can arrive but the rare
   * unicast of a privileged peer, so the source address is not asked for
   * (it costs the kernel a copy per receive); the sequence and port id
   * checks of the caller then stand guard.
   *
   * @param from 0 for the kernel, else a peer's port id.
   * @param block Wait for one or not.
   * @returns `false` when none is queued and `block` is false.
   * @throws {OverrunError} When the receive queue overflowed.
   */
  receiveFrom(from: number, block: boolean): boolean {
    const t = this.transport;
    const source = from !== 0 || this.memberships;
    for (;;) {
      const n = t.receive(block, source);
      if (n < 0) {
        if (n === RECEIVED_NONE) return false;
        throw this.overrun();
      }
      if (source && (t.sourceGroups !== 0 || t.sourcePort !== from)) continue;
      this.reader.reset(t.receiveBuffer, n, t.receiveView);
      return true;
    }
  }

  /**
   * Receives the next datagram, whoever sent it, into {@linkcode reader}.
   *
   * @param block Wait for one or not.
   * @returns `false` when none is queued and `block` is false.
   * @throws {OverrunError} When the receive queue overflowed.
   */
  receiveAny(block: boolean): boolean {
    const t = this.transport;
    const n = t.receive(block, true);
    if (n < 0) {
      if (n === RECEIVED_NONE) return false;
      throw this.overrun();
    }
    this.reader.reset(t.receiveBuffer, n, t.receiveView);
    return true;
  }

  /**
   * Counts an overrun.
   *
   * @returns The error reporting it.
   */
  overrun(): OverrunError {
    return new OverrunError(++this.overruns);
  }

  /**
   * The error for a refused request.
   *
   * @param msg The `NLMSG_ERROR` or `NLMSG_DONE`.
   * @param code Its negative error code.
   * @param requestType The request's type when the message does not echo it.
   * @returns The error, naming the request where the socket can.
   */
  kernelError(msg: Message, code: number, requestType = 0): KernelError {
    return kernelError(msg, code, { requestType, describe: this.describe });
  }

  /**
   * Waits until readable, without blocking the event loop.
   *
   * @param operation What waits, for messages.
   * @param deadline When to give up (`Infinity`: never).
   * @param timeoutMs The timeout the deadline came from, for the message.
   * @param signal Ends the wait with its reason when it aborts.
   * @throws {TimeoutError} When the deadline passed.
   * @throws {SocketClosedError} When the socket closed.
   */
  async waitReadable(
    operation: string,
    deadline: number,
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    this.check(operation);
    signal?.throwIfAborted();
    let remaining = -1;
    if (deadline !== Infinity) {
      remaining = deadline - Date.now();
      if (remaining <= 0) throw new TimeoutError(operation, timeoutMs);
    }
    const t = this.transport;
    if (signal === undefined) {
      await t.wait(remaining);
    } else {
      const onAbort = () => t.wake();
      signal.addEventListener("abort", onAbort, { once: true });
      try {
        await t.wait(remaining);
      } finally {
        signal.removeEventListener("abort", onAbort);
      }
    }
    this.check(operation);
    signal?.throwIfAborted();
  }
}
