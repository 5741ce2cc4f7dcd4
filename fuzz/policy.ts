/**
 * The walk policy both walks follow (the codec walk in `walk.ts` and the
 * reference walk in `reference.ts`): which family header a message type
 * has, how deep nests are followed, and which attributes are tried as
 * nests. These are choices of the fuzzer, not decoding: the decoding
 * itself is written twice, independently.
 *
 * @module
 */

/** Netlink protocols the corpus holds. */
export const PROTO_ROUTE = 0;
/** `NETLINK_KOBJECT_UEVENT`: datagrams that are not netlink messages. */
export const PROTO_UEVENT = 15;
/** `NETLINK_GENERIC`. */
export const PROTO_GENERIC = 16;

/** Deepest nest level walked. */
export const MAX_DEPTH = 6;

/**
 * The family header size of a message, by protocol and type.
 *
 * @param protocol The netlink protocol.
 * @param type `nlmsg_type`.
 * @returns Its size in bytes.
 */
export function headerSize(protocol: number, type: number): number {
  if (type < 0x10) return 0;
  if (protocol === PROTO_GENERIC) return 4; // genlmsghdr
  if (protocol !== PROTO_ROUTE) return 0;
  if (type < 20) return 16; // ifinfomsg
  if (type < 24) return 8; // ifaddrmsg
  if (type < 36) return 12; // rtmsg, ndmsg, fib_rule_hdr
  if (type < 48) return 20; // tcmsg
  if (type < 52) return 4; // tcamsg
  if (type < 56) return 12; // prefixmsg
  if (type >= 64 && type < 68) return 4; // ndtmsg
  if (type >= 80 && type < 96) return 4; // netconfmsg, rtgenmsg
  return 0;
}

/**
 * Whether to call a fixed-size getter of the wrong size on an attribute (a
 * thrown error costs microseconds: one attribute in eight).
 *
 * @param offset The attribute's offset.
 * @returns Whether to make the wrong call.
 */
export function tryWrongSize(offset: number): boolean {
  return ((offset >> 2) & 7) === 0;
}

/**
 * Which size of a fixed-size getter to call wrongly on a value of `length`
 * bytes (it must throw a DecodeError): varies with the attribute's offset.
 *
 * @param offset The attribute's offset.
 * @param length The value's length.
 * @returns 1, 2, 4 or 8, never `length`.
 */
export function wrongSize(offset: number, length: number): number {
  const sizes = [1, 2, 4, 8];
  let k = (offset >> 2) & 3;
  if (sizes[k] === length) k = (k + 1) & 3;
  return sizes[k];
}

/**
 * Whether a walk descends into an attribute: it is flagged nested, or its
 * value starts with a plausible attribute length.
 *
 * @param nested `NLA_F_NESTED` is set.
 * @param length The value's length.
 * @param firstLen The value's first 16-bit word (host order), or -1.
 * @returns Whether to walk the value as attributes.
 */
export function descend(nested: boolean, length: number, firstLen: number): boolean {
  return nested || (length >= 4 && firstLen >= 4 && firstLen <= length);
}
