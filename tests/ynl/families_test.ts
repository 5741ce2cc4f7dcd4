/**
 * The generated families against the host kernel: nlctrl here, the others
 * in a network namespace this test creates (a veth pair va/vb, both up),
 * each scenario compared with `ip` and /sys/class/net (tests/ynl/_netns_scenarios.ts).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { listFamilies, NETLINK_GENERIC, NetlinkSocket } from "../../mod.ts";
import { NlctrlClient } from "../../src/families/nlctrl.ts";
import { netnsUnavailable, run, skipUnless } from "../_helpers.ts";
import { runtimeCommand } from "../_runtime.ts";

test("families: nlctrl's family dump equals listFamilies()", () => {
  using sock = NetlinkSocket.open(NETLINK_GENERIC);
  const expected = listFamilies(sock).map((f) => ({
    id: f.id,
    name: f.name,
    version: f.version,
    groups: [...f.groups].sort(),
  }));
  using ctrl = NlctrlClient.open();
  const got: typeof expected = [];
  for (const f of ctrl.getfamilyDump()) {
    const groups: [string, number][] = [];
    for (const g of f.mcastGroups ?? []) groups.push([g.name!, g.id!]);
    got.push({ id: f.familyId!, name: f.familyName!, version: f.version!, groups: groups.sort() });
  }
  assert.deepEqual(got, expected);
  const netdev = expected.find((f) => f.name === "nlctrl")!;
  const one = ctrl.getfamily({ familyName: "nlctrl" });
  assert.equal(one.familyId, netdev.id);
  assert.equal(one.toObject().familyName, "nlctrl");
});

const SCENARIOS: [string, string][] = [
  [
    "link",
    "rt-link: the link dump equals `ip -j link`; a veth pair made with newlink, removed with dellink",
  ],
  [
    "addr",
    "rt-addr: IPv4 and IPv6 addresses added, listed, deleted as `ip -j addr` sees them; EEXIST with the kernel's text",
  ],
  ["route", "rt-route: a route added, looked up, listed, deleted as `ip -j route` sees it"],
  ["devices", "netdev and ethtool on a veth: what ip and /sys/class/net say"],
  ["notify", "rt-link and netdev (generic netlink) notifications of a veth pair made and removed"],
];

for (const [scenario, title] of SCENARIOS) {
  const name = `families: ${title}`;
  test(name, skipUnless(name, netnsUnavailable()), () => {
    const ns = `nlrt-ynl-${process.pid}-${scenario}`;
    run("ip", ["netns", "add", ns]);
    try {
      run("ip", ["-n", ns, "link", "add", "va", "type", "veth", "peer", "name", "vb"]);
      for (const dev of ["lo", "va", "vb"]) run("ip", ["-n", ns, "link", "set", dev, "up"]);
      const script = new URL("./_netns_scenarios.ts", import.meta.url);
      const child = spawnSync("ip", ["netns", "exec", ns, ...runtimeCommand(script), scenario], {
        encoding: "utf8",
        timeout: 60000,
      });
      assert.equal(
        child.status,
        0,
        `scenario ${scenario} failed:\n${child.stdout}\n${child.stderr}`,
      );
      assert.deepEqual(JSON.parse(child.stdout.trim().split("\n").pop()!), { scenario, ok: true });
    } finally {
      run("ip", ["netns", "del", ns]);
    }
  });
}
