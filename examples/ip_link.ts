/**
 * Lists network links like `ip -br link`: name, state, MAC address, mtu,
 * index; through the rt-link family generated from the kernel's YNL spec.
 *
 * Run: `deno run --allow-ffi examples/ip_link.ts` or `bun examples/ip_link.ts`.
 *
 * @module
 */
import { OPER_STATES } from "../mod.ts";
import { RtLinkClient } from "../src/families/rt-link.ts";

using link = RtLinkClient.open();
// One view is reused for every link: read it inside the loop.
for (const l of link.getlinkDump()) {
  const name = l.ifname ?? "?";
  const state = OPER_STATES[l.operstate ?? 0] ?? "UNKNOWN";
  const mac = l.addressText ?? "";
  console.log(
    `${name.padEnd(16)} ${state.padEnd(14)} ${mac.padEnd(17)} mtu ${
      String(l.mtu ?? 0).padEnd(6)
    } index ${l.ifinfomsg.ifiIndex}`,
  );
}
