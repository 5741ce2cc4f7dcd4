/**
 * Generic netlink constants from `<linux/genetlink.h>`.
 *
 * ```
 * struct genlmsghdr (4 bytes):
 * | cmd u8 | version u8 | reserved u16 |
 * ```
 *
 * @module
 */

/** `GENL_ID_CTRL`: the family id of the generic netlink controller (`nlctrl`). */
export const GENL_ID_CTRL = 0x10;
/** Size of `struct genlmsghdr`. */
export const GENL_HDRLEN = 4;
/** `CTRL_CMD_NEWFAMILY` */
export const CTRL_CMD_NEWFAMILY = 1;
/** `CTRL_CMD_GETFAMILY` */
export const CTRL_CMD_GETFAMILY = 3;
/** `CTRL_ATTR_FAMILY_ID`: u16. */
export const CTRL_ATTR_FAMILY_ID = 1;
/** `CTRL_ATTR_FAMILY_NAME`: string. */
export const CTRL_ATTR_FAMILY_NAME = 2;
/** `CTRL_ATTR_VERSION`: u32. */
export const CTRL_ATTR_VERSION = 3;
/** `CTRL_ATTR_HDRSIZE`: u32. */
export const CTRL_ATTR_HDRSIZE = 4;
/** `CTRL_ATTR_MAXATTR`: u32. */
export const CTRL_ATTR_MAXATTR = 5;
/** `CTRL_ATTR_OPS`: nested. */
export const CTRL_ATTR_OPS = 6;
/** `CTRL_ATTR_MCAST_GROUPS`: nested array of groups. */
export const CTRL_ATTR_MCAST_GROUPS = 7;
/** `CTRL_ATTR_MCAST_GRP_NAME`: string. */
export const CTRL_ATTR_MCAST_GRP_NAME = 1;
/** `CTRL_ATTR_MCAST_GRP_ID`: u32. */
export const CTRL_ATTR_MCAST_GRP_ID = 2;
