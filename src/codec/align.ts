/**
 * Netlink alignment helpers, as the C macros of the same names.
 *
 * ```
 * |<- NLMSG_HDRLEN ->|<-- payload -->|<- pad ->|
 * |   struct nlmsghdr |  family hdr + attributes |
 * |<------------- NLMSG_SPACE(payload) ------------>|
 * ```
 *
 * @module
 */

/** `NLMSG_ALIGNTO`: messages are aligned to 4 bytes. */
export const NLMSG_ALIGNTO = 4;
/** `NLA_ALIGNTO`: attributes are aligned to 4 bytes. */
export const NLA_ALIGNTO = 4;
/** `NLMSG_HDRLEN`: size of `struct nlmsghdr`. */
export const NLMSG_HDRLEN = 16;
/** `NLA_HDRLEN`: size of `struct nlattr`. */
export const NLA_HDRLEN = 4;

/**
 * `NLMSG_ALIGN(len)`: rounds up to the message alignment.
 *
 * @param len A length in bytes.
 * @returns `len` rounded up to a multiple of 4.
 * @example
 * ```ts
 * import { NLMSG_ALIGN } from "./align.ts";
 * NLMSG_ALIGN(17); // 20
 * ```
 */
export function NLMSG_ALIGN(len: number): number {
  return (len + 3) & ~3;
}

/**
 * `NLMSG_LENGTH(len)`: length of a message with a payload of `len` bytes.
 *
 * @param len Payload length.
 * @returns `len + NLMSG_HDRLEN`.
 */
export function NLMSG_LENGTH(len: number): number {
  return len + NLMSG_HDRLEN;
}

/**
 * `NLMSG_SPACE(len)`: aligned space taken by a message with a payload of `len` bytes.
 *
 * @param len Payload length.
 * @returns `NLMSG_ALIGN(NLMSG_LENGTH(len))`.
 */
export function NLMSG_SPACE(len: number): number {
  return NLMSG_ALIGN(len + NLMSG_HDRLEN);
}

/**
 * `NLA_ALIGN(len)`: rounds up to the attribute alignment.
 *
 * @param len A length in bytes.
 * @returns `len` rounded up to a multiple of 4.
 */
export function NLA_ALIGN(len: number): number {
  return (len + 3) & ~3;
}
