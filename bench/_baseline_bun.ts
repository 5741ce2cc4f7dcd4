/**
 * The C baselines through `bun:ffi`.
 *
 * @module
 */
import { dlopen } from "bun:ffi";
import { type Baseline, checked } from "./baseline.ts";

/**
 * @param path The shared library.
 * @returns The baselines.
 */
export function open(path: string): Baseline {
  const s = dlopen(path, {
    nlrt_c_getlink: { args: ["i64"], returns: "i64" },
    nlrt_c_ping: { args: ["i64"], returns: "i64" },
    nlrt_c_ping_unaddressed: { args: ["i64"], returns: "i64" },
    nlrt_c_usersock_publish: { args: ["i32", "i32"], returns: "i64" },
    nlrt_c_usersock_mcast: { args: ["i32", "i32", "i32", "i64", "ptr"], returns: "i64" },
    nlrt_c_ping_batched: { args: ["i32", "i64"], returns: "i64" },
    nlrt_c_dump_links: { args: ["i64", "ptr"], returns: "i64" },
    nlrt_c_echo: { args: ["i32", "i32", "i64"], returns: "i64" },
    nlrt_c_echo_coalesced: { args: ["i32", "i32", "i32", "i64"], returns: "i64" },
    nlrt_c_coalesced_work: { args: ["i32", "i32", "i64"], returns: "i64" },
    nlrt_c_mcast: { args: ["i32", "i32", "i32", "i32", "i64", "ptr"], returns: "i64" },
    nlrt_c_codec_link: { args: ["i64", "ptr"], returns: "i64" },
    nlrt_c_codec_link_raw: { args: ["i64", "ptr"], returns: "i64" },
  }).symbols;
  const out = new BigInt64Array(new ArrayBuffer(8));
  return {
    getlink: (n) => checked("getlink", Number(s.nlrt_c_getlink(n))),
    ping: (n) => checked("ping", Number(s.nlrt_c_ping(n))),
    pingUnaddressed: (n) => checked("ping_unaddressed", Number(s.nlrt_c_ping_unaddressed(n))),
    pingBatched: (batch, n) => checked("ping_batched", Number(s.nlrt_c_ping_batched(batch, n))),
    dumpLinks: (n) => ({
      ns: checked("dump_links", Number(s.nlrt_c_dump_links(n, out))),
      links: Number(out[0]),
    }),
    publish: (burst, len) =>
      checked("usersock_publish", Number(s.nlrt_c_usersock_publish(burst, len))),
    userMcast: (subs, len, burst, total) => ({
      ns: checked("usersock_mcast", Number(s.nlrt_c_usersock_mcast(subs, len, burst, total, out))),
      delivered: Number(out[0]),
    }),
    echo: (proto, len, n) => checked("echo", Number(s.nlrt_c_echo(proto, len, n))),
    echoCoalesced: (proto, len, batch, n) =>
      checked("echo_coalesced", Number(s.nlrt_c_echo_coalesced(proto, len, batch, n))),
    coalescedWork: (len, batch, n) =>
      checked("coalesced_work", Number(s.nlrt_c_coalesced_work(len, batch, n))),
    mcast: (proto, subs, len, burst, total) => ({
      ns: checked("mcast", Number(s.nlrt_c_mcast(proto, subs, len, burst, total, out))),
      delivered: Number(out[0]),
    }),
    codecLink: (n) => ({
      ns: checked("codec_link", Number(s.nlrt_c_codec_link(n, out))),
      check: Number(out[0]),
    }),
    codecLinkRaw: (n) => ({
      ns: checked("codec_link_raw", Number(s.nlrt_c_codec_link_raw(n, out))),
      check: Number(out[0]),
    }),
  };
}
