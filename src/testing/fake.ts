/**
 * A fake netlink connection for tests: a real {@linkcode NetlinkSocket}
 * whose requests go to a function the test supplies, and whose answers are
 * whatever that function returns. The socket's own code runs unchanged
 * (sequence numbers, acks, dumps, errors, timeouts, multicast), so a test
 * exercises the same paths as production, without a kernel, FFI or
 * privileges.
 *
 * @module
 */
import { type NetlinkSocket, openSocketOver } from "../socket/socket.ts";
import type { SocketOptions } from "../socket/options.ts";
import { checkGroup, checkPortId } from "../socket/options.ts";
import {
  type FakeConnectionControls,
  type FakeHandler,
  type FakeRequest,
  FakeTransport,
} from "./fake_transport.ts";

/** How to open a fake connection: socket options, and the fake's own. */
export interface FakeOptions extends SocketOptions {
  /**
   * Ack every request to the kernel that asks for one (`NLM_F_ACK`) and
   * that the handler's answer does not ack or refuse, as the kernel does;
   * default true.
   */
  autoAck?: boolean;
}

/**
 * A {@linkcode NetlinkSocket} answered by a function.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   IFINFOMSG_SIZE,
 *   IFLA_IFNAME,
 *   NETLINK_ROUTE,
 *   type NetlinkSocket,
 *   RTM_GETLINK,
 *   RTM_NEWLINK,
 * } from "../../mod.ts";
 * import { FakeConnection, reply } from "../../testing.ts";
 *
 * // The code under test: the name of an interface.
 * function linkName(sock: NetlinkSocket, index: number): string {
 *   const w = sock.writer.reset();
 *   w.begin(RTM_GETLINK);
 *   w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, index, true);
 *   const attrs = sock.request().attributes(IFINFOMSG_SIZE);
 *   return attrs.find(IFLA_IFNAME) ? attrs.string() : "";
 * }
 *
 * using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }) =>
 *   reply(message, RTM_NEWLINK, (w) => {
 *     w.reserve(IFINFOMSG_SIZE);
 *     w.putString(IFLA_IFNAME, "eth0");
 *   }));
 * assert.equal(linkName(fake.socket, 2), "eth0");
 * assert.equal(fake.requests[0].message.type, RTM_GETLINK);
 * ```
 */
export class FakeConnection implements Disposable, FakeConnectionControls {
  /** The socket under test: a `NetlinkSocket` like any other. */
  readonly socket: NetlinkSocket;
  readonly #t: FakeTransport;

  private constructor(socket: NetlinkSocket, transport: FakeTransport) {
    this.socket = socket;
    this.#t = transport;
  }

  /**
   * Opens a socket over a fake connection. Options are checked and applied
   * as by `NetlinkSocket.open()` (the fake records them).
   *
   * @param protocol The protocol the socket believes it speaks (its ack
   *   rule and error names depend on it), e.g. `NETLINK_ROUTE`.
   * @param handler Called with every datagram the socket sends (and this
   *   connection); returns the datagrams to deliver (built with `reply`,
   *   `ack`, `error`, `done`, `dump`...), a promise of them (a late answer),
   *   or nothing.
   * @param options Socket options, and `autoAck`.
   * @returns The connection; its {@linkcode socket} is ready.
   * @throws {TypeError | RangeError} For wrong options, as `NetlinkSocket.open()`.
   */
  static open(protocol: number, handler: FakeHandler, options: FakeOptions = {}): FakeConnection {
    if (typeof handler !== "function") {
      throw new TypeError("FakeConnection.open() needs a handler function as second argument");
    }
    let transport: FakeTransport | undefined;
    let connection: FakeConnection | undefined;
    const bound = (request: FakeRequest) => handler(request, connection!);
    const autoAck = options.autoAck ?? true;
    const socket = openSocketOver(
      protocol,
      options,
      (o) => transport = new FakeTransport(bound, o.portId, o.bufferSize, autoAck),
    );
    return connection = new FakeConnection(socket, transport!);
  }

  /** Every datagram the socket sent, in order (to assert what the code under test asked). */
  get requests(): readonly FakeRequest[] {
    return this.#t.sent;
  }

  /** The multicast groups the socket has joined. */
  get groups(): ReadonlySet<number> {
    return this.#t.groups;
  }

  /** How many datagrams (and overruns) wait for the socket to receive them. */
  get queued(): number {
    return this.#t.queued;
  }

  /**
   * The value the socket set for an option (`setOption`, or its open options).
   *
   * @param level `SOL_SOCKET` or `SOL_NETLINK`.
   * @param name The option.
   * @returns Its value, or `undefined` when never set.
   */
  option(level: number, name: number): number | undefined {
    return this.#t.options.get(`${level}:${name}`);
  }

  /**
   * Delivers a datagram to the socket, unasked: a late answer, a peer's
   * message, a stray. It is queued after whatever is already queued.
   *
   * @param datagram The bytes (one or more messages; see `datagram()`).
   * @param from The sender's port id; 0 (default) is the kernel.
   */
  deliver(datagram: Uint8Array, from = 0): void {
    this.#t.deliver(datagram, checkPortId(from, "from"), 0);
  }

  /**
   * Delivers a multicast datagram from the kernel to `group`, which the
   * socket must have joined (the kernel delivers nothing otherwise).
   *
   * @param group The group number, e.g. `RTNLGRP_LINK`.
   * @param datagram The bytes (see `notification()`).
   * @throws {Error} When the socket has not joined `group`.
   */
  multicast(group: number, datagram: Uint8Array): void {
    checkGroup(group, "group");
    if (!this.#t.groups.has(group)) {
      throw new Error(
        `The socket has not joined group ${group}: the kernel would not deliver this ` +
          `(joined: ${[...this.#t.groups].join(", ") || "none"})`,
      );
    }
    // nl_groups carries the group's bit for groups 1 to 32, 0 beyond.
    this.#t.deliver(datagram, 0, group <= 32 ? (1 << (group - 1)) >>> 0 : 0);
  }

  /**
   * Makes the socket's next receive report an overrun (`ENOBUFS`): the
   * receive queue overflowed and messages were lost.
   */
  overrun(): void {
    this.#t.overrun();
  }

  /** Closes the socket. */
  close(): void {
    this.socket.close();
  }

  /** Same as {@linkcode close}, for `using`. */
  [Symbol.dispose](): void {
    this.close();
  }
}
