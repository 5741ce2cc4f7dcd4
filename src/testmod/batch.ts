/**
 * Coalesced batches for the nlrt test module: many requests in one
 * datagram, their answers packed into as few datagrams as fit
 * (`NLRT_TEST_MSG_COALESCE` in `kmod/uapi/nlrt_test.h`).
 *
 * ```
 * sent       | COALESCE s0 [DGRAM_SIZE] | ECHO s1 | ECHO s2 | ... | ECHO sN |
 * received   | ECHO s1 | ECHO s2 | ... |  ...  | ECHO sN | DONE s0 |
 *            |<- datagram 1 (<= DGRAM_SIZE) ->|<- datagram 2 ...   ->|
 * ```
 *
 * @module
 */
import {
  errorCode,
  kernelError,
  type Message,
  type MessageReader,
  MessageWriter,
  type NetlinkSocket,
  NLM_F_REQUEST,
  NLMSG_DONE,
  NLMSG_ERROR,
  ReplyMismatchError,
  type WaitOptions,
} from "../../mod.ts";
import {
  NLRT_TEST_A_DGRAM_SIZE,
  NLRT_TEST_DGRAM_SIZE_DEFAULT,
  NLRT_TEST_DGRAM_SIZE_MAX,
  NLRT_TEST_DGRAM_SIZE_MIN,
  NLRT_TEST_MSG_COALESCE,
} from "../families/nlrt-test.ts";

/** How to build a {@linkcode CoalescedBatch}. */
export interface CoalescedBatchOptions {
  /**
   * Largest answer datagram, in bytes (`NLRT_TEST_A_DGRAM_SIZE`, 256..65536);
   * default 8192. It must not exceed the socket's `bufferSize`.
   */
  datagramSize?: number;
  /** Bytes for the requests of one batch; default 65536. */
  capacity?: number;
}

/**
 * Sends requests to the test module in one datagram and receives their
 * answers coalesced. One object per socket, reused for every batch: the
 * steady state allocates nothing.
 *
 * @example
 * ```ts
 * import { CoalescedBatch } from "./batch.ts";
 * import { openTestModule } from "./client.ts";
 * import { NLRT_TEST_MSG_ECHO } from "../families/nlrt-test.ts";
 * using sock = openTestModule();
 * const batch = new CoalescedBatch(sock);
 * batch.begin();
 * for (let i = 0; i < 64; i++) batch.add(NLRT_TEST_MSG_ECHO, new Uint8Array([i]));
 * let n = 0;
 * batch.exchange((answer) => {
 *   if (answer.payload()[0] !== n++) throw new Error("out of order");
 * });
 * ```
 */
export class CoalescedBatch {
  /** The writer holding the batch: COALESCE first, then the requests. */
  readonly writer: MessageWriter;
  readonly #sock: NetlinkSocket;
  readonly #datagramSize: number;
  #seq = 0;
  #datagrams = 0;

  /**
   * @param sock A socket on the test module's protocol.
   * @param options Answer datagram size and request capacity.
   * @throws {RangeError} When `datagramSize` is outside 256..65536.
   */
  constructor(sock: NetlinkSocket, options: CoalescedBatchOptions = {}) {
    const size = options.datagramSize ?? NLRT_TEST_DGRAM_SIZE_DEFAULT;
    if (
      !Number.isInteger(size) || size < NLRT_TEST_DGRAM_SIZE_MIN || size > NLRT_TEST_DGRAM_SIZE_MAX
    ) {
      throw new RangeError(
        `datagramSize ${size} is outside ${NLRT_TEST_DGRAM_SIZE_MIN}..${NLRT_TEST_DGRAM_SIZE_MAX}`,
      );
    }
    this.#sock = sock;
    this.#datagramSize = size;
    this.writer = new MessageWriter(options.capacity ?? 65536);
  }

  /** Sequence number of the batch's COALESCE request, which its final `NLMSG_DONE` carries. */
  get seq(): number {
    return this.#seq;
  }

  /**
   * Starts a batch: resets the writer and writes the COALESCE request.
   * Append requests with {@linkcode add} or directly to the returned writer
   * (each with its own sequence number, from `sock.nextSeq()`).
   *
   * @returns The writer.
   */
  begin(): MessageWriter {
    const w = this.writer.reset();
    this.#seq = this.#sock.nextSeq();
    w.begin(NLRT_TEST_MSG_COALESCE, NLM_F_REQUEST, this.#seq);
    if (this.#datagramSize !== NLRT_TEST_DGRAM_SIZE_DEFAULT) {
      w.putU32(NLRT_TEST_A_DGRAM_SIZE, this.#datagramSize);
    }
    w.end();
    return w;
  }

  /**
   * Appends one request with a fresh sequence number.
   *
   * @param type The message type, e.g. `NLRT_TEST_MSG_ECHO`.
   * @param payload The payload bytes (none by default).
   * @param flags Flags besides `NLM_F_REQUEST`, e.g. `NLM_F_ACK`.
   * @returns The request's sequence number.
   * @throws {RangeError} When the writer is full.
   */
  add(type: number, payload?: Uint8Array, flags = 0): number {
    const seq = this.#sock.nextSeq();
    const w = this.writer;
    w.begin(type, NLM_F_REQUEST | flags, seq);
    if (payload !== undefined) w.append(payload);
    w.end();
    return seq;
  }

  /**
   * Gives the batch's messages fresh sequence numbers, in order, so that a
   * batch built once can be exchanged again and again (a service polling
   * the same requests, a benchmark): renumbering 64 requests is one tight
   * loop over their headers, where writing them again is 64 calls of
   * `begin()` and `end()` each. Answers to an earlier exchange can then
   * never be taken for this one's.
   *
   * @returns The sequence number of the first request after the
   *   COALESCE request (the others follow it by one each), or 0 when the
   *   batch holds none.
   * @throws {Error} When no batch was begun, or a nest is still open.
   */
  renumber(): number {
    const w = this.writer;
    if (w.messageOffset >= 0) w.end();
    const end = w.length;
    if (end < 16) throw new Error("Cannot renumber: no batch was begun (call begin() first)");
    const v = w.view;
    this.#seq = this.#sock.nextSeq();
    v.setUint32(8, this.#seq, true);
    let first = 0;
    for (let at = 0; at < end;) {
      const len = v.getUint32(at, true);
      if (len < 16 || at + len > end) {
        throw new Error(`Cannot renumber: the message at offset ${at} has length ${len}`);
      }
      if (at > 0) {
        const seq = this.#sock.nextSeq();
        if (first === 0) first = seq;
        v.setUint32(at + 8, seq, true);
      }
      at += (len + 3) & ~3;
    }
    return first;
  }

  /**
   * Sends the batch and hands every answer, in order, to `onAnswer` (a view
   * valid during the call: replies, acks and errors alike, errors being
   * `NLMSG_ERROR` with a negative code), until the final `NLMSG_DONE`.
   *
   * @param onAnswer Called once per answer.
   * @returns How many datagrams the answers came in.
   * @throws {KernelError} When the module refused the COALESCE request itself.
   * @throws {ReplyMismatchError} When an answer is not addressed to this socket.
   * @throws {OverrunError} When an answer datagram was lost (the socket's
   *   receive queue was full); later datagrams of the batch may still come.
   * @throws {TimeoutError} When the socket's `receiveTimeout` passed.
   */
  exchange(onAnswer: (answer: Message) => void): number {
    const sock = this.#sock;
    sock.send(this.writer);
    this.#datagrams = 0;
    for (;;) {
      const reader = sock.receive();
      if (this.#datagram(reader, onAnswer)) return this.#datagrams;
    }
  }

  /**
   * Like {@linkcode exchange}, waiting for each datagram without blocking
   * the event loop.
   *
   * @param onAnswer Called once per answer.
   * @param options `signal` and `timeout` of each wait.
   * @returns How many datagrams the answers came in.
   * @throws {KernelError | ReplyMismatchError | OverrunError | TimeoutError} As {@linkcode exchange}.
   */
  async exchangeAsync(
    onAnswer: (answer: Message) => void,
    options: WaitOptions = {},
  ): Promise<number> {
    const sock = this.#sock;
    sock.send(this.writer);
    this.#datagrams = 0;
    for (;;) {
      const reader = await sock.receiveAsync(options);
      if (this.#datagram(reader, onAnswer)) return this.#datagrams;
    }
  }

  /** Handles one received datagram; true once the batch's NLMSG_DONE was seen. */
  #datagram(m: MessageReader, onAnswer: (answer: Message) => void): boolean {
    const sock = this.#sock;
    // Multicast and datagrams from other ports are not answers.
    if (sock.sourceGroups !== 0 || sock.sourcePortId !== 0) return false;
    this.#datagrams++;
    const portId = sock.portId;
    const seq = this.#seq;
    const v = m.view;
    // Each answer's header read in place (one pass over the datagram).
    while (m.advance()) {
      const at = m.offset;
      if (v.getUint32(at + 12, true) !== portId) {
        throw new ReplyMismatchError("port id", portId, m.pid);
      }
      if (v.getUint32(at + 8, true) !== seq) {
        onAnswer(m);
      } else if (m.type === NLMSG_DONE) {
        return true;
      } else if (m.type === NLMSG_ERROR) {
        const code = errorCode(m);
        if (code !== 0) throw kernelError(m, code);
      }
    }
    return false;
  }
}
