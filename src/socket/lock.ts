/**
 * The receive lock of one socket: one receiver at a time. A synchronous
 * operation takes the lock at once or fails with `SocketBusyError`; an
 * asynchronous request or dump waits its turn in a FIFO queue, honouring
 * its signal and its deadline while it waits; a `messages()` stream holds
 * the lock until it ends, so nothing queues behind it.
 *
 * @module
 */
import { SocketBusyError, SocketClosedError, TimeoutError } from "../errors.ts";

/** Who holds the lock: one of the `Holder` values. */
export type Holder = 0 | 1 | 2 | 3;
/** The values of {@linkcode Holder}. */
export const Holder = {
  /** Nobody: the socket is free. */
  None: 0,
  /** A request, synchronous or asynchronous. */
  Request: 1,
  /** A dump being iterated. */
  Dump: 2,
  /** A `messages()` stream (holds the lock until it ends). */
  Stream: 3,
} as const;

interface Turn {
  holder: Holder;
  resolve(): void;
  reject(err: unknown): void;
}

/**
 * A deadline from a timeout.
 *
 * @param timeoutMs Milliseconds; 0 for no limit.
 * @returns `Date.now()`-based deadline, or `Infinity`.
 */
export function deadlineOf(timeoutMs: number): number {
  return timeoutMs > 0 ? Date.now() + timeoutMs : Infinity;
}

/** One socket's receive lock and queue. */
export class ReceiveLock {
  #holder: Holder = Holder.None;
  readonly #queue: Turn[] = [];

  /** Who holds the lock now. */
  get holder(): Holder {
    return this.#holder;
  }

  /**
   * Takes the lock now.
   *
   * @param holder Who takes it.
   * @param operation The operation, for the error message.
   * @throws {SocketBusyError} When it is held.
   */
  take(holder: Holder, operation: string): void {
    if (this.#holder !== Holder.None) throw new SocketBusyError(operation);
    this.#holder = holder;
  }

  /**
   * Takes the lock now if it is free, else waits its turn.
   *
   * @param holder Who takes it.
   * @param operation The operation, for messages.
   * @param deadline When to give up (`Infinity`: never).
   * @param timeoutMs The timeout the deadline came from, for the message.
   * @param signal Gives up when it aborts, with its reason.
   * @returns `undefined` when taken at once, else a promise of the turn.
   * @throws {SocketBusyError} When a stream holds it (it would never come).
   */
  acquire(
    holder: Holder,
    operation: string,
    deadline: number,
    timeoutMs: number,
    signal: AbortSignal | undefined,
  ): Promise<void> | undefined {
    if (this.#holder === Holder.None) {
      this.#holder = holder;
      return undefined;
    }
    if (this.#holder === Holder.Stream) throw new SocketBusyError(operation);
    signal?.throwIfAborted();
    return new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const leave = (err: unknown) => {
        const i = this.#queue.indexOf(turn);
        if (i < 0) return; // already handed the lock
        this.#queue.splice(i, 1);
        settle();
        reject(err);
      };
      const onAbort = () => leave(signal!.reason);
      const settle = () => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
      };
      const turn: Turn = {
        holder,
        resolve: () => {
          settle();
          resolve();
        },
        reject: (err) => {
          settle();
          reject(err);
        },
      };
      this.#queue.push(turn);
      if (deadline !== Infinity) {
        timer = setTimeout(
          () => leave(new TimeoutError(`${operation} (waiting its turn)`, timeoutMs)),
          Math.max(0, deadline - Date.now()),
        );
      }
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Hands the lock to the next in the queue, or frees it. */
  release(): void {
    const next = this.#queue.shift();
    if (next === undefined) {
      this.#holder = Holder.None;
      return;
    }
    this.#holder = next.holder;
    next.resolve();
  }

  /**
   * Fails every queued turn with `SocketClosedError` (the socket closed).
   *
   * @param operation The operation name for the errors.
   */
  close(operation: string): void {
    for (const turn of this.#queue.splice(0)) turn.reject(new SocketClosedError(operation));
  }
}
