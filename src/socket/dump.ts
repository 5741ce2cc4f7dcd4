/**
 * Iteration over a dump's multipart answer, synchronous (`for...of`) or
 * asynchronous (`for await...of`), until `NLMSG_DONE`.
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
import { errorCode, kernelError } from "../codec/control.ts";
import type { Message, MessageReader } from "../codec/message.ts";
import { DumpInterruptedError, OverrunError } from "../errors.ts";

/** What a dump needs from its socket. */
export interface DumpChannel {
  /** The socket's reader, which `receive` refills. */
  readonly reader: MessageReader;
  /** Receives the next datagram from the kernel into `reader`; `false` when none is queued and `block` is false. */
  receive(block: boolean): boolean;
  /** Waits until the socket is readable (honours the wait's signal, timeout and `close()`). */
  wait(): Promise<void>;
  /** Whether the reader's current message belongs to the dump (throws on a foreign sequence). */
  isOurs(): boolean;
  /** Whether the socket was closed. */
  closed(): boolean;
  /** Called once when the dump ends, however it ends. */
  finish(): void;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };
const NEED_DATA = 1;
const FINISHED = 2;

/**
 * The messages of one dump. Usable once, either with `for...of` or with
 * `for await...of`; breaking out early drains the rest of the dump so the
 * socket stays in step. Each message is a view valid until the next step.
 */
export class DumpIterator implements IterableIterator<Message>, AsyncIterable<Message> {
  #ch: DumpChannel;
  #received = 0;
  #interrupted = false;
  #finished = false;
  #started = false;
  #result: IteratorYieldResult<Message>;

  /** @param channel The socket's side of the dump. */
  constructor(channel: DumpChannel) {
    this.#ch = channel;
    this.#result = { done: false, value: channel.reader };
  }

  /** How many messages the dump has delivered so far. */
  get received(): number {
    return this.#received;
  }

  /** @returns This iterator (synchronous use). */
  [Symbol.iterator](): this {
    return this;
  }

  /** Synchronous step: blocks for the next datagram when needed. @returns The next result. */
  next(): IteratorResult<Message> {
    const r = this.#step(true);
    return r === FINISHED ? DONE : this.#result;
  }

  /** Drains what is left of the dump (blocking). @returns Done. */
  return(): IteratorResult<Message> {
    try {
      while (!this.#finished && !this.#ch.closed() && this.#step(true) !== FINISHED);
    } catch {
      // The dump is being abandoned: how it ends does not matter.
    }
    this.#end();
    return DONE;
  }

  /** @returns An async iterator over the same dump, waiting without blocking the event loop. */
  [Symbol.asyncIterator](): AsyncIterableIterator<Message> {
    const next = async (): Promise<IteratorResult<Message>> => {
      for (;;) {
        const r = this.#step(false);
        if (r === FINISHED) return DONE;
        if (r !== NEED_DATA) return this.#result;
        try {
          await this.#ch.wait();
        } catch (err) {
          this.#end();
          throw err;
        }
      }
    };
    const it: AsyncIterableIterator<Message> = {
      next,
      return: async () => {
        try {
          while (!this.#finished && !this.#ch.closed() && (await next()).done !== true);
        } catch {
          // Abandoned.
        }
        this.#end();
        return DONE;
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  /** One step: a message (0), NEED_DATA when none is queued and !block, or FINISHED. */
  #step(block: boolean): number {
    if (this.#finished) return FINISHED;
    const ch = this.#ch;
    const reader = ch.reader;
    try {
      for (;;) {
        if (!this.#started || !reader.advance()) {
          if (!ch.receive(block)) return NEED_DATA;
          this.#started = true;
          continue;
        }
        if (!ch.isOurs()) continue;
        const type = reader.type;
        if ((reader.flags & NLM_F_DUMP_INTR) !== 0) this.#interrupted = true;
        if (type === NLMSG_DONE) {
          this.#end();
          const code = errorCode(reader);
          if (code < 0) throw kernelError(reader, code);
          if (this.#interrupted) throw new DumpInterruptedError(this.#received);
          return FINISHED;
        }
        if (type === NLMSG_ERROR) {
          const code = errorCode(reader);
          if (code < 0) throw kernelError(reader, code);
          continue;
        }
        if (type === NLMSG_NOOP) continue;
        if (type === NLMSG_OVERRUN) throw new OverrunError(1);
        this.#received++;
        return 0;
      }
    } catch (err) {
      this.#end();
      throw err;
    }
  }

  #end(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#ch.finish();
  }
}
