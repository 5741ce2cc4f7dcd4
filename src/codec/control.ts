/**
 * Control messages: `NLMSG_ERROR` (an ack when its error is 0) and
 * `NLMSG_DONE`, with the extended ack the kernel appends when
 * `NETLINK_EXT_ACK` is on.
 *
 * ```
 * NLMSG_ERROR payload:
 * | error (s32) | original nlmsghdr (16) | original payload (unless NLM_F_CAPPED) | ext-ack TLVs (if NLM_F_ACK_TLVS) |
 * NLMSG_DONE payload:
 * | error (s32) | ext-ack TLVs (if NLM_F_ACK_TLVS) |
 * ```
 *
 * @module
 */
import { DecodeError, type ExtendedAck, KernelError, type KernelErrorContext } from "../errors.ts";
import { AttributeReader } from "./attributes.ts";
import {
  NLM_F_ACK_TLVS,
  NLM_F_CAPPED,
  NLMSG_ERROR,
  NLMSGERR_ATTR_MISS_NEST,
  NLMSGERR_ATTR_MISS_TYPE,
  NLMSGERR_ATTR_MSG,
  NLMSGERR_ATTR_OFFS,
} from "./constants.ts";
import type { Message } from "./message.ts";
import { badInteger } from "./_check.ts";

/**
 * The error code of an `NLMSG_ERROR` or `NLMSG_DONE` message, as the kernel
 * wrote it: 0 for an ack or a clean end, a negative errno for an error.
 *
 * @param msg The control message.
 * @returns The signed error code (0 when a `NLMSG_DONE` carries no payload).
 * @throws {DecodeError} When an `NLMSG_ERROR` payload is shorter than 4 bytes,
 *   or the code is positive (the kernel sends 0 or a negative errno).
 */
export function errorCode(msg: Message): number {
  const length = msg.payloadLength;
  if (length < 4) {
    if (msg.type !== NLMSG_ERROR) return 0;
    throw new DecodeError(
      msg.offset,
      `NLMSG_ERROR payload of ${length} bytes lacks the error code`,
    );
  }
  const code = msg.view.getInt32(msg.payloadOffset, true);
  if (code > 0) {
    throw new DecodeError(
      msg.payloadOffset,
      `error code ${code} is positive; the kernel sends 0 or a negative errno`,
    );
  }
  return code;
}

/**
 * The extended ack of an `NLMSG_ERROR` or `NLMSG_DONE` message. In an
 * `NLMSG_ERROR`, the TLVs follow the echoed request: its header alone when
 * `NLM_F_CAPPED` is set, else the whole request as long as its echoed
 * `nlmsg_len` says, rounded up to 4 bytes (or to the message's end).
 *
 * @param msg The control message.
 * @returns What the kernel said; fields are `undefined` where it said nothing.
 * @throws {DecodeError} When the echoed request or the TLVs are malformed.
 */
export function extendedAck(msg: Message): ExtendedAck {
  const ack: ExtendedAck = {
    message: undefined,
    offset: undefined,
    missingType: undefined,
    missingNest: undefined,
  };
  const flags = msg.flags;
  const length = msg.payloadLength;
  if ((flags & NLM_F_ACK_TLVS) === 0 || length < 4) return ack;
  const end = msg.offset + msg.length;
  let start = msg.payloadOffset + 4;
  if (msg.type === NLMSG_ERROR) {
    if (length < 20) {
      throw new DecodeError(msg.offset, "NLMSG_ERROR with ack TLVs lacks the original header");
    }
    if ((flags & NLM_F_CAPPED) !== 0) start += 16;
    else {
      // Plain double arithmetic: a 32-bit length cannot wrap here.
      const origLen = msg.view.getUint32(start, true);
      if (origLen < 16) {
        throw new DecodeError(
          start,
          `the echoed request's length ${origLen} is below the header size 16`,
        );
      }
      if (origLen > end - start) {
        throw new DecodeError(
          start,
          `the echoed request's length ${origLen} overruns the NLMSG_ERROR ` +
            `(${end - start} bytes left)`,
        );
      }
      start = Math.min(start + origLen + (-origLen & 3), end);
    }
  }
  const attrs = new AttributeReader().reset(msg.buffer, start, end, msg.view);
  while (attrs.advance()) {
    switch (attrs.type) {
      case NLMSGERR_ATTR_MSG:
        ack.message = attrs.string();
        break;
      case NLMSGERR_ATTR_OFFS:
        ack.offset = attrs.u32();
        break;
      case NLMSGERR_ATTR_MISS_TYPE:
        ack.missingType = attrs.u32();
        break;
      case NLMSGERR_ATTR_MISS_NEST:
        ack.missingNest = attrs.u32();
        break;
    }
  }
  return ack;
}

/** What the caller of {@linkcode kernelError} knows about the refused request. */
export interface KernelErrorOptions extends KernelErrorContext {
  /** The request's type when the message does not echo it (an error on `NLMSG_DONE`). */
  requestType?: number | undefined;
  /** Names a request type (e.g. 20 as `"RTM_NEWADDR"`); `error` is the control message. */
  describe?: ((requestType: number, error: Message) => string | undefined) | undefined;
}

/**
 * Turns an `NLMSG_ERROR` or `NLMSG_DONE` with a negative error into a
 * {@linkcode KernelError}.
 *
 * @param msg The control message.
 * @param code Its error code ({@linkcode errorCode}), negative.
 * @param options The request's type and name where the caller knows them.
 * @returns The error, with sequence, request type and extended ack.
 * @throws {DecodeError} When the extended ack is malformed.
 * @throws {RangeError} When `code` is not a negative integer.
 */
export function kernelError(
  msg: Message,
  code: number,
  options: KernelErrorOptions = {},
): KernelError {
  if (typeof code !== "number" || !(code < 0) || (code | 0) !== code) {
    throw badInteger("Kernel error code", code, -0x80000000, -1);
  }
  const requestType = msg.type === NLMSG_ERROR && msg.payloadLength >= 20
    ? msg.view.getUint16(msg.payloadOffset + 8, true)
    : options.requestType ?? 0;
  const requestName = options.requestName ??
    (requestType !== 0 ? options.describe?.(requestType, msg) : undefined);
  return new KernelError(-code, msg.seq, requestType, extendedAck(msg), {
    requestName,
    hint: options.hint,
  });
}
