/**
 * The libc surface that nlrt needs, implemented once per runtime
 * (`deno.ts` over `Deno.dlopen`, `bun.ts` over `bun:ffi`, `node.ts` over
 * the `koffi` package).
 *
 * Every buffer argument is a {@linkcode BufferRef}: a reference to a
 * `Uint8Array` over its own `ArrayBuffer` (see {@linkcode pinned}), taken once
 * with {@linkcode LibC.ref} and passed to C without a copy. Every function returns
 * the raw C result: `-1` means failure and {@linkcode LibC.errno} must be read
 * before any other call. Sizes are plain numbers; each backend converts them
 * to the fastest form its FFI takes.
 *
 * @module
 */

/**
 * An FFI-ready reference to a pinned buffer, from {@linkcode LibC.ref}: a
 * cached pointer in Deno (passing a typed array costs ~15 ns an argument
 * there), the typed array itself in Bun (a cached `ptr()` can go stale), a
 * cached address in Node (koffi).
 */
export type BufferRef = { readonly __bufferRef: unique symbol };

/** The libc functions bound by each runtime backend. */
export interface LibC {
  /** Which runtime backend this is: `"deno"`, `"bun"` or `"node"`. */
  readonly runtime: "deno" | "bun" | "node";
  /**
   * A reference to pass `buf` to C. Take it once per buffer and keep it;
   * `buf` must be pinned (over its own `ArrayBuffer`) and kept alive.
   */
  ref(buf: Uint8Array): BufferRef;
  /** `int socket(int domain, int type, int protocol)` */
  socket(domain: number, type: number, protocol: number): number;
  /** `int bind(int fd, const struct sockaddr *addr, socklen_t len)` */
  bind(fd: number, addr: BufferRef, len: number): number;
  /** `int connect(int fd, const struct sockaddr *addr, socklen_t len)` */
  connect(fd: number, addr: BufferRef, len: number): number;
  /** `int getsockname(int fd, struct sockaddr *addr, socklen_t *len)` */
  getsockname(fd: number, addr: BufferRef, len: BufferRef): number;
  /** `int capget(cap_user_header_t header, cap_user_data_t data)` */
  capget(header: BufferRef, data: BufferRef): number;
  /** `int setsockopt(int fd, int level, int name, const void *val, socklen_t len)` */
  setsockopt(fd: number, level: number, name: number, val: BufferRef, len: number): number;
  /** `int getsockopt(int fd, int level, int name, void *val, socklen_t *len)` */
  getsockopt(fd: number, level: number, name: number, val: BufferRef, len: BufferRef): number;
  /** `ssize_t sendto(int fd, const void *buf, size_t n, int flags, const struct sockaddr *to, socklen_t tolen)` */
  sendto(
    fd: number,
    buf: BufferRef,
    n: number,
    flags: number,
    to: BufferRef | null,
    toLen: number,
  ): number;
  /** `ssize_t recvfrom(int fd, void *buf, size_t n, int flags, struct sockaddr *from, socklen_t *fromlen)` */
  recvfrom(
    fd: number,
    buf: BufferRef,
    n: number,
    flags: number,
    from: BufferRef | null,
    fromLen: BufferRef | null,
  ): number;
  /** `ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)` */
  sendmsg(fd: number, msg: BufferRef, flags: number): number;
  /** `ssize_t recvmsg(int fd, struct msghdr *msg, int flags)` */
  recvmsg(fd: number, msg: BufferRef, flags: number): number;
  /** `int recvmmsg(int fd, struct mmsghdr *vec, unsigned int vlen, int flags, struct timespec *timeout)` */
  recvmmsg(fd: number, vec: BufferRef, vlen: number, flags: number): number;
  /** `int poll(struct pollfd *fds, nfds_t nfds, int timeout)` */
  poll(fds: BufferRef, nfds: number, timeout: number): number;
  /** `int epoll_create1(int flags)` */
  epoll_create1(flags: number): number;
  /** `int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event)` */
  epoll_ctl(epfd: number, op: number, fd: number, event: BufferRef | null): number;
  /**
   * `int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout)`,
   * on the calling thread (the poller runs it off the main thread itself).
   */
  epoll_wait(epfd: number, events: BufferRef, maxEvents: number, timeout: number): number;
  /** `int eventfd(unsigned int initval, int flags)` */
  eventfd(initval: number, flags: number): number;
  /** `ssize_t write(int fd, const void *buf, size_t n)` */
  write(fd: number, buf: BufferRef, n: number): number;
  /** `ssize_t read(int fd, void *buf, size_t n)` */
  read(fd: number, buf: BufferRef, n: number): number;
  /** `int close(int fd)` */
  close(fd: number): number;
  /** The calling thread's `errno`, as left by the last failing call. */
  errno(): number;
  /** The address of `buf[0]`, for pointers stored inside C structs (`iovec`). */
  address(buf: Uint8Array): bigint;
  /**
   * A waiter for `fd` to become readable without blocking the event loop.
   * Every waiter of the process shares one poller: one epoll set, waited on
   * by one call at a time on Deno's blocking thread pool, in one Bun
   * Worker, or on Node's event loop (see `poller.ts`).
   *
   * @throws {SyscallError} When the shared poller cannot be created
   *   (`epoll_create1`, `eventfd`, `epoll_ctl`), e.g. out of descriptors.
   */
  waiter(fd: number): ReadWaiter;
}

/**
 * Waits, off the main thread, until a descriptor is readable. One wait at a
 * time; a pending wait keeps the process alive, an idle waiter does not.
 * Call {@linkcode close} before closing the descriptor.
 */
export interface ReadWaiter {
  /**
   * Resolves `true` when the descriptor is readable or has an error pending
   * (e.g. `ENOBUFS`), `false` when `timeoutMs` passed or {@linkcode wake} was
   * called. `timeoutMs` < 0 waits without a limit; 0 only checks.
   *
   * @throws {SyscallError} (as a rejection) When `epoll_ctl` cannot add the
   *   descriptor (`EBADF` for a closed one).
   * @throws {SocketBusyError} (as a rejection) When a wait is already pending.
   */
  wait(timeoutMs: number): Promise<boolean>;
  /** Makes a pending {@linkcode wait} resolve `false` now; harmless when idle. */
  wake(): void;
  /**
   * Wakes a pending wait and takes the descriptor out of the poller; later
   * waits resolve `false` at once.
   */
  close(): void;
}

/**
 * Allocates a zeroed buffer over its own `ArrayBuffer`, whose memory never
 * moves: safe to hand to C and to store its address in a C struct.
 *
 * @param size Size in bytes.
 * @returns A fresh zeroed buffer.
 * @example
 * ```ts
 * import { pinned } from "./types.ts";
 * const sockaddr = pinned(12);
 * ```
 */
export function pinned(size: number): Uint8Array {
  return new Uint8Array(new ArrayBuffer(size));
}
