/**
 * `struct sockaddr_nl`, the netlink socket address.
 *
 * ```
 * 0            2           4            8             12
 * | nl_family  |  nl_pad   |   nl_pid   |  nl_groups  |
 * ```
 *
 * @module
 */
import { AF_NETLINK } from "../codec/constants.ts";
import { pinned } from "../ffi/types.ts";

/** Size of `struct sockaddr_nl` in bytes. */
export const SOCKADDR_NL_SIZE = 12;

/**
 * Allocates a pinned `sockaddr_nl` for a port id and group mask.
 *
 * @param pid `nl_pid`: 0 is the kernel (as a destination) or "assign one" (for bind).
 * @param groups `nl_groups`: bit mask of groups 1 to 32.
 * @returns The 12-byte address.
 */
export function sockaddrNl(pid = 0, groups = 0): Uint8Array {
  const addr = pinned(SOCKADDR_NL_SIZE);
  writeSockaddrNl(new DataView(addr.buffer), pid, groups);
  return addr;
}

/**
 * Fills a `sockaddr_nl` in place.
 *
 * @param v A `DataView` over the 12-byte address (kept by callers that
 *   rewrite the address often, such as a socket sending to peers).
 * @param pid `nl_pid`.
 * @param groups `nl_groups`.
 */
export function writeSockaddrNl(v: DataView, pid: number, groups: number): void {
  v.setUint16(0, AF_NETLINK, true);
  v.setUint16(2, 0, true);
  v.setUint32(4, pid >>> 0, true);
  v.setUint32(8, groups >>> 0, true);
}
