/**
 * Scenarios of the generated families run inside a network namespace that
 * tests/ynl/families_test.ts creates (with a veth pair va/vb, both up):
 * `ip netns exec NS <runtime> _netns_scenarios.ts SCENARIO`. Each compares
 * what the generated client reads with what `ip` or /sys/class/net say,
 * and exits non-zero with the assertion's message when they differ.
 *
 * @module
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { AF_INET, AF_INET6, KernelError, OPER_STATES } from "../../mod.ts";
import { RtLinkClient } from "../../src/families/rt-link.ts";
import { RtAddrClient } from "../../src/families/rt-addr.ts";
import { RtmType, RtRouteClient } from "../../src/families/rt-route.ts";
import { NetdevClient } from "../../src/families/netdev.ts";
import { EthtoolClient } from "../../src/families/ethtool.ts";

const IFF_UP = 1;

function ipJson(...args: string[]): Record<string, unknown>[] {
  return JSON.parse(execFileSync("ip", ["-j", ...args], { encoding: "utf8" }));
}

function indexOf(name: string): number {
  return Number(readFileSync(`/sys/class/net/${name}/ifindex`, "utf8"));
}

/** rt-link: the dump equals `ip -j link`; a veth pair made and removed through newlink/dellink. */
function link(): void {
  using rt = RtLinkClient.open();
  const ours = () => {
    const out: Record<string, unknown>[] = [];
    // One view is reused for every message: read it inside the loop.
    for (const l of rt.getlinkDump()) {
      out.push({
        ifindex: l.ifinfomsg.ifiIndex,
        ifname: l.ifname,
        mtu: l.mtu,
        up: (l.ifinfomsg.ifiFlags & IFF_UP) !== 0,
        address: l.addressText,
        operstate: OPER_STATES[l.operstate ?? 0],
      });
    }
    return out;
  };
  const theirs = () =>
    ipJson("link").map((l) => ({
      ifindex: l.ifindex,
      ifname: l.ifname,
      mtu: l.mtu,
      up: (l.flags as string[]).includes("UP"),
      address: l.address,
      operstate: l.operstate,
    }));
  assert.deepEqual(ours(), theirs());

  rt.newlink({
    ifname: "vy0",
    mtu: 1400,
    linkinfo: { kind: "veth", data: { peer: { ifname: "vy1", mtu: 1300 } } },
  }, { create: true, excl: true });
  const vy0 = rt.getlink({ ifname: "vy0" });
  assert.equal(vy0.ifname, "vy0");
  assert.equal(vy0.mtu, 1400);
  assert.equal(vy0.linkinfo?.kind, "veth");
  assert.equal(vy0.ifinfomsg.ifiIndex, indexOf("vy0"));
  assert.equal(Number(readFileSync("/sys/class/net/vy1/mtu", "utf8")), 1300);
  assert.deepEqual(ours(), theirs());
  rt.dellink({ ifname: "vy0" });
  assert.ok(!ipJson("link").some((l) => l.ifname === "vy0" || l.ifname === "vy1"));
  assert.throws(() => rt.getlink({ ifname: "vy0" }), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "ENODEV");
    return true;
  });
}

function addrList(rt: RtAddrClient, dev: number): string[] {
  const out: string[] = [];
  for (const a of rt.getaddrDump({ ifaddrmsg: { ifaIndex: dev } })) {
    if (a.ifaddrmsg.ifaIndex !== dev) continue; // the kernel may ignore the filter
    const text = a.ifaLocalText ?? a.ifaAddressText;
    out.push(
      `${a.ifaddrmsg.ifaFamily === AF_INET ? "inet" : "inet6"} ${text}/${a.ifaddrmsg.ifaPrefixlen}`,
    );
  }
  return out.sort();
}

function ipAddrList(dev: string): string[] {
  const [entry] = ipJson("addr", "show", "dev", dev);
  return (entry.addr_info as Record<string, unknown>[])
    .map((a) => `${a.family} ${a.local}/${a.prefixlen}`)
    .sort();
}

/** rt-addr: add, list and delete IPv4 and IPv6 addresses, compared with `ip -j addr`; EEXIST with the kernel's text. */
async function addr(): Promise<void> {
  using rt = RtAddrClient.open();
  const va = indexOf("va");
  const v4 = {
    ifaddrmsg: { ifaFamily: AF_INET, ifaPrefixlen: 24, ifaIndex: va },
    ifaLocal: "192.0.2.1",
    ifaAddress: "192.0.2.1",
  };
  const v6 = {
    ifaddrmsg: { ifaFamily: AF_INET6, ifaPrefixlen: 64, ifaIndex: va, ifaFlags: 0x2 /* nodad */ },
    ifaAddress: "2001:db8::1",
  };
  rt.newaddr(v4, { create: true, excl: true });
  await rt.newaddrAsync(v6, { create: true, excl: true });
  assert.deepEqual(addrList(rt, va), ipAddrList("va"));
  assert.ok(addrList(rt, va).includes("inet 192.0.2.1/24"));
  assert.ok(addrList(rt, va).includes("inet6 2001:db8::1/64"));

  assert.throws(() => rt.newaddr(v4, { create: true, excl: true }), (err: unknown) => {
    assert.ok(err instanceof KernelError, String(err));
    assert.equal(err.code, "EEXIST");
    assert.equal(err.extAckMessage, "ipv4: Address already assigned");
    return true;
  });

  // The asynchronous dump sees the same.
  const seen: string[] = [];
  for await (const a of rt.getaddrDump()) {
    if (a.ifaddrmsg.ifaIndex === va) seen.push(a.ifaAddressText ?? "");
  }
  assert.ok(seen.includes("192.0.2.1") && seen.includes("2001:db8::1"), seen.join());

  rt.deladdr(v4);
  await rt.deladdrAsync(v6);
  assert.deepEqual(addrList(rt, va), ipAddrList("va"));
  assert.ok(!addrList(rt, va).some((a) => a.includes("192.0.2.1") || a.includes("2001:db8::1")));
}

function routeList(rt: RtRouteClient): string[] {
  const out: string[] = [];
  for (const r of rt.getrouteDump({ rtmsg: { rtmFamily: AF_INET } })) {
    const h = r.rtmsg;
    if (h.rtmFamily !== AF_INET || r.rtaTable !== 254) continue; // the main table
    const dst = h.rtmDstLen === 0
      ? "default"
      : h.rtmDstLen === 32
      ? r.rtaDstText
      : `${r.rtaDstText}/${h.rtmDstLen}`;
    out.push(`${dst} oif ${r.rtaOif}`);
  }
  return out.sort();
}

function ipRouteList(): string[] {
  return ipJson("-4", "route", "show", "table", "main").map((r) =>
    `${r.dst} oif ${indexOf(String(r.dev))}`
  ).sort();
}

/** rt-route: add, list and delete a route, compared with `ip -j route`. */
function route(): void {
  execFileSync("ip", ["addr", "add", "192.0.2.1/24", "dev", "va"]);
  using rt = RtRouteClient.open();
  const va = indexOf("va");
  const req = {
    rtmsg: {
      rtmFamily: AF_INET,
      rtmDstLen: 24,
      rtmTable: 254,
      rtmProtocol: 4, // static
      rtmScope: 0, // universe
      rtmType: RtmType.unicast,
    },
    rtaDst: "198.51.100.0",
    rtaGateway: "192.0.2.2",
    rtaOif: va,
  };
  rt.newroute(req, { create: true, excl: true });
  assert.deepEqual(routeList(rt), ipRouteList());
  assert.ok(routeList(rt).includes(`198.51.100.0/24 oif ${va}`));
  const got = rt.getroute({ rtmsg: { rtmFamily: AF_INET, rtmDstLen: 32 }, rtaDst: "198.51.100.7" });
  assert.equal(got.rtaGatewayText, "192.0.2.2");
  assert.equal(got.rtaOif, va);
  rt.delroute(req);
  assert.deepEqual(routeList(rt), ipRouteList());
  assert.ok(!routeList(rt).some((r) => r.startsWith("198.51.100.0")));
}

/** netdev and ethtool on the veth: what ip and /sys/class/net say. */
async function devices(): Promise<void> {
  const va = indexOf("va");
  using netdev = NetdevClient.open();
  const indexes: number[] = [];
  for (const d of netdev.devGetDump()) indexes.push(d.ifindex!);
  indexes.sort((a, b) => a - b);
  const ipIndexes = ipJson("link").map((l) => Number(l.ifindex)).sort((a, b) => a - b);
  assert.deepEqual(indexes, ipIndexes);
  const dev = netdev.devGet({ ifindex: va });
  assert.equal(dev.ifindex, va);
  assert.ok(dev.xdpFeatures !== undefined, "veth reports its XDP features");
  const asyncDev = await netdev.devGetAsync({ ifindex: va });
  assert.equal(asyncDev.ifindex, va);

  using ethtool = EthtoolClient.open();
  const modes = ethtool.linkmodesGet({ header: { devName: "va" } });
  assert.equal(modes.header?.devIndex, va);
  assert.equal(modes.header?.devName, "va");
  assert.equal(modes.speed, Number(readFileSync("/sys/class/net/va/speed", "utf8")));
  const duplex = readFileSync("/sys/class/net/va/duplex", "utf8").trim();
  assert.equal(modes.duplex, duplex === "full" ? 1 : 0);
  const state = ethtool.linkstateGet({ header: { devIndex: va } });
  assert.equal(state.link, Number(readFileSync("/sys/class/net/va/carrier", "utf8")));
  assert.throws(() => ethtool.linkstateGet({ header: { devName: "nosuch0" } }), (err: unknown) => {
    assert.ok(err instanceof KernelError);
    assert.equal(err.code, "ENODEV");
    return true;
  });
}

/** rt-link notifications: a veth pair made and removed elsewhere, seen by name. */
async function notify(): Promise<void> {
  using monitor = RtLinkClient.open();
  monitor.subscribe("rtnlgrp-link");
  using netdev = NetdevClient.open();
  netdev.subscribe("mgmt");
  using rt = RtLinkClient.open();
  await rt.newlinkAsync({
    ifname: "vz0",
    linkinfo: { kind: "veth", data: { peer: { ifname: "vz1" } } },
  }, {
    create: true,
    excl: true,
  });
  rt.dellink({ ifname: "vz0" });
  const seen: string[] = [];
  for await (const n of monitor.notifications({ timeout: 5000 })) {
    if (n.name === "getstats") continue; // narrows n.message to a LinkMessage
    seen.push(`${n.name} ${n.message.ifname} ${n.message.ifinfomsg.ifiIndex > 0}`);
    if (n.name === "dellink" && seen.filter((s) => s.startsWith("dellink")).length === 2) break;
  }
  assert.ok(seen.includes("getlink vz0 true"), seen.join("; "));
  assert.ok(seen.includes("getlink vz1 true"), seen.join("; "));
  assert.ok(seen.includes("dellink vz0 true"), seen.join("; "));
  assert.ok(seen.includes("dellink vz1 true"), seen.join("; "));
  // The same changes as netdev (generic netlink, group resolved by name) announces them.
  const events: string[] = [];
  for await (const n of netdev.notifications({ timeout: 5000 })) {
    events.push(`${n.name} ${n.message.ifindex! > 0}`);
    if (events.filter((e) => e.startsWith("dev-del-ntf")).length === 2) break;
  }
  assert.deepEqual(events.filter((e) => e.startsWith("dev-add-ntf")), [
    "dev-add-ntf true",
    "dev-add-ntf true",
  ]);
}

const scenarios: Record<string, () => void | Promise<void>> = {
  link,
  addr,
  route,
  devices,
  notify,
};
const name = process.argv[process.argv.length - 1];
const scenario = scenarios[name];
if (!scenario) throw new Error(`unknown scenario ${name}: ${Object.keys(scenarios).join(", ")}`);
await scenario();
console.log(JSON.stringify({ scenario: name, ok: true }));
