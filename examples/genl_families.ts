/**
 * Lists the generic netlink families and their multicast groups.
 *
 * Run: `deno run --allow-ffi examples/genl_families.ts` or `bun examples/genl_families.ts`.
 *
 * @module
 */
import { listFamilies, NETLINK_GENERIC, NetlinkSocket } from "../mod.ts";

using sock = NetlinkSocket.open(NETLINK_GENERIC);
for (const f of listFamilies(sock)) {
  const groups = [...f.groups].map(([name, id]) => `${name}(${id})`).join(" ");
  console.log(`${String(f.id).padStart(5)} ${f.name.padEnd(20)} v${f.version}  ${groups}`);
}
