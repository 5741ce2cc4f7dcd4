/**
 * One poller per process for every asynchronous wait: an epoll set holding
 * each descriptor that is being waited on, plus one eventfd, waited on by
 * one `epoll_wait` call at a time off the main thread (on Deno's blocking
 * pool, or in one Bun Worker: the backend supplies that {@linkcode EpollThread}).
 *
 * Waits register and leave on the main thread (`epoll_ctl` while a call is
 * pending is seen by the kernel at once); readiness resolves the waits named
 * by the returned events; timeouts share one timer. Each wait stores a fresh
 * token in its event's `data`, never reused, so a report that arrives after
 * its wait ended (the descriptor closed, its number taken by a new socket)
 * matches nothing. When the last wait leaves while a call is pending, the
 * eventfd ends that call: nothing outlives the last wait, and an idle
 * process exits by itself.
 *
 * @module
 */
import { SocketBusyError, SyscallError } from "../errors.ts";
import {
  EFD_CLOEXEC,
  EFD_NONBLOCK,
  EPOLL_CLOEXEC,
  EPOLL_CTL_ADD,
  EPOLL_CTL_DEL,
  EPOLL_CTL_MOD,
  type EpollEventLayout,
  EPOLLIN,
  EPOLLONESHOT,
  POLLIN,
  readEpollToken,
  writeEpollEvent,
} from "./epoll.ts";
import { type BufferRef, type LibC, pinned, type ReadWaiter } from "./types.ts";

/** How many events one `epoll_wait` call returns at most. */
export const MAX_EVENTS = 256;

/** The longest delay `setTimeout` takes. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The token of the poller's own eventfd; waits count from 1. */
const WAKE_TOKEN = 0;

/**
 * Runs `epoll_wait(epfd, events, MAX_EVENTS, -1)` off the main thread, one
 * call at a time. A pending call keeps the process alive; none other may.
 */
export interface EpollThread {
  /** The `struct epoll_event` array each call fills ({@linkcode MAX_EVENTS} entries). */
  readonly events: Uint8Array;
  /**
   * Starts one call.
   *
   * @returns Its result: the number of events, or -1 (its `errno` stays on
   *   the other thread).
   */
  wait(): Promise<number>;
}

/** The libc calls the poller makes on the main thread. */
export type PollerLibC = Pick<
  LibC,
  | "ref"
  | "epoll_create1"
  | "epoll_ctl"
  | "epoll_wait"
  | "eventfd"
  | "poll"
  | "read"
  | "write"
  | "close"
  | "errno"
>;

/** What a backend gives the poller. */
export interface PollerBackend {
  /** Its libc. */
  readonly libc: PollerLibC;
  /** This architecture's `struct epoll_event`. */
  readonly layout: EpollEventLayout;
  /**
   * Starts the off-thread `epoll_wait` caller for an epoll set.
   *
   * @param epfd The epoll descriptor.
   * @returns The caller.
   */
  startThread(epfd: number): EpollThread;
  /**
   * Starts a timer that does not keep the process alive (a pending wait
   * does that through its call).
   *
   * @param callback Called once, after `ms`.
   * @param ms The delay in milliseconds.
   * @returns A function that cancels the timer.
   */
  startTimer(callback: () => void, ms: number): () => void;
}

/** One waiter's state: its descriptor and its pending wait. */
interface Watch {
  readonly fd: number;
  wait: Wait | undefined;
  closed: boolean;
}

/** One pending wait: its token in the epoll set, and how it ends. */
interface Wait {
  readonly token: number;
  readonly watch: Watch;
  /** When it times out, on the `performance.now()` clock; `Infinity` for never. */
  readonly deadline: number;
  resolve(ready: boolean): void;
  reject(err: Error): void;
}

/**
 * The process's shared waiter: hands out a {@linkcode ReadWaiter} per
 * descriptor, all served by one epoll set and one off-thread call.
 *
 * Registrations are `EPOLLONESHOT`: a report disables its descriptor, so
 * readiness needs no `epoll_ctl` before the waiting code runs; the next wait
 * re-arms it with `EPOLL_CTL_MOD` (one call per wait). A wait that ends
 * otherwise (timeout, `wake()`, `close()`) removes its descriptor, and so
 * does `close()` of an idle waiter: the set holds the descriptors that are
 * waited on, armed, and those whose last wait was answered, disabled.
 *
 * Timeouts share one timer, set for the earliest deadline and left running
 * when that wait ends sooner (it does not keep the process alive): a wait
 * costs no timer of its own, and its end touches no timer.
 */
export class Poller {
  readonly #c: PollerLibC;
  readonly #layout: EpollEventLayout;
  readonly #startTimer: PollerBackend["startTimer"];
  readonly #epfd: number;
  readonly #wakeFd: number;
  readonly #thread: EpollThread;
  readonly #events: Uint32Array;
  readonly #eventsRef: BufferRef;
  /** One `struct epoll_event` for `epoll_ctl`. */
  readonly #ctl = pinned(16);
  readonly #ctlView = new DataView(this.#ctl.buffer);
  readonly #ctlRef: BufferRef;
  /** The eventfd's increment (1) and the buffer it is drained into. */
  readonly #one = pinned(8);
  readonly #oneRef: BufferRef;
  readonly #drained = pinned(8);
  readonly #drainedRef: BufferRef;
  /** One `struct pollfd`, for a wait that only checks. */
  readonly #pollFd = pinned(8);
  readonly #pollView = new DataView(this.#pollFd.buffer);
  readonly #pollRef: BufferRef;
  /** Pending waits by token. */
  readonly #waits = new Map<number, Wait>();
  /** The waiter whose registration each descriptor number holds in the epoll set. */
  readonly #registered = new Map<number, Watch>();
  #nextToken = WAKE_TOKEN + 1;
  #inFlight = false;
  /** A call is due once the code woken by the last one has run. */
  #callDue = false;
  /** The shared timer's deadline (`Infinity` when none runs), and how to cancel it. */
  #timerAt = Infinity;
  #cancelTimer: (() => void) | undefined;

  /**
   * Creates the epoll set and its eventfd, and prepares the backend's thread.
   *
   * @param backend The runtime's libc and off-thread caller.
   * @throws {SyscallError} When `epoll_create1`, `eventfd` or `epoll_ctl` fails.
   */
  constructor(backend: PollerBackend) {
    const c = this.#c = backend.libc;
    this.#layout = backend.layout;
    this.#startTimer = backend.startTimer;
    this.#ctlRef = c.ref(this.#ctl);
    this.#oneRef = c.ref(this.#one);
    this.#drainedRef = c.ref(this.#drained);
    this.#pollRef = c.ref(this.#pollFd);
    this.#one[0] = 1;
    const epfd = c.epoll_create1(EPOLL_CLOEXEC);
    if (epfd < 0) throw new SyscallError("epoll_create1", c.errno(), "cannot create the poller");
    const wakeFd = c.eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (wakeFd < 0) {
      const errno = c.errno();
      c.close(epfd);
      throw new SyscallError("eventfd", errno, "cannot create the poller's wake-up descriptor");
    }
    writeEpollEvent(this.#ctlView, this.#layout, EPOLLIN, WAKE_TOKEN);
    if (c.epoll_ctl(epfd, EPOLL_CTL_ADD, wakeFd, this.#ctlRef) < 0) {
      const errno = c.errno();
      c.close(wakeFd);
      c.close(epfd);
      throw new SyscallError("epoll_ctl", errno, "cannot add the poller's wake-up descriptor");
    }
    this.#epfd = epfd;
    this.#wakeFd = wakeFd;
    this.#thread = backend.startThread(epfd);
    const events = this.#thread.events;
    this.#events = new Uint32Array(events.buffer, events.byteOffset, events.byteLength >> 2);
    this.#eventsRef = c.ref(this.#thread.events);
  }

  /**
   * A waiter for one descriptor. Call its `close()` before closing the
   * descriptor: that takes the descriptor out of the epoll set.
   *
   * @param fd The descriptor.
   * @returns The waiter.
   */
  waiter(fd: number): ReadWaiter {
    const watch: Watch = { fd, wait: undefined, closed: false };
    return {
      wait: (timeoutMs) => {
        if (watch.closed) return Promise.resolve(false);
        if (watch.wait !== undefined) return Promise.reject(new SocketBusyError("wait"));
        return new Promise<boolean>((resolve, reject) => {
          if (timeoutMs === 0) resolve(this.#readableNow(fd));
          else this.#arm(watch, timeoutMs, resolve, reject);
        });
      },
      wake: () => {
        if (watch.wait !== undefined) this.#end(watch.wait, false);
      },
      close: () => {
        if (watch.closed) return;
        watch.closed = true;
        if (watch.wait !== undefined) this.#end(watch.wait, false);
        else this.#remove(watch);
      },
    };
  }

  /** Arms the waiter's registration under a fresh token, and makes sure a call is running. */
  #arm(
    watch: Watch,
    timeoutMs: number,
    resolve: (ready: boolean) => void,
    reject: (err: Error) => void,
  ): void {
    const c = this.#c;
    const fd = watch.fd;
    const token = this.#nextToken++;
    writeEpollEvent(this.#ctlView, this.#layout, EPOLLIN | EPOLLONESHOT, token);
    // Re-arm this waiter's disabled registration; add one when it has none,
    // or when the kernel dropped it (ENOENT: the descriptor was closed).
    const rearmed = this.#registered.get(fd) === watch &&
      c.epoll_ctl(this.#epfd, EPOLL_CTL_MOD, fd, this.#ctlRef) === 0;
    if (!rearmed) {
      if (c.epoll_ctl(this.#epfd, EPOLL_CTL_ADD, fd, this.#ctlRef) < 0) {
        const errno = c.errno();
        if (this.#registered.get(fd) === watch) this.#registered.delete(fd);
        throw new SyscallError("epoll_ctl", errno, `cannot wait for descriptor ${fd}`);
      }
      // Another waiter holding this number lost its descriptor to close()
      // without closing its waiter first: the kernel dropped that
      // registration, and its wait can never be answered.
      const orphan = this.#registered.get(fd);
      this.#registered.set(fd, watch);
      if (orphan !== undefined && orphan !== watch && orphan.wait !== undefined) {
        this.#end(orphan.wait, false);
      }
    }
    const deadline = timeoutMs > 0 ? performance.now() + timeoutMs : Infinity;
    const wait: Wait = { token, watch, deadline, resolve, reject };
    watch.wait = wait;
    this.#waits.set(token, wait);
    if (deadline < this.#timerAt) this.#schedule(deadline);
    if (!this.#inFlight && !this.#callDue) this.#call();
  }

  /** (Re)starts the shared timer for `deadline`. */
  #schedule(deadline: number): void {
    this.#cancelTimer?.();
    this.#timerAt = deadline;
    // Timers take at most 2^31 - 1 ms (a longer one fires at once and would
    // spin); a later deadline is reached by #expire scheduling again.
    const ms = Math.min(deadline - performance.now(), MAX_TIMER_MS);
    this.#cancelTimer = this.#startTimer(() => this.#expire(), ms);
  }

  /** The shared timer fired: ends the waits whose deadline passed, and runs again for the next. */
  #expire(): void {
    this.#timerAt = Infinity;
    this.#cancelTimer = undefined;
    const now = performance.now();
    let next = Infinity;
    for (const wait of this.#waits.values()) {
      if (wait.deadline <= now) this.#end(wait, false);
      else if (wait.deadline < next) next = wait.deadline;
    }
    if (next !== Infinity) this.#schedule(next);
  }

  /**
   * Ends a wait (once). Readiness leaves the registration disabled
   * (`EPOLLONESHOT`); any other end removes it, since it is still armed.
   */
  #end(wait: Wait, ready: boolean | Error): void {
    const watch = wait.watch;
    if (watch.wait !== wait) return;
    watch.wait = undefined;
    this.#waits.delete(wait.token);
    if (ready !== true) this.#remove(watch);
    // The last wait gone: end the pending call, so it keeps nothing alive.
    if (this.#waits.size === 0 && this.#inFlight) this.#c.write(this.#wakeFd, this.#oneRef, 8);
    if (ready instanceof Error) wait.reject(ready);
    else wait.resolve(ready);
  }

  /** Takes the waiter's descriptor out of the epoll set, if it holds a registration. */
  #remove(watch: Watch): void {
    if (this.#registered.get(watch.fd) !== watch) return;
    this.#registered.delete(watch.fd);
    // A failure (EBADF, ENOENT) means the kernel dropped it already.
    this.#c.epoll_ctl(this.#epfd, EPOLL_CTL_DEL, watch.fd, null);
  }

  /** Starts one off-thread `epoll_wait`. */
  async #call(): Promise<void> {
    this.#inFlight = true;
    let count: number;
    try {
      count = await this.#thread.wait();
    } catch (err) {
      this.#inFlight = false;
      return this.#failAll(err instanceof Error ? err : new Error(String(err)));
    }
    this.#collect(count);
  }

  /** Resolves the waits the call reported, and calls again while any remain. */
  #collect(count: number): void {
    this.#inFlight = false;
    const c = this.#c;
    // errno stayed on the calling thread: an immediate retry here tells
    // whether the failure was passing (EINTR) and gives errno if it was not.
    if (count < 0) count = c.epoll_wait(this.#epfd, this.#eventsRef, MAX_EVENTS, 0);
    if (count < 0) {
      return this.#failAll(new SyscallError("epoll_wait", c.errno(), "the poller stopped"));
    }
    for (let i = 0; i < count; i++) {
      const token = readEpollToken(this.#events, this.#layout, i);
      if (token === WAKE_TOKEN) c.read(this.#wakeFd, this.#drainedRef, 8);
      else {
        const wait = this.#waits.get(token);
        if (wait !== undefined) this.#end(wait, true);
      }
    }
    // Call again for the waits that remain, but only after the code just
    // woken has run: starting a call costs the main thread (~20 µs in Deno),
    // and nothing the call reports could be handled sooner anyway.
    if (this.#waits.size > 0 && !this.#callDue) {
      this.#callDue = true;
      setImmediate(() => {
        this.#callDue = false;
        if (!this.#inFlight && this.#waits.size > 0) this.#call();
      });
    }
  }

  #failAll(err: Error): void {
    for (const wait of [...this.#waits.values()]) this.#end(wait, err);
  }

  /** `poll()` with a zero timeout: whether `fd` is readable (or has an error) now. */
  #readableNow(fd: number): boolean {
    const v = this.#pollView;
    v.setInt32(0, fd, true);
    v.setInt16(4, POLLIN, true);
    v.setInt16(6, 0, true);
    const n = this.#c.poll(this.#pollRef, 1, 0);
    if (n < 0) throw new SyscallError("poll", this.#c.errno());
    return n > 0;
  }
}
