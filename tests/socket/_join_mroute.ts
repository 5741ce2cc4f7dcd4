/**
 * Joins RTNLGRP_IPV4_MROUTE_R, which the kernel lets only CAP_NET_ADMIN
 * listen to, and prints the error. Run by options_test.ts without that
 * capability.
 *
 * @module
 */
import { NETLINK_ROUTE, NetlinkSocket } from "../../mod.ts";

using sock = NetlinkSocket.open(NETLINK_ROUTE);
try {
  sock.join(30); // RTNLGRP_IPV4_MROUTE_R
  console.log("joined");
} catch (err) {
  console.log(String(err));
}
