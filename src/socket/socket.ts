/**
 * The netlink socket: open, configure, send, receive, `request()` and
 * `dump()`, all over one pinned receive buffer and one pinned send buffer.
 *
 * Messages returned by `receive()`, `request()` and `dump()` are views of the
 * receive buffer, valid until the socket receives again.
 *
 * @module
 */
import {
  AF_NETLINK,
  MSG_DONTWAIT,
  MSG_TRUNC,
  MSG_WAITFORONE,
  NETLINK_ADD_MEMBERSHIP,
  NETLINK_CAP_ACK,
  NETLINK_DROP_MEMBERSHIP,
  NETLINK_EXT_ACK,
  NETLINK_GET_STRICT_CHK,
  NETLINK_NO_ENOBUFS,
  NLM_F_ACK,
  NLM_F_REQUEST,
  NLMSG_ERROR,
  SO_RCVBUF,
  SO_RCVBUFFORCE,
  SO_RCVTIMEO,
  SO_SNDBUF,
  SO_SNDBUFFORCE,
  SOCK_CLOEXEC,
  SOCK_RAW,
  SOL_NETLINK,
  SOL_SOCKET,
} from "../codec/constants.ts";
import { errorCode, kernelError } from "../codec/control.ts";
import { type Message, MessageReader } from "../codec/message.ts";
import { MessageWriter } from "../codec/writer.ts";
import {
  DumpInterruptedError,
  OverrunError,
  ReplyMismatchError,
  SocketBusyError,
  SocketClosedError,
  SyscallError,
  TimeoutError,
  TruncatedError,
} from "../errors.ts";
import { Errno } from "../errno.ts";
import { libc } from "../ffi/libc.ts";
import { type BufferRef, type LibC, pinned, type ReadWaiter } from "../ffi/types.ts";
import { SOCKADDR_NL_SIZE, sockaddrNl, writeSockaddrNl } from "./address.ts";
import { DumpIterator } from "./dump.ts";
import type { MessagesOptions, RequestOptions, SocketOptions, WaitOptions } from "./options.ts";
import { ReceiveRing } from "./ring.ts";

const DEFAULT_BUFFER_SIZE = 65536;
const DEFAULT_BATCH_SIZE = 64;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * A netlink socket for one protocol.
 *
 * @example
 * ```ts
 * import { NETLINK_ROUTE, NetlinkSocket, NLM_F_DUMP, NLM_F_REQUEST } from "../../mod.ts";
 * using sock = NetlinkSocket.open(NETLINK_ROUTE);
 * const w = sock.writer.reset();
 * w.begin(18 /* RTM_GETLINK *\/, NLM_F_REQUEST | NLM_F_DUMP);
 * w.reserve(16); // struct ifinfomsg
 * w.end();
 * for (const link of sock.dump()) console.log(link.view.getInt32(link.payloadOffset + 4, true));
 * ```
 */
export class NetlinkSocket implements Disposable {
  /** The netlink protocol (`NETLINK_ROUTE`, `NETLINK_GENERIC`, ...). */
  readonly protocol: number;
  /** A writer over the socket's pinned send buffer; `request()` and `send()` use it by default. */
  readonly writer: MessageWriter;
  /** The reader over the socket's receive buffer (what `receive()` returns). */
  readonly reader: MessageReader = new MessageReader();
  readonly #c: LibC = libc();
  #fd: number;
  #portId = 0;
  #seq: number;
  #overruns = 0;
  readonly #recvBuf: Uint8Array;
  readonly #recvView: DataView;
  readonly #kernelAddr = sockaddrNl(0, 0);
  readonly #peerAddr = sockaddrNl(0, 0);
  readonly #peerView = new DataView(this.#peerAddr.buffer);
  readonly #srcAddr = pinned(SOCKADDR_NL_SIZE);
  readonly #srcView = new DataView(this.#srcAddr.buffer);
  readonly #srcLen = pinned(4);
  readonly #srcLenView = new DataView(this.#srcLen.buffer);
  readonly #int = pinned(16);
  readonly #intView = new DataView(this.#int.buffer);
  readonly #recvRef: BufferRef;
  readonly #kernelRef = this.#c.ref(this.#kernelAddr);
  readonly #peerRef = this.#c.ref(this.#peerAddr);
  readonly #srcAddrRef = this.#c.ref(this.#srcAddr);
  readonly #srcLenRef = this.#c.ref(this.#srcLen);
  readonly #intRef = this.#c.ref(this.#int);
  #sendBuf: Uint8Array | undefined;
  #sendRef: BufferRef | undefined;
  #busy: "" | "request" | "stream" = "";
  readonly #stale = new Set<number>();
  #timeoutMs = 0;
  readonly #queue: (() => void)[] = [];
  #waiter: ReadWaiter | undefined;
  #ring: ReceiveRing | undefined;
  #batchSize = DEFAULT_BATCH_SIZE;

  private constructor(fd: number, protocol: number, bufferSize: number) {
    this.#fd = fd;
    this.protocol = protocol;
    this.#recvBuf = pinned(bufferSize);
    this.#recvView = new DataView(this.#recvBuf.buffer);
    this.#recvRef = this.#c.ref(this.#recvBuf);
    this.writer = new MessageWriter(bufferSize);
    this.#seq = ((Math.random() * 0x3fffffff) >>> 0) + 1;
  }

  /**
   * Opens and binds a netlink socket.
   *
   * @param protocol The netlink protocol number, e.g. `NETLINK_ROUTE`.
   * @param options Port id, groups, buffer sizes and socket options.
   * @returns The open socket.
   * @throws {SyscallError} When the kernel refuses (`EPROTONOSUPPORT`: no
   *   such protocol; `EPERM`: a privileged option; `EADDRINUSE`: port taken).
   */
  static open(protocol: number, options: SocketOptions = {}): NetlinkSocket {
    const c = libc();
    const fd = c.socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, protocol);
    if (fd < 0) {
      const errno = c.errno();
      throw new SyscallError(
        "socket",
        errno,
        errno === Errno.EPROTONOSUPPORT
          ? `netlink protocol ${protocol} is not available in this kernel; load the module that provides it`
          : `cannot open a netlink socket for protocol ${protocol}`,
      );
    }
    const sock = new NetlinkSocket(fd, protocol, options.bufferSize ?? DEFAULT_BUFFER_SIZE);
    try {
      sock.#configure(options);
    } catch (err) {
      sock.close();
      throw err;
    }
    return sock;
  }

  #configure(o: SocketOptions): void {
    this.#batchSize = o.batchSize ?? DEFAULT_BATCH_SIZE;
    if (o.extAck ?? true) this.setOption(SOL_NETLINK, NETLINK_EXT_ACK, 1);
    if (o.capAck) this.setOption(SOL_NETLINK, NETLINK_CAP_ACK, 1);
    if (o.strictCheck) this.setOption(SOL_NETLINK, NETLINK_GET_STRICT_CHK, 1);
    if (o.noENOBUFS) this.setOption(SOL_NETLINK, NETLINK_NO_ENOBUFS, 1);
    if (o.rcvbuf !== undefined) {
      this.setOption(SOL_SOCKET, o.forceBufferSizes ? SO_RCVBUFFORCE : SO_RCVBUF, o.rcvbuf);
    }
    if (o.sndbuf !== undefined) {
      this.setOption(SOL_SOCKET, o.forceBufferSizes ? SO_SNDBUFFORCE : SO_SNDBUF, o.sndbuf);
    }
    if (o.timeout) this.#setReceiveTimeout(o.timeout);
    writeSockaddrNl(this.#peerView, o.portId ?? 0, 0);
    if (this.#c.bind(this.#fd, this.#peerRef, SOCKADDR_NL_SIZE) < 0) {
      throw new SyscallError("bind", this.#c.errno(), `cannot bind port id ${o.portId ?? 0}`);
    }
    this.#srcLenView.setUint32(0, SOCKADDR_NL_SIZE, true);
    if (this.#c.getsockname(this.#fd, this.#srcAddrRef, this.#srcLenRef) < 0) {
      throw new SyscallError("getsockname", this.#c.errno());
    }
    this.#portId = this.#srcView.getUint32(4, true);
    for (const group of o.groups ?? []) this.join(group);
  }

  /** The file descriptor (-1 once closed). */
  get fd(): number {
    return this.#fd;
  }
  /** The port id the socket is bound to (`nl_pid`). */
  get portId(): number {
    return this.#portId;
  }
  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#fd < 0;
  }
  /** How many receive queue overruns (`ENOBUFS`) this socket has reported. */
  get overruns(): number {
    return this.#overruns;
  }
  /** Port id of the sender of the last datagram received (0: the kernel). */
  get sourcePortId(): number {
    return this.#srcView.getUint32(4, true);
  }
  /** Group mask of the last datagram received (non-zero: it was multicast). */
  get sourceGroups(): number {
    return this.#srcView.getUint32(8, true);
  }

  /**
   * A fresh sequence number.
   *
   * @returns The next sequence number of this socket (never 0).
   */
  nextSeq(): number {
    const seq = this.#seq;
    this.#seq = seq >= 0xfffffffe ? 1 : seq + 1;
    return seq;
  }

  /**
   * Sets an integer socket option.
   *
   * @param level `SOL_SOCKET` or `SOL_NETLINK`.
   * @param name The option, e.g. `NETLINK_EXT_ACK`.
   * @param value Its integer value.
   * @throws {SyscallError} When the kernel refuses it.
   */
  setOption(level: number, name: number, value: number): void {
    this.#check("set a socket option");
    this.#intView.setInt32(0, value, true);
    if (this.#c.setsockopt(this.#fd, level, name, this.#intRef, 4) < 0) {
      const errno = this.#c.errno();
      throw new SyscallError(
        "setsockopt",
        errno,
        errno === Errno.EPERM
          ? `option ${name} at level ${level} needs CAP_NET_ADMIN`
          : `option ${name} at level ${level}`,
      );
    }
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
    this.#check("read a socket option");
    this.#intView.setInt32(0, 0, true);
    this.#srcLenView.setUint32(0, 4, true);
    if (this.#c.getsockopt(this.#fd, level, name, this.#intRef, this.#srcLenRef) < 0) {
      throw new SyscallError("getsockopt", this.#c.errno(), `option ${name} at level ${level}`);
    }
    return this.#intView.getInt32(0, true);
  }

  /**
   * Joins a multicast group.
   *
   * @param group The group number (not a mask).
   * @throws {SyscallError} `EPERM` when the protocol needs privileges to listen.
   */
  join(group: number): void {
    this.setOption(SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, group);
  }

  /**
   * Leaves a multicast group.
   *
   * @param group The group number.
   */
  leave(group: number): void {
    this.setOption(SOL_NETLINK, NETLINK_DROP_MEMBERSHIP, group);
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
   */
  send(data: MessageWriter | Uint8Array = this.writer, to = 0, groups = 0): number {
    this.#check("send");
    let buf: Uint8Array;
    let len: number;
    if (data instanceof MessageWriter) {
      if (data.messageOffset >= 0) data.end();
      buf = data.buffer;
      len = data.length;
    } else {
      buf = data;
      len = data.byteLength;
    }
    let addr = this.#kernelRef;
    if (to !== 0 || groups !== 0) {
      addr = this.#peerRef;
      writeSockaddrNl(this.#peerView, to, groups);
    }
    let ref = this.#sendRef;
    if (buf !== this.#sendBuf || ref === undefined) {
      this.#sendBuf = buf;
      ref = this.#sendRef = this.#c.ref(buf);
    }
    for (;;) {
      const n = this.#c.sendto(this.#fd, ref, len, 0, addr, SOCKADDR_NL_SIZE);
      if (n >= 0) return n;
      const errno = this.#c.errno();
      if (errno !== Errno.EINTR) throw new SyscallError("sendto", errno, sendHint(errno, to));
    }
  }

  /**
   * Receives one datagram into the receive buffer (blocking).
   *
   * @returns The reader over the datagram, before its first message.
   * @throws {OverrunError} When the receive queue overflowed (the socket stays usable).
   * @throws {TruncatedError} When the datagram did not fit the buffer.
   * @throws {TimeoutError} When the socket's `timeout` passed.
   */
  receive(): MessageReader {
    this.#idle("receive");
    const n = this.#recv(0);
    return this.reader.reset(this.#recvBuf, n, this.#recvView);
  }

  /**
   * Receives one datagram if one is queued, without blocking.
   *
   * @returns The reader over the datagram, or `null` when none is queued.
   * @throws {OverrunError | TruncatedError | SyscallError} As {@linkcode receive}.
   */
  tryReceive(): MessageReader | null {
    this.#idle("receive");
    const n = this.#recv(MSG_DONTWAIT);
    return n < 0 ? null : this.reader.reset(this.#recvBuf, n, this.#recvView);
  }

  /**
   * Waits for a datagram without blocking the event loop, then receives it.
   *
   * @param options `signal` and `timeout` of the wait.
   * @returns The reader over the datagram.
   * @throws {TimeoutError | SocketClosedError} When the wait ends without one; or the signal's reason.
   */
  receiveAsync(options: WaitOptions = {}): Promise<MessageReader> {
    return this.#whenReady(() => this.tryReceive(), options);
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
    this.#recvMany(MSG_WAITFORONE);
    return this.#ring!;
  }

  /**
   * Like {@linkcode receiveMany}, without blocking.
   *
   * @returns The ring, or `null` when no datagram is queued.
   */
  tryReceiveMany(): ReceiveRing | null {
    this.#idle("receive");
    return this.#recvMany(MSG_DONTWAIT) < 0 ? null : this.#ring!;
  }

  /**
   * Like {@linkcode receiveMany}, waiting without blocking the event loop.
   *
   * @param options `signal` and `timeout` of the wait.
   * @returns The ring holding the datagrams.
   */
  receiveManyAsync(options: WaitOptions = {}): Promise<ReceiveRing> {
    return this.#whenReady(() => this.tryReceiveMany(), options);
  }

  /**
   * Sends one request and returns its answer: the reply message, or the ack
   * when the kernel only acknowledges. Stamps a fresh sequence number and
   * `NLM_F_REQUEST` into the first message of the writer, and checks that the
   * answer carries that sequence and this socket's port id.
   *
   * @param request The writer holding the request (default: {@linkcode writer}).
   * @param to Destination port id; 0 (default) is the kernel.
   * @returns The answer, a view valid until the next receive.
   * @throws {KernelError} When the kernel answers with an error.
   * @throws {ReplyMismatchError} When the answer's sequence or port id is wrong.
   */
  request(request: MessageWriter = this.writer, to = 0): Message {
    this.#idle("send a request");
    const seq = this.#stamp(request);
    this.send(request, to);
    const reader = this.reader;
    try {
      for (;;) {
        this.#receiveFrom(to, 0);
        while (reader.advance()) {
          if (this.#isOurs(reader, seq, to)) return this.#answer(reader, seq, request);
        }
      }
    } catch (err) {
      this.#abandonOnWaitError(err, seq);
      throw err;
    }
  }

  /**
   * The asynchronous {@linkcode request}: sends now, then waits for the
   * answer without blocking the event loop. Concurrent calls on one socket
   * are queued (a queued request is copied and sent when its turn comes).
   *
   * By the time an `await` resumes, the socket may have received other
   * answers, so the answer is handed over in one of two ways: with
   * `options.parse`, the parser runs on the zero-copy view as soon as the
   * answer arrives and its result is resolved; without it, the resolved
   * message owns a copy of its bytes (simple, but it allocates).
   *
   * @param request The writer holding the request (default: {@linkcode writer}).
   * @param options Destination port id, `signal`, `timeout`, and `parse`.
   * @returns The answer (a copy), or what `parse` returned.
   * @throws {KernelError | ReplyMismatchError | TimeoutError | SocketClosedError} Or the signal's reason.
   */
  requestAsync<T>(
    request: MessageWriter,
    options: RequestOptions & { parse: (answer: Message) => T },
  ): Promise<T>;
  requestAsync(request?: MessageWriter, options?: RequestOptions): Promise<Message>;
  async requestAsync<T>(
    request: MessageWriter = this.writer,
    options: RequestOptions & { parse?: (answer: Message) => T } = {},
  ): Promise<T | Message> {
    this.#check("send a request");
    if (this.#busy === "stream") throw new SocketBusyError("send a request");
    const to = options.to ?? 0;
    let seq: number;
    if (this.#busy === "") {
      this.#busy = "request";
      try {
        seq = this.#stamp(request);
        this.send(request, to);
      } catch (err) {
        this.#unlock();
        throw err;
      }
    } else {
      if (request.messageOffset >= 0) request.end();
      const queued = new MessageWriter(request.buffer.slice(0, request.length));
      await new Promise<void>((resolve) => this.#queue.push(resolve));
      try {
        this.#check("send a request");
        seq = this.#stamp(queued);
        this.send(queued, to);
        request = queued;
      } catch (err) {
        this.#unlock();
        throw err;
      }
    }
    try {
      const deadline = deadlineOf(options);
      const reader = this.reader;
      for (;;) {
        if (this.#receiveFrom(to, MSG_DONTWAIT) === null) {
          await this.#waitReadable("request", deadline, options);
          continue;
        }
        while (reader.advance()) {
          if (this.#isOurs(reader, seq, to)) {
            const answer = this.#answer(reader, seq, request);
            return options.parse ? options.parse(answer) : answer.toOwned();
          }
        }
      }
    } catch (err) {
      this.#abandonOnWaitError(err, seq);
      throw err;
    } finally {
      this.#unlock();
    }
  }

  /**
   * Sends a dump request and returns the dump's messages, to iterate with
   * `for...of` (blocking) or `for await...of` (event-loop friendly), until
   * `NLMSG_DONE`. Breaking out early drains the rest of the dump, so the
   * socket stays in step. Stamps a fresh sequence number and
   * `NLM_F_REQUEST`; the caller sets `NLM_F_DUMP`.
   *
   * @param request The writer holding the dump request (default: {@linkcode writer}).
   * @param options `signal` and `timeout` of the asynchronous waits.
   * @returns The dump; each message is a view valid until the iteration moves on.
   * @throws {KernelError} When the kernel ends the dump with an error.
   * @throws {DumpInterruptedError} At the end, when the table changed during the dump.
   */
  dump(request: MessageWriter = this.writer, options: WaitOptions = {}): DumpIterator {
    this.#idle("send a dump request");
    const seq = this.#stamp(request);
    this.send(request);
    this.#busy = "stream";
    const deadline = deadlineOf(options);
    return new DumpIterator({
      reader: this.reader,
      receive: (block) => this.#receiveFrom(0, block ? 0 : MSG_DONTWAIT) !== null,
      wait: () => this.#waitReadable("dump", deadline, options),
      isOurs: () => this.#isOurs(this.reader, seq, 0),
      closed: () => this.closed,
      finish: () => {
        this.#busy = "";
      },
    });
  }

  /**
   * Runs a dump and returns copies of all its messages.
   *
   * @param request The writer holding the dump request.
   * @returns One copied `Uint8Array` per message (header included).
   * @throws {DumpInterruptedError} With the copies, when the table changed during the dump.
   */
  dumpAll(request: MessageWriter = this.writer): Uint8Array[] {
    const copies: Uint8Array[] = [];
    try {
      for (const m of this.dump(request)) copies.push(m.copy());
    } catch (err) {
      if (err instanceof DumpInterruptedError) throw new DumpInterruptedError(err.received, copies);
      throw err;
    }
    return copies;
  }

  /**
   * Streams every message the socket receives (multicast notifications,
   * unicasts), waiting without blocking the event loop. Ends when the socket
   * is closed or the signal aborts; one stream at a time per socket.
   *
   * @param options `signal`, `timeout` per wait, and `onOverrun`.
   * @returns An async iterator of messages, each valid until the next step.
   * @throws {OverrunError} When messages were lost and no `onOverrun` is given.
   */
  messages(options: MessagesOptions = {}): AsyncIterableIterator<Message> {
    this.#idle("stream messages");
    this.#busy = "stream";
    const reader = this.reader;
    const result: IteratorYieldResult<Message> = { done: false, value: reader };
    let inDatagram = false;
    let finished = false;
    const finish = (): IteratorResult<Message> => {
      if (!finished) {
        finished = true;
        this.#busy = "";
      }
      return DONE;
    };
    const it: AsyncIterableIterator<Message> = {
      next: async () => {
        if (finished) return DONE;
        try {
          for (;;) {
            if (inDatagram && reader.advance()) return result;
            inDatagram = false;
            if (this.closed || options.signal?.aborted) return finish();
            let n: number;
            try {
              n = this.#recv(MSG_DONTWAIT);
            } catch (err) {
              if (err instanceof OverrunError && options.onOverrun) {
                options.onOverrun(err);
                continue;
              }
              throw err;
            }
            if (n >= 0) {
              reader.reset(this.#recvBuf, n, this.#recvView);
              inDatagram = true;
              continue;
            }
            try {
              await this.#waitReadable("receive", deadlineOf(options), options);
            } catch (err) {
              if (err instanceof SocketClosedError || options.signal?.aborted) return finish();
              throw err;
            }
          }
        } catch (err) {
          finish();
          throw err;
        }
      },
      return: () => Promise.resolve(finish()),
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  /**
   * Closes the socket and wakes every asynchronous wait on it (they end with
   * {@linkcode SocketClosedError}); later calls do nothing. Any other use
   * after it throws {@linkcode SocketClosedError}.
   */
  close(): void {
    const fd = this.#fd;
    if (fd < 0) return;
    this.#fd = -1;
    this.#waiter?.close();
    this.#waiter = undefined;
    this.#c.close(fd);
    for (const next of this.#queue.splice(0)) next();
  }

  /** Same as {@linkcode close}, for `using`. */
  [Symbol.dispose](): void {
    this.close();
  }

  /** Stamps a fresh seq and NLM_F_REQUEST into the writer's first message; returns the seq. */
  #stamp(request: MessageWriter): number {
    if (request.messageOffset >= 0) request.end();
    const v = request.view;
    const seq = this.nextSeq();
    v.setUint16(6, v.getUint16(6, true) | NLM_F_REQUEST, true);
    v.setUint32(8, seq, true);
    return seq;
  }

  /** The answer to a request: an error throws; a data reply with ACK requested leaves an ack to skip. */
  #answer(reader: MessageReader, seq: number, request: MessageWriter): Message {
    if (reader.type === NLMSG_ERROR) {
      const code = errorCode(reader);
      if (code !== 0) throw kernelError(reader, code);
    } else if ((request.view.getUint16(6, true) & NLM_F_ACK) !== 0) {
      this.#forget(seq); // the ack that follows this reply
    }
    return reader;
  }

  /** Receives the next datagram sent by `from` (multicast and strangers are skipped); null if none is queued under MSG_DONTWAIT. */
  #receiveFrom(from: number, flags: number): MessageReader | null {
    for (;;) {
      const n = this.#recv(flags);
      if (n < 0) return null;
      if (this.#srcView.getUint32(8, true) !== 0) continue;
      if (this.#srcView.getUint32(4, true) !== from) continue;
      return this.reader.reset(this.#recvBuf, n, this.#recvView);
    }
  }

  #isOurs(reader: MessageReader, seq: number, from: number): boolean {
    const got = reader.seq;
    if (got !== seq) {
      // A trailing ack, or a late answer to a request that timed out.
      if (this.#stale.has(got)) return false;
      throw new ReplyMismatchError("sequence", seq, got);
    }
    if (from === 0 && reader.pid !== this.#portId) {
      throw new ReplyMismatchError("port id", this.#portId, reader.pid);
    }
    return true;
  }

  /** Returns the datagram length, or -1 for EAGAIN under MSG_DONTWAIT. */
  #recv(flags: number): number {
    this.#check("receive");
    const cap = this.#recvBuf.byteLength;
    for (;;) {
      this.#srcLenView.setUint32(0, SOCKADDR_NL_SIZE, true);
      const n = this.#c.recvfrom(
        this.#fd,
        this.#recvRef,
        cap,
        flags | MSG_TRUNC,
        this.#srcAddrRef,
        this.#srcLenRef,
      );
      if (n >= 0) {
        if (n > cap) throw new TruncatedError(n, cap);
        return n;
      }
      if (this.#recvFailed(flags) < 0) return -1;
    }
  }

  #recvMany(flags: number): number {
    this.#check("receive");
    const ring = this.#ring ??= new ReceiveRing(this.#batchSize, this.#recvBuf.byteLength);
    for (;;) {
      const n = ring.fill(this.#fd, flags);
      if (n >= 0) return n;
      if (this.#recvFailed(flags) < 0) return -1;
    }
  }

  /** Handles a failed receive: 0 to retry, -1 for "nothing queued"; throws otherwise. */
  #recvFailed(flags: number): number {
    const errno = this.#c.errno();
    if (errno === Errno.EINTR) return 0;
    if (errno === Errno.EAGAIN) {
      if ((flags & MSG_DONTWAIT) !== 0) return -1;
      throw new TimeoutError("receive", this.#timeoutMs);
    }
    if (errno === Errno.ENOBUFS) throw new OverrunError(++this.#overruns);
    throw new SyscallError("recvmsg", errno);
  }

  /**
   * After a request's wait ended early (timeout, abort), its answer may
   * still come: forget the sequence so that the answer is skipped.
   */
  #abandonOnWaitError(err: unknown, seq: number): void {
    if (err instanceof TimeoutError || (err instanceof Error && err.name === "AbortError")) {
      this.#forget(seq);
    }
  }

  /**
   * Marks `seq` as answered or abandoned: messages still carrying it are
   * skipped, not taken for a stranger's. Sequence numbers do not repeat
   * for 2^32 requests; the 64 most recent are kept.
   */
  #forget(seq: number): void {
    const stale = this.#stale;
    stale.add(seq);
    if (stale.size > 64) stale.delete(stale.values().next().value as number);
  }

  /** Retries a non-blocking receive, waiting between tries, until it yields. */
  async #whenReady<T>(attempt: () => T | null, options: WaitOptions): Promise<T> {
    const deadline = deadlineOf(options);
    for (;;) {
      const got = attempt();
      if (got !== null) return got;
      await this.#waitReadable("receive", deadline, options);
    }
  }

  /** Waits until readable, or throws on timeout, abort or close. */
  async #waitReadable(op: string, deadline: number, options: WaitOptions): Promise<void> {
    this.#check(op);
    const signal = options.signal;
    signal?.throwIfAborted();
    let remaining = -1;
    if (deadline !== Infinity) {
      remaining = deadline - Date.now();
      if (remaining <= 0) throw new TimeoutError(op, options.timeout ?? 0);
    }
    const waiter = this.#waiter ??= this.#c.waiter(this.#fd);
    const onAbort = () => waiter.wake();
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      await waiter.wait(remaining);
    } finally {
      signal?.removeEventListener("abort", onAbort);
    }
    this.#check(op);
    signal?.throwIfAborted();
  }

  /** Hands the async request lock to the next queued request, after the current caller had its turn. */
  #unlock(): void {
    const next = this.#queue.shift();
    if (next === undefined) this.#busy = "";
    else setTimeout(next, 0);
  }

  #setReceiveTimeout(ms: number): void {
    this.#timeoutMs = ms;
    const v = this.#intView;
    v.setBigInt64(0, BigInt(Math.floor(ms / 1000)), true);
    v.setBigInt64(8, BigInt((ms % 1000) * 1000), true);
    if (this.#c.setsockopt(this.#fd, SOL_SOCKET, SO_RCVTIMEO, this.#intRef, 16) < 0) {
      throw new SyscallError("setsockopt", this.#c.errno(), "SO_RCVTIMEO");
    }
  }

  #check(operation: string): void {
    if (this.#fd < 0) throw new SocketClosedError(operation);
  }

  #idle(operation: string): void {
    this.#check(operation);
    if (this.#busy !== "") throw new SocketBusyError(operation);
  }
}

function deadlineOf(options: WaitOptions): number {
  return options.timeout !== undefined && options.timeout > 0
    ? Date.now() + options.timeout
    : Infinity;
}

function sendHint(errno: number, to: number): string {
  if (errno === Errno.ECONNREFUSED) {
    return to === 0
      ? "the kernel has no socket for this protocol (is its module loaded?)"
      : `no socket is bound to port id ${to}`;
  }
  if (errno === Errno.EBADF) return "the descriptor is not open";
  return "";
}
