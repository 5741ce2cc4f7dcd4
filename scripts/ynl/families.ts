/**
 * The families `npm run gen` generates, and where their specs come from:
 * the kernel's (fetched by `scripts/fetch-specs.sh`, never committed) or
 * this repository's own.
 *
 * @module
 */

/** One generated family. */
export interface FamilyEntry {
  /** File name under the kernel's `Documentation/netlink/specs/`. */
  kernelSpec?: string;
  /** A spec of this repository (path from the root). */
  projectSpec?: string;
  /** This repository's extensions merged into the spec (paths from the root). */
  extensions?: string[];
  /** Where to write the module (default `src/families/<family>.ts`). */
  out?: string;
  /** Whether the family is listed in `src/families/index.ts` (default true). */
  index?: boolean;
  /** Also export the constants under their C names (see `EmitOptions.cNames`). */
  cNames?: boolean;
}

/** Where the kernel's specs come from (shown in the generated headers). */
export const KERNEL_ORIGIN = "Linux 6.12";

/** The generated families. */
export const FAMILIES: FamilyEntry[] = [
  { kernelSpec: "rt_link.yaml", extensions: ["specs/rt_link-veth.yaml"] },
  { kernelSpec: "rt_addr.yaml" },
  { kernelSpec: "rt_route.yaml" },
  { kernelSpec: "nlctrl.yaml" },
  { kernelSpec: "netdev.yaml" },
  { kernelSpec: "ethtool.yaml" },
  // The test module: its constants also under the C names of kmod/uapi/nlrt_test.h.
  { projectSpec: "kmod/nlrt_test.yaml", cNames: true },
  // Written for the generator's own tests (tests/ynl).
  { projectSpec: "tests/ynl/fixture.yaml", out: "tests/ynl/_demo.ts", index: false },
  { projectSpec: "tests/ynl/fixture_genl.yaml", out: "tests/ynl/_demo_genl.ts", index: false },
];
