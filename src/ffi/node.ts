/**
 * The {@linkcode LibC} backend for Node.js, over the `koffi` package.
 *
 * Why koffi and not Node 26's built-in `node:ffi` (`node bench/node_ffi.ts`,
 * Node 26.10, koffi 3.3.4): a call with the shape of `sendto()` costs
 * 144-171 ns through koffi and 842-884 ns through `node:ffi` (only calls
 * of up to two arguments reach its fast path), and a raw RTM_GETLINK
 * round trip ran at 0.93-0.95x of C through koffi against 0.56-0.70x
 * through `node:ffi`. koffi also runs on Node 20 and 22 (`node:ffi` is
 * Node 26's, experimental, and warns), and it polls a descriptor on
 * Node's own event loop (`koffi.node.poll`), so asynchronous waits need no
 * thread at all (see {@linkcode loopEpollThread}).
 *
 * koffi is an optional peer dependency: an app that runs nlrt on Node
 * installs it (`npm install koffi`); Deno and Bun never load it. Buffers
 * are passed as cached BigInt addresses (~70 ns cheaper a call than a
 * typed array); `ssize_t` results are declared `int`, as in the other
 * backends.
 *
 * @module
 */
import { FfiUnavailableError } from "../errors.ts";
import { epollEventLayout } from "./epoll.ts";
import { type EpollThread, MAX_EVENTS, Poller } from "./poller.ts";
import { type BufferRef, type LibC, pinned } from "./types.ts";

/** A pointer as koffi takes it: an address, or null. */
type Ptr = bigint | null;

/** The bound functions, as declared in {@linkcode PROTOTYPES}. */
interface Symbols {
  socket(domain: number, type: number, protocol: number): number;
  bind(fd: number, addr: Ptr, len: number): number;
  connect(fd: number, addr: Ptr, len: number): number;
  getsockname(fd: number, addr: Ptr, len: Ptr): number;
  capget(header: Ptr, data: Ptr): number;
  setsockopt(fd: number, level: number, name: number, val: Ptr, len: number): number;
  getsockopt(fd: number, level: number, name: number, val: Ptr, len: Ptr): number;
  sendto(fd: number, buf: Ptr, n: number, flags: number, to: Ptr, toLen: number): number;
  recvfrom(fd: number, buf: Ptr, n: number, flags: number, from: Ptr, fromLen: Ptr): number;
  sendmsg(fd: number, msg: Ptr, flags: number): number;
  recvmsg(fd: number, msg: Ptr, flags: number): number;
  recvmmsg(fd: number, vec: Ptr, vlen: number, flags: number, timeout: Ptr): number;
  poll(fds: Ptr, nfds: number, timeout: number): number;
  epoll_create1(flags: number): number;
  epoll_ctl(epfd: number, op: number, fd: number, event: Ptr): number;
  epoll_wait(epfd: number, events: Ptr, maxEvents: number, timeout: number): number;
  eventfd(initval: number, flags: number): number;
  write(fd: number, buf: Ptr, n: number): number;
  read(fd: number, buf: Ptr, n: number): number;
  close(fd: number): number;
}

/** The C prototypes koffi binds, one per function of {@linkcode Symbols}. */
const PROTOTYPES: Record<keyof Symbols, string> = {
  socket: "int socket(int domain, int type, int protocol)",
  bind: "int bind(int fd, const void *addr, uint32_t len)",
  connect: "int connect(int fd, const void *addr, uint32_t len)",
  getsockname: "int getsockname(int fd, void *addr, void *len)",
  capget: "int capget(void *header, void *data)",
  setsockopt: "int setsockopt(int fd, int level, int name, const void *val, uint32_t len)",
  getsockopt: "int getsockopt(int fd, int level, int name, void *val, void *len)",
  sendto:
    "int sendto(int fd, const void *buf, size_t n, int flags, const void *to, uint32_t tolen)",
  recvfrom: "int recvfrom(int fd, void *buf, size_t n, int flags, void *from, void *fromlen)",
  sendmsg: "int sendmsg(int fd, const void *msg, int flags)",
  recvmsg: "int recvmsg(int fd, void *msg, int flags)",
  recvmmsg: "int recvmmsg(int fd, void *vec, unsigned int vlen, int flags, void *timeout)",
  poll: "int poll(void *fds, uint64_t nfds, int timeout)",
  epoll_create1: "int epoll_create1(int flags)",
  epoll_ctl: "int epoll_ctl(int epfd, int op, int fd, void *event)",
  epoll_wait: "int epoll_wait(int epfd, void *events, int maxevents, int timeout)",
  eventfd: "int eventfd(unsigned int initval, int flags)",
  write: "int write(int fd, const void *buf, size_t n)",
  read: "int read(int fd, void *buf, size_t n)",
  close: "int close(int fd)",
};

/** A `uv_poll_t` on Node's event loop, from `koffi.node.poll`. */
interface PollHandle {
  start(options: { readable: boolean }, callback: () => void): void;
  stop(): void;
}

/** The part of koffi this backend uses. */
interface Koffi {
  readonly version: string;
  load(path: string): { func(prototype: string): unknown };
  errno(): number;
  address(buf: Uint8Array): bigint;
  node: {
    poll(fd: number, options: { readable: boolean }, callback: () => void): PollHandle;
  };
}

/** What `koffi` is called on npm, kept in a variable so that bundlers leave it to run time. */
const KOFFI = "koffi";

/** The oldest koffi major version whose pointers are BigInt addresses, as this backend passes them. */
const KOFFI_MAJOR = 3;

/**
 * koffi, loaded only when the backend is opened, through a `require`
 * resolved from this file (koffi is a CommonJS native addon; `libc()` is
 * synchronous).
 *
 * @throws {Error} When koffi is not installed (`MODULE_NOT_FOUND`).
 * @throws {FfiUnavailableError} When it is older than koffi 3.
 */
function loadKoffi(): Koffi {
  type ModuleApi = { createRequire(from: string): (id: string) => unknown };
  const node = process as unknown as { getBuiltinModule(id: string): ModuleApi };
  const koffi = node.getBuiltinModule("node:module").createRequire(import.meta.url)(
    KOFFI,
  ) as Koffi;
  if (!(Number(koffi.version.split(".")[0]) >= KOFFI_MAJOR)) {
    throw new FfiUnavailableError(
      `nlrt needs koffi ${KOFFI_MAJOR}.x (BigInt pointers), and this app has koffi ${koffi.version}: ` +
        `run \`npm install koffi@${KOFFI_MAJOR}\``,
    );
  }
  return koffi;
}

/** The backend's one conversion: a {@linkcode BufferRef} is an address here. */
function asPtr(ref: BufferRef | null): Ptr {
  return ref as Ptr;
}

/**
 * Opens libc through koffi.
 *
 * @returns The Node backend.
 * @throws {FfiUnavailableError} When koffi is older than 3.
 * @throws {Error} When koffi is missing or cannot load libc.so.6 (the loader wraps it).
 */
export function openNodeLibC(): LibC {
  const koffi = loadKoffi();
  const lib = koffi.load("libc.so.6");
  const s = Object.fromEntries(
    Object.entries(PROTOTYPES).map(([name, prototype]) => [name, lib.func(prototype)]),
  ) as unknown as Symbols;
  const layout = epollEventLayout(process.arch);
  let poller: Poller | undefined;
  const c: LibC = {
    runtime: "node",
    ref: (buf) => koffi.address(buf) as unknown as BufferRef,
    socket: (domain, type, protocol) => s.socket(domain, type, protocol),
    bind: (fd, addr, len) => s.bind(fd, asPtr(addr), len),
    connect: (fd, addr, len) => s.connect(fd, asPtr(addr), len),
    getsockname: (fd, addr, len) => s.getsockname(fd, asPtr(addr), asPtr(len)),
    capget: (header, data) => s.capget(asPtr(header), asPtr(data)),
    setsockopt: (fd, level, name, val, len) => s.setsockopt(fd, level, name, asPtr(val), len),
    getsockopt: (fd, level, name, val, len) =>
      s.getsockopt(fd, level, name, asPtr(val), asPtr(len)),
    sendto: (fd, buf, n, flags, to, toLen) => s.sendto(fd, asPtr(buf), n, flags, asPtr(to), toLen),
    recvfrom: (fd, buf, n, flags, from, fromLen) =>
      s.recvfrom(fd, asPtr(buf), n, flags, asPtr(from), asPtr(fromLen)),
    sendmsg: (fd, msg, flags) => s.sendmsg(fd, asPtr(msg), flags),
    recvmsg: (fd, msg, flags) => s.recvmsg(fd, asPtr(msg), flags),
    recvmmsg: (fd, vec, vlen, flags) => s.recvmmsg(fd, asPtr(vec), vlen, flags, null),
    poll: (fds, nfds, timeout) => s.poll(asPtr(fds), nfds, timeout),
    epoll_create1: (flags) => s.epoll_create1(flags),
    epoll_ctl: (epfd, op, fd, event) => s.epoll_ctl(epfd, op, fd, asPtr(event)),
    epoll_wait: (epfd, events, maxEvents, timeout) =>
      s.epoll_wait(epfd, asPtr(events), maxEvents, timeout),
    eventfd: (initval, flags) => s.eventfd(initval, flags),
    write: (fd, buf, n) => s.write(fd, asPtr(buf), n),
    read: (fd, buf, n) => s.read(fd, asPtr(buf), n),
    close: (fd) => s.close(fd),
    // koffi keeps the errno of its last call, whatever it did after it.
    errno: () => koffi.errno(),
    address: (buf) => koffi.address(buf),
    waiter: (fd) => {
      poller ??= new Poller({
        libc: c,
        layout,
        startThread: (epfd) => loopEpollThread(koffi, s, epfd, layout.size),
        startTimer: (callback, ms) => {
          const timer = setTimeout(callback, ms).unref();
          return () => clearTimeout(timer);
        },
      });
      return poller.waiter(fd);
    },
  };
  return c;
}

/**
 * The poller's `epoll_wait`, without a thread: the epoll descriptor is
 * itself pollable, so a `uv_poll_t` on Node's event loop (libuv's own
 * epoll) reports when it has events, and `epoll_wait` then collects them
 * on the main thread with a zero timeout. The handle is active, and keeps
 * the process alive, only while a call is pending. No thread and no Worker:
 * a wake-up costs one turn of the event loop.
 */
function loopEpollThread(koffi: Koffi, s: Symbols, epfd: number, eventSize: number): EpollThread {
  const events = pinned(MAX_EVENTS * eventSize);
  const eventsPtr = koffi.address(events); // `events` stays referenced by the thread object
  const readable = { readable: true };
  let handle: PollHandle | undefined;
  return {
    events,
    wait: () =>
      new Promise<number>((resolve) => {
        const ready = () => {
          handle!.stop();
          // koffi calls this from libuv without a callback scope, so
          // microtasks queued here (the woken waits' continuations) would
          // wait for some later event: setImmediate runs them in this
          // loop iteration.
          setImmediate(resolve, s.epoll_wait(epfd, eventsPtr, MAX_EVENTS, 0));
        };
        if (handle === undefined) handle = koffi.node.poll(epfd, readable, ready);
        else handle.start(readable, ready);
      }),
  };
}
