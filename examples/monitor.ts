/**
 * Prints rtnetlink link and address events as they happen, like `ip monitor
 * link address`. Stops on Ctrl-C or after `--count N` events.
 *
 * Run: `deno run --allow-ffi examples/monitor.ts` or `bun examples/monitor.ts`.
 *
 * @module
 */
import {
  IFA_LOCAL,
  IFADDRMSG_SIZE,
  IFINFOMSG_SIZE,
  IFLA_IFNAME,
  NETLINK_ROUTE,
  NetlinkSocket,
  RTM_DELADDR,
  RTM_DELLINK,
  RTM_NEWADDR,
  RTM_NEWLINK,
  RTNLGRP_IPV4_IFADDR,
  RTNLGRP_IPV6_IFADDR,
  RTNLGRP_LINK,
} from "../mod.ts";

const countArg = process.argv.indexOf("--count");
const limit = countArg > 0 ? Number(process.argv[countArg + 1]) : Infinity;

function address(bytes: Uint8Array): string {
  if (bytes.length === 4) return bytes.join(".");
  const groups: string[] = [];
  for (let i = 0; i < bytes.length; i += 2) {
    groups.push(((bytes[i] << 8) | bytes[i + 1]).toString(16));
  }
  return groups.join(":");
}

using sock = NetlinkSocket.open(NETLINK_ROUTE, {
  groups: [RTNLGRP_LINK, RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR],
  rcvbuf: 1 << 20,
});
let seen = 0;
for await (
  const m of sock.messages({ onOverrun: (e) => console.log(`[overrun #${e.count}: events lost]`) })
) {
  if (m.type === RTM_NEWLINK || m.type === RTM_DELLINK) {
    const index = m.view.getInt32(m.payloadOffset + 4, true);
    const a = m.attributes(IFINFOMSG_SIZE);
    const name = a.find(IFLA_IFNAME) ? a.string() : "?";
    console.log(`${m.type === RTM_NEWLINK ? "link" : "Deleted link"} ${index}: ${name}`);
  } else if (m.type === RTM_NEWADDR || m.type === RTM_DELADDR) {
    const index = m.view.getUint32(m.payloadOffset + 4, true);
    const prefix = m.view.getUint8(m.payloadOffset + 1);
    const a = m.attributes(IFADDRMSG_SIZE);
    const addr = a.find(IFA_LOCAL) ? address(a.bytes()) : "?";
    console.log(`${m.type === RTM_NEWADDR ? "addr" : "Deleted addr"} ${index}: ${addr}/${prefix}`);
  }
  if (++seen >= limit) break;
}
