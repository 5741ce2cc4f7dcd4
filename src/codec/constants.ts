/**
 * Netlink constants with their C spelling, from `<linux/netlink.h>` and
 * `<sys/socket.h>`.
 *
 * @module
 */

/** `AF_NETLINK`: the netlink address family. */
export const AF_NETLINK = 16;
/** `SOCK_RAW`: netlink sockets are raw datagram sockets. */
export const SOCK_RAW = 3;
/** `SOCK_CLOEXEC`: close the descriptor on `exec`. */
export const SOCK_CLOEXEC = 0x80000;
/** `SOL_SOCKET`: level of the generic socket options. */
export const SOL_SOCKET = 1;
/** `SOL_NETLINK`: level of the netlink socket options. */
export const SOL_NETLINK = 270;
/** `SO_SNDBUF`: socket send buffer size. */
export const SO_SNDBUF = 7;
/** `SO_RCVBUF`: socket receive buffer size. */
export const SO_RCVBUF = 8;
/** `SO_RCVTIMEO`: receive timeout (`struct timeval`). */
export const SO_RCVTIMEO = 20;
/** `SO_SNDBUFFORCE`: send buffer size beyond `wmem_max` (needs CAP_NET_ADMIN). */
export const SO_SNDBUFFORCE = 32;
/** `SO_RCVBUFFORCE`: receive buffer size beyond `rmem_max` (needs CAP_NET_ADMIN). */
export const SO_RCVBUFFORCE = 33;
/** `MSG_PEEK`: look at a datagram without removing it. */
export const MSG_PEEK = 0x2;
/** `MSG_TRUNC`: on receive, return the datagram's real length. */
export const MSG_TRUNC = 0x20;
/** `MSG_DONTWAIT`: do not block. */
export const MSG_DONTWAIT = 0x40;
/** `MSG_WAITFORONE`: for `recvmmsg`, block for the first datagram only. */
export const MSG_WAITFORONE = 0x10000;

// Protocols (`socket(AF_NETLINK, SOCK_RAW, protocol)`).
/** `NETLINK_ROUTE`: routing and link configuration (rtnetlink). */
export const NETLINK_ROUTE = 0;
/** `NETLINK_UNUSED`: unused number. */
export const NETLINK_UNUSED = 1;
/** `NETLINK_USERSOCK`: reserved for user-space protocols. */
export const NETLINK_USERSOCK = 2;
/** `NETLINK_FIREWALL`: unused, formerly ip_queue. */
export const NETLINK_FIREWALL = 3;
/** `NETLINK_SOCK_DIAG`: socket monitoring. */
export const NETLINK_SOCK_DIAG = 4;
/** `NETLINK_NFLOG`: netfilter/iptables ULOG. */
export const NETLINK_NFLOG = 5;
/** `NETLINK_XFRM`: IPsec. */
export const NETLINK_XFRM = 6;
/** `NETLINK_SELINUX`: SELinux event notifications. */
export const NETLINK_SELINUX = 7;
/** `NETLINK_ISCSI`: Open-iSCSI. */
export const NETLINK_ISCSI = 8;
/** `NETLINK_AUDIT`: auditing. */
export const NETLINK_AUDIT = 9;
/** `NETLINK_FIB_LOOKUP`: FIB lookup. */
export const NETLINK_FIB_LOOKUP = 10;
/** `NETLINK_CONNECTOR`: the kernel connector. */
export const NETLINK_CONNECTOR = 11;
/** `NETLINK_NETFILTER`: the netfilter subsystem. */
export const NETLINK_NETFILTER = 12;
/** `NETLINK_IP6_FW`: IPv6 firewall. */
export const NETLINK_IP6_FW = 13;
/** `NETLINK_DNRTMSG`: DECnet routing messages. */
export const NETLINK_DNRTMSG = 14;
/** `NETLINK_KOBJECT_UEVENT`: kernel messages to user space (uevents). */
export const NETLINK_KOBJECT_UEVENT = 15;
/** `NETLINK_GENERIC`: generic netlink. */
export const NETLINK_GENERIC = 16;
/** `NETLINK_SCSITRANSPORT`: SCSI transports. */
export const NETLINK_SCSITRANSPORT = 18;
/** `NETLINK_ECRYPTFS`: eCryptfs. */
export const NETLINK_ECRYPTFS = 19;
/** `NETLINK_RDMA`: RDMA. */
export const NETLINK_RDMA = 20;
/** `NETLINK_CRYPTO`: the crypto layer. */
export const NETLINK_CRYPTO = 21;
/** `NETLINK_SMC`: SMC monitoring. */
export const NETLINK_SMC = 22;

// Message types.
/** `NLMSG_NOOP`: nothing; to be discarded. */
export const NLMSG_NOOP = 0x1;
/** `NLMSG_ERROR`: an error or, with error 0, an ack. */
export const NLMSG_ERROR = 0x2;
/** `NLMSG_DONE`: end of a multipart message (dump). */
export const NLMSG_DONE = 0x3;
/** `NLMSG_OVERRUN`: data lost. */
export const NLMSG_OVERRUN = 0x4;
/** `NLMSG_MIN_TYPE`: types below this are reserved control messages. */
export const NLMSG_MIN_TYPE = 0x10;

// Flags.
/** `NLM_F_REQUEST`: a request message. */
export const NLM_F_REQUEST = 0x01;
/** `NLM_F_MULTI`: multipart message, terminated by `NLMSG_DONE`. */
export const NLM_F_MULTI = 0x02;
/** `NLM_F_ACK`: reply with an ack, with zero or an error code. */
export const NLM_F_ACK = 0x04;
/** `NLM_F_ECHO`: echo this request. */
export const NLM_F_ECHO = 0x08;
/** `NLM_F_DUMP_INTR`: dump was inconsistent due to a sequence change. */
export const NLM_F_DUMP_INTR = 0x10;
/** `NLM_F_DUMP_FILTERED`: dump was filtered as requested. */
export const NLM_F_DUMP_FILTERED = 0x20;
/** `NLM_F_ROOT` (GET modifier): specify tree root. */
export const NLM_F_ROOT = 0x100;
/** `NLM_F_MATCH` (GET modifier): return all matching. */
export const NLM_F_MATCH = 0x200;
/** `NLM_F_ATOMIC` (GET modifier): atomic GET. */
export const NLM_F_ATOMIC = 0x400;
/** `NLM_F_DUMP` (GET modifier): `NLM_F_ROOT | NLM_F_MATCH`. */
export const NLM_F_DUMP = 0x300;
/** `NLM_F_REPLACE` (NEW modifier): override existing. */
export const NLM_F_REPLACE = 0x100;
/** `NLM_F_EXCL` (NEW modifier): do not touch, if it exists. */
export const NLM_F_EXCL = 0x200;
/** `NLM_F_CREATE` (NEW modifier): create, if it does not exist. */
export const NLM_F_CREATE = 0x400;
/** `NLM_F_APPEND` (NEW modifier): add to end of list. */
export const NLM_F_APPEND = 0x800;
/** `NLM_F_NONREC` (DELETE modifier): do not delete recursively. */
export const NLM_F_NONREC = 0x100;
/** `NLM_F_BULK` (DELETE modifier): delete multiple objects. */
export const NLM_F_BULK = 0x200;
/** `NLM_F_CAPPED` (ack flag): the request was capped out of the error message. */
export const NLM_F_CAPPED = 0x100;
/** `NLM_F_ACK_TLVS` (ack flag): extended-ack TLVs follow. */
export const NLM_F_ACK_TLVS = 0x200;

// Attribute type flags.
/** `NLA_F_NESTED`: the attribute holds nested attributes. */
export const NLA_F_NESTED = 0x8000;
/** `NLA_F_NET_BYTEORDER`: the attribute's value is in network byte order. */
export const NLA_F_NET_BYTEORDER = 0x4000;
/** `NLA_TYPE_MASK`: the type bits of `nla_type`, without the two flags. */
export const NLA_TYPE_MASK = 0x3fff;

// Extended-ack attributes in NLMSG_ERROR / NLMSG_DONE.
/** `NLMSGERR_ATTR_UNUSED` */
export const NLMSGERR_ATTR_UNUSED = 0;
/** `NLMSGERR_ATTR_MSG`: error message string. */
export const NLMSGERR_ATTR_MSG = 1;
/** `NLMSGERR_ATTR_OFFS`: u32 offset of the invalid attribute in the request. */
export const NLMSGERR_ATTR_OFFS = 2;
/** `NLMSGERR_ATTR_COOKIE`: arbitrary subsystem-specific cookie. */
export const NLMSGERR_ATTR_COOKIE = 3;
/** `NLMSGERR_ATTR_POLICY`: policy for a rejected attribute. */
export const NLMSGERR_ATTR_POLICY = 4;
/** `NLMSGERR_ATTR_MISS_TYPE`: type of a missing required attribute. */
export const NLMSGERR_ATTR_MISS_TYPE = 5;
/** `NLMSGERR_ATTR_MISS_NEST`: offset of the nest where the attribute was missing. */
export const NLMSGERR_ATTR_MISS_NEST = 6;

// Netlink socket options (level SOL_NETLINK).
/** `NETLINK_ADD_MEMBERSHIP`: join a multicast group. */
export const NETLINK_ADD_MEMBERSHIP = 1;
/** `NETLINK_DROP_MEMBERSHIP`: leave a multicast group. */
export const NETLINK_DROP_MEMBERSHIP = 2;
/** `NETLINK_PKTINFO`: receive the destination group as a control message. */
export const NETLINK_PKTINFO = 3;
/** `NETLINK_BROADCAST_ERROR`: report delivery failures of broadcasts. */
export const NETLINK_BROADCAST_ERROR = 4;
/** `NETLINK_NO_ENOBUFS`: do not report receive queue overruns. */
export const NETLINK_NO_ENOBUFS = 5;
/** `NETLINK_LISTEN_ALL_NSID`: receive notifications of all peer namespaces. */
export const NETLINK_LISTEN_ALL_NSID = 8;
/** `NETLINK_LIST_MEMBERSHIPS`: read the joined groups. */
export const NETLINK_LIST_MEMBERSHIPS = 9;
/** `NETLINK_CAP_ACK`: do not echo the request's payload in acks. */
export const NETLINK_CAP_ACK = 10;
/** `NETLINK_EXT_ACK`: extended acks with error text and offset. */
export const NETLINK_EXT_ACK = 11;
/** `NETLINK_GET_STRICT_CHK`: strict checking of dump requests. */
export const NETLINK_GET_STRICT_CHK = 12;
