/**
 * The `messages()` stream: every message a socket receives (multicast
 * notifications, unicasts), waiting without blocking the event loop. The
 * stream takes the socket's receive lock when iteration starts and keeps it
 * until it ends; a stream created and never iterated leaves the socket free.
 *
 * @module
 */
import type { Message } from "../codec/message.ts";
import { OverrunError, SocketClosedError } from "../errors.ts";
import type { SocketCore } from "./core.ts";
import { deadlineOf, Holder } from "./lock.ts";
import type { MessagesOptions } from "./options.ts";

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Streams the messages a socket receives until it closes or the signal aborts.
 *
 * @param core The socket's state.
 * @param options Checked options: signal, idle timeout (ms, 0: none), overrun handler.
 * @returns The stream; each message is a view valid until the next step.
 */
export function messageStream(
  core: SocketCore,
  options: { signal: AbortSignal | undefined; idleTimeout: number } & MessagesOptions,
): AsyncIterableIterator<Message> {
  const { signal, idleTimeout, onOverrun } = options;
  const reader = core.reader;
  const result: IteratorYieldResult<Message> = { done: false, value: reader };
  let started = false;
  let finished = false;
  let inDatagram = false;
  const finish = (): IteratorResult<Message> => {
    if (!finished) {
      finished = true;
      if (started) core.lock.release();
    }
    return DONE;
  };
  const it: AsyncIterableIterator<Message> = {
    next: async () => {
      if (finished) return DONE;
      if (!started) {
        core.check("stream messages");
        core.lock.take(Holder.Stream, "stream messages");
        started = true;
      }
      const deadline = deadlineOf(idleTimeout); // for this message
      try {
        for (;;) {
          if (finished) return DONE; // ended by return() during a wait
          if (inDatagram && reader.advance()) return result;
          inDatagram = false;
          if (core.closed || signal?.aborted) return finish();
          let got: boolean;
          try {
            got = core.receiveAny(false);
          } catch (err) {
            if (err instanceof OverrunError && onOverrun) {
              onOverrun(err);
              continue;
            }
            throw err;
          }
          if (got) {
            inDatagram = true;
            continue;
          }
          try {
            await core.waitReadable("receive", deadline, idleTimeout, signal);
          } catch (err) {
            if (err instanceof SocketClosedError || signal?.aborted) return finish();
            throw err;
          }
        }
      } catch (err) {
        finish();
        throw err;
      }
    },
    return: () => Promise.resolve(finish()),
    [Symbol.asyncIterator]: () => it,
  };
  return it;
}
