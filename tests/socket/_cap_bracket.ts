/**
 * A process that brackets CAP_NET_ADMIN (keeps it permitted, raises it
 * into the effective set only around privileged requests), run by
 * `capabilities_test.ts`. It opens a socket with the capability lowered,
 * raises it, and sends a privileged request that changes nothing
 * (RTM_SETLINK of `lo` without attributes): through `request()`, which must
 * name the kernel's address for this socket, and, as the control, through
 * a raw send without an address, which the kernel must refuse because the
 * socket was opened without the capability. Prints one line per outcome.
 */
import {
  IFINFOMSG_SIZE,
  KernelError,
  NETLINK_ROUTE,
  NetlinkSocket,
  NLM_F_ACK,
  NLM_F_REQUEST,
} from "../../mod.ts";
import { libc } from "../../src/ffi/libc.ts";

const RTM_SETLINK = 19;
const CAP_NET_ADMIN = 12;
const header = new Uint8Array(new ArrayBuffer(8));
new DataView(header.buffer).setUint32(0, 0x20080522, true);
const data = new Uint8Array(new ArrayBuffer(24));
const words = new DataView(data.buffer);

/** capget/capset through the runtime's own FFI (nlrt binds only capget). */
async function bindCaps(): Promise<{ get(): number; set(): number }> {
  type CapCall = (header: Uint8Array, data: Uint8Array) => number;
  type DenoFfi = {
    dlopen(path: string, symbols: object): { symbols: { capget: CapCall; capset: CapCall } };
  };
  const g = globalThis as unknown as { Deno?: DenoFfi };
  if (g.Deno !== undefined) {
    const s = g.Deno.dlopen("libc.so.6", {
      capget: { parameters: ["buffer", "buffer"], result: "i32" },
      capset: { parameters: ["buffer", "buffer"], result: "i32" },
    }).symbols;
    return { get: () => s.capget(header, data), set: () => s.capset(header, data) };
  }
  const { dlopen, FFIType } = await import("bun:ffi");
  const s = dlopen("libc.so.6", {
    capget: { args: [FFIType.ptr, FFIType.ptr], returns: FFIType.i32 },
    capset: { args: [FFIType.ptr, FFIType.ptr], returns: FFIType.i32 },
  }).symbols;
  return { get: () => s.capget(header, data), set: () => s.capset(header, data) };
}

const caps = await bindCaps();
if (caps.get() !== 0) throw new Error("capget failed");
if ((words.getUint32(4, true) & (1 << CAP_NET_ADMIN)) === 0) {
  console.log("no CAP_NET_ADMIN");
  process.exit(0);
}
const setEffective = (on: boolean) => {
  const eff = words.getUint32(0, true);
  words.setUint32(0, on ? eff | (1 << CAP_NET_ADMIN) : eff & ~(1 << CAP_NET_ADMIN), true);
  if (caps.set() !== 0) throw new Error("capset failed");
};

setEffective(false);
const bracketed = NetlinkSocket.open(NETLINK_ROUTE);
setEffective(true);

const setlinkLo = (sock: NetlinkSocket) => {
  const w = sock.writer.reset();
  w.begin(RTM_SETLINK, NLM_F_REQUEST | NLM_F_ACK);
  w.view.setInt32(w.reserve(IFINFOMSG_SIZE) + 4, 1, true); // ifi_index 1: lo
  w.end();
  return w;
};
const outcome = (sock: NetlinkSocket) => {
  try {
    sock.request(setlinkLo(sock));
    return "ok";
  } catch (err) {
    if (err instanceof KernelError) return err.code;
    throw err;
  }
};
console.log(`opened lowered, request(): ${outcome(bracketed)}`);

// The control: the same request sent by hand without an address.
const c = libc();
const w = setlinkLo(bracketed);
const rx = new Uint8Array(new ArrayBuffer(4096));
if (c.sendto(bracketed.fd, c.ref(w.buffer), w.length, 0, null, 0) < 0) throw new Error("sendto");
const n = c.recvfrom(bracketed.fd, c.ref(rx), rx.byteLength, 0, null, null);
const rv = new DataView(rx.buffer);
if (n < 20 || rv.getUint16(4, true) !== 2) throw new Error("no NLMSG_ERROR answer");
console.log(`opened lowered, sent without address: errno ${-rv.getInt32(16, true)}`);
bracketed.close();

const settled = NetlinkSocket.open(NETLINK_ROUTE);
console.log(`opened raised, request(): ${outcome(settled)}`);
settled.close();
