/**
 * A NetlinkSocket over the fake connection answers a request: run by
 * options_test.ts under `deno run` with no permission (no FFI is touched).
 *
 * @module
 */
import { IFINFOMSG_SIZE, IFLA_IFNAME, NETLINK_ROUTE, RTM_GETLINK, RTM_NEWLINK } from "../../mod.ts";
import { FakeConnection, reply } from "../../testing.ts";

using fake = FakeConnection.open(
  NETLINK_ROUTE,
  ({ message }) =>
    reply(message, RTM_NEWLINK, (w) => {
      w.reserve(IFINFOMSG_SIZE);
      w.putString(IFLA_IFNAME, "eth0");
    }),
);
const w = fake.socket.writer.reset();
w.begin(RTM_GETLINK);
w.reserve(IFINFOMSG_SIZE);
const attrs = fake.socket.request().attributes(IFINFOMSG_SIZE);
if (!attrs.find(IFLA_IFNAME) || attrs.string() !== "eth0") throw new Error("no eth0");
console.log("ok");
