/**
 * rtnetlink message type names, for error messages: `RTM_NEWADDR` rather
 * than `type 20`. Only the types `<linux/rtnetlink.h>` defines are named.
 *
 * @module
 */

const FAMILIES: readonly [number, string, string][] = [
  // [first type, name, which of NEW/DEL/GET/SET exist (N, D, G, S)]
  [16, "LINK", "NDGS"],
  [20, "ADDR", "NDG"],
  [24, "ROUTE", "NDG"],
  [28, "NEIGH", "NDG"],
  [32, "RULE", "NDG"],
  [36, "QDISC", "NDG"],
  [40, "TCLASS", "NDG"],
  [44, "TFILTER", "NDG"],
  [48, "ACTION", "NDG"],
  [52, "PREFIX", "N"],
  [56, "MULTICAST", "G"],
  [60, "ANYCAST", "G"],
  [64, "NEIGHTBL", "NGS"],
  [68, "NDUSEROPT", "N"],
  [72, "ADDRLABEL", "NDG"],
  [76, "DCB", "GS"],
  [80, "NETCONF", "NDG"],
  [84, "MDB", "NDG"],
  [88, "NSID", "NDG"],
  [92, "STATS", "NGS"],
  [96, "CACHEREPORT", "N"],
  [100, "CHAIN", "NDG"],
  [104, "NEXTHOP", "NDG"],
  [108, "LINKPROP", "NDG"],
  [112, "VLAN", "NDG"],
  [116, "NEXTHOPBUCKET", "NDG"],
  [120, "TUNNEL", "NDG"],
];

const NAMES = new Map<number, string>();
for (const [base, name, ops] of FAMILIES) {
  ["NEW", "DEL", "GET", "SET"].forEach((op, i) => {
    if (ops.includes(op[0]!)) NAMES.set(base + i, `RTM_${op}${name}`);
  });
}

/**
 * The name of an rtnetlink message type.
 *
 * @param type `nlmsg_type`.
 * @returns E.g. `"RTM_NEWADDR"` for 20, or `undefined` when rtnetlink defines no such type.
 * @example
 * ```ts
 * import { rtnlTypeName } from "./names.ts";
 * rtnlTypeName(20); // "RTM_NEWADDR"
 * ```
 */
export function rtnlTypeName(type: number): string | undefined {
  return NAMES.get(type);
}
