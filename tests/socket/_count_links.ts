/**
 * Prints the number of links a full RTM_GETLINK dump returns in the current
 * network namespace. Run by netns_test.ts inside `ip netns exec`.
 *
 * @module
 */
import {
  IFINFOMSG_SIZE,
  NETLINK_ROUTE,
  NetlinkSocket,
  NLM_F_DUMP,
  NLM_F_REQUEST,
  RTM_GETLINK,
  RTM_NEWLINK,
} from "../../mod.ts";

using sock = NetlinkSocket.open(NETLINK_ROUTE, { receiveTimeout: 10000 });
const w = sock.writer.reset();
w.begin(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP);
w.reserve(IFINFOMSG_SIZE);
const indexes = new Set<number>();
let datagrams = 0;
let lastOffset = -1;
for (const m of sock.dump()) {
  if (m.type !== RTM_NEWLINK) throw new Error(`unexpected message type ${m.type}`);
  if (m.offset <= lastOffset) datagrams++;
  lastOffset = m.offset;
  indexes.add(m.view.getInt32(m.payloadOffset + 4, true));
}
console.log(JSON.stringify({ links: indexes.size, datagrams: datagrams + 1 }));
