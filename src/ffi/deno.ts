/**
 * The {@linkcode LibC} backend for Deno, over `Deno.dlopen`.
 *
 * Fast-path rules measured on this project's machines: buffers are passed as
 * cached pointers (a typed array argument costs ~15 ns more per argument);
 * `size_t` parameters are
 * declared `usize` and passed as BigInt (a plain number leaves V8's fast call
 * path); `ssize_t` results are declared `i32`, which reads the low half of the
 * return register and stays a plain number (buffers are far below 2 GiB).
 *
 * @module
 */
import { EFD_CLOEXEC, EFD_NONBLOCK, fillPollFds } from "./poll.ts";
import { type BufferRef, type LibC, pinned, type ReadWaiter } from "./types.ts";

type Ptr = Deno.PointerValue;

const SYMBOLS = {
  socket: { parameters: ["i32", "i32", "i32"], result: "i32" }, // int domain, int type, int protocol
  bind: { parameters: ["i32", "pointer", "u32"], result: "i32" }, // int fd, const struct sockaddr *, socklen_t
  connect: { parameters: ["i32", "pointer", "u32"], result: "i32" }, // int fd, const struct sockaddr *, socklen_t
  getsockname: { parameters: ["i32", "pointer", "pointer"], result: "i32" }, // int fd, struct sockaddr *, socklen_t *
  setsockopt: { parameters: ["i32", "i32", "i32", "pointer", "u32"], result: "i32" }, // int fd, int level, int name, const void *, socklen_t
  getsockopt: { parameters: ["i32", "i32", "i32", "pointer", "pointer"], result: "i32" }, // int fd, int level, int name, void *, socklen_t *
  sendto: { parameters: ["i32", "pointer", "usize", "i32", "pointer", "u32"], result: "i32" }, // int fd, const void *, size_t, int flags, const struct sockaddr *, socklen_t
  recvfrom: { parameters: ["i32", "pointer", "usize", "i32", "pointer", "pointer"], result: "i32" }, // int fd, void *, size_t, int flags, struct sockaddr *, socklen_t *
  sendmsg: { parameters: ["i32", "pointer", "i32"], result: "i32" }, // int fd, const struct msghdr *, int flags
  recvmsg: { parameters: ["i32", "pointer", "i32"], result: "i32" }, // int fd, struct msghdr *, int flags
  recvmmsg: { parameters: ["i32", "pointer", "u32", "i32", "pointer"], result: "i32" }, // int fd, struct mmsghdr *, unsigned int vlen, int flags, struct timespec *
  poll: { parameters: ["pointer", "u64", "i32"], result: "i32" }, // struct pollfd *, nfds_t, int timeout
  pollOffThread: {
    name: "poll",
    parameters: ["pointer", "u64", "i32"],
    result: "i32",
    nonblocking: true,
  }, // same, on Deno's blocking pool
  eventfd: { parameters: ["u32", "i32"], result: "i32" }, // unsigned int initval, int flags
  write: { parameters: ["i32", "pointer", "usize"], result: "i32" }, // int fd, const void *, size_t
  read: { parameters: ["i32", "pointer", "usize"], result: "i32" }, // int fd, void *, size_t
  close: { parameters: ["i32"], result: "i32" }, // int fd
  __errno_location: { parameters: [], result: "pointer" }, // int *(void)
} as const;

/**
 * Opens libc through `Deno.dlopen`.
 *
 * @returns The Deno backend.
 * @throws {Deno.errors.NotCapable} Without `--allow-ffi` (the loader wraps it).
 */
export function openLibC(): LibC {
  const lib = Deno.dlopen("libc.so.6", SYMBOLS);
  const s = lib.symbols;
  const errnoCell = new Int32Array(
    Deno.UnsafePointerView.getArrayBuffer(s.__errno_location()!, 4),
  );
  return {
    runtime: "deno",
    ref: (buf) => Deno.UnsafePointer.of(buf) as unknown as BufferRef,
    socket: (domain, type, protocol) => s.socket(domain, type, protocol),
    bind: (fd, addr, len) => s.bind(fd, addr as unknown as Ptr, len),
    connect: (fd, addr, len) => s.connect(fd, addr as unknown as Ptr, len),
    getsockname: (fd, addr, len) =>
      s.getsockname(fd, addr as unknown as Ptr, len as unknown as Ptr),
    setsockopt: (fd, level, name, val, len) =>
      s.setsockopt(fd, level, name, val as unknown as Ptr, len),
    getsockopt: (fd, level, name, val, len) =>
      s.getsockopt(fd, level, name, val as unknown as Ptr, len as unknown as Ptr),
    sendto: (fd, buf, n, flags, to, toLen) =>
      s.sendto(fd, buf as unknown as Ptr, BigInt(n), flags, to as unknown as Ptr, toLen),
    recvfrom: (fd, buf, n, flags, from, fromLen) =>
      s.recvfrom(
        fd,
        buf as unknown as Ptr,
        BigInt(n),
        flags,
        from as unknown as Ptr,
        fromLen as unknown as Ptr,
      ),
    sendmsg: (fd, msg, flags) => s.sendmsg(fd, msg as unknown as Ptr, flags),
    recvmsg: (fd, msg, flags) => s.recvmsg(fd, msg as unknown as Ptr, flags),
    recvmmsg: (fd, vec, vlen, flags) => s.recvmmsg(fd, vec as unknown as Ptr, vlen, flags, null),
    poll: (fds, nfds, timeout) => s.poll(fds as unknown as Ptr, BigInt(nfds), timeout),
    eventfd: (initval, flags) => s.eventfd(initval, flags),
    write: (fd, buf, n) => s.write(fd, buf as unknown as Ptr, BigInt(n)),
    read: (fd, buf, n) => s.read(fd, buf as unknown as Ptr, BigInt(n)),
    close: (fd) => s.close(fd),
    errno: () => errnoCell[0],
    address: (buf) => BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buf))),
    waiter: (fd) => pollWaiter(s, fd),
  };
}

type Symbols = Deno.DynamicLibrary<typeof SYMBOLS>["symbols"];

/** A waiter that runs `poll()` on Deno's blocking thread pool. */
function pollWaiter(s: Symbols, fd: number): ReadWaiter {
  const wakeFd = s.eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (wakeFd < 0) throw new Error("eventfd() failed: cannot create a waiter");
  const fds = pinned(16);
  const view = new DataView(fds.buffer);
  const fdsPtr = Deno.UnsafePointer.of(fds);
  const one = new BigUint64Array(new ArrayBuffer(8));
  one[0] = 1n;
  const onePtr = Deno.UnsafePointer.of(one);
  const drained = new BigUint64Array(new ArrayBuffer(8));
  const drainedPtr = Deno.UnsafePointer.of(drained);
  // The pointers above do not keep their arrays alive: this does.
  const keepAlive = [fds, one, drained];
  let pending = false;
  let closed = false;
  const release = () => {
    s.close(wakeFd);
    keepAlive.length = 0;
  };
  return {
    async wait(timeoutMs) {
      if (closed) return false;
      fillPollFds(view, fd, wakeFd);
      pending = true;
      let result: number;
      try {
        result = await s.pollOffThread(fdsPtr, 2n, timeoutMs < 0 ? -1 : Math.ceil(timeoutMs));
      } finally {
        pending = false;
      }
      if (closed) {
        release();
        return false;
      }
      if (view.getInt16(14, true) !== 0) s.read(wakeFd, drainedPtr, 8n);
      return result > 0 && view.getInt16(6, true) !== 0;
    },
    wake() {
      if (!closed) s.write(wakeFd, onePtr, 8n);
    },
    close() {
      if (closed) return;
      s.write(wakeFd, onePtr, 8n);
      closed = true;
      if (!pending) release();
    },
  };
}
