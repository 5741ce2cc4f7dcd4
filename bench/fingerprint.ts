/**
 * The machine fingerprint that decides whether a baseline can judge a run.
 * Ratios to C move with the CPU (its caches, its branch predictor, how
 * fast its syscalls enter the kernel), the number of cores (the runtimes'
 * JIT and GC threads compete with the benchmark on a small machine), the
 * kernel (the cost of every round trip), the C compiler and libmnl (they
 * build the reference), the runtime's version, and for the module rows
 * whether the module ran natively or in the emulated VM. A baseline gives
 * a verdict only when all of these match.
 *
 * @module
 */
import { runtime, runtimeVersion } from "./runtime.ts";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpus, release } from "node:os";

/** What one benchmark process saw of its machine. */
export interface ProcessFingerprint {
  /** CPU model, e.g. `"AMD EPYC"`. */
  cpu: string;
  /** Online CPUs. */
  cores: number;
  /** Kernel release (`uname -r`). */
  kernel: string;
  /** `"deno"` or `"bun"`. */
  runtime: string;
  /** The runtime's version. */
  version: string;
  /** `"host"`, or `"vm"` inside the QEMU guest. */
  environment: string;
}

/** The machine a run measured on: all must match for a verdict. */
export interface MachineFingerprint {
  /** CPU model. */
  cpu: string;
  /** Online CPUs. */
  cores: number;
  /** Kernel release. */
  kernel: string;
  /** The C compiler that built the reference (`cc --version`, first line). */
  cc: string;
  /** libmnl's version (the codec's reference). */
  libmnl: string;
}

/** One runtime's full fingerprint, as stored in results and baselines. */
export interface Fingerprint {
  /** The machine. */
  machine: MachineFingerprint;
  /** `"deno 2.9.6"`, `"bun 1.4.5"`. */
  runtime: string;
  /**
   * Where the module rows ran: `"none"` (not run), `"native <kernel>"`, or
   * `"vm <kernel>, <cpu>"` (the guest's kernel and CPU model, which names
   * the emulation: TCG reports a QEMU CPU).
   */
  module: string;
}

/**
 * This process's view of the machine.
 *
 * @returns The fingerprint fields a benchmark process can see.
 */
export function probeProcess(): ProcessFingerprint {
  const list = cpus();
  return {
    cpu: (list[0]?.model ?? "unknown").trim(),
    cores: list.length,
    kernel: release(),
    runtime,
    version: runtimeVersion,
    environment: process.env.NLRT_VM ? "vm" : "host",
  };
}

function firstLine(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return r.status === 0 ? r.stdout.split("\n")[0].trim() : "unknown";
}

/**
 * The tools that build the C reference on this machine.
 *
 * @returns `cc --version`'s first line and libmnl's version (`"unknown"` when not found).
 */
export function probeToolchain(): { cc: string; libmnl: string } {
  return {
    cc: firstLine("cc", ["--version"]),
    libmnl: firstLine("pkg-config", ["--modversion", "libmnl"]),
  };
}

/**
 * The fields in which two machines differ, described for a reader.
 *
 * @param here This machine.
 * @param there The baseline's machine.
 * @returns One line per differing field (empty when they match).
 */
export function machineDifferences(here: MachineFingerprint, there: MachineFingerprint): string[] {
  const out: string[] = [];
  for (const key of ["cpu", "cores", "kernel", "cc", "libmnl"] as const) {
    if (String(here[key]) !== String(there?.[key])) {
      out.push(`${key}: ${JSON.stringify(here[key])} here, ${JSON.stringify(there?.[key])} there`);
    }
  }
  return out;
}

/**
 * A machine in one line.
 *
 * @param m The machine.
 * @returns E.g. `AMD EPYC, 2 CPUs, kernel 6.18.44, cc 12.2.0, libmnl 1.0.4`.
 */
export function describeMachine(m: MachineFingerprint): string {
  return `${m.cpu}, ${m.cores} CPUs, kernel ${m.kernel}, ${m.cc}, libmnl ${m.libmnl}`;
}

/**
 * A file-name key for a machine: readable, with a short hash of every
 * field so that two machines never share a baseline file.
 *
 * @param m The machine.
 * @returns E.g. `amd-epyc-2cpu-6.18.44-fc-v669-3fa2c1`.
 */
export function machineKey(m: MachineFingerprint): string {
  const hash = createHash("sha256")
    .update(JSON.stringify([m.cpu, m.cores, m.kernel, m.cc, m.libmnl]))
    .digest("hex")
    .slice(0, 6);
  const cpu = m.cpu.toLowerCase().replace(/\((r|tm)\)|processor|cpu @.*$/g, " ");
  const words = `${cpu} ${m.cores}cpu ${m.kernel}`
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `${words}-${hash}`;
}
