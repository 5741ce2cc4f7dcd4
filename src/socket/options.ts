/**
 * Options for opening a {@linkcode NetlinkSocket} and for its operations,
 * and their validation: every option is checked before anything is opened
 * or sent, with a `TypeError` for a wrong type and a `RangeError` for a
 * value out of range, each saying what to pass.
 *
 * Three different time limits, three names:
 * - `receiveTimeout` (socket option): `SO_RCVTIMEO`, the limit of each
 *   *blocking* receive (`receive()`, `request()`, a synchronous dump step);
 * - `timeout` (`requestAsync()`, `dump()`, `receiveAsync()`): a deadline for
 *   the whole operation, waiting its turn included;
 * - `idleTimeout` (`messages()`): the longest wait for the next message.
 *
 * All are milliseconds; 0 or absent means no limit.
 *
 * @module
 */
import type { Message } from "../codec/message.ts";
import type { OverrunError } from "../errors.ts";

/** How to open and configure a netlink socket. */
export interface SocketOptions {
  /** Port id to bind (`nl_pid`), a u32; 0 or absent lets the kernel assign one. */
  portId?: number;
  /** Multicast groups to join at once (group numbers from 1, not a bit mask). */
  groups?: readonly number[];
  /** Size in bytes of the user-space receive and send buffers (16 to 64 MiB); default 65536. */
  bufferSize?: number;
  /** Datagrams per batch receive (`receiveMany`, `recvmmsg`), 1 to 1024; default 64. */
  batchSize?: number;
  /** Kernel receive queue size (`SO_RCVBUF`), in bytes. */
  rcvbuf?: number;
  /** Kernel send queue size (`SO_SNDBUF`), in bytes. */
  sndbuf?: number;
  /** Set `rcvbuf`/`sndbuf` with `SO_RCVBUFFORCE`/`SO_SNDBUFFORCE` (needs CAP_NET_ADMIN). */
  forceBufferSizes?: boolean;
  /** `NETLINK_EXT_ACK`: ask for error text and offsets; default true. */
  extAck?: boolean;
  /** `NETLINK_CAP_ACK`: acks do not echo the request's payload; default false. */
  capAck?: boolean;
  /** `NETLINK_GET_STRICT_CHK`: strict checking of dump requests; default false. */
  strictCheck?: boolean;
  /** `NETLINK_NO_ENOBUFS`: never report receive queue overruns; default false. */
  noENOBUFS?: boolean;
  /**
   * `SO_RCVTIMEO`: a blocking receive (`receive()`, `request()`, a
   * synchronous dump) fails with `TimeoutError` after this many ms; 0 or
   * absent waits forever. Asynchronous operations take their own `timeout`.
   */
  receiveTimeout?: number;
  /**
   * Names request types in `KernelError` messages (`RTM_NEWADDR` rather
   * than `type 20`). The default knows rtnetlink's types and the generic
   * netlink controller's commands; `GenlClient` adds its family's name.
   */
  describeRequest?: (requestType: number, error: Message) => string | undefined;
}

/** Options of an asynchronous wait: `receiveAsync()`, `receiveManyAsync()`. */
export interface WaitOptions {
  /** Ends the operation with the signal's reason when it aborts. */
  signal?: AbortSignal;
  /** Ends the whole operation with a `TimeoutError` after this many ms; 0 or absent: no limit. */
  timeout?: number;
}

/** Options of `request()`. */
export interface RequestOptions {
  /** Destination port id; 0 (default) is the kernel. */
  to?: number;
  /**
   * Whether the request is answered by a reply message. `true`: it is (no
   * ack is asked for, none is waited for). `false`: it is not, so
   * `NLM_F_ACK` is added and the ack is the answer. Absent: nlrt decides
   * (see `request()`): a dump or an rtnetlink GET replies, anything else
   * gets `NLM_F_ACK`.
   */
  replies?: boolean;
}

/** Options of `requestAsync()`. */
export interface AsyncRequestOptions extends RequestOptions, WaitOptions {}

/** Options of `dump()`. */
export interface DumpOptions extends WaitOptions {
  /** Port id that serves the dump; 0 (default) is the kernel, another is a user-space peer. */
  to?: number;
}

/** Options of `messages()`. */
export interface MessagesOptions {
  /** Ends the stream (it finishes, no error) when the signal aborts. */
  signal?: AbortSignal | undefined;
  /** Fails the stream with a `TimeoutError` when no message came for this many ms; 0: no limit. */
  idleTimeout?: number | undefined;
  /**
   * Called when the receive queue overflowed (`ENOBUFS`) and messages were
   * lost; the stream goes on. Without it, the stream throws `OverrunError`
   * (the socket stays usable).
   */
  onOverrun?: (error: OverrunError) => void;
}

/** The default size of the receive and send buffers. */
export const DEFAULT_BUFFER_SIZE = 65536;
/** The default number of datagrams per batch receive. */
export const DEFAULT_BATCH_SIZE = 64;
/** The smallest buffer: one message header. */
export const MIN_BUFFER_SIZE = 16;
/** The largest buffer accepted: 64 MiB. */
export const MAX_BUFFER_SIZE = 1 << 26;
/** The kernel's limit on datagrams per `recvmmsg()` (`UIO_MAXIOV`). */
export const MAX_BATCH_SIZE = 1024;
/** The largest batch ring (`batchSize` x `bufferSize`): 1 GiB. */
export const MAX_RING_BYTES = 1 << 30;
/** The longest timeout: what `poll()` and timers take, about 24.8 days. */
export const MAX_TIMEOUT_MS = 0x7fffffff;

/**
 * Checks that `value` is an integer within `[min, max]`.
 *
 * @param value The value passed.
 * @param what Its name in the message, e.g. `"protocol"`.
 * @param min Lowest accepted value.
 * @param max Highest accepted value.
 * @param hint What it means, for the message.
 * @returns The value.
 * @throws {TypeError} When it is not a number.
 * @throws {RangeError} When it is not an integer within the range.
 */
export function checkInteger(
  value: unknown,
  what: string,
  min: number,
  max: number,
  hint = "",
): number {
  if (typeof value !== "number") {
    throw new TypeError(
      `${what} must be a number (an integer from ${min} to ${max}${hint}), got ${
        describeValue(value)
      }`,
    );
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `${what} must be an integer from ${min} to ${max}${hint}, got ${value}`,
    );
  }
  return value;
}

/**
 * Checks a port id (`nl_pid`): an integer from 0 to 2^32 - 1.
 *
 * @param value The value passed.
 * @param what Its name in the message.
 * @returns The port id.
 * @throws {TypeError | RangeError} When it is not a u32.
 */
export function checkPortId(value: unknown, what: string): number {
  if (typeof value === "number" && (value >>> 0) === value) return value;
  return checkInteger(value, what, 0, 0xffffffff, "; 0 is the kernel");
}

/**
 * Checks a time limit in milliseconds: a finite number from 0 to
 * {@linkcode MAX_TIMEOUT_MS}, where 0 means no limit.
 *
 * @param value The value passed (undefined: no limit).
 * @param what Its name in the message.
 * @returns The limit, 0 for none.
 * @throws {TypeError | RangeError} When it is not such a number.
 */
export function checkTimeout(value: unknown, what: string): number {
  if (value === undefined) return 0;
  if (typeof value !== "number") {
    throw new TypeError(`${what} must be a number of milliseconds, got ${describeValue(value)}`);
  }
  if (!(value >= 0 && value <= MAX_TIMEOUT_MS)) {
    throw new RangeError(
      `${what} must be a finite number of milliseconds from 0 (no limit) to ${MAX_TIMEOUT_MS}, got ${value}`,
    );
  }
  return value;
}

/**
 * Checks an optional abort signal.
 *
 * @param value The value passed.
 * @param what Its name in the message.
 * @returns The signal, or undefined.
 * @throws {TypeError} When it is not an `AbortSignal`.
 */
export function checkSignal(value: unknown, what: string): AbortSignal | undefined {
  if (value === undefined || value instanceof AbortSignal) return value;
  throw new TypeError(`${what} must be an AbortSignal, got ${describeValue(value)}`);
}

/**
 * Checks a multicast group number: an integer from 1 (the kernel's upper
 * bound is the protocol's group count, checked when joining).
 *
 * @param value The value passed.
 * @param what Its name in the message.
 * @returns The group.
 * @throws {TypeError | RangeError} When it is not such an integer.
 */
export function checkGroup(value: unknown, what: string): number {
  return checkInteger(value, what, 1, 0xffffffff, " (a group number, not a bit mask)");
}

/** The socket options, checked, with their defaults filled in. */
export interface CheckedSocketOptions {
  /** The port id to bind. */
  portId: number;
  /** The groups to join. */
  groups: readonly number[];
  /** The buffer size. */
  bufferSize: number;
  /** The batch size. */
  batchSize: number;
  /** The receive timeout (0: none). */
  receiveTimeout: number;
}

/**
 * Checks a protocol number and every socket option, before anything is
 * opened.
 *
 * @param protocol The netlink protocol.
 * @param options The options passed to `open()`.
 * @returns The options with defaults filled in.
 * @throws {TypeError} When an option has the wrong type.
 * @throws {RangeError} When an option is out of range.
 */
export function checkSocketOptions(protocol: unknown, options: unknown): CheckedSocketOptions {
  checkInteger(protocol, "protocol", 0, 31, ", e.g. NETLINK_ROUTE");
  if (options === null || typeof options !== "object") {
    throw new TypeError(`options must be an object (SocketOptions), got ${describeValue(options)}`);
  }
  const o = options as SocketOptions & { timeout?: unknown };
  if (o.timeout !== undefined) {
    throw new TypeError(
      "SocketOptions.timeout was renamed receiveTimeout (SO_RCVTIMEO: the limit of each " +
        "blocking receive); asynchronous operations take their own timeout",
    );
  }
  const portId = o.portId === undefined ? 0 : checkPortId(o.portId, "options.portId");
  const bufferSize = o.bufferSize === undefined
    ? DEFAULT_BUFFER_SIZE
    : checkInteger(o.bufferSize, "options.bufferSize", MIN_BUFFER_SIZE, MAX_BUFFER_SIZE, " bytes");
  const batchSize = o.batchSize === undefined
    ? DEFAULT_BATCH_SIZE
    : checkInteger(o.batchSize, "options.batchSize", 1, MAX_BATCH_SIZE, " datagrams");
  if (batchSize * bufferSize > MAX_RING_BYTES) {
    throw new RangeError(
      `options.batchSize x options.bufferSize must not exceed ${MAX_RING_BYTES} bytes ` +
        `(the batch receive ring), got ${batchSize} x ${bufferSize}`,
    );
  }
  for (const key of ["rcvbuf", "sndbuf"] as const) {
    if (o[key] !== undefined) checkInteger(o[key], `options.${key}`, 0, 0x7fffffff, " bytes");
  }
  for (
    const key of ["forceBufferSizes", "extAck", "capAck", "strictCheck", "noENOBUFS"] as const
  ) {
    const v = o[key];
    if (v !== undefined && typeof v !== "boolean") {
      throw new TypeError(`options.${key} must be a boolean, got ${describeValue(v)}`);
    }
  }
  let groups: readonly number[] = [];
  if (o.groups !== undefined) {
    if (!Array.isArray(o.groups)) {
      throw new TypeError(
        `options.groups must be an array of group numbers, got ${describeValue(o.groups)}`,
      );
    }
    groups = o.groups;
    groups.forEach((g, i) => checkGroup(g, `options.groups[${i}]`));
  }
  if (o.describeRequest !== undefined && typeof o.describeRequest !== "function") {
    throw new TypeError(
      `options.describeRequest must be a function, got ${describeValue(o.describeRequest)}`,
    );
  }
  const receiveTimeout = checkTimeout(o.receiveTimeout, "options.receiveTimeout");
  return { portId, groups, bufferSize, batchSize, receiveTimeout };
}

/**
 * A short description of a value for error messages.
 *
 * @param value Anything.
 * @returns E.g. `a string ("5")`, `null`, `an object`.
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return `a string (${JSON.stringify(value.slice(0, 40))})`;
  if (typeof value === "bigint") return `a bigint (${value}n)`;
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
