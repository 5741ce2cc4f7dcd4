/**
 * Iteration over a dump's multipart answer, synchronous (`for...of`) or
 * asynchronous (`for await...of`), until `NLMSG_DONE`.
 *
 * Nothing happens when the dump is created: the request is sent, and the
 * socket's receive lock taken, when iteration starts. A dump created and
 * dropped leaves the socket free.
 *
 * @module
 */
import {
  NLM_F_DUMP_INTR,
  NLMSG_DONE,
  NLMSG_ERROR,
  NLMSG_NOOP,
  NLMSG_OVERRUN,
} from "../codec/constants.ts";
import { errorCode } from "../codec/control.ts";
import type { Message } from "../codec/message.ts";
import { DumpInterruptedError, TimeoutError } from "../errors.ts";
import type { SocketCore } from "./core.ts";
import { deadlineOf, Holder } from "./lock.ts";

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };
const MESSAGE = 0;
const NEED_DATA = 1;
const FINISHED = 2;

const CREATED = 0;
const STARTING = 1;
const RUNNING = 2;
const ENDED = 3;

/** What a dump was asked to do. */
export interface DumpRequest {
  /** A copy of the request's bytes (`NLM_F_DUMP` set), stamped when iteration starts. */
  bytes: Uint8Array;
  /** Who serves the dump: 0 for the kernel, else a peer's port id. */
  to: number;
  /** Whole-dump deadline in ms from the start of iteration (asynchronous use); 0: none. */
  timeout: number;
  /** Ends the (asynchronous) dump with its reason. */
  signal: AbortSignal | undefined;
}

/**
 * The messages of one dump. Usable once, either with `for...of` or with
 * `for await...of`; breaking out early drains the rest of a kernel dump so
 * the socket stays in step. Each message is a view valid until the next step.
 */
export class DumpIterator implements IterableIterator<Message>, AsyncIterable<Message> {
  readonly #core: SocketCore;
  readonly #request: DumpRequest;
  readonly #result: IteratorYieldResult<Message>;
  #state = CREATED;
  #starting: Promise<void> | undefined;
  #seq = 0;
  #requestType = 0;
  #deadline = Infinity;
  #received = 0;
  #interrupted = false;
  #inDatagram = false;

  /**
   * Creates the dump; nothing is sent yet.
   *
   * @param core The socket's state.
   * @param request The request and how to wait for it.
   */
  constructor(core: SocketCore, request: DumpRequest) {
    this.#core = core;
    this.#request = request;
    this.#result = { done: false, value: core.reader };
  }

  /** How many messages the dump has delivered so far. */
  get received(): number {
    return this.#received;
  }

  /**
   * Starts synchronous iteration.
   *
   * @returns This iterator.
   */
  [Symbol.iterator](): this {
    return this;
  }

  /**
   * Synchronous step: sends the request on the first call, then blocks for
   * the next datagram when needed.
   *
   * @returns The next result.
   * @throws {SocketBusyError} On the first call, when another receive holds the socket.
   * @throws {KernelError | DumpInterruptedError | OverrunError | ReplyMismatchError} As the dump ends badly.
   */
  next(): IteratorResult<Message> {
    if (this.#state === CREATED) {
      this.#core.lock.take(Holder.Dump, "iterate a dump");
      this.#send();
    }
    return this.#step(true) === FINISHED ? DONE : this.#result;
  }

  /**
   * Ends the dump early: the rest of a kernel dump is drained (blocking);
   * a peer's is skipped as it arrives.
   *
   * @returns Done.
   */
  return(): IteratorResult<Message> {
    if (this.#state === RUNNING) {
      if (this.#request.to === 0) {
        try {
          while (this.#state === RUNNING && this.#step(true) !== FINISHED);
        } catch {
          // Abandoned: the dump's sequence is forgotten below.
        }
      }
      this.#end(true);
    }
    this.#state = ENDED;
    return DONE;
  }

  /**
   * Starts asynchronous iteration: waits its turn for the socket (honouring
   * the dump's signal and timeout) and sends the request on the first step.
   *
   * @returns An async iterator over the same dump.
   */
  [Symbol.asyncIterator](): AsyncIterableIterator<Message> {
    const next = async (): Promise<IteratorResult<Message>> => {
      if (this.#state <= STARTING) await (this.#starting ??= this.#startAsync());
      for (;;) {
        this.#checkLimits();
        const r = this.#step(false);
        if (r === FINISHED) return DONE;
        if (r === MESSAGE) return this.#result;
        const { timeout, signal } = this.#request;
        try {
          await this.#core.waitReadable("dump", this.#deadline, timeout, signal);
        } catch (err) {
          this.#end(true);
          throw err;
        }
      }
    };
    const it: AsyncIterableIterator<Message> = {
      next,
      return: async () => {
        if (this.#starting !== undefined) await this.#starting.catch(() => {});
        if (this.#state === RUNNING) {
          try {
            while (this.#state === RUNNING && (await next()).done !== true);
          } catch {
            // Abandoned.
          }
          this.#end(true);
        }
        this.#state = ENDED;
        return DONE;
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  /** An aborted or timed-out asynchronous dump ends at its next step, even with data queued. */
  #checkLimits(): void {
    if (this.#state !== RUNNING) return;
    const { signal, timeout } = this.#request;
    try {
      signal?.throwIfAborted();
      if (this.#deadline !== Infinity && Date.now() >= this.#deadline) {
        throw new TimeoutError("dump", timeout);
      }
    } catch (err) {
      this.#end(true);
      throw err;
    }
  }

  async #startAsync(): Promise<void> {
    const { timeout, signal } = this.#request;
    this.#deadline = deadlineOf(timeout);
    this.#state = STARTING;
    try {
      this.#core.check("iterate a dump");
      const turn = this.#core.lock.acquire(
        Holder.Dump,
        "dump",
        this.#deadline,
        timeout,
        signal,
      );
      if (turn !== undefined) await turn;
    } catch (err) {
      this.#state = ENDED;
      throw err;
    }
    try {
      this.#core.check("iterate a dump");
    } catch (err) {
      this.#state = ENDED;
      this.#core.lock.release();
      throw err;
    }
    this.#send();
  }

  /** Stamps and sends the request; the lock is held. */
  #send(): void {
    const core = this.#core;
    const { bytes, to } = this.#request;
    try {
      core.check("send a dump request");
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      this.#requestType = view.getUint16(4, true);
      this.#seq = core.matcher.stamp(view, 0, true);
      core.transport.send(bytes, bytes.byteLength, to, 0);
    } catch (err) {
      this.#state = ENDED;
      core.lock.release();
      throw err;
    }
    this.#state = RUNNING;
  }

  /** One step: MESSAGE, NEED_DATA when none is queued and !block, or FINISHED. */
  #step(block: boolean): number {
    if (this.#state !== RUNNING) return FINISHED;
    const core = this.#core;
    const reader = core.reader;
    const to = this.#request.to;
    try {
      for (;;) {
        if (!this.#inDatagram || !reader.advance()) {
          this.#inDatagram = false;
          core.check("iterate a dump");
          if (!core.receiveFrom(to, block)) return NEED_DATA;
          this.#inDatagram = true;
          continue;
        }
        if (!core.matcher.isOurs(reader, this.#seq, to, core.transport.portId)) continue;
        const type = reader.type;
        if ((reader.flags & NLM_F_DUMP_INTR) !== 0) this.#interrupted = true;
        if (type === NLMSG_DONE) {
          const code = errorCode(reader);
          if (code < 0) throw core.kernelError(reader, code, this.#requestType);
          if (this.#interrupted) throw new DumpInterruptedError(this.#received);
          this.#end(false);
          return FINISHED;
        }
        if (type === NLMSG_ERROR) {
          const code = errorCode(reader);
          if (code < 0) throw core.kernelError(reader, code, this.#requestType);
          continue;
        }
        if (type === NLMSG_NOOP) continue;
        if (type === NLMSG_OVERRUN) throw core.overrun();
        this.#received++;
        return MESSAGE;
      }
    } catch (err) {
      // Whatever may still come of this dump will be skipped.
      this.#end(true);
      throw err;
    }
  }

  /** Releases the socket; an abandoned dump's late messages will be skipped. */
  #end(abandoned: boolean): void {
    if (this.#state !== RUNNING) return;
    this.#state = ENDED;
    this.#inDatagram = false;
    if (abandoned) this.#core.matcher.forget(this.#seq);
    this.#core.lock.release();
  }
}
