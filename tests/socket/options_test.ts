/**
 * Careless callers: every option is checked before anything is opened, a
 * failed open leaks no descriptor, errors name the call, the group and the
 * capability, and a closed socket's views stop working rather than show
 * another socket's bytes.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  IFINFOMSG_SIZE,
  MessageWriter,
  NETLINK_GENERIC,
  NETLINK_ROUTE,
  NETLINK_USERSOCK,
  NetlinkSocket,
  RTM_GETLINK,
  SocketClosedError,
  SOL_NETLINK,
  SyscallError,
} from "../../mod.ts";
import { libc } from "../../src/ffi/libc.ts";
import { skipUnless } from "../_helpers.ts";
import { runtimeCommand } from "../_runtime.ts";

const isDeno = typeof (globalThis as { Deno?: unknown }).Deno !== "undefined";

/** How many descriptors this process holds. */
function openDescriptors(): number {
  return readdirSync("/proc/self/fd").length;
}

test("options: wrong protocols and options are refused before anything is opened", () => {
  const cases: [string, () => unknown, ErrorConstructor, RegExp][] = [
    [
      "NaN protocol",
      () => NetlinkSocket.open(NaN),
      RangeError,
      /protocol must be an integer from 0 to 31.*got NaN/,
    ],
    ["protocol 32", () => NetlinkSocket.open(32), RangeError, /from 0 to 31/],
    ["protocol -1", () => NetlinkSocket.open(-1), RangeError, /got -1/],
    ["protocol 1.5", () => NetlinkSocket.open(1.5), RangeError, /got 1.5/],
    [
      "string protocol",
      () => NetlinkSocket.open("0" as never),
      TypeError,
      /protocol must be a number/,
    ],
    [
      "options not an object",
      () => NetlinkSocket.open(0, 5 as never),
      TypeError,
      /options must be an object/,
    ],
    [
      "bufferSize -5",
      () => NetlinkSocket.open(0, { bufferSize: -5 }),
      RangeError,
      /bufferSize must be an integer from 16/,
    ],
    [
      "bufferSize 2^40",
      () => NetlinkSocket.open(0, { bufferSize: 2 ** 40 }),
      RangeError,
      /bufferSize/,
    ],
    [
      "bufferSize 1.5",
      () => NetlinkSocket.open(0, { bufferSize: 100.5 }),
      RangeError,
      /bufferSize/,
    ],
    [
      "batchSize 0",
      () => NetlinkSocket.open(0, { batchSize: 0 }),
      RangeError,
      /batchSize must be an integer from 1 to 1024/,
    ],
    [
      "a ring over 1 GiB",
      () => NetlinkSocket.open(0, { batchSize: 1024, bufferSize: 1 << 21 }),
      RangeError,
      /must not exceed/,
    ],
    [
      "portId -1",
      () => NetlinkSocket.open(0, { portId: -1 }),
      RangeError,
      /portId must be an integer from 0 to 4294967295/,
    ],
    ["portId 2^32", () => NetlinkSocket.open(0, { portId: 2 ** 32 }), RangeError, /portId/],
    [
      "groups not an array",
      () => NetlinkSocket.open(0, { groups: 1 as never }),
      TypeError,
      /groups must be an array/,
    ],
    [
      "group 0",
      () => NetlinkSocket.open(0, { groups: [1, 0] }),
      RangeError,
      /groups\[1\] must be an integer from 1/,
    ],
    ["rcvbuf -1", () => NetlinkSocket.open(0, { rcvbuf: -1 }), RangeError, /rcvbuf/],
    [
      "extAck 'yes'",
      () => NetlinkSocket.open(0, { extAck: "yes" as never }),
      TypeError,
      /extAck must be a boolean/,
    ],
    [
      "receiveTimeout -5",
      () => NetlinkSocket.open(0, { receiveTimeout: -5 }),
      RangeError,
      /receiveTimeout must be a finite number of milliseconds/,
    ],
    [
      "receiveTimeout Infinity",
      () => NetlinkSocket.open(0, { receiveTimeout: Infinity }),
      RangeError,
      /receiveTimeout/,
    ],
    [
      "receiveTimeout NaN",
      () => NetlinkSocket.open(0, { receiveTimeout: NaN }),
      RangeError,
      /receiveTimeout/,
    ],
    [
      "the old timeout",
      () => NetlinkSocket.open(0, { timeout: 5 } as never),
      TypeError,
      /renamed receiveTimeout/,
    ],
  ];
  const before = openDescriptors();
  for (const [what, call, type, message] of cases) {
    assert.throws(call, (err: unknown) => {
      assert.ok(err instanceof type, `${what}: ${err}`);
      assert.match(String(err), message, what);
      return true;
    });
  }
  assert.equal(openDescriptors(), before, "no descriptor was opened");
});

test("options: a failed open after socket() closes the descriptor", () => {
  using taken = NetlinkSocket.open(NETLINK_ROUTE);
  const before = openDescriptors();
  for (let i = 0; i < 20; i++) {
    assert.throws(() => NetlinkSocket.open(NETLINK_ROUTE, { groups: [1000] }), /group 1000/);
    assert.throws(() => NetlinkSocket.open(NETLINK_ROUTE, { portId: taken.portId }), /EADDRINUSE/);
  }
  // At most `before`: the runtime may close descriptors of its own meanwhile
  // (Bun did, once); 40 leaked ones would show as more.
  assert.ok(openDescriptors() <= before, `${openDescriptors()} descriptors open, ${before} before`);
});

test("options: wrong arguments to socket methods say what to pass", async () => {
  using sock = NetlinkSocket.open(NETLINK_USERSOCK);
  assert.throws(() => sock.join(0), /group must be an integer from 1/);
  assert.throws(() => sock.join(NaN), RangeError);
  assert.throws(() => sock.setOption(SOL_NETLINK, 11, 2 ** 33), /value must be an integer/);
  assert.throws(() => sock.send(new Uint8Array(16), -1), /to must be an integer from 0/);
  assert.throws(() => sock.send(new Uint8Array(0)), /Nothing to send/);
  assert.throws(() => sock.send("bytes" as never), /takes a MessageWriter or a Uint8Array/);
  assert.throws(() => sock.request(new MessageWriter(64)), /needs a message in the writer/);
  assert.throws(() => sock.request(sock.writer, { to: -1 }), RangeError);
  assert.throws(() => sock.request(sock.writer, { replies: "yes" as never }), TypeError);
  const w = sock.writer.reset();
  w.begin(0x20);
  await assert.rejects(sock.requestAsync(w, { timeout: -1 }), /timeout must be a finite number/);
  await assert.rejects(sock.requestAsync(w, { signal: {} as never }), /must be an AbortSignal/);
  await assert.rejects(sock.requestAsync(w, { parse: 5 as never }), /parse must be a function/);
  await assert.rejects(sock.receiveAsync({ timeout: NaN }), RangeError);
  assert.throws(() => sock.dump(w, { to: 1.5 }), RangeError);
});

test("errors: the failed call is named (recvfrom, recvmmsg)", () => {
  const sock = NetlinkSocket.open(NETLINK_USERSOCK);
  libc().close(sock.fd); // pull the descriptor from under the socket
  try {
    assert.throws(() => sock.tryReceive(), (err: unknown) => {
      assert.ok(err instanceof SyscallError);
      assert.equal(err.syscall, "recvfrom");
      assert.equal(err.code, "EBADF");
      return true;
    });
    assert.throws(() => sock.tryReceiveMany(), (err: unknown) => {
      assert.ok(err instanceof SyscallError);
      assert.equal(err.syscall, "recvmmsg");
      return true;
    });
  } finally {
    sock.close();
  }
});

test("errors: join() names the group when the protocol has none such", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  assert.throws(() => sock.join(99), (err: unknown) => {
    assert.ok(err instanceof SyscallError);
    assert.equal(err.syscall, "setsockopt");
    assert.equal(err.code, "EINVAL");
    assert.match(err.message, /cannot join multicast group 99 of netlink protocol 0/);
    return true;
  });
});

const SETPRIV = "errors: join() without CAP_NET_ADMIN names the group and the capability";
const setprivMissing = process.getuid?.() !== 0
  ? "needs root to drop a capability"
  : spawnSync("setpriv", ["--version"]).status !== 0
  ? "needs setpriv (util-linux)"
  : undefined;
test(SETPRIV, skipUnless(SETPRIV, setprivMissing), () => {
  const script = fileURLToPath(new URL("./_join_mroute.ts", import.meta.url));
  const [cmd, ...args] = runtimeCommand(script);
  const r = spawnSync(
    "setpriv",
    ["--bounding-set", "-net_admin", "--inh-caps", "-net_admin", "--", cmd, ...args],
    { encoding: "utf8", timeout: 30000 },
  );
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /EPERM/);
  assert.match(r.stdout, /cannot join multicast group 30 of netlink protocol 0/);
  assert.match(r.stdout, /CAP_NET_ADMIN/);
});

test("errors: GenlClient.open of a missing family names it", async () => {
  const { GenlClient } = await import("../../mod.ts");
  assert.throws(() => GenlClient.open("nosuchfamily"), (err: unknown) => {
    assert.match(String(err), /Kernel refused CTRL_CMD_GETFAMILY/);
    assert.match(String(err), /no generic netlink family "nosuchfamily" is registered/);
    assert.equal((err as { code: string }).code, "ENOENT");
    return true;
  });
  using sock = NetlinkSocket.open(NETLINK_GENERIC);
  const w = sock.writer.reset();
  w.begin(0x10);
  w.view.setUint8(w.reserve(4), 0x7f); // an nlctrl command that does not exist
  assert.throws(() => sock.request(w), /Kernel refused nlctrl command 127/);
});

test("errors: a kernel error names the rtnetlink request", () => {
  using sock = NetlinkSocket.open(NETLINK_ROUTE);
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK);
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 0x7ffffff0, true);
  assert.throws(
    () => sock.request(),
    /^KernelError: Kernel refused RTM_GETLINK \(seq \d+\): ENODEV/,
  );
});

test("close: later use is a SocketClosedError; views of its buffers stop working", () => {
  const sock = NetlinkSocket.open(NETLINK_ROUTE);
  const w = sock.writer.reset();
  w.begin(RTM_GETLINK);
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 1, true);
  const reply = sock.request();
  assert.ok(reply.length > 0);
  sock.close();
  assert.throws(() => sock.writer, SocketClosedError);
  assert.throws(() => sock.request(w), SocketClosedError);
  assert.throws(() => sock.dump(), SocketClosedError);
  assert.throws(() => sock.messages(), SocketClosedError);
  // The receive buffer went back to the pool: reading the old view throws
  // instead of showing the bytes of the next socket that reuses it.
  using next = NetlinkSocket.open(NETLINK_ROUTE);
  assert.throws(() => reply.type, TypeError);
  assert.throws(() => w.reset(), TypeError);
  assert.throws(() => next.send(w), TypeError);
  assert.ok(next.portId > 0);
});

const NO_FFI =
  "entry points: the codec and the fake connection run under `deno run` with no permission";
test(NO_FFI, skipUnless(NO_FFI, isDeno ? undefined : "Bun has no permissions to withhold"), () => {
  for (const name of ["_codec_only.ts", "_fake_only.ts"]) {
    const script = fileURLToPath(new URL(`./${name}`, import.meta.url));
    const r = spawnSync(process.execPath, ["run", "--no-prompt", script], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    assert.equal(r.stdout.trim(), "ok", name);
  }
});
