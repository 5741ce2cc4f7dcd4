/**
 * Inside a network namespace: subscribes to IPv4 address events, adds and
 * deletes an address on lo with `ip`, and prints the events received as JSON.
 * Run by async_test.ts under `ip netns exec`.
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import {
  IFA_LOCAL,
  IFADDRMSG_SIZE,
  NETLINK_ROUTE,
  NetlinkSocket,
  RTM_DELADDR,
  RTM_NEWADDR,
  RTNLGRP_IPV4_IFADDR,
} from "../../mod.ts";

using sock = NetlinkSocket.open(NETLINK_ROUTE, { groups: [RTNLGRP_IPV4_IFADDR] });
const seen: string[] = [];
const done = (async () => {
  for await (const m of sock.messages({ idleTimeout: 10000 })) {
    const attrs = m.attributes(IFADDRMSG_SIZE);
    const addr = attrs.find(IFA_LOCAL) ? [...attrs.bytes()].join(".") : "?";
    const kind = m.type === RTM_NEWADDR ? "new" : m.type === RTM_DELADDR ? "del" : `type${m.type}`;
    seen.push(`${kind} ${addr} group ${sock.sourceGroups}`);
    if (seen.length === 2) return;
  }
})();
execFileSync("ip", ["addr", "add", "192.0.2.7/32", "dev", "lo"]);
execFileSync("ip", ["addr", "del", "192.0.2.7/32", "dev", "lo"]);
await done;
console.log(JSON.stringify(seen));
