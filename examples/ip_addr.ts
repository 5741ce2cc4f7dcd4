/**
 * Lists, adds and deletes IP addresses like `ip addr`, through the rt-addr
 * family generated from the kernel's YNL spec.
 *
 * ```sh
 * bun examples/ip_addr.ts                          # list
 * bun examples/ip_addr.ts add 192.0.2.1/24 dev va  # add (needs CAP_NET_ADMIN)
 * bun examples/ip_addr.ts del 192.0.2.1/24 dev va  # delete
 * ```
 * (`deno run --allow-ffi examples/ip_addr.ts ...` alike.)
 *
 * @module
 */
import { AF_INET, AF_INET6, KernelError } from "../mod.ts";
import { RtAddrClient } from "../src/families/rt-addr.ts";
import { RtLinkClient } from "../src/families/rt-link.ts";

using addr = RtAddrClient.open();
const [command = "list", prefix, dev, name] = process.argv.slice(2);

if (command === "list") {
  using link = RtLinkClient.open();
  const names = new Map<number, string>();
  for (const l of link.getlinkDump()) names.set(l.ifinfomsg.ifiIndex, l.ifname ?? "?");
  for (const a of addr.getaddrDump()) {
    const h = a.ifaddrmsg;
    const family = h.ifaFamily === AF_INET ? "inet" : "inet6";
    // IPv4 names the local address ifa-local; IPv6 has ifa-address only.
    const text = a.ifaLocalText ?? a.ifaAddressText;
    console.log(`${names.get(h.ifaIndex) ?? h.ifaIndex}: ${family} ${text}/${h.ifaPrefixlen}`);
  }
} else if ((command === "add" || command === "del") && prefix && dev === "dev" && name) {
  const [ip, len] = prefix.split("/");
  const family = ip.includes(":") ? AF_INET6 : AF_INET;
  using link = RtLinkClient.open();
  const index = link.getlink({ ifname: name }).ifinfomsg.ifiIndex;
  const request = {
    ifaddrmsg: {
      ifaFamily: family,
      ifaPrefixlen: Number(len ?? (family === AF_INET ? 32 : 128)),
      ifaIndex: index,
    },
    ifaLocal: ip,
    ifaAddress: ip,
  };
  try {
    if (command === "add") addr.newaddr(request, { create: true, excl: true });
    else addr.deladdr(request);
  } catch (err) {
    // The kernel's own words, e.g. "EEXIST (File exists): ipv4: Address already assigned".
    if (!(err instanceof KernelError)) throw err;
    console.error(`${command} ${prefix}: ${err.code} ${err.extAckMessage ?? ""}`);
    process.exitCode = 1;
  }
} else {
  console.error("usage: ip_addr.ts [list | add PREFIX dev NAME | del PREFIX dev NAME]");
  process.exitCode = 2;
}
