/**
 * The fake {@linkcode Transport}: what the socket sends goes to a function
 * the test supplies, and what it answers (or what the test delivers) is
 * queued for the socket to receive, with the same return codes, errors and
 * wake-ups as the libc transport. No FFI is touched.
 *
 * @module
 */
import { NLM_F_ACK, NLM_F_DUMP, NLMSG_ERROR } from "../codec/constants.ts";
import { type Message, MessageReader } from "../codec/message.ts";
import { TimeoutError, TruncatedError } from "../errors.ts";
import type { ReceiveRing } from "../socket/ring.ts";
import { RECEIVED_NONE, RECEIVED_OVERRUN, type Transport } from "../socket/transport.ts";
import { ack, senders } from "./replies.ts";

/** One datagram the socket sent, as the fake's handler sees it. */
export interface FakeRequest {
  /**
   * Its messages, as owned copies of what was sent. The builders (`reply`,
   * `ack`, ...) answer them with the sending socket's port id, as the
   * kernel does.
   */
  readonly messages: readonly Message[];
  /** The first message (most datagrams hold one). */
  readonly message: Message;
  /** The datagram's bytes, as sent (a copy). */
  readonly bytes: Uint8Array;
  /** Destination port id: 0 for the kernel, else the peer the test plays. */
  readonly to: number;
  /** Destination group mask (a user-space multicast), else 0. */
  readonly groups: number;
}

/**
 * What a handler answers: nothing, one datagram, or several, in order; or
 * a promise of that (delivered when it resolves: a late answer).
 */
export type FakeAnswer = Uint8Array | readonly Uint8Array[] | undefined | null | void;

/**
 * Answers the socket's requests in a test. The second argument is the
 * connection itself, to stage what else happens meanwhile (a multicast, an
 * overrun).
 */
export type FakeHandler = (
  request: FakeRequest,
  connection: FakeConnectionControls,
) => FakeAnswer | Promise<FakeAnswer>;

/** What a handler can do to the connection while it answers. */
export interface FakeConnectionControls {
  /** Delivers a datagram to the socket, unasked (see `FakeConnection.deliver`). */
  deliver(datagram: Uint8Array, from?: number): void;
  /** Delivers a multicast datagram to a joined group (see `FakeConnection.multicast`). */
  multicast(group: number, datagram: Uint8Array): void;
  /** Makes the next receive report an overrun (see `FakeConnection.overrun`). */
  overrun(): void;
}

/** The handler as the transport calls it, the connection already bound. */
type BoundHandler = (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>;

/** One queued item: a datagram with its sender, or an overrun. */
type Queued = { bytes: Uint8Array; port: number; groups: number } | "overrun";

let nextPortId = 0x1000;

/** The transport under a {@linkcode FakeConnection}'s socket. */
export class FakeTransport implements Transport {
  readonly portId: number;
  readonly receiveBuffer: Uint8Array;
  readonly receiveView: DataView;
  sourcePort = 0;
  sourceGroups = 0;
  /** Every datagram sent, in order. */
  readonly sent: FakeRequest[] = [];
  /** Joined multicast groups. */
  readonly groups = new Set<number>();
  /** Socket options set, by `"level:name"`. */
  readonly options = new Map<string, number>();
  /** The receive timeout set (`SO_RCVTIMEO`), in ms. */
  receiveTimeout = 0;
  readonly #handler: BoundHandler;
  readonly #autoAck: boolean;
  readonly #queue: Queued[] = [];
  #waiting: ((readable: boolean) => void) | undefined;
  #failure: unknown;
  #closed = false;

  /**
   * Creates the transport.
   *
   * @param handler Answers what the socket sends.
   * @param portId The port id to bind (0: one is picked).
   * @param bufferSize The receive buffer's size.
   * @param autoAck Ack requests with `NLM_F_ACK` that the handler leaves unacked, as the kernel does.
   */
  constructor(handler: BoundHandler, portId: number, bufferSize: number, autoAck: boolean) {
    this.#handler = handler;
    this.#autoAck = autoAck;
    this.portId = portId !== 0 ? portId : nextPortId++;
    this.receiveBuffer = new Uint8Array(new ArrayBuffer(bufferSize));
    this.receiveView = new DataView(this.receiveBuffer.buffer);
  }

  /** How many datagrams (and overruns) wait to be received. */
  get queued(): number {
    return this.#queue.length;
  }

  /**
   * Queues a datagram for the socket, as if `port` (0: the kernel) sent it
   * to `groups` (0: unicast).
   *
   * @param bytes The datagram.
   * @param port The sender's port id.
   * @param groups The sender's group mask.
   */
  deliver(bytes: Uint8Array, port: number, groups: number): void {
    if (this.#closed) return;
    this.#queue.push({ bytes: bytes.slice(), port, groups });
    this.#wakeWaiter(true);
  }

  /** Queues an overrun (`ENOBUFS`): the next receive reports lost messages. */
  overrun(): void {
    if (this.#closed) return;
    this.#queue.push("overrun");
    this.#wakeWaiter(true);
  }

  send(bytes: Uint8Array, length: number, to: number, groups: number): number {
    const copy = bytes.slice(0, length);
    const messages: Message[] = [];
    for (const m of new MessageReader().reset(copy, length)) {
      const owned = m.toOwned();
      senders.set(owned, this.portId);
      messages.push(owned);
    }
    const request: FakeRequest = {
      messages,
      message: messages[0]!,
      bytes: copy,
      to,
      groups,
    };
    this.sent.push(request);
    const answer = this.#handler(request);
    if (answer instanceof Promise) {
      answer.then(
        (late) => this.#answer(request, late),
        (err) => this.#fail(err),
      );
    } else {
      this.#answer(request, answer);
    }
    return length;
  }

  /** Queues an answer, then the acks the kernel would add. */
  #answer(request: FakeRequest, answer: FakeAnswer): void {
    if (this.#closed) return;
    const datagrams: readonly Uint8Array[] = answer instanceof Uint8Array
      ? [answer]
      : (answer ?? []) as readonly Uint8Array[];
    for (const d of datagrams) this.deliver(d, request.to, 0);
    if (!this.#autoAck || request.to !== 0) return;
    const answered = new Set<number>();
    for (const d of datagrams) {
      for (const m of new MessageReader().reset(d, d.byteLength)) {
        if (m.type === NLMSG_ERROR) answered.add(m.seq);
      }
    }
    for (const m of request.messages) {
      const isDump = (m.flags & NLM_F_DUMP) === NLM_F_DUMP;
      if ((m.flags & NLM_F_ACK) !== 0 && !isDump && !answered.has(m.seq)) {
        this.deliver(ack(m), 0, 0);
      }
    }
  }

  #fail(err: unknown): void {
    this.#failure = new Error(`the fake connection's handler failed: ${err}`, { cause: err });
    this.#wakeWaiter(true);
  }

  receive(block: boolean, source: boolean): number {
    this.#throwFailure();
    const item = this.#queue.shift();
    if (item === undefined) {
      if (!block) return RECEIVED_NONE;
      if (this.receiveTimeout > 0) throw new TimeoutError("receive", this.receiveTimeout);
      throw new Error(
        "A blocking receive on a fake connection found nothing queued and would wait forever: " +
          "answer from the handler synchronously, deliver() before receiving, set a " +
          "receiveTimeout, or use the asynchronous API",
      );
    }
    if (item === "overrun") return RECEIVED_OVERRUN;
    const n = item.bytes.byteLength;
    const cap = this.receiveBuffer.byteLength;
    if (n > cap) throw new TruncatedError(n, cap);
    this.receiveBuffer.set(item.bytes);
    this.sourcePort = source ? item.port : 0;
    this.sourceGroups = source ? item.groups : 0;
    return n;
  }

  receiveMany(ring: ReceiveRing, block: boolean): number {
    this.#throwFailure();
    ring.rewind();
    const first = this.#queue[0];
    if (first === "overrun") {
      this.#queue.shift();
      return RECEIVED_OVERRUN;
    }
    if (first === undefined) return this.receive(block, true); // none, a timeout or the error
    let n = 0;
    while (n < ring.slots) {
      const item = this.#queue[0];
      if (item === undefined || item === "overrun") break;
      this.#queue.shift();
      ring.put(n++, item.bytes, item.port, item.groups);
    }
    ring.filled(n);
    return n;
  }

  wait(timeoutMs: number): Promise<boolean> {
    if (this.#closed) return Promise.resolve(false);
    if (this.#queue.length > 0 || this.#failure !== undefined) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      this.#waiting = (readable) => {
        if (timer !== undefined) clearTimeout(timer);
        this.#waiting = undefined;
        resolve(readable);
      };
      if (timeoutMs >= 0) timer = setTimeout(() => this.#wakeWaiter(false), timeoutMs);
    });
  }

  wake(): void {
    this.#wakeWaiter(false);
  }

  #wakeWaiter(readable: boolean): void {
    this.#waiting?.(readable);
  }

  #throwFailure(): void {
    const failure = this.#failure;
    if (failure === undefined) return;
    this.#failure = undefined;
    throw failure;
  }

  setOption(level: number, name: number, value: number): void {
    this.options.set(`${level}:${name}`, value);
  }

  getOption(level: number, name: number): number {
    return this.options.get(`${level}:${name}`) ?? 0;
  }

  setReceiveTimeout(ms: number): void {
    this.receiveTimeout = ms;
  }

  join(group: number): void {
    this.groups.add(group);
  }

  leave(group: number): void {
    this.groups.delete(group);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue.length = 0;
    this.#wakeWaiter(false);
  }
}
