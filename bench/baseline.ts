/**
 * The C baselines (`bench/c/baseline.c`, built into
 * `bench/.build/libbaseline.so` by `bench/run.sh`), loaded through the
 * running runtime's FFI by one file per runtime.
 *
 * @module
 */
import { runtime } from "./runtime.ts";

/** The C baseline loops; each returns elapsed nanoseconds. */
export interface Baseline {
  /** RTM_GETLINK ifindex 1 round trips. */
  getlink(iterations: number): number;
  /** NLMSG_NOOP + NLM_F_ACK round trips (the kernel acks at once). */
  ping(iterations: number): number;
  /** The same round trips sent without an address (`send()`), as nlrt sends them when it may. */
  pingUnaddressed(iterations: number): number;
  /** The same pings, `batch` per sendto(), acks drained with recvmmsg(). */
  pingBatched(batch: number, iterations: number): number;
  /** Full link dumps; `links` is the last dump's size. */
  dumpLinks(dumps: number): { ns: number; links: number };
  /** Publishes `burst` messages of `len` bytes to NETLINK_USERSOCK group 1 (needs root). */
  publish(burst: number, len: number): number;
  /** C subscribers draining bursts published to NETLINK_USERSOCK group 1. */
  userMcast(
    subscribers: number,
    len: number,
    burst: number,
    total: number,
  ): { ns: number; delivered: number };
  /** ECHO round trips of `len` bytes to the test module. */
  echo(proto: number, len: number, iterations: number): number;
  /** ECHOs of `len` bytes, `batch` per sendto() after COALESCE, replies coalesced. */
  echoCoalesced(proto: number, len: number, batch: number, iterations: number): number;
  /** The user-space work of `echoCoalesced` alone (building, walking the answers): no module, no system call. */
  coalescedWork(len: number, batch: number, iterations: number): number;
  /** Multicast bursts from the module to `subscribers` C subscribers. */
  mcast(
    proto: number,
    subscribers: number,
    len: number,
    burst: number,
    total: number,
  ): { ns: number; delivered: number };
  /** libmnl encode + decode of the link message, strings read (the codec's user path). */
  codecLink(iterations: number): { ns: number; check: number };
  /** The same, hand-written in C with no library (the floor). */
  codecLinkRaw(iterations: number): { ns: number; check: number };
}

/** Where `bench/run.sh` builds the library. */
export const BASELINE_LIBRARY = new URL("./.build/libbaseline.so", import.meta.url).pathname;

/**
 * Turns a C result into nanoseconds, or throws with the errno.
 *
 * @param what The baseline's name.
 * @param result Elapsed ns, or a negative errno.
 * @returns The elapsed ns.
 */
export function checked(what: string, result: number): number {
  if (result < 0) throw new Error(`C baseline ${what} failed: errno ${-result}`);
  return result;
}

/**
 * Loads the baselines for this runtime.
 *
 * @returns The baselines.
 * @throws {Error} When the library was not built (run `bash bench/run.sh`).
 */
export async function loadBaseline(): Promise<Baseline> {
  const mod = (await import(`./_baseline_${runtime}.ts`)) as { open(path: string): Baseline };
  try {
    return mod.open(BASELINE_LIBRARY);
  } catch (cause) {
    throw new Error(`Cannot load ${BASELINE_LIBRARY}: build it with bench/run.sh`, { cause });
  }
}
