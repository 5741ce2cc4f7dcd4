/**
 * Request/answer matching: stamping a request (sequence number,
 * `NLM_F_REQUEST`, and `NLM_F_ACK` when nothing else would answer), deciding
 * whether a received message answers it, and remembering the sequence
 * numbers of requests whose late messages must be skipped. Pure: no I/O, so
 * it is tested from byte tables.
 *
 * The ack rule: a request must never wait for an answer that cannot come.
 * A request the kernel only applies (`RTM_NEWADDR` without `NLM_F_ACK`)
 * sends nothing back, so `NLM_F_ACK` is added to every request unless it
 * already asks for one, or is known to produce a reply:
 * - a dump (`NLM_F_DUMP`), which ends with `NLMSG_DONE`;
 * - an rtnetlink GET (`NETLINK_ROUTE`, type >= 16 and type % 4 == 2);
 * - a request stamped with `replies: true` (generic netlink operations
 *   that reply, the test module's HELLO/ECHO/STATS, a user-space peer's
 *   protocol); `replies: false` always asks for the ack.
 * A GET round trip thus costs no extra message; a request that gets both a
 * reply and an ack returns the reply and skips the ack.
 *
 * @module
 */
import {
  NETLINK_ROUTE,
  NLM_F_ACK,
  NLM_F_DUMP,
  NLM_F_MULTI,
  NLM_F_REQUEST,
  NLMSG_ERROR,
  NLMSG_MIN_TYPE,
} from "../codec/constants.ts";
import type { Message } from "../codec/message.ts";
import { ReplyMismatchError } from "../errors.ts";

/** How many abandoned or answered sequence numbers are remembered. */
export const STALE_KEPT = 64;

/**
 * Whether a request is known to produce a reply message of its own.
 *
 * @param protocol The socket's protocol.
 * @param type The request's `nlmsg_type`.
 * @param flags The request's `nlmsg_flags`.
 * @returns `true` for a dump or an rtnetlink GET.
 */
export function knownToReply(protocol: number, type: number, flags: number): boolean {
  if ((flags & NLM_F_DUMP) === NLM_F_DUMP) return true;
  return protocol === NETLINK_ROUTE && type >= NLMSG_MIN_TYPE && (type & 3) === 2;
}

/** One socket's sequence numbers and the memory of stale ones. */
export class RequestMatcher {
  /** The protocol, for the ack rule. */
  readonly protocol: number;
  /** `nlmsg_flags` of the request stamped last, as sent. */
  flags = 0;
  #seq: number;
  readonly #stale = new Set<number>();
  readonly #order = new Array<number>(STALE_KEPT).fill(0);
  #oldest = 0;

  /**
   * Creates the matcher.
   *
   * @param protocol The socket's protocol.
   * @param firstSeq The first sequence number (default: random, never 0).
   */
  constructor(protocol: number, firstSeq: number = ((Math.random() * 0x3fffffff) >>> 0) + 1) {
    this.protocol = protocol;
    this.#seq = firstSeq;
  }

  /**
   * A fresh sequence number.
   *
   * @returns The next one (never 0; wraps after 2^32 - 2).
   */
  nextSeq(): number {
    const seq = this.#seq;
    this.#seq = seq >= 0xfffffffe ? 1 : seq + 1;
    return seq;
  }

  /**
   * Stamps the request whose header starts at `at`: `NLM_F_REQUEST`, the
   * ack rule, and a fresh sequence number. Its flags, as sent, are left in
   * {@linkcode flags}.
   *
   * @param view A view of the request's bytes.
   * @param at Offset of its `nlmsghdr`.
   * @param replies The caller's word on whether it replies (see the module doc).
   * @returns The sequence number.
   */
  stamp(view: DataView, at: number, replies: boolean | undefined): number {
    let flags = view.getUint16(at + 6, true) | NLM_F_REQUEST;
    if ((flags & NLM_F_ACK) === 0 && this.#wantsAck(view.getUint16(at + 4, true), flags, replies)) {
      flags |= NLM_F_ACK;
    }
    const seq = this.#seq; // nextSeq(), written out
    this.#seq = seq >= 0xfffffffe ? 1 : seq + 1;
    view.setUint16(at + 6, flags, true);
    view.setUint32(at + 8, seq, true);
    this.flags = flags;
    return seq;
  }

  /** The ack rule, for a request that does not ask for an ack itself. */
  #wantsAck(type: number, flags: number, replies: boolean | undefined): boolean {
    return replies === false ||
      (replies === undefined && !knownToReply(this.protocol, type, flags));
  }

  /**
   * Whether `msg` answers the request `seq`. A message of a stale request
   * (a trailing ack, a late answer) or with sequence 0 (a notification) is
   * skipped; any other sequence number is
   * an error, as is a port id that is neither this socket's nor 0 (the
   * kernel's own messages, e.g. `NETLINK_AUDIT` replies, carry 0) in an
   * answer from the kernel.
   *
   * @param msg The received message.
   * @param seq The request's sequence number.
   * @param from Who answers: 0 for the kernel, else a peer's port id (whose
   *   messages carry whatever port id the peer writes).
   * @param portId This socket's port id.
   * @returns `true` when it answers; `false` when it is stale.
   * @throws {ReplyMismatchError} `EPROTO` for a foreign sequence, `ESRCH` for a foreign port id.
   */
  isOurs(msg: Message, seq: number, from: number, portId: number): boolean {
    const got = msg.seq;
    if (got !== seq) {
      // Sequence 0 is never a request's (multicast notifications carry it).
      if (got === 0 || this.#stale.has(got)) return false;
      throw new ReplyMismatchError("sequence", seq, got);
    }
    if (from === 0) {
      const pid = msg.pid;
      if (pid !== portId && pid !== 0) throw new ReplyMismatchError("port id", portId, pid);
    }
    return true;
  }

  /**
   * Records what may still follow an answer: after a reply to a request
   * that asked for an ack, the ack; after the first part of a multipart
   * answer, the rest. Both are then skipped.
   *
   * @param answer The message that answered.
   * @param seq The request's sequence number.
   * @param flags The request's flags, as stamped.
   */
  answered(answer: Message, seq: number, flags: number): void {
    if (answer.type === NLMSG_ERROR) return;
    if ((flags & NLM_F_ACK) !== 0 || (answer.flags & NLM_F_MULTI) !== 0) this.forget(seq);
  }

  /**
   * Marks `seq` as answered or abandoned: messages still carrying it are
   * skipped, not taken for another request's. The {@linkcode STALE_KEPT}
   * most recent are kept (sequence numbers do not repeat for 2^32 requests).
   *
   * @param seq The sequence number.
   */
  forget(seq: number): void {
    const stale = this.#stale;
    if (stale.has(seq)) return;
    const slot = this.#oldest;
    if (stale.size >= STALE_KEPT) stale.delete(this.#order[slot]!);
    this.#order[slot] = seq;
    this.#oldest = (slot + 1) % STALE_KEPT;
    stale.add(seq);
  }

  /**
   * Whether messages carrying `seq` are skipped.
   *
   * @param seq A sequence number.
   * @returns `true` when it was forgotten and is still remembered.
   */
  isStale(seq: number): boolean {
    return this.#stale.has(seq);
  }
}
