/**
 * Lists the routes of the main table like `ip route` (IPv4 and IPv6),
 * through the rt-route family generated from the kernel's YNL spec.
 *
 * Run: `deno run --allow-ffi examples/ip_route.ts` or `bun examples/ip_route.ts`.
 *
 * @module
 */
import { RtLinkClient } from "../src/families/rt-link.ts";
import { RtmType, RtRouteClient } from "../src/families/rt-route.ts";

const RT_TABLE_MAIN = 254;
const TYPES = Object.fromEntries(Object.entries(RtmType).map(([name, value]) => [value, name]));

using link = RtLinkClient.open();
const names = new Map<number, string>();
for (const l of link.getlinkDump()) names.set(l.ifinfomsg.ifiIndex, l.ifname ?? "?");

using route = RtRouteClient.open();
for (const r of route.getrouteDump()) {
  const h = r.rtmsg;
  if ((r.rtaTable ?? h.rtmTable) !== RT_TABLE_MAIN) continue;
  const dst = h.rtmDstLen === 0 ? "default" : `${r.rtaDstText}/${h.rtmDstLen}`;
  const parts = [h.rtmType === RtmType.unicast ? dst : `${TYPES[h.rtmType]} ${dst}`];
  if (r.rtaGateway) parts.push(`via ${r.rtaGatewayText}`);
  if (r.rtaOif !== undefined) parts.push(`dev ${names.get(r.rtaOif) ?? r.rtaOif}`);
  if (r.rtaPrefsrc) parts.push(`src ${r.rtaPrefsrcText}`);
  if (r.rtaPriority !== undefined) parts.push(`metric ${r.rtaPriority}`);
  console.log(parts.join(" "));
}
