/**
 * Builders for the datagrams a fake connection delivers: replies, acks,
 * errors with extended acks, `NLMSG_DONE`, multipart dumps and
 * notifications, spelled as the kernel spells them. Each returns the bytes
 * of one message (or, for {@linkcode dump}, of whole datagrams); put several
 * messages in one datagram with {@linkcode datagram}.
 *
 * ```
 * NLMSG_ERROR payload:
 * | error (s32) | the request's nlmsghdr | its payload, unless capped | ext-ack TLVs |
 * NLMSG_DONE payload:
 * | error (s32) | ext-ack TLVs |
 * ```
 *
 * @module
 */
import {
  NLM_F_ACK_TLVS,
  NLM_F_CAPPED,
  NLM_F_DUMP_INTR,
  NLM_F_MULTI,
  NLMSG_DONE,
  NLMSG_ERROR,
  NLMSGERR_ATTR_MISS_NEST,
  NLMSGERR_ATTR_MISS_TYPE,
  NLMSGERR_ATTR_MSG,
  NLMSGERR_ATTR_OFFS,
} from "../codec/constants.ts";
import type { Message } from "../codec/message.ts";
import { MessageWriter } from "../codec/writer.ts";

/** What an error or `NLMSG_DONE` says through the extended ack (`NETLINK_EXT_ACK`). */
export interface FakeExtAck {
  /** `NLMSGERR_ATTR_MSG`: the text. */
  message?: string;
  /** `NLMSGERR_ATTR_OFFS`: offset of the offending attribute in the request. */
  offset?: number;
  /** `NLMSGERR_ATTR_MISS_TYPE`: a required attribute that is missing. */
  missingType?: number;
  /** `NLMSGERR_ATTR_MISS_NEST`: offset of the nest that lacks it. */
  missingNest?: number;
}

/** Writes the payload of a message being built. */
export type PayloadBuilder = (w: MessageWriter) => void;

/**
 * The port id that sent each request a fake connection received: the
 * kernel answers a request with its sender's port id, whatever the
 * request's own `nlmsg_pid` says (usually 0).
 */
export const senders: WeakMap<Message, number> = new WeakMap();

/** The port id an answer to `request` carries. */
function portOf(request: Message): number {
  return senders.get(request) ?? request.pid;
}

let scratch: MessageWriter | undefined;

/** Builds one or more messages in a scratch writer and returns a copy of them. */
function build(write: (w: MessageWriter) => void): Uint8Array {
  const w = (scratch ??= new MessageWriter(1 << 20)).reset();
  write(w);
  if (w.messageOffset >= 0) w.end();
  return w.buffer.slice(0, w.length);
}

/**
 * A reply to `request`: its sequence number, its sender's port id, `type`,
 * and the payload `payload` writes.
 *
 * @param request The request being answered (from the fake's handler).
 * @param type The reply's `nlmsg_type`, e.g. `RTM_NEWLINK`.
 * @param payload Writes the family header and attributes.
 * @param flags The reply's `nlmsg_flags` (default 0).
 * @returns The message's bytes.
 */
export function reply(
  request: Message,
  type: number,
  payload?: PayloadBuilder,
  flags = 0,
): Uint8Array {
  return build((w) => {
    w.begin(type, flags, request.seq, portOf(request));
    payload?.(w);
  });
}

/**
 * The kernel's ack of `request`: `NLMSG_ERROR` with error 0, the request's
 * header echoed (`NLM_F_CAPPED`).
 *
 * @param request The request being acknowledged.
 * @returns The message's bytes.
 */
export function ack(request: Message): Uint8Array {
  return build((w) => {
    w.begin(NLMSG_ERROR, NLM_F_CAPPED, request.seq, portOf(request));
    w.view.setInt32(w.reserve(4), 0, true);
    w.append(request.buffer.subarray(request.offset, request.offset + 16));
  });
}

/**
 * The kernel's refusal of `request`: `NLMSG_ERROR` with `-errno`, the
 * request echoed (whole, unless `capped`), and the extended ack.
 *
 * @param request The request being refused.
 * @param errno The positive errno, e.g. `Errno.EPERM` (1).
 * @param extAck Text, offset, missing attribute: as the kernel's extended ack.
 * @param capped Echo only the request's header (`NETLINK_CAP_ACK`).
 * @returns The message's bytes.
 */
export function error(
  request: Message,
  errno: number,
  extAck: FakeExtAck = {},
  capped = false,
): Uint8Array {
  const tlvs = hasTlvs(extAck);
  const flags = (capped ? NLM_F_CAPPED : 0) | (tlvs ? NLM_F_ACK_TLVS : 0);
  return build((w) => {
    w.begin(NLMSG_ERROR, flags, request.seq, portOf(request));
    w.view.setInt32(w.reserve(4), -errno, true);
    const echoed = capped ? 16 : request.length;
    w.append(request.buffer.subarray(request.offset, request.offset + echoed));
    putExtAck(w, extAck);
  });
}

/**
 * The end of a dump: `NLMSG_DONE` with `NLM_F_MULTI`, and an error code
 * when the dump failed at its end.
 *
 * @param request The dump request.
 * @param options `errno` (0: a clean end), `extAck`, `interrupted` (sets `NLM_F_DUMP_INTR`).
 * @returns The message's bytes.
 */
export function done(
  request: Message,
  options: { errno?: number; extAck?: FakeExtAck; interrupted?: boolean | undefined } = {},
): Uint8Array {
  const extAck = options.extAck ?? {};
  const flags = NLM_F_MULTI | (options.interrupted ? NLM_F_DUMP_INTR : 0) |
    (hasTlvs(extAck) ? NLM_F_ACK_TLVS : 0);
  return build((w) => {
    w.begin(NLMSG_DONE, flags, request.seq, portOf(request));
    w.view.setInt32(w.reserve(4), -(options.errno ?? 0), true);
    putExtAck(w, extAck);
  });
}

/**
 * A whole dump answer: one `type` message per entry (`NLM_F_MULTI`, and
 * `NLM_F_DUMP_INTR` when `interrupted`), packed `perDatagram` to a datagram,
 * with `NLMSG_DONE` at the end of the last one.
 *
 * @param request The dump request.
 * @param type The messages' `nlmsg_type`.
 * @param entries One payload writer per message.
 * @param options `perDatagram` (default: all in one datagram), `interrupted`.
 * @returns The datagrams.
 */
export function dump(
  request: Message,
  type: number,
  entries: readonly PayloadBuilder[],
  options: { perDatagram?: number; interrupted?: boolean } = {},
): Uint8Array[] {
  const per = options.perDatagram ?? Math.max(1, entries.length);
  const flags = NLM_F_MULTI | (options.interrupted ? NLM_F_DUMP_INTR : 0);
  const messages = entries.map((entry) => reply(request, type, entry, flags));
  const groups: Uint8Array[][] = [];
  for (let i = 0; i < messages.length; i += per) groups.push(messages.slice(i, i + per));
  if (groups.length === 0) groups.push([]);
  // NLMSG_DONE rides with the last entries, as the kernel puts it when there is room.
  groups[groups.length - 1]!.push(done(request, { interrupted: options.interrupted }));
  return groups.map((g) => datagram(...g));
}

/**
 * A notification, as the kernel multicasts them: sequence 0 and port id 0
 * unless given.
 *
 * @param type The `nlmsg_type`, e.g. `RTM_NEWLINK`.
 * @param payload Writes the family header and attributes.
 * @param options `seq`, `pid`, `flags`.
 * @returns The message's bytes.
 */
export function notification(
  type: number,
  payload?: PayloadBuilder,
  options: { seq?: number; pid?: number; flags?: number } = {},
): Uint8Array {
  return build((w) => {
    w.begin(type, options.flags ?? 0, options.seq ?? 0, options.pid ?? 0);
    payload?.(w);
  });
}

/**
 * Several messages as one datagram, each at a 4-byte boundary.
 *
 * @param messages The messages' bytes (from the builders here).
 * @returns The datagram.
 */
export function datagram(...messages: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const m of messages) size += (m.byteLength + 3) & ~3;
  const out = new Uint8Array(size);
  let at = 0;
  for (const m of messages) {
    out.set(m, at);
    at += (m.byteLength + 3) & ~3;
  }
  return out;
}

function hasTlvs(a: FakeExtAck): boolean {
  return a.message !== undefined || a.offset !== undefined || a.missingType !== undefined ||
    a.missingNest !== undefined;
}

function putExtAck(w: MessageWriter, a: FakeExtAck): void {
  if (a.message !== undefined) w.putString(NLMSGERR_ATTR_MSG, a.message);
  if (a.offset !== undefined) w.putU32(NLMSGERR_ATTR_OFFS, a.offset);
  if (a.missingType !== undefined) w.putU32(NLMSGERR_ATTR_MISS_TYPE, a.missingType);
  if (a.missingNest !== undefined) w.putU32(NLMSGERR_ATTR_MISS_NEST, a.missingNest);
}
