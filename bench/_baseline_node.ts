/**
 * The C baselines through koffi (Node).
 *
 * @module
 */
import koffi from "koffi";
import { type Baseline, checked } from "./baseline.ts";

/**
 * @param path The shared library.
 * @returns The baselines.
 */
export function open(path: string): Baseline {
  const lib = koffi.load(path);
  const fn = (prototype: string) => lib.func(prototype) as (...args: unknown[]) => number | bigint;
  const getlink = fn("int64_t nlrt_c_getlink(int64_t n)");
  const ping = fn("int64_t nlrt_c_ping(int64_t n)");
  const pingUnaddressed = fn("int64_t nlrt_c_ping_unaddressed(int64_t n)");
  const publish = fn("int64_t nlrt_c_usersock_publish(int burst, int len)");
  const userMcast = fn(
    "int64_t nlrt_c_usersock_mcast(int subs, int len, int burst, int64_t total, void *out)",
  );
  const pingBatched = fn("int64_t nlrt_c_ping_batched(int batch, int64_t n)");
  const dumpLinks = fn("int64_t nlrt_c_dump_links(int64_t n, void *out)");
  const echo = fn("int64_t nlrt_c_echo(int proto, int len, int64_t n)");
  const echoCoalesced = fn(
    "int64_t nlrt_c_echo_coalesced(int proto, int len, int batch, int64_t n)",
  );
  const coalescedWork = fn("int64_t nlrt_c_coalesced_work(int len, int batch, int64_t n)");
  const mcast = fn(
    "int64_t nlrt_c_mcast(int proto, int subs, int len, int burst, int64_t total, void *out)",
  );
  const codecLink = fn("int64_t nlrt_c_codec_link(int64_t n, void *out)");
  const codecLinkRaw = fn("int64_t nlrt_c_codec_link_raw(int64_t n, void *out)");
  const out = new BigInt64Array(new ArrayBuffer(8));
  return {
    getlink: (n) => checked("getlink", Number(getlink(n))),
    ping: (n) => checked("ping", Number(ping(n))),
    pingUnaddressed: (n) => checked("ping_unaddressed", Number(pingUnaddressed(n))),
    pingBatched: (batch, n) => checked("ping_batched", Number(pingBatched(batch, n))),
    dumpLinks: (n) => ({
      ns: checked("dump_links", Number(dumpLinks(n, out))),
      links: Number(out[0]),
    }),
    publish: (burst, len) => checked("usersock_publish", Number(publish(burst, len))),
    userMcast: (subs, len, burst, total) => ({
      ns: checked("usersock_mcast", Number(userMcast(subs, len, burst, total, out))),
      delivered: Number(out[0]),
    }),
    echo: (proto, len, n) => checked("echo", Number(echo(proto, len, n))),
    echoCoalesced: (proto, len, batch, n) =>
      checked("echo_coalesced", Number(echoCoalesced(proto, len, batch, n))),
    coalescedWork: (len, batch, n) =>
      checked("coalesced_work", Number(coalescedWork(len, batch, n))),
    mcast: (proto, subs, len, burst, total) => ({
      ns: checked("mcast", Number(mcast(proto, subs, len, burst, total, out))),
      delivered: Number(out[0]),
    }),
    codecLink: (n) => ({
      ns: checked("codec_link", Number(codecLink(n, out))),
      check: Number(out[0]),
    }),
    codecLinkRaw: (n) => ({
      ns: checked("codec_link_raw", Number(codecLinkRaw(n, out))),
      check: Number(out[0]),
    }),
  };
}
