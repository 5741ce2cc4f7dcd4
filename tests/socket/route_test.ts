import { test } from "node:test";
import assert from "node:assert/strict";
import {
  ErrnoError,
  IFA_ADDRESS,
  IFADDRMSG_SIZE,
  IFINFOMSG_SIZE,
  IFLA_IFNAME,
  IFLA_MTU,
  KernelError,
  NETLINK_EXT_ACK,
  NETLINK_GET_STRICT_CHK,
  NETLINK_ROUTE,
  NetlinkSocket,
  NLM_F_ACK,
  NLM_F_DUMP,
  NLM_F_REQUEST,
  NLMSG_ERROR,
  RTM_GETADDR,
  RTM_GETLINK,
  RTM_NEWADDR,
  RTM_NEWLINK,
  SocketClosedError,
  SOL_NETLINK,
  SyscallError,
} from "../../mod.ts";

function getLink(sock: NetlinkSocket, index: number, flags = 0) {
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST | flags);
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, index, true);
  return sock.request();
}

test("route: open binds a port id, options read back", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE, { strictCheck: true, rcvbuf: 1 << 20 });
  assert.ok(sock.portId > 0);
  assert.ok(sock.fd >= 0);
  assert.equal(sock.getOption(SOL_NETLINK, NETLINK_EXT_ACK), 1);
  assert.equal(sock.getOption(SOL_NETLINK, NETLINK_GET_STRICT_CHK), 1);
});

test("route: RTM_GETLINK for ifindex 1 returns lo", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const reply = getLink(sock, 1);
  assert.equal(reply.type, RTM_NEWLINK);
  assert.equal(reply.pid, sock.portId);
  assert.equal(reply.view.getInt32(reply.payloadOffset + 4, true), 1);
  const attrs = reply.attributes(IFINFOMSG_SIZE);
  assert.ok(attrs.find(IFLA_IFNAME));
  assert.equal(attrs.string(), "lo");
  assert.ok(attrs.find(IFLA_MTU));
  assert.ok(attrs.u32() >= 1280);
});

test("route: requests with NLM_F_ACK: the ack that follows a reply is consumed", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  for (let i = 0; i < 3; i++) {
    const reply = getLink(sock, 1, NLM_F_ACK);
    assert.equal(reply.type, RTM_NEWLINK);
  }
  const plain = getLink(sock, 1);
  assert.equal(plain.type, RTM_NEWLINK);
});

test("route: a full link dump ends at NLMSG_DONE and includes lo", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP);
  w.reserve(IFINFOMSG_SIZE);
  const names: string[] = [];
  for (const m of sock.dump()) {
    assert.equal(m.type, RTM_NEWLINK);
    const a = m.attributes(IFINFOMSG_SIZE);
    if (a.find(IFLA_IFNAME)) names.push(a.string());
  }
  assert.ok(names.includes("lo"), `links: ${names}`);
  // The socket is in step: a request right after works.
  assert.equal(getLink(sock, 1).type, RTM_NEWLINK);
});

test("route: breaking out of a dump drains it", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  for (let i = 0; i < 3; i++) {
    const w = sock.writer.reset();
    w.begin(RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP);
    w.reserve(IFADDRMSG_SIZE);
    for (const _ of sock.dump()) break;
  }
  assert.equal(getLink(sock, 1).type, RTM_NEWLINK);
});

test("route: RTM_GETADDR dump has 127.0.0.1 on lo", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const w = sock.writer.reset();
  w.begin(RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP);
  w.view.setUint8(w.reserve(IFADDRMSG_SIZE), 2); // AF_INET
  const addrs: string[] = [];
  for (const m of sock.dump()) {
    assert.equal(m.type, RTM_NEWADDR);
    const a = m.attributes(IFADDRMSG_SIZE);
    if (a.find(IFA_ADDRESS)) addrs.push([...a.bytes()].join("."));
  }
  assert.ok(addrs.includes("127.0.0.1"), `addresses: ${addrs}`);
});

test("route: dumpAll returns copies that outlive the receive buffer", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP);
  w.reserve(IFINFOMSG_SIZE);
  const copies = sock.dumpAll();
  getLink(sock, 1);
  assert.ok(copies.length >= 1);
  for (const c of copies) assert.equal(new DataView(c.buffer).getUint16(4, true), RTM_NEWLINK);
});

test("route: a nonexistent ifindex is ENODEV", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  assert.throws(() => getLink(sock, 0x7ffffff0), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.ok(err instanceof ErrnoError);
    assert.equal(err.errno, 19);
    assert.equal(err.code, "ENODEV");
    assert.equal(err.requestType, RTM_GETLINK);
    assert.ok(err.seq > 0);
    return true;
  });
  assert.equal(getLink(sock, 1).type, RTM_NEWLINK);
});

test("route: the kernel's extended-ack text is read back", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE, { strictCheck: true });
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP);
  w.view.setUint32(w.reserve(IFINFOMSG_SIZE) + 8, 1, true); // ifi_flags: not allowed in a strict dump
  assert.throws(() => [...sock.dump()], (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "EINVAL");
    assert.match(err.extAckMessage ?? "", /[Ii]nvalid values in header/);
    assert.match(err.message, /Invalid values in header/);
    return true;
  });
  assert.equal(getLink(sock, 1).type, RTM_NEWLINK);
});

test("route: an ack is returned for a request the kernel only acknowledges", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const w = sock.writer.reset();
  // RTM_NEWLINK on lo changing nothing: needs CAP_NET_ADMIN, so either an ack or EPERM.
  w.begin(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK);
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 1, true);
  try {
    const ack = sock.request();
    assert.equal(ack.type, NLMSG_ERROR);
    assert.equal(ack.view.getInt32(ack.payloadOffset, true), 0);
  } catch (err) {
    assert.ok(err instanceof KernelError && err.code === "EPERM", String(err));
  }
});

test("route: close is idempotent and use after close is a clear error", () => {
  const sock = NetlinkSocket.open(NETLINK_ROUTE);
  sock.close();
  sock.close();
  assert.equal(sock.closed, true);
  assert.equal(sock.fd, -1);
  assert.throws(() => sock.send(), SocketClosedError);
  assert.throws(() => sock.receive(), /Cannot receive: the netlink socket is closed/);
  assert.throws(() => getLink(sock, 1), SocketClosedError);
  assert.throws(() => sock.join(1), SocketClosedError);
});

test("route: `using` closes the socket", () => {
  let outer: NetlinkSocket;
  {
    using sock = NetlinkSocket.open(NETLINK_ROUTE);
    outer = sock;
    assert.equal(sock.closed, false);
  }
  assert.equal(outer.closed, true);
});

test("route: a receive timeout gives TimeoutError, not a hang", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE, { receiveTimeout: 50 });
  const started = Date.now();
  assert.throws(() => sock.receive(), (err: unknown) => {
    assert.ok(err instanceof ErrnoError);
    assert.equal(err.code, "ETIMEDOUT");
    return true;
  });
  assert.ok(Date.now() - started < 5000);
  assert.equal(sock.tryReceive(), null);
});

test("socket: an unknown protocol is EPROTONOSUPPORT with advice", () => {
  assert.throws(() => NetlinkSocket.open(31), (err: unknown) => {
    assert.ok(err instanceof SyscallError);
    assert.equal(err.syscall, "socket");
    assert.equal(err.code, "EPROTONOSUPPORT");
    assert.match(err.message, /load the module/);
    return true;
  });
});

test("socket: a privileged option without privilege, or a taken port, is a SyscallError", () => {
  using a = NetlinkSocket.open(NETLINK_ROUTE);
  assert.throws(() => NetlinkSocket.open(NETLINK_ROUTE, { portId: a.portId }), (err: unknown) => {
    assert.ok(err instanceof SyscallError);
    assert.equal(err.syscall, "bind");
    assert.equal(err.code, "EADDRINUSE");
    return true;
  });
});
