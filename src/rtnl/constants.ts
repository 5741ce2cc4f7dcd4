/**
 * rtnetlink (`NETLINK_ROUTE`) constants used by the examples and tests, with
 * their C spelling from `<linux/rtnetlink.h>` and `<linux/if_link.h>`.
 *
 * ```
 * struct ifinfomsg (16 bytes):
 * | family u8 | pad u8 | type u16 | index s32 | flags u32 | change u32 |
 * struct ifaddrmsg (8 bytes):
 * | family u8 | prefixlen u8 | flags u8 | scope u8 | index u32 |
 * ```
 *
 * @module
 */

/** `AF_UNSPEC`: any address family (dumps of every family). */
export const AF_UNSPEC = 0;
/** `AF_INET`: IPv4 (`ifa_family`, `rtm_family`, ...). */
export const AF_INET = 2;
/** `AF_BRIDGE`: bridge FDB and VLAN entries. */
export const AF_BRIDGE = 7;
/** `AF_INET6`: IPv6. */
export const AF_INET6 = 10;
/** `AF_PACKET`: link-layer (`ifi_family` of some link messages). */
export const AF_PACKET = 17;
/** `AF_MPLS`: MPLS routes. */
export const AF_MPLS = 28;

/** `RTM_NEWLINK` */
export const RTM_NEWLINK = 16;
/** `RTM_DELLINK` */
export const RTM_DELLINK = 17;
/** `RTM_GETLINK` */
export const RTM_GETLINK = 18;
/** `RTM_NEWADDR` */
export const RTM_NEWADDR = 20;
/** `RTM_DELADDR` */
export const RTM_DELADDR = 21;
/** `RTM_GETADDR` */
export const RTM_GETADDR = 22;
/** Size of `struct ifinfomsg`. */
export const IFINFOMSG_SIZE = 16;
/** Size of `struct ifaddrmsg`. */
export const IFADDRMSG_SIZE = 8;
/** `IFLA_ADDRESS`: hardware address. */
export const IFLA_ADDRESS = 1;
/** `IFLA_IFNAME`: interface name (string). */
export const IFLA_IFNAME = 3;
/** `IFLA_MTU`: u32. */
export const IFLA_MTU = 4;
/** `IFLA_OPERSTATE`: u8, `IF_OPER_*`. */
export const IFLA_OPERSTATE = 16;
/** `IFLA_LINKINFO`: nested. */
export const IFLA_LINKINFO = 18;
/** `IFLA_EXT_MASK`: u32, `RTEXT_FILTER_*`. */
export const IFLA_EXT_MASK = 29;
/** `IFLA_INFO_KIND`: string inside `IFLA_LINKINFO`. */
export const IFLA_INFO_KIND = 1;
/** `IFA_ADDRESS` */
export const IFA_ADDRESS = 1;
/** `IFA_LOCAL` */
export const IFA_LOCAL = 2;
/** `IFA_LABEL`: string. */
export const IFA_LABEL = 3;
/** `RTNLGRP_LINK`: link notifications group. */
export const RTNLGRP_LINK = 1;
/** `RTNLGRP_IPV4_IFADDR`: IPv4 address notifications group. */
export const RTNLGRP_IPV4_IFADDR = 5;
/** `RTNLGRP_IPV6_IFADDR`: IPv6 address notifications group. */
export const RTNLGRP_IPV6_IFADDR = 9;
/** `IFF_UP` */
export const IFF_UP = 0x1;
/** `IFF_LOOPBACK` */
export const IFF_LOOPBACK = 0x8;
/** `IFF_LOWER_UP` */
export const IFF_LOWER_UP = 0x10000;

/** `IF_OPER_*` names by value (RFC 2863 operational states), as `ip -br link` prints them. */
export const OPER_STATES: readonly string[] = [
  "UNKNOWN",
  "NOTPRESENT",
  "DOWN",
  "LOWERLAYERDOWN",
  "TESTING",
  "DORMANT",
  "UP",
];
