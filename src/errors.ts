/**
 * The errors nlrt throws. Every error that stems from an errno (a failed
 * system call, or the kernel's `NLMSG_ERROR`) is an {@linkcode ErrnoError},
 * so callers can match `err.code === "ENODEV"` whatever its origin.
 *
 * @module
 */
import { Errno, errnoDescription, errnoName } from "./errno.ts";

/** Base class of errors that carry a Linux errno. */
export class ErrnoError extends Error {
  /** The positive errno number, e.g. 19. */
  readonly errno: number;
  /** The errno's symbolic name, e.g. `"ENODEV"`. */
  readonly code: string;

  /**
   * Creates an error carrying `errno`; `code` is derived from it.
   *
   * @param message The full message.
   * @param errno The positive errno number.
   * @param options Standard error options (`cause`).
   */
  constructor(message: string, errno: number, options?: ErrorOptions) {
    super(message, options);
    this.name = "ErrnoError";
    this.errno = errno;
    this.code = errnoName(errno);
  }
}

/** A libc call failed; carries the call's name and errno. */
export class SyscallError extends ErrnoError {
  /** The libc function that failed, e.g. `"sendto"`. */
  readonly syscall: string;
  /** What went wrong in the caller's terms and what to do, as appended to the message (may be empty). */
  readonly hint: string;

  /**
   * Creates the error; the message names the call, the errno and the hint.
   *
   * @param syscall The libc function that failed.
   * @param errno The errno it left.
   * @param hint What the caller can do about it, appended to the message.
   */
  constructor(syscall: string, errno: number, hint = "") {
    super(
      `${syscall}() failed: ${errnoName(errno)} (${errnoDescription(errno)})${
        hint ? `: ${hint}` : ""
      }`,
      errno,
    );
    this.name = "SyscallError";
    this.syscall = syscall;
    this.hint = hint;
  }
}

/** What the kernel's extended ack (`NETLINK_EXT_ACK`) said about an error. */
export interface ExtendedAck {
  /** `NLMSGERR_ATTR_MSG`: the kernel's text, or `undefined` when absent. */
  message: string | undefined;
  /** `NLMSGERR_ATTR_OFFS`: byte offset of the offending attribute in the request. */
  offset: number | undefined;
  /** `NLMSGERR_ATTR_MISS_TYPE`: type of a required attribute that was missing. */
  missingType: number | undefined;
  /** `NLMSGERR_ATTR_MISS_NEST`: offset of the nest that lacks `missingType`. */
  missingNest: number | undefined;
}

/** What a {@linkcode KernelError} can say beyond the kernel's own answer. */
export interface KernelErrorContext {
  /** The refused request's name, e.g. `"RTM_NEWADDR"` (the message says `type 20` without it). */
  requestName?: string | undefined;
  /** What the caller can do about it, appended to the message. */
  hint?: string | undefined;
}

/**
 * The kernel answered a request with `NLMSG_ERROR` and a negative errno
 * (or ended a dump with an error on `NLMSG_DONE`).
 */
export class KernelError extends ErrnoError {
  /** Sequence number of the request the kernel refused. */
  readonly seq: number;
  /** Message type of the refused request, when known (else 0). */
  readonly requestType: number;
  /** The refused request's name (`"RTM_NEWADDR"`), when the socket knows the protocol's names. */
  readonly requestName: string | undefined;
  /** The kernel's extended-ack text, when it sent one. */
  readonly extAckMessage: string | undefined;
  /** Offset in the request of the attribute the kernel blames, when it sent one. */
  readonly extAckOffset: number | undefined;
  /** Type of a missing required attribute, when the kernel reported one. */
  readonly missingType: number | undefined;
  /** Offset in the request of the nest that lacks {@linkcode missingType} (absent: the top level). */
  readonly missingNest: number | undefined;

  /**
   * Creates the error from the kernel's answer.
   *
   * @param errno The positive errno number.
   * @param seq The request's sequence number.
   * @param requestType The request's message type (0 when unknown).
   * @param ack The extended ack, if any.
   * @param context The request's name and a hint, when known.
   */
  constructor(
    errno: number,
    seq: number,
    requestType: number,
    ack?: ExtendedAck,
    context: KernelErrorContext = {},
  ) {
    const what = context.requestName ??
      (requestType !== 0 ? `request type ${requestType}` : "the request");
    const text = ack?.message ? `: ${ack.message}` : "";
    const where = ack?.offset !== undefined ? ` (at request offset ${ack.offset})` : "";
    const missing = ack?.missingType === undefined
      ? ""
      : `; attribute type ${ack.missingType} is missing${
        ack.missingNest === undefined ? "" : ` from the nest at request offset ${ack.missingNest}`
      }`;
    const hint = context.hint ? `; ${context.hint}` : "";
    super(
      `Kernel refused ${what} (seq ${seq}): ` +
        `${errnoName(errno)} (${errnoDescription(errno)})${text}${where}${missing}${hint}`,
      errno,
    );
    this.name = "KernelError";
    this.seq = seq;
    this.requestType = requestType;
    this.requestName = context.requestName;
    this.extAckMessage = ack?.message;
    this.extAckOffset = ack?.offset;
    this.missingType = ack?.missingType;
    this.missingNest = ack?.missingNest;
  }
}

/**
 * A reply did not belong to the request being waited for: a wrong sequence
 * number (`EPROTO`) or a wrong port id (`ESRCH`), as in libmnl.
 */
export class ReplyMismatchError extends ErrnoError {
  /** Which field did not match: `"sequence"` (`EPROTO`) or `"port id"` (`ESRCH`). */
  readonly what: "sequence" | "port id";
  /** The value the request carried (its sequence number, or this socket's port id). */
  readonly expected: number;
  /** The value found in the reply. */
  readonly got: number;

  /**
   * Creates the error for one mismatching field.
   *
   * @param what `"sequence"` or `"port id"`.
   * @param expected The value the request carried.
   * @param got The value in the reply.
   */
  constructor(what: "sequence" | "port id", expected: number, got: number) {
    super(
      what === "sequence"
        ? `Unexpected reply: sequence ${got} does not match the request's ${expected}`
        : `Unexpected reply: port id ${got} is neither this socket's ${expected} nor 0 (the kernel)`,
      what === "sequence" ? Errno.EPROTO : Errno.ESRCH,
    );
    this.name = "ReplyMismatchError";
    this.what = what;
    this.expected = expected;
    this.got = got;
  }
}

/**
 * A received datagram was larger than the receive buffer (`ENOSPC`); the
 * excess was discarded by the kernel. Open the socket with a larger
 * `bufferSize`.
 */
export class TruncatedError extends ErrnoError {
  /** The datagram's real size in bytes. */
  readonly size: number;
  /** The receive buffer's capacity in bytes. */
  readonly capacity: number;

  /**
   * Creates the error for one truncated datagram.
   *
   * @param size The datagram's real size.
   * @param capacity The buffer's capacity.
   */
  constructor(size: number, capacity: number) {
    super(
      `Received datagram of ${size} bytes was truncated to the ${capacity}-byte receive buffer; ` +
        `open the socket with a larger bufferSize`,
      Errno.ENOSPC,
    );
    this.name = "TruncatedError";
    this.size = size;
    this.capacity = capacity;
  }
}

/**
 * Messages were lost: the socket's receive queue overflowed (`ENOBUFS`) or
 * the kernel sent `NLMSG_OVERRUN`. The socket stays usable.
 */
export class OverrunError extends ErrnoError {
  /**
   * How many overruns the socket has reported since it was opened, this one
   * included (the socket's `overruns` right after it): the same meaning
   * whether it came from `ENOBUFS` or from `NLMSG_OVERRUN`.
   */
  readonly count: number;

  /**
   * Creates the error for the socket's `count`-th overrun.
   *
   * @param count Overruns reported so far on this socket, this one included.
   */
  constructor(count: number) {
    super(
      `Receive queue overrun: the kernel dropped messages for this socket (overrun #${count}); ` +
        `read faster, enlarge rcvbuf, or set noENOBUFS`,
      Errno.ENOBUFS,
    );
    this.name = "OverrunError";
    this.count = count;
  }
}

/**
 * A dump ended with `NLM_F_DUMP_INTR` set on at least one message: the
 * kernel's table changed during the dump, so the result may be inconsistent
 * (libmnl reports `EINTR`). Retry the dump.
 */
export class DumpInterruptedError extends ErrnoError {
  /** How many messages the dump delivered. */
  readonly received: number;
  /** Copies of the messages delivered, when the dump collected them (`dumpAll`); else empty. */
  readonly messages: readonly Uint8Array[];

  /**
   * Creates the error at the end of an interrupted dump.
   *
   * @param received Number of messages delivered.
   * @param messages Copies of those messages, if collected.
   */
  constructor(received: number, messages: readonly Uint8Array[] = []) {
    super(
      `Dump interrupted: the kernel's table changed during the dump ` +
        `(${received} messages received); retry it`,
      Errno.EINTR,
    );
    this.name = "DumpInterruptedError";
    this.received = received;
    this.messages = messages;
  }
}

/** Bytes from the kernel or a peer do not form valid netlink data. */
export class DecodeError extends Error {
  /** Byte offset in the buffer where the problem was found. */
  readonly offset: number;

  /**
   * Creates the error for a problem at `offset`.
   *
   * @param offset Where the problem is.
   * @param detail What is wrong there.
   */
  constructor(offset: number, detail: string) {
    super(`Cannot parse netlink data at offset ${offset}: ${detail}`);
    this.name = "DecodeError";
    this.offset = offset;
  }
}

/** A write would go past the end of a message buffer; nothing was written. */
export class BufferCapacityError extends RangeError {
  /**
   * Creates the error for a write that does not fit.
   *
   * @param what What was being written.
   * @param offset Where it would start.
   * @param needed How many bytes it needs.
   * @param capacity The buffer's capacity.
   */
  constructor(what: string, offset: number, needed: number, capacity: number) {
    super(
      `Cannot write ${what} (${needed} bytes) at offset ${offset}: ` +
        `the buffer holds ${capacity} bytes; use a larger buffer`,
    );
    this.name = "BufferCapacityError";
  }
}

/** The socket was used after `close()`. */
export class SocketClosedError extends Error {
  /**
   * Creates the error for an operation attempted after `close()`.
   *
   * @param operation The attempted operation, e.g. `"send"`.
   */
  constructor(operation: string) {
    super(`Cannot ${operation}: the netlink socket is closed`);
    this.name = "SocketClosedError";
  }
}

/**
 * An operation needs the socket's receive side while an asynchronous
 * operation holds it (a dump or `messages()` stream, or a request).
 */
export class SocketBusyError extends Error {
  /**
   * Creates the error for an operation that found the receive side taken.
   *
   * @param operation The attempted operation.
   */
  constructor(operation: string) {
    super(
      `Cannot ${operation}: the socket is busy with another receive (a dump, a messages() ` +
        `stream or an async request); finish it first or use a second socket`,
    );
    this.name = "SocketBusyError";
  }
}

/** The runtime's FFI could not be loaded (missing permission or unsupported runtime). */
export class FfiUnavailableError extends Error {
  /**
   * Creates the error.
   *
   * @param message What failed and what to do.
   * @param options Standard error options (`cause`).
   */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "FfiUnavailableError";
  }
}

/** A wait ended because its timeout passed (`ETIMEDOUT`). */
export class TimeoutError extends ErrnoError {
  /** The timeout that passed, in milliseconds. */
  readonly timeout: number;

  /**
   * Creates the error for an operation whose time ran out.
   *
   * @param operation What was waiting, e.g. `"receive"`.
   * @param ms The timeout, in milliseconds.
   */
  constructor(operation: string, ms: number) {
    super(`${operation} timed out after ${ms} ms`, Errno.ETIMEDOUT);
    this.name = "TimeoutError";
    this.timeout = ms;
  }
}
