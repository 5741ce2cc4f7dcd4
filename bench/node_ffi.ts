/**
 * Why the Node backend uses koffi rather than Node 26's built-in `node:ffi`:
 * both FFIs measured in one process, with the fastest argument forms each
 * takes (BigInt addresses for pointers; BigInt sizes for `node:ffi`, whose
 * `uint64` takes nothing else).
 *
 * - call cost: a C function that does nothing, with no arguments and with
 *   `sendto()`'s six, in ns per call;
 * - round trip: one RTM_GETLINK for ifindex 1 (`sendto` + `recvfrom`,
 *   nothing else), as a ratio to the C loop of `bench/c/baseline.c`
 *   interleaved with it (above 1: faster than C).
 *
 * Run: `node bench/node_ffi.ts` (Node 26 or later for `node:ffi`, after
 * `npm run bench` has built `bench/.build/libbaseline.so`): each FFI
 * twice, each time in a fresh process, printed as a Markdown table.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import koffi from "koffi";
import { BASELINE_LIBRARY } from "./baseline.ts";
import { interleave, median, timed } from "./interleave.ts";

/** The bound functions, whichever FFI binds them. */
interface Calls {
  nop0(): number;
  nopSendto(fd: number, buf: bigint, n: never, flags: number, to: bigint, toLen: number): number;
  socket(domain: number, type: number, protocol: number): number;
  bind(fd: number, addr: bigint, len: number): number;
  sendto(fd: number, buf: bigint, n: never, flags: number, to: bigint, toLen: number): number;
  recvfrom(
    fd: number,
    buf: bigint,
    n: never,
    flags: number,
    from: bigint | null,
    fromLen: bigint | null,
  ): number;
  cGetlink(n: never): number | bigint;
}

/** One FFI: its calls, how it spells a size, and how it takes an address. */
interface Ffi {
  name: string;
  calls: Calls;
  size(n: number): never;
  address(buf: Uint8Array): bigint;
}

function koffiFfi(): Ffi {
  const libc = koffi.load("libc.so.6");
  const base = koffi.load(BASELINE_LIBRARY);
  const f = (lib: typeof libc, prototype: string) => lib.func(prototype);
  return {
    name: "koffi " + koffi.version,
    size: (n) => n as never,
    address: (buf) => koffi.address(buf),
    calls: {
      nop0: f(base, "int nlrt_c_nop0(void)"),
      nopSendto: f(
        base,
        "int nlrt_c_nop_sendto(int, const void *, size_t, int, const void *, uint32_t)",
      ),
      socket: f(libc, "int socket(int, int, int)"),
      bind: f(libc, "int bind(int, const void *, uint32_t)"),
      sendto: f(libc, "int sendto(int, const void *, size_t, int, const void *, uint32_t)"),
      recvfrom: f(libc, "int recvfrom(int, void *, size_t, int, void *, void *)"),
      cGetlink: f(base, "int64_t nlrt_c_getlink(int64_t)"),
    } as Calls,
  };
}

/** The part of `node:ffi` used here (Node 26). */
interface NodeFfi {
  dlopen(path: string): { lib: { getFunction(name: string, signature: object): unknown } };
  getRawPointer(buf: Uint8Array): bigint;
}

function nodeFfi(): Ffi | undefined {
  const getBuiltin = (process as unknown as { getBuiltinModule(id: string): unknown })
    .getBuiltinModule;
  const ffi = getBuiltin("node:ffi") as NodeFfi | undefined;
  if (ffi === undefined) return undefined;
  const libc = ffi.dlopen("libc.so.6").lib;
  const base = ffi.dlopen(BASELINE_LIBRARY).lib;
  const f = (lib: typeof libc, name: string, args: string[], ret: string) =>
    lib.getFunction(name, { arguments: args, return: ret });
  const sendto = ["int32", "pointer", "uint64", "int32", "pointer", "uint32"];
  return {
    name: "node:ffi " + process.versions.node,
    size: (n) => BigInt(n) as never,
    address: (buf) => ffi.getRawPointer(buf),
    calls: {
      nop0: f(base, "nlrt_c_nop0", [], "int32"),
      nopSendto: f(base, "nlrt_c_nop_sendto", sendto, "int32"),
      socket: f(libc, "socket", ["int32", "int32", "int32"], "int32"),
      bind: f(libc, "bind", ["int32", "pointer", "uint32"], "int32"),
      sendto: f(libc, "sendto", sendto, "int32"),
      recvfrom: f(
        libc,
        "recvfrom",
        ["int32", "pointer", "uint64", "int32", "pointer", "pointer"],
        "int32",
      ),
      cGetlink: f(base, "nlrt_c_getlink", ["int64"], "int64"),
    } as Calls,
  };
}

/** Median ns per call of `body` over 11 rounds of `n` calls. */
function perCall(body: (n: number) => void, n = 200_000): number {
  for (let i = 0; i < 3; i++) body(n);
  const rounds: number[] = [];
  for (let r = 0; r < 11; r++) {
    const t0 = performance.now();
    body(n);
    rounds.push((performance.now() - t0) * 1e6 / n);
  }
  return median(rounds);
}

/** Call costs and the getlink round trip's ratio to C for one FFI. */
async function measure(ffi: Ffi): Promise<string> {
  const c = ffi.calls;
  const a = new Uint8Array(new ArrayBuffer(64));
  const b = new Uint8Array(new ArrayBuffer(12));
  const pa = ffi.address(a);
  const pb = ffi.address(b);
  const n32 = ffi.size(32);
  const nop0 = perCall((n) => {
    for (let i = 0; i < n; i++) c.nop0();
  });
  const nop6 = perCall((n) => {
    for (let i = 0; i < n; i++) c.nopSendto(3, pa, n32, 0, pb, 12);
  });

  const fd = c.socket(16, 3, 0); // AF_NETLINK, SOCK_RAW, NETLINK_ROUTE
  const local = new Uint8Array(new ArrayBuffer(12));
  local[0] = 16; // nl_family = AF_NETLINK
  if (c.bind(fd, ffi.address(local), 12) !== 0) throw new Error("bind() failed");
  const kernel = new Uint8Array(new ArrayBuffer(12));
  kernel[0] = 16;
  const tx = new Uint8Array(new ArrayBuffer(32));
  const txv = new DataView(tx.buffer);
  txv.setUint32(0, 32, true); // nlmsg_len
  txv.setUint16(4, 18, true); // RTM_GETLINK
  txv.setUint16(6, 1, true); // NLM_F_REQUEST
  txv.setInt32(20, 1, true); // ifi_index = 1
  const rx = new Uint8Array(new ArrayBuffer(1 << 16));
  const rxv = new DataView(rx.buffer);
  const [ptx, pk, prx] = [ffi.address(tx), ffi.address(kernel), ffi.address(rx)];
  const rxSize = ffi.size(rx.length);
  let seq = 0;
  const roundTrip = await interleave(
    "getlink",
    "round trip",
    (n) => Number(c.cGetlink(ffi.size(n))),
    timed((n) => {
      for (let i = 0; i < n; i++) {
        txv.setUint32(8, ++seq, true);
        if (c.sendto(fd, ptx, n32, 0, pk, 12) < 0) throw new Error("sendto() failed");
        const got = c.recvfrom(fd, prx, rxSize, 0, null, null);
        if (got < 16 || rxv.getUint32(8, true) !== seq) throw new Error("bad answer");
      }
    }),
    { chunk: 2000, rounds: 15 },
  );
  return `| ${ffi.name} | ${nop0.toFixed(0)} ns | ${nop6.toFixed(0)} ns | ` +
    `${roundTrip.ns.toFixed(0)} ns, **${roundTrip.ratio.toFixed(2)}** |`;
}

const which = process.argv[2];
if (which === "koffi") console.log(await measure(koffiFfi()));
else if (which === "node:ffi") {
  const builtin = nodeFfi();
  console.log(
    builtin ? await measure(builtin) : `| node:ffi | not in Node ${process.versions.node} |`,
  );
} else {
  // Each FFI in a fresh process (shared call sites would slow both),
  // alternately, so that the machine's drift does not favour either.
  console.log(
    "| FFI | call, no arguments | call, sendto's 6 arguments | getlink round trip, ratio to C |",
  );
  console.log("| --- | --- | --- | --- |");
  for (let round = 0; round < 2; round++) {
    for (const ffi of ["koffi", "node:ffi"]) {
      const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ffi], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      });
      if (r.status !== 0) throw new Error(`${ffi}: exit ${r.status}`);
      process.stdout.write(r.stdout);
    }
  }
}
