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
import type { LibC } from "../ffi/types.ts";

/** `_LINUX_CAPABILITY_VERSION_3`: 64-bit capability sets, two data words. */
const CAPABILITY_VERSION_3 = 0x20080522;
/** Bytes of `struct __user_cap_data_struct`: effective, permitted, inheritable. */
const CAP_DATA_SIZE = 12;

/**
 * Whether the calling thread's effective capability set equals its permitted
 * set, read with `capget()`.
 *
 * @param c The libc backend.
 * @returns `true` when no capability can be raised later; `false` when one
 *   can, or when `capget()` fails (the safe answer).
 */
export function capabilitiesSettled(c: LibC): boolean {
  const header = new Uint8Array(new ArrayBuffer(8));
  const data = new Uint8Array(new ArrayBuffer(2 * CAP_DATA_SIZE));
  const h = new DataView(header.buffer);
  h.setUint32(0, CAPABILITY_VERSION_3, true);
  h.setInt32(4, 0, true); // this thread
  if (c.capget(c.ref(header), c.ref(data)) < 0) return false;
  return effectiveIsPermitted(new DataView(data.buffer));
}

/**
 * The rule on the two `__user_cap_data_struct` words `capget()` fills.
 *
 * @param data The 24 bytes: `{effective, permitted, inheritable}` twice.
 * @returns `true` when both words' effective sets equal their permitted sets.
 */
export function effectiveIsPermitted(data: DataView): boolean {
  for (let at = 0; at < 2 * CAP_DATA_SIZE; at += CAP_DATA_SIZE) {
    if (data.getUint32(at, true) !== data.getUint32(at + 4, true)) return false;
  }
  return true;
}
