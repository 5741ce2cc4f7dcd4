/**
 * The netlink socket: open, configure, send, receive, `request()`,
 * `requestAsync()`, `dump()` and `messages()`, over one receive buffer and
 * one send buffer. The socket runs over a {@linkcode Transport}: libc's in
 * production, a fake one from `testing.ts` in tests, through the same code.
 *
 * Messages returned by `receive()`, `request()` and `dump()` are views of the
 * receive buffer, valid until the socket receives again or is closed.
 *
 * @module
 */
import {
  NETLINK_ADD_MEMBERSHIP,
  NETLINK_CAP_ACK,
  NETLINK_EXT_ACK,
  NETLINK_GET_STRICT_CHK,
  NETLINK_NO_ENOBUFS,
  NETLINK_ROUTE,
  NLM_F_ACK,
  NLM_F_DUMP,
  NLM_F_MULTI,
  NLM_F_REQUEST,
  NLMSG_ERROR,
  NLMSG_MIN_TYPE,
  SO_RCVBUF,
  SO_RCVBUFFORCE,
  SO_SNDBUF,
  SO_SNDBUFFORCE,
  SOL_NETLINK,
  SOL_SOCKET,
} from "../codec/constants.ts";
import { errorCode } from "../codec/control.ts";
import { type Message, type MessageReader, openDatagram } from "../codec/message.ts";
import { finishedLength, MessageWriter } from "../codec/writer.ts";
import { DumpInterruptedError, SocketBusyError } from "../errors.ts";
import { rtnlTypeName } from "../rtnl/names.ts";
import { giveBack, takeBuffer } from "./buffers.ts";
import { LibcConnection } from "./connection.ts";
import { SocketCore } from "./core.ts";
import { DumpIterator } from "./dump.ts";
import { deadlineOf, Holder } from "./lock.ts";
import { messageStream } from "./messages.ts";
import { describerFor } from "./names.ts";
import {
  type AsyncRequestOptions,
  type CheckedSocketOptions,
  checkGroup,
  checkInteger,
  checkPortId,
  checkSignal,
  checkSocketOptions,
  checkTimeout,
  describeValue,
  type DumpOptions,
  type MessagesOptions,
  type RequestOptions,
  type SocketOptions,
  type WaitOptions,
} from "./options.ts";
import { ReceiveRing } from "./ring.ts";
import { RECEIVED_NONE, type Transport } from "./transport.ts";

/** Opens a transport for checked options (the libc one, or a fake). */
export type TransportFactory = (options: CheckedSocketOptions) => Transport;

let wrap: (protocol: number, options: SocketOptions, open: TransportFactory) => NetlinkSocket;

/**
 * Opens a {@linkcode NetlinkSocket} over the transport `open` makes: the
 * options are checked first, then the transport opened, then the socket
 * configured (closing the transport again if that fails). For `testing.ts`;
 * users call {@linkcode NetlinkSocket.open}.
 *
 * @param protocol The netlink protocol.
 * @param options The socket options.
 * @param open Opens the transport.
 * @returns The socket.
 */
export function openSocketOver(
  protocol: number,
  options: SocketOptions,
  open: TransportFactory,
): NetlinkSocket {
  return wrap(protocol, options, open);
}

/**
 * A netlink socket for one protocol.
 *
 * @example
 * ```ts
 * import {
 *   IFINFOMSG_SIZE,
 *   IFLA_IFNAME,
 *   NETLINK_ROUTE,
 *   NetlinkSocket,
 *   RTM_GETLINK,
 * } from "../../mod.ts";
 * using sock = NetlinkSocket.open(NETLINK_ROUTE);
 * const w = sock.writer.reset();
 * w.begin(RTM_GETLINK);
 * w.reserve(IFINFOMSG_SIZE);
 * for (const link of sock.dump()) {
 *   const attrs = link.attributes(IFINFOMSG_SIZE);
 *   if (attrs.find(IFLA_IFNAME)) console.log(attrs.string());
 * }
 * ```
 */
export class NetlinkSocket implements Disposable {
  /** The netlink protocol (`NETLINK_ROUTE`, `NETLINK_GENERIC`, ...). */
  readonly protocol: number;
  readonly #core: SocketCore;
  readonly #t: Transport;
  readonly #bufferSize: number;
  readonly #batchSize: number;
  #writer: MessageWriter | undefined;
  #turnBuf: Uint8Array | undefined;
  #turnView: DataView | undefined;
  #ring: ReceiveRing | undefined;

  static {
    wrap = (protocol, options, open) => {
      const checked = checkSocketOptions(protocol, options);
      const t = open(checked);
      let sock: NetlinkSocket | undefined;
      try {
        sock = new NetlinkSocket(t, protocol, options, checked);
        sock.#configure(options, checked);
        return sock;
      } catch (err) {
        if (sock) sock.close();
        else t.close();
        throw err;
      }
    };
  }

  private constructor(
    transport: Transport,
    protocol: number,
    options: SocketOptions,
    checked: CheckedSocketOptions,
  ) {
    this.protocol = protocol;
    this.#t = transport;
    this.#core = new SocketCore(
      transport,
      protocol,
      describerFor(protocol, options.describeRequest),
    );
    this.#bufferSize = checked.bufferSize;
    this.#batchSize = checked.batchSize;
  }

  /**
   * Opens and binds a netlink socket. Every option is checked before
   * anything is opened; when a later step fails, the descriptor is closed.
   *
   * @param protocol The netlink protocol number, e.g. `NETLINK_ROUTE` (0 to 31).
   * @param options Port id, groups, buffer sizes and socket options.
   * @returns The open socket.
   * @throws {TypeError | RangeError} When an argument is wrong, saying what to pass.
   * @throws {SyscallError} When the kernel refuses (`EPROTONOSUPPORT`: no
   *   such protocol; `EPERM`: a privileged option or group; `EADDRINUSE`: port taken).
   * @throws {FfiUnavailableError} When the runtime's FFI cannot be loaded.
   */
  static open(protocol: number, options: SocketOptions = {}): NetlinkSocket {
    return wrap(
      protocol,
      options,
      (o) => LibcConnection.open(protocol, o.portId, o.bufferSize),
    );
  }

  #configure(o: SocketOptions, checked: CheckedSocketOptions): void {
    const t = this.#t;
    if (o.extAck ?? true) t.setOption(SOL_NETLINK, NETLINK_EXT_ACK, 1);
    if (o.capAck) t.setOption(SOL_NETLINK, NETLINK_CAP_ACK, 1);
    if (o.strictCheck) t.setOption(SOL_NETLINK, NETLINK_GET_STRICT_CHK, 1);
    if (o.noENOBUFS) t.setOption(SOL_NETLINK, NETLINK_NO_ENOBUFS, 1);
    if (o.rcvbuf !== undefined) {
      t.setOption(SOL_SOCKET, o.forceBufferSizes ? SO_RCVBUFFORCE : SO_RCVBUF, o.rcvbuf);
    }
    if (o.sndbuf !== undefined) {
      t.setOption(SOL_SOCKET, o.forceBufferSizes ? SO_SNDBUFFORCE : SO_SNDBUF, o.sndbuf);
    }
    if (checked.receiveTimeout > 0) t.setReceiveTimeout(checked.receiveTimeout);
    for (const group of checked.groups) this.join(group);
  }

  /** The file descriptor (-1 once closed, and for a fake connection). */
  get fd(): number {
    const t = this.#t;
    return t instanceof LibcConnection ? t.fd : -1;
  }
  /** The port id the socket is bound to (`nl_pid`). */
  get portId(): number {
    return this.#t.portId;
  }
  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#core.closed;
  }
  /** How many receive queue overruns (`ENOBUFS`, `NLMSG_OVERRUN`) this socket has reported. */
  get overruns(): number {
    return this.#core.overruns;
  }
  /**
   * Port id of the sender of the last datagram received (0: the kernel).
   * Requests to the kernel on a socket that joined no group receive without
   * the sender's address (it can only be the kernel); it reads 0 then.
   */
  get sourcePortId(): number {
    return this.#t.sourcePort;
  }
  /** Group mask of the last datagram received (non-zero: it was multicast). */
  get sourceGroups(): number {
    return this.#t.sourceGroups;
  }
  /** The reader over the socket's receive buffer (what `receive()` returns). */
  get reader(): MessageReader {
    return this.#core.reader;
  }

  /**
   * A writer over the socket's send buffer; `request()`, `dump()` and
   * `send()` use it by default. Allocated on first use.
   *
   * @throws {SocketClosedError} Once the socket is closed.
   */
  get writer(): MessageWriter {
    return this.#writer ?? this.#newWriter();
  }

  #newWriter(): MessageWriter {
    this.#core.check("use the socket's writer");
    return this.#writer = new MessageWriter(takeBuffer(this.#bufferSize));
  }

  /**
   * A fresh sequence number.
   *
   * @returns The next sequence number of this socket (never 0).
   */
  nextSeq(): number {
    return this.#core.matcher.nextSeq();
  }

  /**
   * Sets an integer socket option.
   *
   * @param level `SOL_SOCKET` or `SOL_NETLINK`.
   * @param name The option, e.g. `NETLINK_EXT_ACK`.
   * @param value Its integer value (-2^31 to 2^32 - 1).
   * @throws {SyscallError} When the kernel refuses it.
   * @throws {TypeError | RangeError} When an argument is not such an integer.
   */
  setOption(level: number, name: number, value: number): void {
    checkInteger(level, "level", 0, 0x7fffffff);
    checkInteger(name, "name", 0, 0x7fffffff);
    checkInteger(value, "value", -0x80000000, 0xffffffff);
    this.#core.check("set a socket option");
    if (level === SOL_NETLINK && name === NETLINK_ADD_MEMBERSHIP) this.#core.memberships = true;
    this.#t.setOption(level, name, value);
  }

  /**
   * Reads an integer socket option.
   *
   * @param level `SOL_SOCKET` or `SOL_NETLINK`.
   * @param name The option.
   * @returns Its value.
   * @throws {SyscallError} When the kernel refuses.
   */
  getOption(level: number, name: number): number {
    checkInteger(level, "level", 0, 0x7fffffff);
    checkInteger(name, "name", 0, 0x7fffffff);
    this.#core.check("read a socket option");
    return this.#t.getOption(level, name);
  }

  /**
   * Joins a multicast group.
   *
   * @param group The group number (from 1; not a mask).
   * @throws {SyscallError} Naming the group: `EPERM` when the kernel wants
   *   CAP_NET_ADMIN to listen, `EINVAL` when the protocol has no such group.
   * @throws {TypeError | RangeError} When `group` is not a positive integer.
   */
  join(group: number): void {
    checkGroup(group, "group");
    this.#core.check(`join group ${group}`);
    this.#core.memberships = true;
    this.#t.join(group);
  }

  /**
   * Leaves a multicast group.
   *
   * @param group The group number.
   * @throws {SyscallError} When the kernel refuses.
   */
  leave(group: number): void {
    checkGroup(group, "group");
    this.#core.check(`leave group ${group}`);
    this.#t.leave(group);
  }

  /**
   * Sends the messages in a writer (or raw bytes) as one datagram: several
   * messages back to back form a batch the kernel handles in order.
   *
   * @param data The writer (its written length is sent) or bytes to send.
   * @param to Destination port id; 0 (default) is the kernel.
   * @param groups Destination multicast group mask, for user-space multicast.
   * @returns The bytes sent.
   * @throws {SyscallError} When `sendto` fails.
   * @throws {RangeError} When there is nothing to send, or `to`/`groups` is not a u32.
   */
  send(data: MessageWriter | Uint8Array = this.writer, to = 0, groups = 0): number {
    this.#core.check("send");
    if ((to >>> 0) !== to) checkPortId(to, "to");
    if ((groups >>> 0) !== groups) checkPortId(groups, "groups");
    let buf: Uint8Array;
    let len: number;
    if (data instanceof MessageWriter) {
      if (data.messageOffset >= 0) data.end();
      buf = data.buffer;
      len = data.length;
    } else if (data instanceof Uint8Array) {
      buf = data;
      len = data.byteLength;
    } else {
      throw new TypeError(
        `send() takes a MessageWriter or a Uint8Array, got ${describeValue(data)}`,
      );
    }
    if (len === 0) throw new RangeError("Nothing to send: the writer or buffer is empty");
    if (len > buf.byteLength) {
      throw new TypeError("Cannot send: the buffer was released (the writer of a closed socket)");
    }
    return this.#t.send(buf, len, to, groups);
  }

  /**
   * Receives one datagram into the receive buffer (blocking, up to the
   * socket's `receiveTimeout`).
   *
   * @returns The reader over the datagram, before its first message.
   * @throws {OverrunError} When the receive queue overflowed (the socket stays usable).
   * @throws {TruncatedError} When the datagram did not fit the buffer.
   * @throws {TimeoutError} When the socket's `receiveTimeout` passed.
   * @throws {SocketBusyError} While a dump, stream or async operation holds the socket.
   */
  receive(): MessageReader {
    this.#idle("receive");
    this.#core.receiveAny(true);
    return this.#core.reader;
  }

  /**
   * Receives one datagram if one is queued, without blocking.
   *
   * @returns The reader over the datagram, or `null` when none is queued.
   * @throws {OverrunError | TruncatedError | SyscallError} As {@linkcode receive}.
   */
  tryReceive(): MessageReader | null {
    this.#idle("receive");
    return this.#core.receiveAny(false) ? this.#core.reader : null;
  }

  /**
   * Waits for a datagram without blocking the event loop, then receives it.
   * Holds the socket's receive side meanwhile (queued behind asynchronous
   * requests and dumps).
   *
   * @param options `signal` and `timeout` of the wait.
   * @returns The reader over the datagram.
   * @throws {TimeoutError | SocketClosedError} When the wait ends without one; or the signal's reason.
   */
  receiveAsync(options: WaitOptions = {}): Promise<MessageReader> {
    return this.#whenReady(() => this.#core.receiveAny(false) ? this.#core.reader : null, options);
  }

  /**
   * Receives up to `batchSize` datagrams with one `recvmmsg()` call,
   * blocking for the first only. Iterate the result for every message of
   * every datagram; it stays valid until the next batch receive.
   *
   * @returns The ring holding the datagrams.
   * @throws {OverrunError | TruncatedError | TimeoutError} As {@linkcode receive}.
   */
  receiveMany(): ReceiveRing {
    this.#idle("receive");
    this.#receiveMany(true);
    return this.#ring!;
  }

  /**
   * Like {@linkcode receiveMany}, without blocking.
   *
   * @returns The ring, or `null` when no datagram is queued.
   */
  tryReceiveMany(): ReceiveRing | null {
    this.#idle("receive");
    return this.#receiveMany(false) ? this.#ring! : null;
  }

  /**
   * Like {@linkcode receiveMany}, waiting without blocking the event loop.
   *
   * @param options `signal` and `timeout` of the wait.
   * @returns The ring holding the datagrams.
   */
  receiveManyAsync(options: WaitOptions = {}): Promise<ReceiveRing> {
    return this.#whenReady(() => this.#receiveMany(false) ? this.#ring! : null, options);
  }

  /**
   * Sends one request and returns its answer: the reply message, or the ack
   * when the request produces no reply. Stamps a fresh sequence number and
   * `NLM_F_REQUEST` into the first message of the writer, and checks that the
   * answer carries that sequence and, from the kernel, this socket's port id
   * (or 0).
   *
   * The request never waits for an answer that cannot come: `NLM_F_ACK` is
   * added unless the request already asks for it, is a dump, is an
   * rtnetlink GET, or `options.replies` says it replies. A request answered
   * both ways returns the reply and skips the ack. Messages still to come
   * of a request that failed (timeout, abort, error) are skipped later.
   *
   * @param request The writer holding the request (default: {@linkcode writer}).
   * @param options `to` (destination port id, 0 for the kernel) and
   *   `replies`; a number is taken as `to`.
   * @returns The answer, a view valid until the next receive.
   * @throws {KernelError} When the kernel answers with an error.
   * @throws {ReplyMismatchError} When the answer's sequence or port id is wrong.
   * @throws {TimeoutError} When the socket's `receiveTimeout` passes first.
   * @throws {SocketBusyError} While a dump, stream or async operation holds the socket.
   * @example
   * ```ts
   * import { IFA_LOCAL, IFADDRMSG_SIZE, NETLINK_ROUTE, NetlinkSocket, RTM_NEWADDR } from "../../mod.ts";
   * using sock = NetlinkSocket.open(NETLINK_ROUTE);
   * const w = sock.writer.reset();
   * w.begin(RTM_NEWADDR);
   * const ifa = w.reserve(IFADDRMSG_SIZE);
   * w.view.setUint8(ifa, 2); // AF_INET
   * w.view.setUint8(ifa + 1, 32); // prefix length
   * w.view.setUint32(ifa + 4, 1, true); // ifindex 1
   * w.putBytes(IFA_LOCAL, new Uint8Array([192, 0, 2, 1]));
   * sock.request(); // the kernel's ack (NLM_F_ACK was added), or a KernelError
   * ```
   */
  request(request: MessageWriter = this.writer, options?: RequestOptions | number): Message {
    const core = this.#core;
    if (core.lock.holder !== Holder.None || core.closed) this.#idle("send a request");
    let to = 0;
    let replies: boolean | undefined;
    if (options !== undefined) {
      if (typeof options === "number") to = checkPortId(options, "to");
      else ({ to, replies } = checkRequestOptions(options));
    }
    const length = requestLength(request, "request()");
    const matcher = core.matcher;
    const seq = matcher.stamp(request.view, 0, replies);
    const t = this.#t;
    t.send(request.buffer, length, to, 0);
    // The receive loop of core.receiveFrom() and the checks of matcher.isOurs()
    // and answered(), written out with the header read in place: the hot path
    // of every round trip, kept within what JIT compilers inline.
    const reader = core.reader;
    const source = to !== 0 || core.memberships;
    try {
      for (;;) {
        const n = t.receive(true, source);
        if (n < 0) throw core.overrun(); // RECEIVED_OVERRUN: a blocking receive is never NONE
        if (source && (t.sourceGroups !== 0 || t.sourcePort !== to)) continue;
        const v = t.receiveView;
        openDatagram(reader, t.receiveBuffer, v, n);
        while (reader.advance()) {
          const at = reader.offset;
          const pid = v.getUint32(at + 12, true);
          if (
            (v.getUint32(at + 8, true) !== seq || (to === 0 && pid !== t.portId && pid !== 0)) &&
            !matcher.isOurs(reader, seq, to, t.portId)
          ) continue;
          if (v.getUint16(at + 4, true) === NLMSG_ERROR) {
            // An ack (code 0) or an error; errorCode() reports a malformed one.
            if (reader.length < 20 || v.getInt32(at + 16, true) !== 0) this.#refused(reader);
          } else if (
            ((matcher.flags & NLM_F_ACK) | (v.getUint16(at + 6, true) & NLM_F_MULTI)) !== 0
          ) {
            matcher.forget(seq); // the ack, or the rest of a multipart answer, comes next: skipped
          }
          return reader;
        }
      }
    } catch (err) {
      matcher.forget(seq);
      throw err;
    }
  }

  /** Throws the error an `NLMSG_ERROR` answer carries (or the DecodeError of a malformed one). */
  #refused(answer: Message): void {
    const code = errorCode(answer);
    if (code !== 0) throw this.#core.kernelError(answer, code);
  }

  /**
   * The asynchronous {@linkcode request}: sends, then waits for the answer
   * without blocking the event loop. Concurrent calls on one socket wait
   * their turn in order; a call that must wait keeps a copy of its request
   * as it was when called (the writer may be reused at once), and its
   * `signal` and `timeout` count from the call, waiting included.
   *
   * By the time an `await` resumes, the socket may have received other
   * answers, so the answer is handed over in one of two ways: with
   * `options.parse`, the parser runs on the zero-copy view as soon as the
   * answer arrives and its result is resolved; without it, the resolved
   * message owns a copy of its bytes (simple, but it allocates).
   *
   * @param request The writer holding the request (default: {@linkcode writer}).
   * @param options `to`, `replies` (as {@linkcode request}), `signal`,
   *   `timeout` (ms for the whole call; 0: none), and `parse`.
   * @returns The answer (a copy), or what `parse` returned.
   * @throws {KernelError | ReplyMismatchError | TimeoutError | SocketClosedError} Or the signal's reason.
   * @throws {SocketBusyError} While a `messages()` stream holds the socket.
   */
  requestAsync<T>(
    request: MessageWriter,
    options: AsyncRequestOptions & { parse: (answer: Message) => T },
  ): Promise<T>;
  /**
   * The asynchronous {@linkcode request}, resolving to an owned copy of the answer.
   *
   * @param request The writer holding the request (default: {@linkcode writer}).
   * @param options `to`, `replies`, `signal`, `timeout`.
   * @returns The answer, a copy.
   */
  requestAsync(request?: MessageWriter, options?: AsyncRequestOptions): Promise<Message>;
  async requestAsync<T>(
    request: MessageWriter = this.writer,
    options: AsyncRequestOptions & { parse?: (answer: Message) => T } = {},
  ): Promise<T | Message> {
    const core = this.#core;
    core.check("send a request");
    const { to, replies } = checkRequestOptions(options);
    const timeout = checkTimeout(options.timeout, "options.timeout");
    const signal = checkSignal(options.signal, "options.signal");
    const parse = options.parse;
    if (parse !== undefined && typeof parse !== "function") {
      throw new TypeError(`options.parse must be a function, got ${describeValue(parse)}`);
    }
    const length = requestLength(request, "requestAsync()");
    const deadline = deadlineOf(timeout);
    let bytes = request.buffer;
    let view = request.view;
    const turn = core.lock.acquire(Holder.Request, "send a request", deadline, timeout, signal);
    let saved: Uint8Array | undefined;
    if (turn !== undefined) {
      saved = bytes.slice(0, length); // the writer is the caller's again once we return
      await turn;
    }
    const matcher = core.matcher;
    let seq = 0;
    try {
      core.check("send a request");
      signal?.throwIfAborted();
      if (saved !== undefined) [bytes, view] = this.#turnBuffer(saved);
      seq = matcher.stamp(view, 0, replies);
      const flags = matcher.flags;
      const t = this.#t;
      t.send(bytes, length, to, 0);
      const reader = core.reader;
      const portId = t.portId;
      for (;;) {
        if (!core.receiveFrom(to, false)) {
          await core.waitReadable("request", deadline, timeout, signal);
          continue;
        }
        while (reader.advance()) {
          if (!matcher.isOurs(reader, seq, to, portId)) continue;
          if (reader.type === NLMSG_ERROR) {
            const code = errorCode(reader);
            if (code !== 0) throw core.kernelError(reader, code);
          } else {
            matcher.answered(reader, seq, flags);
          }
          return parse ? parse(reader) : reader.toOwned();
        }
      }
    } catch (err) {
      // Timed out, aborted (whatever the signal's reason), or failed: what
      // may still come for this request is skipped, never taken for another's.
      if (seq !== 0) matcher.forget(seq);
      throw err;
    } finally {
      core.lock.release();
    }
  }

  /**
   * A dump: its request is sent when iteration starts, and its messages are
   * iterated with `for...of` (blocking) or `for await...of` (event-loop
   * friendly) until `NLMSG_DONE`. The request is copied now (the writer can
   * be reused at once); `NLM_F_REQUEST`, `NLM_F_DUMP` and a fresh sequence
   * number are stamped into the copy. Breaking out early drains the rest of
   * a kernel dump, so the socket stays in step; a dump that times out or is
   * aborted has its remaining messages skipped as they arrive. A dump
   * created and never iterated sends nothing and leaves the socket free.
   *
   * @param request The writer holding the dump request (default: {@linkcode writer}).
   * @param options `to` (0: the kernel; else the port id of a user-space
   *   peer serving the dump), and, for asynchronous iteration, `signal` and
   *   `timeout` (ms for the whole dump, from its first step; 0: none).
   * @returns The dump; each message is a view valid until the iteration moves on.
   * @throws {TypeError} For a request that cannot be dumped (an rtnetlink
   *   type other than a GET, or a control type), or an empty writer.
   * @throws {KernelError} While iterating, when the kernel ends the dump with an error.
   * @throws {DumpInterruptedError} At the end, when the table changed during the dump.
   */
  dump(request: MessageWriter = this.writer, options: DumpOptions = {}): DumpIterator {
    const core = this.#core;
    core.check("send a dump request");
    const to = options.to === undefined ? 0 : checkPortId(options.to, "options.to");
    const timeout = checkTimeout(options.timeout, "options.timeout");
    const signal = checkSignal(options.signal, "options.signal");
    const length = requestLength(request, "dump()");
    const view = request.view;
    const type = view.getUint16(4, true);
    if (to === 0 && type < NLMSG_MIN_TYPE) {
      throw new TypeError(
        `dump() of control message type ${type}: the kernel answers no dump of it`,
      );
    }
    if (to === 0 && this.protocol === NETLINK_ROUTE && (type & 3) !== 2) {
      throw new TypeError(
        `dump() needs an rtnetlink GET request; ${rtnlTypeName(type) ?? `type ${type}`} ` +
          `is not one (NLM_F_DUMP would mean NLM_F_REPLACE | NLM_F_EXCL to it)`,
      );
    }
    const bytes = request.buffer.slice(0, length);
    const copy = new DataView(bytes.buffer);
    copy.setUint16(6, copy.getUint16(6, true) | NLM_F_REQUEST | NLM_F_DUMP, true);
    return new DumpIterator(core, { bytes, to, timeout, signal });
  }

  /**
   * Runs a dump and returns copies of all its messages.
   *
   * @param request The writer holding the dump request.
   * @param options `to`, as for {@linkcode dump}.
   * @returns One copied `Uint8Array` per message (header included).
   * @throws {DumpInterruptedError} With the copies, when the table changed during the dump.
   */
  dumpAll(request: MessageWriter = this.writer, options: { to?: number } = {}): Uint8Array[] {
    const copies: Uint8Array[] = [];
    try {
      for (const m of this.dump(request, options)) copies.push(m.copy());
    } catch (err) {
      if (err instanceof DumpInterruptedError) throw new DumpInterruptedError(err.received, copies);
      throw err;
    }
    return copies;
  }

  /**
   * Streams every message the socket receives (multicast notifications,
   * unicasts), waiting without blocking the event loop. Ends when the socket
   * is closed or the signal aborts; one stream at a time per socket. The
   * socket's receive side is taken when iteration starts.
   *
   * @param options `signal`, `idleTimeout` (ms without a message before a
   *   `TimeoutError`; 0: none), and `onOverrun`.
   * @returns An async iterator of messages, each valid until the next step.
   * @throws {OverrunError} When messages were lost and no `onOverrun` is given.
   * @throws {SocketBusyError} At the first step, when another receive holds the socket.
   */
  messages(options: MessagesOptions = {}): AsyncIterableIterator<Message> {
    this.#core.check("stream messages");
    if ((options as { timeout?: unknown }).timeout !== undefined) {
      throw new TypeError(
        "messages() takes idleTimeout (the longest wait for the next message), not timeout",
      );
    }
    const idleTimeout = checkTimeout(options.idleTimeout, "options.idleTimeout");
    const signal = checkSignal(options.signal, "options.signal");
    if (options.onOverrun !== undefined && typeof options.onOverrun !== "function") {
      throw new TypeError(
        `options.onOverrun must be a function, got ${describeValue(options.onOverrun)}`,
      );
    }
    return messageStream(this.#core, { ...options, signal, idleTimeout });
  }

  /**
   * Closes the socket and wakes every asynchronous wait on it (they end with
   * {@linkcode SocketClosedError}); later calls do nothing. Any other use
   * after it throws {@linkcode SocketClosedError}. The socket's buffers are
   * reused by sockets opened later: views of them (messages, the writer)
   * stop working (a `TypeError` on use) rather than show another socket's bytes.
   */
  close(): void {
    const core = this.#core;
    if (core.closed) return;
    core.closed = true;
    this.#t.close();
    core.lock.close("wait for the socket");
    this.#ring?.release();
    this.#ring = undefined;
    if (this.#writer !== undefined) giveBack(this.#writer.buffer);
    this.#writer = undefined; // `writer` now throws SocketClosedError
    if (this.#turnBuf !== undefined) giveBack(this.#turnBuf);
    this.#turnBuf = this.#turnView = undefined;
  }

  /** Same as {@linkcode close}, for `using`. */
  [Symbol.dispose](): void {
    this.close();
  }

  /**
   * The buffer a request that waited its turn is sent from: its saved copy
   * goes into one send buffer the socket keeps for them (handing the FFI a
   * fresh buffer per request costs Deno memory it does not reclaim in time).
   */
  #turnBuffer(saved: Uint8Array): [Uint8Array, DataView] {
    if (saved.byteLength > this.#bufferSize) return [saved, new DataView(saved.buffer)];
    let buf = this.#turnBuf;
    if (buf === undefined) {
      buf = this.#turnBuf = takeBuffer(this.#bufferSize);
      this.#turnView = new DataView(buf.buffer);
    }
    buf.set(saved);
    return [buf, this.#turnView!];
  }

  /** One batch receive into the ring; false when none is queued and !block. */
  #receiveMany(block: boolean): boolean {
    const ring = this.#ring ??= new ReceiveRing(this.#batchSize, this.#bufferSize);
    const n = this.#t.receiveMany(ring, block);
    if (n >= 0) return true;
    if (n === RECEIVED_NONE) return false;
    throw this.#core.overrun();
  }

  /** Holds the receive side while retrying a non-blocking receive between waits. */
  async #whenReady<T>(attempt: () => T | null, options: WaitOptions): Promise<T> {
    const core = this.#core;
    core.check("receive");
    const timeout = checkTimeout(options.timeout, "options.timeout");
    const signal = checkSignal(options.signal, "options.signal");
    const deadline = deadlineOf(timeout);
    const turn = core.lock.acquire(Holder.Request, "receive", deadline, timeout, signal);
    if (turn !== undefined) await turn;
    try {
      for (;;) {
        core.check("receive");
        const got = attempt();
        if (got !== null) return got;
        await core.waitReadable("receive", deadline, timeout, signal);
      }
    } finally {
      core.lock.release();
    }
  }

  /** Throws unless the socket is open and its receive side free. */
  #idle(operation: string): void {
    const core = this.#core;
    core.check(operation);
    if (core.lock.holder !== Holder.None) throw new SocketBusyError(operation);
  }
}

/** The checked `to` and `replies` of a request. */
function checkRequestOptions(o: RequestOptions): { to: number; replies: boolean | undefined } {
  if (o === null || typeof o !== "object") {
    throw new TypeError(`options must be an object, got ${describeValue(o)}`);
  }
  const to = o.to === undefined ? 0 : checkPortId(o.to, "options.to");
  const replies = o.replies;
  if (replies !== undefined && typeof replies !== "boolean") {
    throw new TypeError(`options.replies must be a boolean, got ${describeValue(replies)}`);
  }
  return { to, replies };
}

/** Ends the writer's open message; returns the length to send, which must hold a message. */
function requestLength(request: MessageWriter, operation: string): number {
  const length = finishedLength(request);
  if (length < 16) throw requestError(request, operation);
  return length;
}

/** What is wrong with a request that {@linkcode requestLength} refused. */
function requestError(request: unknown, operation: string): Error {
  if (finishedLength(request) < 0) {
    return new TypeError(`${operation} takes a MessageWriter, got ${describeValue(request)}`);
  }
  return new RangeError(`${operation} needs a message in the writer: begin() one first`);
}
