/**
 * The C baselines through `Deno.dlopen`.
 *
 * @module
 */
import { type Baseline, checked } from "./baseline.ts";

/**
 * @param path The shared library.
 * @returns The baselines.
 */
export function open(path: string): Baseline {
  const s = Deno.dlopen(path, {
    nlrt_c_getlink: { parameters: ["i64"], result: "i64" },
    nlrt_c_ping: { parameters: ["i64"], result: "i64" },
    nlrt_c_ping_unaddressed: { parameters: ["i64"], result: "i64" },
    nlrt_c_usersock_publish: { parameters: ["i32", "i32"], result: "i64" },
    nlrt_c_usersock_mcast: { parameters: ["i32", "i32", "i32", "i64", "buffer"], result: "i64" },
    nlrt_c_ping_batched: { parameters: ["i32", "i64"], result: "i64" },
    nlrt_c_dump_links: { parameters: ["i64", "buffer"], result: "i64" },
    nlrt_c_echo: { parameters: ["i32", "i32", "i64"], result: "i64" },
    nlrt_c_echo_coalesced: { parameters: ["i32", "i32", "i32", "i64"], result: "i64" },
    nlrt_c_coalesced_work: { parameters: ["i32", "i32", "i64"], result: "i64" },
    nlrt_c_mcast: { parameters: ["i32", "i32", "i32", "i32", "i64", "buffer"], result: "i64" },
    nlrt_c_codec_link: { parameters: ["i64", "buffer"], result: "i64" },
    nlrt_c_codec_link_raw: { parameters: ["i64", "buffer"], result: "i64" },
  }).symbols;
  const out = new BigInt64Array(1);
  return {
    getlink: (n) => checked("getlink", Number(s.nlrt_c_getlink(BigInt(n)))),
    ping: (n) => checked("ping", Number(s.nlrt_c_ping(BigInt(n)))),
    pingUnaddressed: (n) =>
      checked("ping_unaddressed", Number(s.nlrt_c_ping_unaddressed(BigInt(n)))),
    pingBatched: (batch, n) =>
      checked("ping_batched", Number(s.nlrt_c_ping_batched(batch, BigInt(n)))),
    dumpLinks: (n) => ({
      ns: checked("dump_links", Number(s.nlrt_c_dump_links(BigInt(n), out))),
      links: Number(out[0]),
    }),
    publish: (burst, len) =>
      checked("usersock_publish", Number(s.nlrt_c_usersock_publish(burst, len))),
    userMcast: (subs, len, burst, total) => ({
      ns: checked(
        "usersock_mcast",
        Number(s.nlrt_c_usersock_mcast(subs, len, burst, BigInt(total), out)),
      ),
      delivered: Number(out[0]),
    }),
    echo: (proto, len, n) => checked("echo", Number(s.nlrt_c_echo(proto, len, BigInt(n)))),
    echoCoalesced: (proto, len, batch, n) =>
      checked("echo_coalesced", Number(s.nlrt_c_echo_coalesced(proto, len, batch, BigInt(n)))),
    coalescedWork: (len, batch, n) =>
      checked("coalesced_work", Number(s.nlrt_c_coalesced_work(len, batch, BigInt(n)))),
    mcast: (proto, subs, len, burst, total) => ({
      ns: checked("mcast", Number(s.nlrt_c_mcast(proto, subs, len, burst, BigInt(total), out))),
      delivered: Number(out[0]),
    }),
    codecLink: (n) => ({
      ns: checked("codec_link", Number(s.nlrt_c_codec_link(BigInt(n), out))),
      check: Number(out[0]),
    }),
    codecLinkRaw: (n) => ({
      ns: checked("codec_link_raw", Number(s.nlrt_c_codec_link_raw(BigInt(n), out))),
      check: Number(out[0]),
    }),
  };
}
