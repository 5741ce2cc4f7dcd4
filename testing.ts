/**
 * Testing code that uses nlrt without a kernel: {@linkcode FakeConnection}
 * opens a real `NetlinkSocket` whose requests go to a function the test
 * supplies, and the builders here spell the answers as the kernel does
 * (replies, acks, errors with extended acks, `NLMSG_DONE`, multipart dumps,
 * notifications). Timeouts, aborts, late answers, multicast and overruns
 * can be staged too. Needs no FFI and no permission.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import {
 *   Errno,
 *   IFA_LOCAL,
 *   IFADDRMSG_SIZE,
 *   KernelError,
 *   NETLINK_ROUTE,
 *   RTM_NEWADDR,
 * } from "./mod.ts";
 * import { error, FakeConnection } from "./testing.ts";
 *
 * using fake = FakeConnection.open(NETLINK_ROUTE, ({ message }) =>
 *   error(message, Errno.EPERM, { message: "needs CAP_NET_ADMIN" }));
 * const w = fake.socket.writer.reset();
 * w.begin(RTM_NEWADDR);
 * w.reserve(IFADDRMSG_SIZE);
 * w.putBytes(IFA_LOCAL, new Uint8Array([192, 0, 2, 1]));
 * assert.throws(() => fake.socket.request(), (e) => e instanceof KernelError && e.code === "EPERM");
 * ```
 *
 * @module
 */
export { FakeConnection, type FakeOptions } from "./src/testing/fake.ts";
export type {
  FakeAnswer,
  FakeConnectionControls,
  FakeHandler,
  FakeRequest,
} from "./src/testing/fake_transport.ts";
export {
  ack,
  datagram,
  done,
  dump,
  error,
  type FakeExtAck,
  notification,
  type PayloadBuilder,
  reply,
} from "./src/testing/replies.ts";
