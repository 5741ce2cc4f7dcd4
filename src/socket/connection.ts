/**
 * The real {@linkcode Transport}: one netlink socket descriptor driven
 * through libc, with a pinned receive buffer, `sendto`/`recvfrom`/
 * `recvmmsg`, socket options, and every errno turned into a typed error
 * that names the call that failed.
 *
 * The small C structures every call passes (the kernel's address, a peer's
 * address, the sender's address and its length, an option value) live in
 * one process-wide pinned block: JavaScript runs one call at a time, and a
 * socket keeps only numbers (its sender's port and groups), so a socket
 * costs two FFI buffer references, not seven.
 *
 * Requests to the kernel are sent without a destination address when the
 * process cannot gain capabilities after opening the socket (see
 * `capabilities.ts`): the socket is never connected, so the kernel is where
 * an address-less send goes, and the kernel skips copying and checking the
 * address. Otherwise, and to a peer or groups, the address is given.
 *
 * @module
 */
import {
  AF_NETLINK,
  MSG_DONTWAIT,
  MSG_TRUNC,
  MSG_WAITFORONE,
  NETLINK_ADD_MEMBERSHIP,
  NETLINK_DROP_MEMBERSHIP,
  SO_RCVTIMEO,
  SOCK_CLOEXEC,
  SOCK_RAW,
  SOL_NETLINK,
  SOL_SOCKET,
} from "../codec/constants.ts";
import { SyscallError, TimeoutError, TruncatedError } from "../errors.ts";
import { Errno } from "../errno.ts";
import { libc } from "../ffi/libc.ts";
import type { BufferRef, LibC, ReadWaiter } from "../ffi/types.ts";
import { SOCKADDR_NL_SIZE, writeSockaddrNl } from "./address.ts";
import { giveBack, setTag, tagOf, takeBuffer } from "./buffers.ts";
import { CAP_DATA_BYTES, CAP_HEADER_SIZE, capabilitiesSettled } from "./capabilities.ts";
import type { ReceiveRing } from "./ring.ts";
import { RECEIVED_NONE, RECEIVED_OVERRUN, type Transport } from "./transport.ts";

/** The process-wide scratch structures, with their FFI references. */
interface Scratch {
  /** The buffers themselves: Deno's references do not keep them alive. */
  buffers: Uint8Array[];
  kernelRef: BufferRef;
  peerView: DataView;
  peerRef: BufferRef;
  srcView: DataView;
  srcRef: BufferRef;
  lenView: DataView;
  lenRef: BufferRef;
  intView: DataView;
  intRef: BufferRef;
  capHeaderView: DataView;
  capHeaderRef: BufferRef;
  capDataView: DataView;
  capDataRef: BufferRef;
}

let scratch: Scratch | undefined;

/** Allocates the scratch block once (each part over its own `ArrayBuffer`, as Bun needs). */
function scratchFor(c: LibC): Scratch {
  if (scratch !== undefined) return scratch;
  const part = (size: number) => new Uint8Array(new ArrayBuffer(size));
  const kernel = part(SOCKADDR_NL_SIZE);
  writeSockaddrNl(new DataView(kernel.buffer), 0, 0);
  const peer = part(SOCKADDR_NL_SIZE);
  const src = part(SOCKADDR_NL_SIZE);
  const len = part(4);
  const int = part(16);
  const capHeader = part(CAP_HEADER_SIZE);
  const capData = part(CAP_DATA_BYTES);
  return scratch = {
    buffers: [kernel, peer, src, len, int, capHeader, capData],
    kernelRef: c.ref(kernel),
    peerView: new DataView(peer.buffer),
    peerRef: c.ref(peer),
    srcView: new DataView(src.buffer),
    srcRef: c.ref(src),
    lenView: new DataView(len.buffer),
    lenRef: c.ref(len),
    intView: new DataView(int.buffer),
    intRef: c.ref(int),
    capHeaderView: new DataView(capHeader.buffer),
    capHeaderRef: c.ref(capHeader),
    capDataView: new DataView(capData.buffer),
    capDataRef: c.ref(capData),
  };
}

/** A netlink socket descriptor with its receive buffer. */
export class LibcConnection implements Transport {
  readonly portId: number;
  readonly receiveBuffer: Uint8Array;
  readonly receiveView: DataView;
  sourcePort = 0;
  sourceGroups = 0;
  /** Whether requests to the kernel go without a destination address. */
  readonly sendsWithoutAddress: boolean;
  readonly #c: LibC;
  readonly #s: Scratch;
  readonly #protocol: number;
  #fd: number;
  readonly #cap: number;
  readonly #recvRef: BufferRef;
  /** The kernel's address as sends pass it: none (null, 0) or the sockaddr_nl. */
  readonly #kernelAddr: BufferRef | null;
  readonly #kernelAddrLen: number;
  #sendBuf: Uint8Array | undefined;
  #sendRef: BufferRef | undefined;
  #ring: ReceiveRing | undefined;
  #ringRef: BufferRef | undefined;
  #waiter: ReadWaiter | undefined;
  #receiveTimeout = 0;

  private constructor(
    c: LibC,
    fd: number,
    protocol: number,
    portId: number,
    bufferSize: number,
    withoutAddress: boolean,
  ) {
    this.#c = c;
    this.#s = scratchFor(c);
    this.sendsWithoutAddress = withoutAddress;
    this.#kernelAddr = withoutAddress ? null : this.#s.kernelRef;
    this.#kernelAddrLen = withoutAddress ? 0 : SOCKADDR_NL_SIZE;
    this.#fd = fd;
    this.#protocol = protocol;
    this.portId = portId;
    this.#cap = bufferSize;
    this.receiveBuffer = takeBuffer(bufferSize);
    this.receiveView = new DataView(this.receiveBuffer.buffer);
    this.#recvRef = refOf(c, this.receiveBuffer);
  }

  /**
   * Opens a netlink socket, binds it and reads back its port id. The
   * descriptor is closed again when any step fails.
   *
   * @param protocol The netlink protocol (checked by the caller).
   * @param portId The port id to bind, 0 for one the kernel picks.
   * @param bufferSize The receive buffer's size.
   * @returns The connection.
   * @throws {SyscallError} From `socket`, `bind` or `getsockname`.
   */
  static open(protocol: number, portId: number, bufferSize: number): LibcConnection {
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
    try {
      const s = scratchFor(c);
      writeSockaddrNl(s.peerView, portId, 0);
      if (c.bind(fd, s.peerRef, SOCKADDR_NL_SIZE) < 0) {
        const errno = c.errno();
        throw new SyscallError(
          "bind",
          errno,
          errno === Errno.EADDRINUSE
            ? `port id ${portId} is taken by another socket of protocol ${protocol}`
            : `cannot bind port id ${portId}`,
        );
      }
      s.lenView.setUint32(0, SOCKADDR_NL_SIZE, true);
      if (c.getsockname(fd, s.srcRef, s.lenRef) < 0) {
        throw new SyscallError("getsockname", c.errno());
      }
      const bound = s.srcView.getUint32(4, true);
      const settled = capabilitiesSettled(
        c,
        s.capHeaderView,
        s.capHeaderRef,
        s.capDataView,
        s.capDataRef,
      );
      return new LibcConnection(c, fd, protocol, bound, bufferSize, settled);
    } catch (err) {
      c.close(fd);
      throw err;
    }
  }

  /** The descriptor (-1 once closed). */
  get fd(): number {
    return this.#fd;
  }

  send(bytes: Uint8Array, length: number, to: number, groups: number): number {
    // The hot path (a request to the kernel from the buffer sent last time)
    // is kept small enough for the JIT compilers to inline it into request().
    if ((to | groups) === 0 && bytes === this.#sendBuf) {
      const n = this.#c.sendto(
        this.#fd,
        this.#sendRef!,
        length,
        0,
        this.#kernelAddr,
        this.#kernelAddrLen,
      );
      if (n >= 0) return n;
      return this.#sendFailed(this.#c.errno(), bytes, length, to, groups);
    }
    return this.#sendSlow(bytes, length, to, groups);
  }

  /** {@linkcode send} to a peer or groups, or from another buffer. */
  #sendSlow(bytes: Uint8Array, length: number, to: number, groups: number): number {
    const c = this.#c;
    const s = this.#s;
    let addr = this.#kernelAddr;
    let addrLen = this.#kernelAddrLen;
    if (to !== 0 || groups !== 0) {
      addr = s.peerRef;
      addrLen = SOCKADDR_NL_SIZE;
      writeSockaddrNl(s.peerView, to, groups);
    }
    if (bytes !== this.#sendBuf || this.#sendRef === undefined) {
      this.#sendRef = refOf(c, bytes);
      this.#sendBuf = bytes;
    }
    const n = c.sendto(this.#fd, this.#sendRef, length, 0, addr, addrLen);
    if (n >= 0) return n;
    return this.#sendFailed(c.errno(), bytes, length, to, groups);
  }

  /** A failed send: sent again after EINTR, else a throw. */
  #sendFailed(
    errno: number,
    bytes: Uint8Array,
    length: number,
    to: number,
    groups: number,
  ): number {
    if (errno !== Errno.EINTR) throw new SyscallError("sendto", errno, sendHint(errno, to));
    return this.#sendSlow(bytes, length, to, groups);
  }

  receive(block: boolean, source: boolean): number {
    // The hot path (from the kernel, no sender address asked for), kept small.
    if (!source) {
      const cap = this.#cap;
      const n = this.#c.recvfrom(
        this.#fd,
        this.#recvRef,
        cap,
        block ? MSG_TRUNC : MSG_TRUNC | MSG_DONTWAIT,
        null,
        null,
      );
      if (n >= 0 && n <= cap) {
        this.sourcePort = this.sourceGroups = 0;
        return n;
      }
      return this.#received(n, block, source);
    }
    return this.#receiveSlow(block, source);
  }

  /** {@linkcode receive} with the sender's address, and retries. */
  #receiveSlow(block: boolean, source: boolean): number {
    const c = this.#c;
    const flags = block ? MSG_TRUNC : MSG_TRUNC | MSG_DONTWAIT;
    let n: number;
    if (source) {
      const s = this.#s;
      s.lenView.setUint32(0, SOCKADDR_NL_SIZE, true);
      n = c.recvfrom(this.#fd, this.#recvRef, this.#cap, flags, s.srcRef, s.lenRef);
      if (n >= 0) {
        this.sourcePort = s.srcView.getUint32(4, true);
        this.sourceGroups = s.srcView.getUint32(8, true);
      }
    } else {
      n = c.recvfrom(this.#fd, this.#recvRef, this.#cap, flags, null, null);
      if (n >= 0) this.sourcePort = this.sourceGroups = 0;
    }
    if (n >= 0 && n <= this.#cap) return n;
    return this.#received(n, block, source);
  }

  /**
   * What a receive that returned `n` (negative, or more than fits) means:
   * a throw, a RECEIVED_* code, or the length of a datagram received after
   * EINTR. `errno` is read first, before any other call.
   */
  #received(n: number, block: boolean, source: boolean): number {
    if (n > this.#cap) throw new TruncatedError(n, this.#cap);
    const r = this.#failed("recvfrom", block);
    return r !== 0 ? r : this.#receiveSlow(block, source);
  }

  receiveMany(ring: ReceiveRing, block: boolean): number {
    const c = this.#c;
    let ref = this.#ringRef;
    if (ring !== this.#ring || ref === undefined) {
      ring.prepare(c.address);
      this.#ring = ring;
      ref = this.#ringRef = refOf(c, ring.vector);
    }
    const flags = block ? MSG_TRUNC | MSG_WAITFORONE : MSG_TRUNC | MSG_DONTWAIT;
    for (;;) {
      ring.rewind();
      const n = c.recvmmsg(this.#fd, ref, ring.slots, flags);
      if (n >= 0) {
        ring.filled(n);
        return n;
      }
      const r = this.#failed("recvmmsg", block);
      if (r !== 0) return r;
    }
  }

  /** A failed receive: 0 to retry (EINTR), a RECEIVED_* code, or a throw. */
  #failed(call: string, block: boolean): number {
    const errno = this.#c.errno();
    if (errno === Errno.EINTR) return 0;
    if (errno === Errno.EAGAIN) {
      if (!block) return RECEIVED_NONE;
      throw new TimeoutError("receive", this.#receiveTimeout);
    }
    if (errno === Errno.ENOBUFS) return RECEIVED_OVERRUN;
    throw new SyscallError(call, errno, errno === Errno.EBADF ? "the descriptor is not open" : "");
  }

  wait(timeoutMs: number): Promise<boolean> {
    const waiter = this.#waiter ??= this.#c.waiter(this.#fd);
    return waiter.wait(timeoutMs);
  }

  wake(): void {
    this.#waiter?.wake();
  }

  setOption(level: number, name: number, value: number): void {
    const s = this.#s;
    s.intView.setInt32(0, value, true);
    if (this.#c.setsockopt(this.#fd, level, name, s.intRef, 4) < 0) {
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

  getOption(level: number, name: number): number {
    const s = this.#s;
    s.intView.setInt32(0, 0, true);
    s.lenView.setUint32(0, 4, true);
    if (this.#c.getsockopt(this.#fd, level, name, s.intRef, s.lenRef) < 0) {
      throw new SyscallError("getsockopt", this.#c.errno(), `option ${name} at level ${level}`);
    }
    return s.intView.getInt32(0, true);
  }

  setReceiveTimeout(ms: number): void {
    const v = this.#s.intView;
    const us = Math.round(ms * 1000);
    v.setBigInt64(0, BigInt(Math.floor(us / 1e6)), true);
    v.setBigInt64(8, BigInt(us % 1e6), true);
    if (this.#c.setsockopt(this.#fd, SOL_SOCKET, SO_RCVTIMEO, this.#s.intRef, 16) < 0) {
      throw new SyscallError("setsockopt", this.#c.errno(), `SO_RCVTIMEO of ${ms} ms`);
    }
    this.#receiveTimeout = ms;
  }

  join(group: number): void {
    this.#membership(NETLINK_ADD_MEMBERSHIP, group, "join");
  }

  leave(group: number): void {
    this.#membership(NETLINK_DROP_MEMBERSHIP, group, "leave");
  }

  #membership(option: number, group: number, verb: string): void {
    const s = this.#s;
    s.intView.setUint32(0, group, true);
    if (this.#c.setsockopt(this.#fd, SOL_NETLINK, option, s.intRef, 4) < 0) {
      const errno = this.#c.errno();
      throw new SyscallError(
        "setsockopt",
        errno,
        membershipHint(errno, verb, group, this.#protocol),
      );
    }
  }

  close(): void {
    const fd = this.#fd;
    if (fd < 0) return;
    this.#fd = -1;
    this.#waiter?.close();
    this.#waiter = undefined;
    this.#c.close(fd);
    this.#sendBuf = this.#sendRef = undefined;
    this.#ringRef = undefined;
    giveBack(this.receiveBuffer);
  }
}

/**
 * The FFI reference of a buffer. In Deno it is the memory's address, which
 * stays valid when pooled memory moves to a new `ArrayBuffer`, so it is kept
 * with the memory; in Bun it is the array itself, taken afresh (free).
 */
function refOf(c: LibC, buf: Uint8Array): BufferRef {
  if (c.runtime !== "deno" || buf.byteOffset !== 0 || buf.byteLength !== buf.buffer.byteLength) {
    return c.ref(buf); // a view inside a larger buffer: its own address
  }
  const cached = tagOf(buf) as BufferRef | undefined;
  if (cached !== undefined) return cached;
  const ref = c.ref(buf);
  setTag(buf, ref);
  return ref;
}

function sendHint(errno: number, to: number): string {
  if (errno === Errno.ECONNREFUSED) {
    return to === 0
      ? "the kernel has no socket for this protocol (is its module loaded?)"
      : `no socket is bound to port id ${to}`;
  }
  if (errno === Errno.EPERM) {
    return to === 0
      ? "the kernel refused the sender"
      : `sending to port id ${to} or to groups needs CAP_NET_ADMIN for this protocol`;
  }
  if (errno === Errno.EBADF) return "the descriptor is not open";
  return "";
}

function membershipHint(errno: number, verb: string, group: number, protocol: number): string {
  const what = `cannot ${verb} multicast group ${group} of netlink protocol ${protocol}`;
  if (errno === Errno.EPERM) {
    return `${what}: the kernel wants CAP_NET_ADMIN in the socket's network namespace ` +
      `(CAP_SYS_ADMIN for some generic netlink groups) to listen to it`;
  }
  if (errno === Errno.EINVAL) return `${what}: the protocol has no such group`;
  if (errno === Errno.ENOENT) return `${what}: no such group is registered`;
  return what;
}
