/**
 * Shows every network device's link state and, where the driver reports
 * them, speed and duplex (as `ethtool DEV` does), through the netdev and
 * ethtool generic netlink families generated from the kernel's YNL specs:
 * both are resolved by name through the controller.
 *
 * Run: `deno run --allow-ffi examples/ethtool_info.ts` or `bun examples/ethtool_info.ts`.
 *
 * @module
 */
import { KernelError } from "../mod.ts";
import { EthtoolClient } from "../src/families/ethtool.ts";
import { NetdevClient } from "../src/families/netdev.ts";
import { RtLinkClient } from "../src/families/rt-link.ts";

const DUPLEX = ["half", "full"];

using link = RtLinkClient.open();
const names = new Map<number, string>();
for (const l of link.getlinkDump()) names.set(l.ifinfomsg.ifiIndex, l.ifname ?? "?");

using netdev = NetdevClient.open();
using ethtool = EthtoolClient.open();
const devices: number[] = [];
for (const d of netdev.devGetDump()) devices.push(d.ifindex!);

for (const index of devices) {
  const header = { devIndex: index };
  const up = ethtool.linkstateGet({ header }).link;
  let speed = "-";
  let duplex = "-";
  try {
    const modes = ethtool.linkmodesGet({ header });
    // The kernel reports an unknown speed as -1 (SPEED_UNKNOWN) in a u32.
    if (modes.speed !== undefined && modes.speed !== 0xffffffff) speed = `${modes.speed}Mb/s`;
    if (modes.duplex !== undefined) duplex = DUPLEX[modes.duplex] ?? "unknown";
  } catch (err) {
    // Devices without link settings (lo) answer EOPNOTSUPP.
    if (!(err instanceof KernelError && err.code === "EOPNOTSUPP")) throw err;
  }
  const state = up === undefined ? "unknown" : up ? "yes" : "no";
  console.log(
    `${(names.get(index) ?? String(index)).padEnd(16)} link detected: ${state.padEnd(7)} speed: ${
      speed.padEnd(11)
    } duplex: ${duplex}`,
  );
}
