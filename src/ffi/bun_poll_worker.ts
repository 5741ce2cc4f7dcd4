/**
 * The Bun waiter's Worker: blocks in `poll()` on a socket and a wake-up
 * eventfd, off the main thread, and reports back. Each message is one wait:
 * `{ fd, wakeFd, timeout }` in, `{ result, socketEvents, wakeEvents }` out.
 *
 * @module
 */
import { dlopen } from "bun:ffi";
import { fillPollFds } from "./poll.ts";

declare const self: Worker;

const { poll } = dlopen("libc.so.6", {
  poll: { args: ["ptr", "u64", "i32"], returns: "i32" }, // struct pollfd *, nfds_t, int timeout
}).symbols;
const fds = new Uint8Array(new ArrayBuffer(16));
const view = new DataView(fds.buffer);

self.onmessage = (event: MessageEvent<{ fd: number; wakeFd: number; timeout: number }>) => {
  const { fd, wakeFd, timeout } = event.data;
  fillPollFds(view, fd, wakeFd);
  const result = poll(fds, 2, timeout);
  self.postMessage({
    result,
    socketEvents: view.getInt16(6, true),
    wakeEvents: view.getInt16(14, true),
  });
};
