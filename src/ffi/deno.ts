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
import { epollEventLayout } from "./epoll.ts";
import { type EpollThread, MAX_EVENTS, Poller } from "./poller.ts";
import { type BufferRef, type LibC, pinned } from "./types.ts";

/** A Deno FFI pointer (`Deno.PointerValue`): an opaque object, or null. */
type Ptr = object | null;

/** The bound functions, as declared in {@linkcode SYMBOLS}. */
interface Symbols {
  socket(domain: number, type: number, protocol: number): number;
  bind(fd: number, addr: Ptr, len: number): number;
  connect(fd: number, addr: Ptr, len: number): number;
  getsockname(fd: number, addr: Ptr, len: Ptr): number;
  capget(header: Ptr, data: Ptr): number;
  setsockopt(fd: number, level: number, name: number, val: Ptr, len: number): number;
  getsockopt(fd: number, level: number, name: number, val: Ptr, len: Ptr): number;
  sendto(fd: number, buf: Ptr, n: bigint, flags: number, to: Ptr, toLen: number): number;
  recvfrom(fd: number, buf: Ptr, n: bigint, flags: number, from: Ptr, fromLen: Ptr): number;
  sendmsg(fd: number, msg: Ptr, flags: number): number;
  recvmsg(fd: number, msg: Ptr, flags: number): number;
  recvmmsg(fd: number, vec: Ptr, vlen: number, flags: number, timeout: Ptr): number;
  poll(fds: Ptr, nfds: bigint, timeout: number): number;
  epoll_create1(flags: number): number;
  epoll_ctl(epfd: number, op: number, fd: number, event: Ptr): number;
  epoll_wait(epfd: number, events: Ptr, maxEvents: number, timeout: number): number;
  epollWaitOffThread(
    epfd: number,
    events: Ptr,
    maxEvents: number,
    timeout: number,
  ): Promise<number>;
  eventfd(initval: number, flags: number): number;
  write(fd: number, buf: Ptr, n: bigint): number;
  read(fd: number, buf: Ptr, n: bigint): number;
  close(fd: number): number;
  __errno_location(): Ptr;
}

/** The part of the `Deno` namespace this backend uses. */
interface DenoFfi {
  dlopen(path: string, symbols: typeof SYMBOLS): { symbols: Symbols };
  UnsafePointer: { of(buf: Uint8Array | BigUint64Array): Ptr; value(p: Ptr): bigint | number };
  UnsafePointerView: { getArrayBuffer(p: object, length: number): ArrayBuffer };
  build: { arch: string };
  unrefTimer(id: ReturnType<typeof setTimeout>): void;
}

/** Deno's FFI, read from the global only when the backend is opened. */
function denoFfi(): DenoFfi {
  return (globalThis as unknown as { Deno: DenoFfi }).Deno;
}

/** The backend's one conversion: a {@linkcode BufferRef} is a cached pointer here. */
function asPtr(ref: BufferRef | null): Ptr {
  return ref as Ptr;
}

const SYMBOLS = {
  socket: { parameters: ["i32", "i32", "i32"], result: "i32" }, // int domain, int type, int protocol
  bind: { parameters: ["i32", "pointer", "u32"], result: "i32" }, // int fd, const struct sockaddr *, socklen_t
  connect: { parameters: ["i32", "pointer", "u32"], result: "i32" }, // int fd, const struct sockaddr *, socklen_t
  getsockname: { parameters: ["i32", "pointer", "pointer"], result: "i32" }, // int fd, struct sockaddr *, socklen_t *
  capget: { parameters: ["pointer", "pointer"], result: "i32" }, // cap_user_header_t, cap_user_data_t
  setsockopt: { parameters: ["i32", "i32", "i32", "pointer", "u32"], result: "i32" }, // int fd, int level, int name, const void *, socklen_t
  getsockopt: { parameters: ["i32", "i32", "i32", "pointer", "pointer"], result: "i32" }, // int fd, int level, int name, void *, socklen_t *
  sendto: { parameters: ["i32", "pointer", "usize", "i32", "pointer", "u32"], result: "i32" }, // int fd, const void *, size_t, int flags, const struct sockaddr *, socklen_t
  recvfrom: { parameters: ["i32", "pointer", "usize", "i32", "pointer", "pointer"], result: "i32" }, // int fd, void *, size_t, int flags, struct sockaddr *, socklen_t *
  sendmsg: { parameters: ["i32", "pointer", "i32"], result: "i32" }, // int fd, const struct msghdr *, int flags
  recvmsg: { parameters: ["i32", "pointer", "i32"], result: "i32" }, // int fd, struct msghdr *, int flags
  recvmmsg: { parameters: ["i32", "pointer", "u32", "i32", "pointer"], result: "i32" }, // int fd, struct mmsghdr *, unsigned int vlen, int flags, struct timespec *
  poll: { parameters: ["pointer", "u64", "i32"], result: "i32" }, // struct pollfd *, nfds_t, int timeout
  epoll_create1: { parameters: ["i32"], result: "i32" }, // int flags
  epoll_ctl: { parameters: ["i32", "i32", "i32", "pointer"], result: "i32" }, // int epfd, int op, int fd, struct epoll_event *
  epoll_wait: { parameters: ["i32", "pointer", "i32", "i32"], result: "i32" }, // int epfd, struct epoll_event *, int maxevents, int timeout
  epollWaitOffThread: {
    name: "epoll_wait",
    parameters: ["i32", "pointer", "i32", "i32"],
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
export function openDenoLibC(): LibC {
  const Deno = denoFfi();
  const s = Deno.dlopen("libc.so.6", SYMBOLS).symbols;
  const errnoCell = new Int32Array(
    Deno.UnsafePointerView.getArrayBuffer(s.__errno_location()!, 4),
  );
  const layout = epollEventLayout(Deno.build.arch);
  let poller: Poller | undefined;
  // The size_t arguments of the hot calls, as BigInt: each call site keeps
  // the last one, since a socket sends requests of one length and receives
  // into one buffer again and again (a fresh BigInt is an allocation per call).
  let sentSize = -1;
  let sentBig = 0n;
  let receivedSize = -1;
  let receivedBig = 0n;
  const lib: LibC = {
    runtime: "deno",
    ref: (buf) => Deno.UnsafePointer.of(buf) as BufferRef,
    socket: (domain, type, protocol) => s.socket(domain, type, protocol),
    bind: (fd, addr, len) => s.bind(fd, asPtr(addr), len),
    connect: (fd, addr, len) => s.connect(fd, asPtr(addr), len),
    getsockname: (fd, addr, len) => s.getsockname(fd, asPtr(addr), asPtr(len)),
    capget: (header, data) => s.capget(asPtr(header), asPtr(data)),
    setsockopt: (fd, level, name, val, len) => s.setsockopt(fd, level, name, asPtr(val), len),
    getsockopt: (fd, level, name, val, len) =>
      s.getsockopt(fd, level, name, asPtr(val), asPtr(len)),
    sendto: (fd, buf, n, flags, to, toLen) => {
      if (n !== sentSize) sentBig = BigInt(sentSize = n);
      return s.sendto(fd, asPtr(buf), sentBig, flags, asPtr(to), toLen);
    },
    recvfrom: (fd, buf, n, flags, from, fromLen) => {
      if (n !== receivedSize) receivedBig = BigInt(receivedSize = n);
      return s.recvfrom(fd, asPtr(buf), receivedBig, flags, asPtr(from), asPtr(fromLen));
    },
    sendmsg: (fd, msg, flags) => s.sendmsg(fd, asPtr(msg), flags),
    recvmsg: (fd, msg, flags) => s.recvmsg(fd, asPtr(msg), flags),
    recvmmsg: (fd, vec, vlen, flags) => s.recvmmsg(fd, asPtr(vec), vlen, flags, null),
    poll: (fds, nfds, timeout) => s.poll(asPtr(fds), BigInt(nfds), timeout),
    epoll_create1: (flags) => s.epoll_create1(flags),
    epoll_ctl: (epfd, op, fd, event) => s.epoll_ctl(epfd, op, fd, asPtr(event)),
    epoll_wait: (epfd, events, maxEvents, timeout) =>
      s.epoll_wait(epfd, asPtr(events), maxEvents, timeout),
    eventfd: (initval, flags) => s.eventfd(initval, flags),
    write: (fd, buf, n) => s.write(fd, asPtr(buf), BigInt(n)),
    read: (fd, buf, n) => s.read(fd, asPtr(buf), BigInt(n)),
    close: (fd) => s.close(fd),
    errno: () => errnoCell[0]!,
    address: (buf) => BigInt(Deno.UnsafePointer.value(Deno.UnsafePointer.of(buf))),
    waiter: (fd) => {
      poller ??= new Poller({
        libc: lib,
        layout,
        startThread: (epfd) => blockingPoolThread(Deno, s, epfd, layout.size),
        startTimer: (callback, ms) => {
          const id = setTimeout(callback, ms);
          Deno.unrefTimer(id);
          return () => clearTimeout(id);
        },
      });
      return poller.waiter(fd);
    },
  };
  return lib;
}

/**
 * The poller's `epoll_wait`, run on Deno's blocking thread pool
 * (`nonblocking` FFI): one pool thread while a call is pending, none after.
 */
function blockingPoolThread(
  Deno: DenoFfi,
  s: Symbols,
  epfd: number,
  eventSize: number,
): EpollThread {
  const events = pinned(MAX_EVENTS * eventSize);
  const eventsPtr = Deno.UnsafePointer.of(events); // `events` stays referenced by the thread object
  return {
    events,
    wait: () => s.epollWaitOffThread(epfd, eventsPtr, MAX_EVENTS, -1),
  };
}
