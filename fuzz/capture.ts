/**
 * Captures real datagrams from the running kernel for the fuzz corpus:
 * rtnetlink dumps (links, addresses, routes, neighbours, rules, netconf,
 * qdiscs), generic netlink family and policy dumps, errors with extended
 * acks (capped and uncapped, strict checking on and off), acks, and, with
 * `--modify` (in a throw-away network namespace), the notifications and
 * uevents of a veth pair created, addressed and deleted. Datagrams are
 * stored as they arrived, whole.
 *
 * Usage: `bun fuzz/capture.ts --out FILE [--modify]`. The file holds
 * records of `[u32 protocol][u32 length][bytes]`, host order.
 *
 * @module
 */
import { writeFileSync } from "node:fs";
import {
  IFINFOMSG_SIZE,
  IFLA_IFNAME,
  IFLA_INFO_KIND,
  IFLA_LINKINFO,
  type MessageWriter,
  NETLINK_GENERIC,
  NETLINK_KOBJECT_UEVENT,
  NETLINK_ROUTE,
  NetlinkSocket,
  NLM_F_ACK,
  NLM_F_CREATE,
  NLM_F_DUMP,
  NLM_F_EXCL,
  NLM_F_REQUEST,
  NLMSG_DONE,
  NLMSG_ERROR,
  NLMSG_NOOP,
  RTM_DELLINK,
  RTM_GETADDR,
  RTM_GETLINK,
  RTM_NEWADDR,
  RTM_NEWLINK,
} from "../mod.ts";

// rtnetlink message types and attributes not exported by nlrt (linux/rtnetlink.h, if_link.h).
const RTM_GETROUTE = 26;
const RTM_DELROUTE = 25;
const RTM_GETNEIGH = 30;
const RTM_GETRULE = 34;
const RTM_GETQDISC = 38;
const RTM_GETNETCONF = 82;
const RTM_GETSTATS = 94;
const IFLA_INFO_DATA = 2;
const VETH_INFO_PEER = 1;
const IFA_LOCAL = 2;
const AF_INET = 2;
const AF_INET6 = 10;
const RTNLGRP_LINK = 1;
const RTNLGRP_NEIGH = 3;
const RTNLGRP_IPV4_IFADDR = 5;
const RTNLGRP_IPV4_ROUTE = 7;
const RTNLGRP_IPV6_IFADDR = 9;
const RTNLGRP_IPV6_ROUTE = 11;
// Generic netlink (linux/genetlink.h).
const CTRL_CMD_GETFAMILY = 3;
const CTRL_CMD_GETPOLICY = 10;
const CTRL_ATTR_FAMILY_ID = 1;
const CTRL_ATTR_FAMILY_NAME = 2;

const args = process.argv.slice(2);
const out = args[args.indexOf("--out") + 1];
const modify = args.includes("--modify");
if (!args.includes("--out") || !out) {
  console.error("usage: capture.ts --out FILE [--modify]");
  process.exit(2);
}

const records: { protocol: number; bytes: Uint8Array }[] = [];

/** Receives datagrams until one holds `NLMSG_DONE` or `NLMSG_ERROR` (or nothing more comes). */
function collect(sock: NetlinkSocket, protocol: number): void {
  for (let n = 0; n < 10000; n++) {
    let reader;
    try {
      reader = sock.receive();
    } catch {
      return; // timed out: nothing more
    }
    records.push({ protocol, bytes: reader.datagram().slice() });
    let last = false;
    try {
      for (const m of reader) if (m.type === NLMSG_DONE || m.type === NLMSG_ERROR) last = true;
    } catch {
      return;
    }
    if (last) return;
  }
}

/** Drains whatever is queued (notifications, uevents) within `ms`. */
function drain(sock: NetlinkSocket, protocol: number, ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const reader = sock.tryReceive();
    if (reader === null) {
      const t = Date.now() + 5;
      while (Date.now() < t); // a short pause: tryReceive does not block
      continue;
    }
    records.push({ protocol, bytes: reader.datagram().slice() });
  }
}

/** Builds a request in the socket's writer, sends it and collects the answer. */
function ask(
  sock: NetlinkSocket,
  protocol: number,
  type: number,
  flags: number,
  fill: (w: MessageWriter) => void,
): void {
  const w = sock.writer.reset();
  w.begin(type, NLM_F_REQUEST | flags, sock.nextSeq());
  fill(w);
  w.end();
  try {
    sock.send(w);
  } catch {
    return;
  }
  collect(sock, protocol);
}

function family(w: MessageWriter, size: number, af: number): void {
  w.view.setUint8(w.reserve(size), af);
}

function routeRequests(sock: NetlinkSocket): void {
  const P = NETLINK_ROUTE;
  ask(sock, P, RTM_GETLINK, NLM_F_DUMP, (w) => family(w, IFINFOMSG_SIZE, 0));
  ask(sock, P, RTM_GETADDR, NLM_F_DUMP, (w) => family(w, 8, 0));
  ask(sock, P, RTM_GETROUTE, NLM_F_DUMP, (w) => family(w, 12, AF_INET));
  ask(sock, P, RTM_GETROUTE, NLM_F_DUMP, (w) => family(w, 12, AF_INET6));
  ask(sock, P, RTM_GETNEIGH, NLM_F_DUMP, (w) => family(w, 12, 0));
  ask(sock, P, RTM_GETRULE, NLM_F_DUMP, (w) => family(w, 12, AF_INET));
  ask(sock, P, RTM_GETNETCONF, NLM_F_DUMP, (w) => family(w, 4, 0));
  ask(sock, P, RTM_GETQDISC, NLM_F_DUMP, (w) => family(w, 20, 0));
  ask(sock, P, RTM_GETSTATS, NLM_F_DUMP, (w) => {
    const h = w.reserve(12);
    w.view.setUint32(h + 8, 1, true); // IFLA_STATS_LINK_64
  });
  // Errors and acks.
  ask(sock, P, RTM_GETLINK, NLM_F_DUMP, (w) => {
    const h = w.reserve(IFINFOMSG_SIZE);
    w.view.setInt32(h + 4, 1, true); // a dump filtered by index: EINVAL under strict checking
  });
  ask(sock, P, RTM_GETLINK, NLM_F_ACK, (w) => {
    w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 0x7fff0000, true); // ENODEV
  });
  ask(sock, P, RTM_GETLINK, NLM_F_ACK, (w) => {
    w.reserve(IFINFOMSG_SIZE);
    w.putString(IFLA_IFNAME, "nlrt-none0"); // ENODEV
  });
  ask(sock, P, RTM_NEWLINK, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, (w) => {
    w.reserve(IFINFOMSG_SIZE);
    w.putString(IFLA_IFNAME, "lo"); // EEXIST (or EPERM)
  });
  ask(sock, P, RTM_NEWLINK, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, (w) => {
    w.reserve(IFINFOMSG_SIZE);
    w.putString(IFLA_IFNAME, "nlrtfz0");
    const info = w.nestStart(IFLA_LINKINFO);
    w.putString(IFLA_INFO_KIND, "nlrt-no-such-kind"); // EOPNOTSUPP "Unknown device type"
    w.nestEnd(info);
  });
  ask(sock, P, RTM_NEWLINK, NLM_F_ACK | NLM_F_CREATE, (w) => {
    w.reserve(IFINFOMSG_SIZE);
    w.putString(IFLA_IFNAME, "a-name-far-too-long-for-ifnamsiz"); // EINVAL, with an offset
  });
  ask(sock, P, RTM_NEWADDR, NLM_F_ACK | NLM_F_CREATE, (w) => {
    const h = w.reserve(8);
    w.view.setUint8(h, AF_INET);
    w.view.setUint8(h + 1, 24);
    w.view.setUint32(h + 4, 0x7fff0000, true); // no such device, no address
  });
  ask(sock, P, RTM_DELROUTE, NLM_F_ACK, (w) => {
    const h = w.reserve(12);
    w.view.setUint8(h, AF_INET);
    w.view.setUint8(h + 1, 32);
    w.putU32BE(1, /* RTA_DST */ 0x0afefefe); // ESRCH
  });
  ask(sock, P, NLMSG_NOOP, NLM_F_ACK, () => {}); // an ack
  ask(sock, P, 0x7f, NLM_F_ACK, () => {}); // EOPNOTSUPP
  ask(sock, P, RTM_GETLINK, NLM_F_ACK, (w) => w.append(new Uint8Array([1]))); // truncated header
}

function genericRequests(sock: NetlinkSocket): void {
  const P = NETLINK_GENERIC;
  const genl = (w: MessageWriter, cmd: number) => w.view.setUint8(w.reserve(4), cmd);
  const names: string[] = [];
  const w0 = sock.writer.reset();
  w0.begin(0x10, NLM_F_REQUEST | NLM_F_DUMP, sock.nextSeq());
  genl(w0, CTRL_CMD_GETFAMILY);
  w0.end();
  sock.send(w0);
  const before = records.length;
  collect(sock, P);
  for (const r of records.slice(before)) {
    // Family names, for the policy dumps below: CTRL_ATTR_FAMILY_NAME of each message.
    for (let p = 0; p + 20 <= r.bytes.length;) {
      const v = new DataView(r.bytes.buffer, r.bytes.byteOffset);
      const len = v.getUint32(p, true);
      if (len < 16 || p + len > r.bytes.length) break;
      for (let q = p + 20; q + 4 <= p + len;) {
        const alen = v.getUint16(q, true);
        if (alen < 4) break;
        if ((v.getUint16(q + 2, true) & 0x3fff) === CTRL_ATTR_FAMILY_NAME) {
          names.push(new TextDecoder().decode(r.bytes.subarray(q + 4, q + alen - 1)));
        }
        q += (alen + 3) & ~3;
      }
      p += (len + 3) & ~3;
    }
  }
  for (const name of names.slice(0, 24)) {
    ask(sock, P, 0x10, NLM_F_DUMP, (w) => {
      genl(w, CTRL_CMD_GETPOLICY);
      w.putString(CTRL_ATTR_FAMILY_NAME, name);
    });
  }
  ask(sock, P, 0x10, NLM_F_ACK, (w) => {
    genl(w, CTRL_CMD_GETFAMILY);
    w.putString(CTRL_ATTR_FAMILY_NAME, "nlrt-no-such-family"); // ENOENT
  });
  ask(sock, P, 0x10, NLM_F_ACK, (w) => {
    genl(w, CTRL_CMD_GETFAMILY);
    w.putU16(CTRL_ATTR_FAMILY_ID, 0x7ff0); // ENOENT
  });
  ask(sock, P, 0x10, NLM_F_ACK, (w) => genl(w, 0xee)); // EOPNOTSUPP
  ask(sock, P, 0x7ff0, NLM_F_ACK, (w) => genl(w, 1)); // no such family: ENOENT
  if (names.includes("netdev")) {
    const id = familyId(sock, "netdev");
    if (id > 0) {
      ask(sock, P, id, NLM_F_DUMP, (w) => genl(w, 1)); // NETDEV_CMD_DEV_GET dump
      ask(sock, P, id, NLM_F_ACK, (w) => genl(w, 1)); // no NETDEV_A_DEV_IFINDEX: missing type
    }
  }
}

function familyId(sock: NetlinkSocket, name: string): number {
  const w = sock.writer.reset();
  w.begin(0x10, NLM_F_REQUEST, 0);
  w.view.setUint8(w.reserve(4), CTRL_CMD_GETFAMILY);
  w.putString(CTRL_ATTR_FAMILY_NAME, name);
  try {
    const reply = sock.request(w);
    const attrs = reply.attributes(4);
    return attrs.find(CTRL_ATTR_FAMILY_ID) ? attrs.u16() : 0;
  } catch {
    return 0;
  }
}

/** Creates a veth pair, addresses it, brings it up and deletes it; the events are captured. */
function provoke(sock: NetlinkSocket): void {
  const P = NETLINK_ROUTE;
  ask(sock, P, RTM_NEWLINK, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, (w) => {
    w.reserve(IFINFOMSG_SIZE);
    w.putString(IFLA_IFNAME, "nlrtfz-a");
    const info = w.nestStart(IFLA_LINKINFO);
    w.putString(IFLA_INFO_KIND, "veth");
    const data = w.nestStart(IFLA_INFO_DATA);
    const peer = w.nestStart(VETH_INFO_PEER);
    w.reserve(IFINFOMSG_SIZE);
    w.putString(IFLA_IFNAME, "nlrtfz-b");
    w.nestEnd(peer);
    w.nestEnd(data);
    w.nestEnd(info);
  });
  const index = linkIndex(sock, "nlrtfz-a");
  if (index <= 0) return;
  ask(sock, P, RTM_NEWLINK, NLM_F_ACK, (w) => {
    const h = w.reserve(IFINFOMSG_SIZE);
    w.view.setInt32(h + 4, index, true);
    w.view.setUint32(h + 8, 1, true); // IFF_UP
    w.view.setUint32(h + 12, 1, true);
  });
  ask(sock, P, RTM_NEWADDR, NLM_F_ACK | NLM_F_CREATE, (w) => {
    const h = w.reserve(8);
    w.view.setUint8(h, AF_INET);
    w.view.setUint8(h + 1, 24);
    w.view.setUint32(h + 4, index, true);
    w.putU32BE(IFA_LOCAL, 0x0a590001);
    w.putU32BE(1, /* IFA_ADDRESS */ 0x0a590001);
  });
  ask(sock, P, RTM_NEWADDR, NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL, (w) => {
    const h = w.reserve(8);
    w.view.setUint8(h, AF_INET);
    w.view.setUint8(h + 1, 24);
    w.view.setUint32(h + 4, index, true);
    w.putU32BE(IFA_LOCAL, 0x0a590001); // EEXIST
  });
  routeRequests(sock);
  ask(sock, P, RTM_DELLINK, NLM_F_ACK, (w) => {
    w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, index, true);
  });
}

function linkIndex(sock: NetlinkSocket, name: string): number {
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK, NLM_F_REQUEST, 0);
  w.reserve(IFINFOMSG_SIZE);
  w.putString(IFLA_IFNAME, name);
  try {
    const reply = sock.request(w);
    return reply.view.getInt32(reply.payloadOffset + 4, true);
  } catch {
    return 0;
  }
}

const open = { bufferSize: 1 << 18, receiveTimeout: 1000 };
for (
  const options of [
    { extAck: true, strictCheck: true },
    { extAck: true, capAck: true },
    { extAck: false },
  ]
) {
  using sock = NetlinkSocket.open(NETLINK_ROUTE, { ...open, ...options });
  routeRequests(sock);
  using gen = NetlinkSocket.open(NETLINK_GENERIC, { ...open, ...options });
  genericRequests(gen);
}
if (modify) {
  using events = NetlinkSocket.open(NETLINK_ROUTE, {
    ...open,
    groups: [
      RTNLGRP_LINK,
      RTNLGRP_NEIGH,
      RTNLGRP_IPV4_IFADDR,
      RTNLGRP_IPV4_ROUTE,
      RTNLGRP_IPV6_IFADDR,
      RTNLGRP_IPV6_ROUTE,
    ],
  });
  let uevents: NetlinkSocket | undefined;
  try {
    uevents = NetlinkSocket.open(NETLINK_KOBJECT_UEVENT, { ...open, groups: [1] });
  } catch {
    uevents = undefined;
  }
  using sock = NetlinkSocket.open(NETLINK_ROUTE, { ...open, extAck: true });
  provoke(sock);
  drain(events, NETLINK_ROUTE, 300);
  if (uevents) {
    drain(uevents, NETLINK_KOBJECT_UEVENT, 300);
    uevents.close();
  }
}

let total = 0;
for (const r of records) total += 8 + r.bytes.length;
const file = new Uint8Array(total);
const view = new DataView(file.buffer);
let p = 0;
for (const r of records) {
  view.setUint32(p, r.protocol, true);
  view.setUint32(p + 4, r.bytes.length, true);
  file.set(r.bytes, p + 8);
  p += 8 + r.bytes.length;
}
writeFileSync(out, file);
const by = new Map<number, number>();
for (const r of records) by.set(r.protocol, (by.get(r.protocol) ?? 0) + 1);
console.log(
  `captured ${records.length} datagrams (${total} bytes): ` +
    [...by].map(([proto, n]) => `${n} on protocol ${proto}`).join(", "),
);
