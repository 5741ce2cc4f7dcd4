import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { parseUevent } from "../../examples/uevent.ts";
import { netnsUnavailable, run, skipUnless } from "../_helpers.ts";
import { runtimeCommand } from "../_runtime.ts";

test("examples: parseUevent splits header and properties", () => {
  const datagram = new TextEncoder().encode(
    "add@/devices/virtual/net/v0\0ACTION=add\0DEVPATH=/devices/virtual/net/v0\0" +
      "SUBSYSTEM=net\0INTERFACE=v0\0IFINDEX=5\0SEQNUM=77\0",
  );
  assert.deepEqual(parseUevent(datagram), {
    header: "add@/devices/virtual/net/v0",
    env: {
      ACTION: "add",
      DEVPATH: "/devices/virtual/net/v0",
      SUBSYSTEM: "net",
      INTERFACE: "v0",
      IFINDEX: "5",
      SEQNUM: "77",
    },
  });
});

const MONITOR = "examples: monitor.ts reports link events in a new namespace";
test(MONITOR, skipUnless(MONITOR, netnsUnavailable()), async () => {
  const ns = `nlrt-mon-${process.pid}`;
  run("ip", ["netns", "add", ns]);
  try {
    const script = new URL("../../examples/monitor.ts", import.meta.url);
    const child = spawn("ip", ["netns", "exec", ns, ...runtimeCommand(script), "--count", "3"]);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    // Let it subscribe, then make events.
    await new Promise((r) => setTimeout(r, 1500));
    execFileSync("ip", ["-n", ns, "link", "add", "mon0", "type", "veth", "peer", "name", "mon1"]);
    execFileSync("ip", ["-n", ns, "link", "del", "mon0"]);
    const timer = setTimeout(() => child.kill(), 20000);
    const code = await exited;
    clearTimeout(timer);
    assert.equal(code, 0, `monitor output: ${out}`);
    const lines = out.trim().split("\n");
    assert.equal(lines.length, 3, out);
    assert.ok(lines.some((l) => /^link \d+: mon0$/.test(l)), out);
    assert.ok(lines.some((l) => /^Deleted link \d+: mon[01]$/.test(l)), out);
  } finally {
    run("ip", ["netns", "del", ns]);
  }
});

const IP_ADDR = "examples: ip_addr.ts adds, lists and deletes an address in a new namespace";
test(IP_ADDR, skipUnless(IP_ADDR, netnsUnavailable()), () => {
  const ns = `nlrt-ipaddr-${process.pid}`;
  run("ip", ["netns", "add", ns]);
  try {
    run("ip", ["-n", ns, "link", "add", "va", "type", "veth", "peer", "name", "vb"]);
    const script = new URL("../../examples/ip_addr.ts", import.meta.url);
    const example = (...args: string[]) =>
      spawnSync("ip", ["netns", "exec", ns, ...runtimeCommand(script), ...args], {
        encoding: "utf8",
        timeout: 30000,
      });
    assert.equal(example("add", "192.0.2.9/24", "dev", "va").status, 0);
    assert.equal(example("add", "2001:db8::9/64", "dev", "va").status, 0);
    const listed = example().stdout.trim().split("\n");
    assert.ok(listed.includes("va: inet 192.0.2.9/24"), listed.join("\n"));
    assert.ok(listed.includes("va: inet6 2001:db8::9/64"), listed.join("\n"));
    const again = example("add", "192.0.2.9/24", "dev", "va");
    assert.equal(again.status, 1);
    assert.match(again.stderr, /EEXIST ipv4: Address already assigned/);
    assert.equal(example("del", "192.0.2.9/24", "dev", "va").status, 0);
    assert.equal(example("del", "2001:db8::9/64", "dev", "va").status, 0);
    assert.ok(!example().stdout.includes("va:"));
  } finally {
    run("ip", ["netns", "del", ns]);
  }
});
