/**
 * The `nlrt` command line: help, errors for unknown names, JSON lines from
 * the host kernel, and a change made in a namespace that `ip` then sees.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { main } from "../../src/ynl/cli.ts";
import { netnsUnavailable, run, skipUnless } from "../_helpers.ts";
import { runtimeCommand } from "../_runtime.ts";

async function nlrt(
  ...argv: string[]
): Promise<{ status: number; lines: string[]; errors: string }> {
  const lines: string[] = [];
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.join(" "));
  try {
    const status = await main(argv, (l) => lines.push(l));
    return { status, lines, errors: errors.join("\n") };
  } finally {
    console.error = original;
  }
}

test("cli: --help lists the families and their operations", async () => {
  const all = await nlrt("--help");
  assert.equal(all.status, 0);
  const text = all.lines.join("\n");
  for (const family of ["rt-link", "rt-addr", "rt-route", "nlctrl", "netdev", "ethtool"]) {
    assert.match(text, new RegExp(`^${family} \\(`, "m"));
  }
  assert.match(text, /do: {3}newaddr deladdr/);
  const one = await nlrt("--family", "rt-addr", "--help");
  assert.match(one.lines.join("\n"), /--do newaddr {2}\(ifa-family, ifa-flags, ifa-prefixlen/);
});

test("cli: unknown family, operation, attribute and bad JSON are clear errors", async () => {
  const family = await nlrt("--family", "rt-lnk", "--dump", "getlink");
  assert.equal(family.status, 2);
  assert.match(family.errors, /unknown family "rt-lnk"; the families are: rt-link, rt-addr/);
  const op = await nlrt("--family", "rt-link", "--dump", "newlink");
  assert.equal(op.status, 2);
  assert.match(
    op.errors,
    /family rt-link has no dump operation "newlink"; its dump operations are: getlink, getstats/,
  );
  const attr = await nlrt("--family", "rt-link", "--do", "getlink", "--json", '{"ifnam": "lo"}');
  assert.equal(attr.status, 2);
  assert.match(
    attr.errors,
    /Attribute set link-attrs has no attribute "ifnam"; it has: address, broadcast, ifname/,
  );
  const shape = await nlrt("--family", "rt-link", "--do", "getlink", "--json", '{"linkinfo": 5}');
  assert.equal(shape.status, 2);
  assert.match(shape.errors, /linkinfo: expected an object, got 5/);
  const number = await nlrt("--family", "rt-link", "--do", "getlink", "--json", '{"mtu": "big"}');
  assert.equal(number.status, 2);
  assert.match(number.errors, /mtu: expected a number, got "big"/);
  const json = await nlrt("--family", "rt-link", "--do", "getlink", "--json", "{ifname}");
  assert.equal(json.status, 2);
  assert.match(json.errors, /--json is not valid JSON/);
  const option = await nlrt("--famly", "rt-link");
  assert.equal(option.status, 2);
  assert.match(option.errors, /unknown option "--famly"/);
  const group = await nlrt("--family", "rt-link", "--subscribe", "nosuch");
  assert.equal(group.status, 2);
  assert.match(
    group.errors,
    /no multicast group "nosuch"; its groups are: rtnlgrp-link, rtnlgrp-stats/,
  );
});

test("cli: --dump prints one JSON object per message, with header fields and display hints", async () => {
  const out = await nlrt("--family", "rt-link", "--dump", "getlink");
  assert.equal(out.status, 0, out.errors);
  const links = out.lines.map((l) => JSON.parse(l));
  const ip = JSON.parse(run("ip", ["-j", "link"])) as {
    ifname: string;
    ifindex: number;
    address?: string;
  }[];
  assert.deepEqual(
    links.map((l) => [l["ifi-index"], l.ifname, l.address]),
    ip.map((l) => [l.ifindex, l.ifname, l.address]),
  );
  const lo = await nlrt("--family", "rt-link", "--do", "getlink", "--json", '{"ifname": "lo"}');
  const json = JSON.parse(lo.lines[0]);
  assert.equal(json["ifi-index"], 1);
  assert.deepEqual(json["ifi-flags"].includes("loopback"), true);
  assert.equal(json.address, "00:00:00:00:00:00");
});

const NS = "cli: --do newaddr in a namespace adds what `ip -j addr` then shows; twice is EEXIST";
test(NS, skipUnless(NS, netnsUnavailable()), () => {
  const ns = `nlrt-cli-${process.pid}`;
  run("ip", ["netns", "add", ns]);
  try {
    run("ip", ["-n", ns, "link", "add", "va", "type", "veth", "peer", "name", "vb"]);
    const index = JSON.parse(run("ip", ["-n", ns, "-j", "link", "show", "va"]))[0].ifindex;
    const cli = new URL("../../cli.ts", import.meta.url);
    const request = JSON.stringify({
      "ifa-family": 2,
      "ifa-prefixlen": 24,
      "ifa-index": index,
      "ifa-local": "192.0.2.7",
    });
    const add = () =>
      spawnSync(
        "ip",
        [
          "netns",
          "exec",
          ns,
          ...runtimeCommand(cli),
          "--family",
          "rt-addr",
          "--do",
          "newaddr",
          "--create",
          "--excl",
          "--json",
          request,
        ],
        { encoding: "utf8", timeout: 30000 },
      );
    const first = add();
    assert.equal(first.status, 0, first.stderr);
    const info = JSON.parse(run("ip", ["-n", ns, "-j", "addr", "show", "va"]))[0].addr_info;
    assert.deepEqual(
      info.map((a: { local: string; prefixlen: number }) => `${a.local}/${a.prefixlen}`),
      ["192.0.2.7/24"],
    );
    const second = add();
    assert.equal(second.status, 1);
    assert.match(second.stderr, /EEXIST \(File exists\): ipv4: Address already assigned/);
    const dump = spawnSync(
      "ip",
      ["netns", "exec", ns, ...runtimeCommand(cli), "--family", "rt-addr", "--dump", "getaddr"],
      { encoding: "utf8", timeout: 30000 },
    );
    const lines = dump.stdout.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.filter((l) => l["ifa-index"] === index).map((
        l,
      ) => [l["ifa-local"], l["ifa-prefixlen"]]),
      [["192.0.2.7", 24]],
    );
  } finally {
    run("ip", ["netns", "del", ns]);
  }
});
