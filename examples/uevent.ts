/**
 * Prints kernel uevents (`NETLINK_KOBJECT_UEVENT`, group 1) as key/value
 * records, like `udevadm monitor --kernel --property`. Stops after
 * `--count N` events.
 *
 * Uevent datagrams are not netlink messages: each is a header line
 * `ACTION@DEVPATH` then `KEY=VALUE` strings, all NUL-separated.
 *
 * Run: `deno run --allow-ffi examples/uevent.ts` or `bun examples/uevent.ts`.
 *
 * @module
 */
import { NETLINK_KOBJECT_UEVENT, NetlinkSocket } from "../mod.ts";

const countArg = process.argv.indexOf("--count");
const limit = countArg > 0 ? Number(process.argv[countArg + 1]) : Infinity;

/**
 * Parses one uevent datagram into its header and properties.
 *
 * @param bytes The datagram.
 * @returns The `ACTION@DEVPATH` header and the `KEY=VALUE` pairs.
 */
export function parseUevent(bytes: Uint8Array): { header: string; env: Record<string, string> } {
  const parts = new TextDecoder().decode(bytes).split("\0").filter((s) => s.length > 0);
  const env: Record<string, string> = {};
  for (const p of parts.slice(1)) {
    const eq = p.indexOf("=");
    if (eq > 0) env[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return { header: parts[0] ?? "", env };
}

if (import.meta.main) {
  using sock = NetlinkSocket.open(NETLINK_KOBJECT_UEVENT, { groups: [1], rcvbuf: 1 << 20 });
  let seen = 0;
  for (;;) {
    const r = await sock.receiveAsync();
    // Uevents have no nlmsghdr: read the raw datagram.
    const { header, env } = parseUevent(r.datagram());
    console.log(header);
    for (const [k, v] of Object.entries(env)) console.log(`  ${k}=${v}`);
    if (++seen >= limit) break;
  }
}
