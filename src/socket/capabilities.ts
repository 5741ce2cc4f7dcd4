/**
 * Whether this process can gain a capability after opening a socket: the
 * one question behind sending requests to the kernel without an address.
 *
 * The kernel checks a privileged request against both the task that sends
 * it and the credentials the socket was opened with, unless the send named
 * its destination (`NETLINK_SKB_DST`, set by `sendto()` with an address).
 * The second check keeps a setuid program that is tricked into writing to a
 * netlink descriptor from acting for its caller. For a process whose
 * effective capabilities already equal its permitted ones, the opener's
 * credentials hold every capability the sender can ever hold, so the two
 * checks agree and the address (whose copy and checks cost the kernel about
 * 4% of a round trip) can be left out. A process that raises capabilities
 * from its permitted set later (privilege bracketing) keeps the address.
 *
 * @module
 */
import type { BufferRef, LibC } from "../ffi/types.ts";

/** `_LINUX_CAPABILITY_VERSION_3`: 64-bit capability sets, two data words. */
const CAPABILITY_VERSION_3 = 0x20080522;
/** Bytes of `struct __user_cap_data_struct`: effective, permitted, inheritable. */
const CAP_DATA_SIZE = 12;
/** Bytes of the header (`version`, `pid`). */
export const CAP_HEADER_SIZE = 8;
/** Bytes of the two data words `capget()` fills. */
export const CAP_DATA_BYTES = 2 * CAP_DATA_SIZE;

/**
 * Whether the calling thread's effective capability set equals its permitted
 * set, read with `capget()` into caller-owned pinned buffers.
 *
 * @param c The libc backend.
 * @param header A view of {@linkcode CAP_HEADER_SIZE} pinned bytes for the header.
 * @param headerRef The header's FFI reference.
 * @param data A view of {@linkcode CAP_DATA_BYTES} pinned bytes for the data words.
 * @param dataRef The data's FFI reference.
 * @returns `true` when no capability can be raised later; `false` when one
 *   can, or when `capget()` fails (the safe answer).
 */
export function capabilitiesSettled(
  c: LibC,
  header: DataView,
  headerRef: BufferRef,
  data: DataView,
  dataRef: BufferRef,
): boolean {
  header.setUint32(0, CAPABILITY_VERSION_3, true);
  header.setInt32(4, 0, true); // this thread
  if (c.capget(headerRef, dataRef) < 0) return false;
  return effectiveIsPermitted(data);
}

/**
 * The rule on the two `__user_cap_data_struct` words `capget()` fills.
 *
 * @param data The 24 bytes: `{effective, permitted, inheritable}` twice.
 * @returns `true` when both words' effective sets equal their permitted sets.
 */
export function effectiveIsPermitted(data: DataView): boolean {
  for (let at = 0; at < CAP_DATA_BYTES; at += CAP_DATA_SIZE) {
    if (data.getUint32(at, true) !== data.getUint32(at + 4, true)) return false;
  }
  return true;
}
