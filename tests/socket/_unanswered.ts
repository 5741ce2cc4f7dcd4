/**
 * In a fresh network namespace: adds an address with RTM_NEWADDR without
 * NLM_F_ACK through request(), which the kernel applies without a word;
 * prints "ack" when request() returns the ack it asked for instead of
 * waiting forever. Run by regressions_test.ts under `ip netns exec`.
 *
 * @module
 */
import {
  IFA_LOCAL,
  IFADDRMSG_SIZE,
  NETLINK_ROUTE,
  NetlinkSocket,
  NLM_F_CREATE,
  NLM_F_REQUEST,
  NLMSG_ERROR,
  RTM_NEWADDR,
} from "../../mod.ts";

using sock = NetlinkSocket.open(NETLINK_ROUTE);
const w = sock.writer.reset();
w.begin(RTM_NEWADDR, NLM_F_REQUEST | NLM_F_CREATE); // no NLM_F_ACK
const ifa = w.reserve(IFADDRMSG_SIZE);
w.view.setUint8(ifa, 2); // AF_INET
w.view.setUint8(ifa + 1, 32); // prefix length
w.view.setUint32(ifa + 4, 1, true); // lo
w.putBytes(IFA_LOCAL, new Uint8Array([192, 0, 2, 9]));
const answer = sock.request();
console.log(answer.type === NLMSG_ERROR ? "ack" : `type ${answer.type}`);
