/**
 * The Bun poller's `epoll_wait` caller: one Worker per process (bun:ffi has
 * no off-thread calls), referenced only while a call is pending.
 *
 * The Worker's code is the string below, started from a Blob URL: a bundle
 * or a `bun build --compile` program carries it inside, where a Worker file
 * loaded by path would be left behind. Protocol: the first message gives
 * `{ epfd, events, maxEvents }` (`events` over a `SharedArrayBuffer`); each
 * later message runs one `epoll_wait(epfd, events, maxEvents, -1)` and
 * answers with its result.
 *
 * @module
 */
import type { EpollThread } from "./poller.ts";

/** The Worker's module, as JavaScript: bundlers leave a string untouched. */
const WORKER_SOURCE = `
import { dlopen } from "bun:ffi";
const { epoll_wait } = dlopen("libc.so.6", {
  epoll_wait: { args: ["i32", "ptr", "i32", "i32"], returns: "i32" }, // int epfd, struct epoll_event *, int maxevents, int timeout
}).symbols;
let set;
self.onmessage = (event) => {
  if (set === undefined) set = event.data;
  else self.postMessage(epoll_wait(set.epfd, set.events, set.maxEvents, -1));
};
`;

/** Bun's Worker, with the event-loop reference controls Bun adds. */
type RefWorker = Worker & { ref(): void; unref(): void };

/** A call waiting for the Worker's answer. */
interface Call {
  resolve(result: number): void;
  reject(err: Error): void;
}

/**
 * Starts the Worker lazily and runs each `epoll_wait` call in it.
 *
 * @param epfd The epoll descriptor.
 * @param eventsSize The byte size of the `struct epoll_event` array.
 * @param maxEvents How many events one call returns at most.
 * @returns The caller, with `events` over shared memory.
 */
export function workerEpollThread(
  epfd: number,
  eventsSize: number,
  maxEvents: number,
): EpollThread {
  const events = new Uint8Array(new SharedArrayBuffer(eventsSize));
  let worker: RefWorker | undefined;
  let call: Call | undefined;
  const settle = (result: number | Error) => {
    const c = call;
    if (c === undefined) return;
    call = undefined;
    worker?.unref();
    if (result instanceof Error) c.reject(result);
    else c.resolve(result);
  };
  const start = (): RefWorker => {
    const url = URL.createObjectURL(new Blob([WORKER_SOURCE], { type: "text/javascript" }));
    const w = new Worker(url) as RefWorker;
    w.onmessage = (e: MessageEvent<number>) => settle(e.data);
    w.onerror = (e) => {
      e.preventDefault();
      w.terminate();
      worker = undefined;
      URL.revokeObjectURL(url);
      settle(new Error(`The poller's epoll Worker failed: ${e.message}`));
    };
    w.postMessage({ epfd, events, maxEvents });
    return w;
  };
  return {
    events,
    wait() {
      const w = worker ??= start();
      w.ref();
      return new Promise<number>((resolve, reject) => {
        call = { resolve, reject };
        w.postMessage(0);
      });
    },
  };
}
