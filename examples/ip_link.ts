/**
 * Lists network links like `ip -br link`: name, state, mtu, index.
 *
 * Run: `deno run --allow-ffi examples/ip_link.ts` or `bun examples/ip_link.ts`.
 *
 * @module
 */
import {
  IFINFOMSG_SIZE,
  IFLA_ADDRESS,
  IFLA_IFNAME,
  IFLA_MTU,
  IFLA_OPERSTATE,
  NETLINK_ROUTE,
  NetlinkSocket,
  NLM_F_DUMP,
  NLM_F_REQUEST,
  OPER_STATES,
  RTM_GETLINK,
} from "../mod.ts";

using sock = NetlinkSocket.open(NETLINK_ROUTE);
const w = sock.writer.reset();
w.begin(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP);
w.reserve(IFINFOMSG_SIZE);

for (const link of sock.dump()) {
  const index = link.view.getInt32(link.payloadOffset + 4, true);
  let name = "?";
  let mtu = 0;
  let state = "UNKNOWN";
  let mac = "";
  for (const a of link.attributes(IFINFOMSG_SIZE)) {
    if (a.type === IFLA_IFNAME) name = a.string();
    else if (a.type === IFLA_MTU) mtu = a.u32();
    else if (a.type === IFLA_OPERSTATE) state = OPER_STATES[a.u8()] ?? "UNKNOWN";
    else if (a.type === IFLA_ADDRESS) {
      mac = [...a.bytes()].map((b) => b.toString(16).padStart(2, "0")).join(":");
    }
  }
  console.log(
    `${name.padEnd(16)} ${state.padEnd(14)} ${mac.padEnd(17)} mtu ${
      String(mtu).padEnd(6)
    } index ${index}`,
  );
}
