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
  NETLINK_ADD_MEMBERSHIP,
  NETLINK_CAP_ACK,
  NETLINK_DROP_MEMBERSHIP,
  NETLINK_EXT_ACK,
  NETLINK_GET_STRICT_CHK,
  NETLINK_NO_ENOBUFS,
  NLM_F_ACK,
  NLM_F_DUMP_INTR,
  NLM_F_REQUEST,
  NLMSG_DONE,
  NLMSG_ERROR,
  NLMSG_NOOP,
  NLMSG_OVERRUN,
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
  SocketClosedError,
  SyscallError,
  TimeoutError,
  TruncatedError,
} from "../errors.ts";
import { Errno } from "../ffi/errno.ts";
import { libc } from "../ffi/libc.ts";
import { type BufferRef, pinned } from "../ffi/types.ts";
import { SOCKADDR_NL_SIZE, sockaddrNl, writeSockaddrNl } from "./address.ts";
import type { SocketOptions } from "./options.ts";

const DEFAULT_BUFFER_SIZE = 65536;
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
  #fd: number;
  #portId = 0;
  #seq: number;
  #overruns = 0;
  #pendingAckSeq = -1;
  readonly #recvBuf: Uint8Array;
  readonly #recvView: DataView;
  readonly #kernelAddr = sockaddrNl(0, 0);
  readonly #peerAddr = sockaddrNl(0, 0);
  readonly #srcAddr = pinned(SOCKADDR_NL_SIZE);
  readonly #srcView = new DataView(this.#srcAddr.buffer);
  readonly #srcLen = pinned(4);
  readonly #srcLenView = new DataView(this.#srcLen.buffer);
  readonly #int = pinned(16);
  readonly #intView = new DataView(this.#int.buffer);
  readonly #recvRef: BufferRef;
  readonly #kernelRef = libc.ref(this.#kernelAddr);
  readonly #peerRef = libc.ref(this.#peerAddr);
  readonly #srcAddrRef = libc.ref(this.#srcAddr);
  readonly #srcLenRef = libc.ref(this.#srcLen);
  readonly #intRef = libc.ref(this.#int);
  #sendBuf: Uint8Array | undefined;
  #sendRef: BufferRef | undefined;

  private constructor(fd: number, protocol: number, bufferSize: number) {
    this.#fd = fd;
    this.protocol = protocol;
    this.#recvBuf = pinned(bufferSize);
    this.#recvView = new DataView(this.#recvBuf.buffer);
    this.#recvRef = libc.ref(this.#recvBuf);
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
    const fd = libc.socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, protocol);
    if (fd < 0) {
      const errno = libc.errno();
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
    writeSockaddrNl(this.#peerAddr, o.portId ?? 0, 0);
    if (libc.bind(this.#fd, this.#peerRef, SOCKADDR_NL_SIZE) < 0) {
      throw new SyscallError("bind", libc.errno(), `cannot bind port id ${o.portId ?? 0}`);
    }
    this.#srcLenView.setUint32(0, SOCKADDR_NL_SIZE, true);
    if (libc.getsockname(this.#fd, this.#srcAddrRef, this.#srcLenRef) < 0) {
      throw new SyscallError("getsockname", libc.errno());
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
    if (libc.setsockopt(this.#fd, level, name, this.#intRef, 4) < 0) {
      const errno = libc.errno();
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
    if (libc.getsockopt(this.#fd, level, name, this.#intRef, this.#srcLenRef) < 0) {
      throw new SyscallError("getsockopt", libc.errno(), `option ${name} at level ${level}`);
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
      writeSockaddrNl(this.#peerAddr, to, groups);
    }
    let ref = this.#sendRef;
    if (buf !== this.#sendBuf || ref === undefined) {
      this.#sendBuf = buf;
      ref = this.#sendRef = libc.ref(buf);
    }
    for (;;) {
      const n = libc.sendto(this.#fd, ref, len, 0, addr, SOCKADDR_NL_SIZE);
      if (n >= 0) return n;
      const errno = libc.errno();
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
    const n = this.#recv(MSG_DONTWAIT);
    if (n < 0) return null;
    return this.reader.reset(this.#recvBuf, n, this.#recvView);
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
    this.#check("send a request");
    if (request.messageOffset >= 0) request.end();
    const v = request.view;
    const flags = v.getUint16(6, true) | NLM_F_REQUEST;
    const seq = this.nextSeq();
    v.setUint16(6, flags, true);
    v.setUint32(8, seq, true);
    this.send(request, to);
    const reader = this.reader;
    for (;;) {
      this.#receiveFrom(to);
      while (reader.advance()) {
        if (!this.#isOurs(reader, seq, to)) continue;
        const type = reader.type;
        if (type === NLMSG_ERROR) {
          const code = errorCode(reader);
          if (code !== 0) throw kernelError(reader, code);
        } else if ((flags & NLM_F_ACK) !== 0) {
          this.#pendingAckSeq = seq;
        }
        return reader;
      }
    }
  }

  /**
   * Sends a dump request and iterates over every message of the multipart
   * answer, across as many datagrams as it takes, until `NLMSG_DONE`.
   * Breaking out early drains the rest of the dump, so the socket stays in
   * step. Stamps a fresh sequence number and `NLM_F_REQUEST`; the caller sets
   * `NLM_F_DUMP`.
   *
   * @param request The writer holding the dump request (default: {@linkcode writer}).
   * @returns An iterable of messages; each is valid until the iteration moves on.
   * @throws {KernelError} When the kernel ends the dump with an error.
   * @throws {DumpInterruptedError} At the end, when the table changed during the dump.
   */
  dump(request: MessageWriter = this.writer): IterableIterator<Message> {
    this.#check("send a dump request");
    if (request.messageOffset >= 0) request.end();
    const v = request.view;
    const seq = this.nextSeq();
    v.setUint16(6, v.getUint16(6, true) | NLM_F_REQUEST, true);
    v.setUint32(8, seq, true);
    this.send(request);
    return new DumpIterator(
      this.reader,
      () => this.#receiveFrom(0),
      () => this.#isOurs(this.reader, seq, 0),
      () => this.closed,
    );
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

  /** Closes the socket; later calls do nothing. Any other use after it throws {@linkcode SocketClosedError}. */
  close(): void {
    const fd = this.#fd;
    if (fd < 0) return;
    this.#fd = -1;
    libc.close(fd);
  }

  /** Same as {@linkcode close}, for `using`. */
  [Symbol.dispose](): void {
    this.close();
  }

  #receiveFrom(from: number): MessageReader {
    for (;;) {
      const n = this.#recv(0);
      // Multicast datagrams and strangers' unicasts are not answers: skip them.
      if (this.#srcView.getUint32(8, true) !== 0) continue;
      if (this.#srcView.getUint32(4, true) !== from) continue;
      return this.reader.reset(this.#recvBuf, n, this.#recvView);
    }
  }

  #isOurs(reader: MessageReader, seq: number, from: number): boolean {
    const got = reader.seq;
    if (got !== seq) {
      if (got === this.#pendingAckSeq && reader.type === NLMSG_ERROR) {
        this.#pendingAckSeq = -1;
        return false;
      }
      throw new ReplyMismatchError("sequence", seq, got);
    }
    if (from === 0 && reader.pid !== this.#portId) {
      throw new ReplyMismatchError("port id", this.#portId, reader.pid);
    }
    return true;
  }

  /** Returns the datagram length, or -1 for EAGAIN with MSG_DONTWAIT. */
  #recv(flags: number): number {
    this.#check("receive");
    const cap = this.#recvBuf.byteLength;
    for (;;) {
      this.#srcLenView.setUint32(0, SOCKADDR_NL_SIZE, true);
      const n = libc.recvfrom(
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
      const errno = libc.errno();
      if (errno === Errno.EINTR) continue;
      if (errno === Errno.EAGAIN) {
        if ((flags & MSG_DONTWAIT) !== 0) return -1;
        throw new TimeoutError("receive", this.#timeoutMs);
      }
      if (errno === Errno.ENOBUFS) throw new OverrunError(++this.#overruns);
      throw new SyscallError("recvfrom", errno);
    }
  }

  #timeoutMs = 0;

  #setReceiveTimeout(ms: number): void {
    this.#timeoutMs = ms;
    const v = this.#intView;
    v.setBigInt64(0, BigInt(Math.floor(ms / 1000)), true);
    v.setBigInt64(8, BigInt((ms % 1000) * 1000), true);
    if (libc.setsockopt(this.#fd, SOL_SOCKET, SO_RCVTIMEO, this.#intRef, 16) < 0) {
      throw new SyscallError("setsockopt", libc.errno(), "SO_RCVTIMEO");
    }
  }

  #check(operation: string): void {
    if (this.#fd < 0) throw new SocketClosedError(operation);
  }
}

function sendHint(errno: number, to: number): string {
  if (errno === Errno.ECONNREFUSED) return `no socket is bound to port id ${to}`;
  if (errno === Errno.EBADF) return "the descriptor is not open";
  return "";
}

/** Iterates a dump's messages; reuses one result object. */
class DumpIterator implements IterableIterator<Message> {
  #reader: MessageReader;
  #receive: () => void;
  #isOurs: () => boolean;
  #closed: () => boolean;
  #received = 0;
  #interrupted = false;
  #finished = false;
  #started = false;
  #result: IteratorYieldResult<Message>;

  constructor(
    reader: MessageReader,
    receive: () => void,
    isOurs: () => boolean,
    closed: () => boolean,
  ) {
    this.#reader = reader;
    this.#receive = receive;
    this.#isOurs = isOurs;
    this.#closed = closed;
    this.#result = { done: false, value: reader };
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<Message> {
    if (this.#finished) return DONE;
    const reader = this.#reader;
    try {
      for (;;) {
        if (!this.#started || !reader.advance()) {
          this.#receive();
          this.#started = true;
          continue;
        }
        if (!this.#isOurs()) continue;
        const type = reader.type;
        if ((reader.flags & NLM_F_DUMP_INTR) !== 0) this.#interrupted = true;
        if (type === NLMSG_DONE) {
          this.#finished = true;
          const code = errorCode(reader);
          if (code < 0) throw kernelError(reader, code);
          if (this.#interrupted) throw new DumpInterruptedError(this.#received);
          return DONE;
        }
        if (type === NLMSG_ERROR) {
          const code = errorCode(reader);
          if (code < 0) {
            this.#finished = true;
            throw kernelError(reader, code);
          }
          continue;
        }
        if (type === NLMSG_NOOP) continue;
        if (type === NLMSG_OVERRUN) {
          this.#finished = true;
          throw new OverrunError(1);
        }
        this.#received++;
        return this.#result;
      }
    } catch (err) {
      this.#finished = true;
      throw err;
    }
  }

  /** Drains what is left of the dump, so the socket stays in step. */
  return(): IteratorResult<Message> {
    if (!this.#finished && !this.#closed()) {
      try {
        while (!this.next().done);
      } catch {
        // The dump is being abandoned: its end state does not matter.
      }
    }
    this.#finished = true;
    return DONE;
  }
}
