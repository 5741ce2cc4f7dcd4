/**
 * The {@linkcode LibC} backend for Bun, over `bun:ffi`.
 *
 * Buffers are passed as typed arrays on every call, never as a cached `ptr()`:
 * Bun 1.4 can hand back a stale address for a cached pointer of a small typed
 * array after JIT tier-up. A null pointer is passed as the number 0: a `null`
 * argument costs 30-45 ns more per call (measured on a six-argument stub:
 * ~12 ns with typed arrays or 0, ~40-55 ns with two nulls), which was most of
 * the distance between a `request()` and C. `ssize_t` results are declared
 * `i32` (the low half of the return register) so they stay plain numbers.
 *
 * @module
 */
import { workerEpollThread } from "./bun_epoll_thread.ts";
import { epollEventLayout } from "./epoll.ts";
import { MAX_EVENTS, Poller } from "./poller.ts";
import type { BufferRef, LibC } from "./types.ts";

/** What a pointer parameter takes here: the typed array itself, or 0 for NULL. */
type Buf = Uint8Array | 0;

/** The bound functions, as declared in {@linkcode SYMBOLS}. */
interface Symbols {
  socket(domain: number, type: number, protocol: number): number;
  bind(fd: number, addr: Buf, len: number): number;
  connect(fd: number, addr: Buf, len: number): number;
  getsockname(fd: number, addr: Buf, len: Buf): number;
  capget(header: Buf, data: Buf): number;
  setsockopt(fd: number, level: number, name: number, val: Buf, len: number): number;
  getsockopt(fd: number, level: number, name: number, val: Buf, len: Buf): number;
  sendto(fd: number, buf: Buf, n: number, flags: number, to: Buf, toLen: number): number;
  recvfrom(fd: number, buf: Buf, n: number, flags: number, from: Buf, fromLen: Buf): number;
  sendmsg(fd: number, msg: Buf, flags: number): number;
  recvmsg(fd: number, msg: Buf, flags: number): number;
  recvmmsg(fd: number, vec: Buf, vlen: number, flags: number, timeout: Buf): number;
  poll(fds: Buf, nfds: number, timeout: number): number;
  epoll_create1(flags: number): number;
  epoll_ctl(epfd: number, op: number, fd: number, event: Buf): number;
  epoll_wait(epfd: number, events: Buf, maxEvents: number, timeout: number): number;
  eventfd(initval: number, flags: number): number;
  write(fd: number, buf: Buf, n: number): number;
  read(fd: number, buf: Buf, n: number): number;
  close(fd: number): number;
  __errno_location(): number;
}

/** The part of `bun:ffi` this backend uses. */
interface BunFfi {
  dlopen(path: string, symbols: typeof SYMBOLS): { symbols: Symbols };
  ptr(buf: Uint8Array): number;
  toArrayBuffer(address: number, offset: number, length: number): ArrayBuffer;
}

/**
 * `bun:ffi`, loaded only when the backend is opened: a static import would
 * stop every other runtime from loading this module.
 */
function bunFfi(): BunFfi {
  return (import.meta as unknown as { require(id: string): BunFfi }).require("bun:ffi");
}

/** The backend's one conversion: a {@linkcode BufferRef} is the typed array itself here, null is 0. */
function asBuf(ref: BufferRef | null): Buf {
  return ref === null ? 0 : ref as unknown as Uint8Array;
}

const i32 = "i32";
const u32 = "u32";
const u64 = "u64";
const usize = "usize";
const pointer = "ptr";

const SYMBOLS = {
  socket: { args: [i32, i32, i32], returns: i32 }, // int domain, int type, int protocol
  bind: { args: [i32, pointer, u32], returns: i32 }, // int fd, const struct sockaddr *, socklen_t
  connect: { args: [i32, pointer, u32], returns: i32 }, // int fd, const struct sockaddr *, socklen_t
  getsockname: { args: [i32, pointer, pointer], returns: i32 }, // int fd, struct sockaddr *, socklen_t *
  capget: { args: [pointer, pointer], returns: i32 }, // cap_user_header_t, cap_user_data_t
  setsockopt: { args: [i32, i32, i32, pointer, u32], returns: i32 }, // int fd, int level, int name, const void *, socklen_t
  getsockopt: { args: [i32, i32, i32, pointer, pointer], returns: i32 }, // int fd, int level, int name, void *, socklen_t *
  sendto: { args: [i32, pointer, usize, i32, pointer, u32], returns: i32 }, // int fd, const void *, size_t, int flags, const struct sockaddr *, socklen_t
  recvfrom: { args: [i32, pointer, usize, i32, pointer, pointer], returns: i32 }, // int fd, void *, size_t, int flags, struct sockaddr *, socklen_t *
  sendmsg: { args: [i32, pointer, i32], returns: i32 }, // int fd, const struct msghdr *, int flags
  recvmsg: { args: [i32, pointer, i32], returns: i32 }, // int fd, struct msghdr *, int flags
  recvmmsg: { args: [i32, pointer, u32, i32, pointer], returns: i32 }, // int fd, struct mmsghdr *, unsigned int vlen, int flags, struct timespec *
  poll: { args: [pointer, u64, i32], returns: i32 }, // struct pollfd *, nfds_t, int timeout
  epoll_create1: { args: [i32], returns: i32 }, // int flags
  epoll_ctl: { args: [i32, i32, i32, pointer], returns: i32 }, // int epfd, int op, int fd, struct epoll_event *
  epoll_wait: { args: [i32, pointer, i32, i32], returns: i32 }, // int epfd, struct epoll_event *, int maxevents, int timeout
  eventfd: { args: [u32, i32], returns: i32 }, // unsigned int initval, int flags
  write: { args: [i32, pointer, usize], returns: i32 }, // int fd, const void *, size_t
  read: { args: [i32, pointer, usize], returns: i32 }, // int fd, void *, size_t
  close: { args: [i32], returns: i32 }, // int fd
  __errno_location: { args: [], returns: pointer }, // int *(void)
} as const;

/**
 * Opens libc through `bun:ffi`.
 *
 * @returns The Bun backend.
 */
export function openBunLibC(): LibC {
  const { dlopen, ptr, toArrayBuffer } = bunFfi();
  const s = dlopen("libc.so.6", SYMBOLS).symbols;
  const errnoCell = new Int32Array(toArrayBuffer(s.__errno_location(), 0, 4));
  const layout = epollEventLayout(process.arch);
  let poller: Poller | undefined;
  const lib: LibC = {
    runtime: "bun",
    ref: (b) => b as unknown as BufferRef, // the one conversion the other way
    socket: (domain, type, protocol) => s.socket(domain, type, protocol),
    bind: (fd, addr, len) => s.bind(fd, asBuf(addr), len),
    connect: (fd, addr, len) => s.connect(fd, asBuf(addr), len),
    getsockname: (fd, addr, len) => s.getsockname(fd, asBuf(addr), asBuf(len)),
    capget: (header, data) => s.capget(asBuf(header), asBuf(data)),
    setsockopt: (fd, level, name, val, len) => s.setsockopt(fd, level, name, asBuf(val), len),
    getsockopt: (fd, level, name, val, len) =>
      s.getsockopt(fd, level, name, asBuf(val), asBuf(len)),
    sendto: (fd, buf, n, flags, to, toLen) => s.sendto(fd, asBuf(buf), n, flags, asBuf(to), toLen),
    recvfrom: (fd, buf, n, flags, from, fromLen) =>
      s.recvfrom(
        fd,
        asBuf(buf),
        n,
        flags,
        asBuf(from),
        asBuf(fromLen),
      ),
    sendmsg: (fd, msg, flags) => s.sendmsg(fd, asBuf(msg), flags),
    recvmsg: (fd, msg, flags) => s.recvmsg(fd, asBuf(msg), flags),
    recvmmsg: (fd, vec, vlen, flags) => s.recvmmsg(fd, asBuf(vec), vlen, flags, 0),
    poll: (fds, nfds, timeout) => s.poll(asBuf(fds), nfds, timeout),
    epoll_create1: (flags) => s.epoll_create1(flags),
    epoll_ctl: (epfd, op, fd, event) => s.epoll_ctl(epfd, op, fd, asBuf(event)),
    epoll_wait: (epfd, events, maxEvents, timeout) =>
      s.epoll_wait(epfd, asBuf(events), maxEvents, timeout),
    eventfd: (initval, flags) => s.eventfd(initval, flags),
    write: (fd, buf, n) => s.write(fd, asBuf(buf), n),
    read: (fd, buf, n) => s.read(fd, asBuf(buf), n),
    close: (fd) => s.close(fd),
    errno: () => errnoCell[0]!,
    address: (buf) => BigInt(ptr(buf)),
    waiter: (fd) => {
      poller ??= new Poller({
        libc: lib,
        layout,
        startThread: (epfd) => workerEpollThread(epfd, MAX_EVENTS * layout.size, MAX_EVENTS),
        startTimer: (callback, ms) => {
          const timer = setTimeout(callback, ms).unref();
          return () => clearTimeout(timer);
        },
      });
      return poller.waiter(fd);
    },
  };
  return lib;
}
