/**
 * The example of the README's "Testing your code without a kernel", run as
 * written (replies_test.ts checks that the README still shows this code).
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  Errno,
  IFA_LOCAL,
  IFADDRMSG_SIZE,
  KernelError,
  NETLINK_ROUTE,
  type NetlinkSocket,
  RTM_NEWADDR,
} from "../../mod.ts";
import { error, FakeConnection } from "../../testing.ts";

// The code under test: adds an IPv4 address to an interface.
function addAddress(sock: NetlinkSocket, index: number, address: number[]): void {
  const w = sock.writer.reset();
  w.begin(RTM_NEWADDR);
  const ifa = w.reserve(IFADDRMSG_SIZE);
  w.view.setUint8(ifa, 2); // AF_INET
  w.view.setUint8(ifa + 1, 32); // prefix length
  w.view.setUint32(ifa + 4, index, true);
  w.putBytes(IFA_LOCAL, new Uint8Array(address));
  sock.request(); // the kernel's ack, or a KernelError
}

test("addAddress sends RTM_NEWADDR and reports the kernel's refusal", () => {
  using fake = FakeConnection.open(
    NETLINK_ROUTE,
    ({ message }) =>
      message.view.getUint32(message.payloadOffset + 4, true) === 99
        ? error(message, Errno.ENODEV, { message: "no such interface" })
        : undefined,
  ); // applied: the fake acks it, as the kernel does
  addAddress(fake.socket, 2, [192, 0, 2, 1]);
  assert.equal(fake.requests[0].message.type, RTM_NEWADDR);
  assert.throws(
    () => addAddress(fake.socket, 99, [192, 0, 2, 1]),
    (err) => err instanceof KernelError && err.code === "ENODEV",
  );
});
