/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * nlrt_test: the wire protocol of the nlrt kernel test module.
 *
 * The module opens one kernel netlink socket per network namespace on
 * protocol NLRT_TEST_PROTO (or the module parameter "proto") and answers
 * the four requests below.  Every message starts with a struct nlmsghdr
 * in host byte order, padded to 4 bytes (NLMSG_ALIGNTO):
 *
 *   0               4       6       8               12              16
 *   +---------------+-------+-------+---------------+---------------+
 *   |  nlmsg_len    | type  | flags |  nlmsg_seq    |  nlmsg_pid    |
 *   +---------------+-------+-------+---------------+---------------+
 *   |  payload (nlmsg_len - 16 bytes), then padding to 4 bytes ...  |
 *   +---------------------------------------------------------------+
 *
 * Attributes (struct nlattr), each padded to 4 bytes (NLA_ALIGNTO):
 *
 *   |<-- 2 bytes -->|<-- 2 bytes -->|<-- nla_len - 4 -->|<- pad ->|
 *   |    nla_len    |    nla_type   |       value       |  0..3   |
 *
 * Replies are unicast to the requester's port id (the reply's nlmsg_pid
 * is that port id) and carry the request's nlmsg_seq.  Every datagram may
 * hold several requests; each is processed in turn.  NLM_F_ACK is
 * honoured.  A failed request is answered with NLMSG_ERROR, the negative
 * errno and an extended-ack message (NLMSGERR_ATTR_MSG) saying why.
 *
 * Counters are atomic64 values kept per network namespace.
 *
 * Any process may subscribe to NLRT_TEST_GRP_EVENTS; sending requests
 * needs no privilege either.
 */
#ifndef _UAPI_NLRT_TEST_H
#define _UAPI_NLRT_TEST_H

/* Netlink protocol number (default of the module parameter "proto"). */
#define NLRT_TEST_PROTO		30

/* Largest ECHO payload, in bytes. */
#define NLRT_TEST_ECHO_MAX	65536

/* Largest NLRT_TEST_A_DATA in a MCAST request, in bytes. */
#define NLRT_TEST_MCAST_DATA_MAX	16384

/* Largest NLRT_TEST_A_COUNT in a MCAST request. */
#define NLRT_TEST_MCAST_COUNT_MAX	(1 << 20)

/* The reply to HELLO, including its terminating NUL (15 bytes). */
#define NLRT_TEST_HELLO_REPLY	"hello users!!!"

/*
 * Multicast groups.  Group N is bit 1 << (N - 1) of sockaddr_nl.nl_groups,
 * or N itself for setsockopt(SOL_NETLINK, NETLINK_ADD_MEMBERSHIP).
 */
#define NLRT_TEST_GRP_EVENTS	1
#define NLRT_TEST_GRP_MAX	1

/*
 * Message types (nlmsg_type).  Values below NLMSG_MIN_TYPE (0x10) are the
 * netlink control messages (NOOP, ERROR, DONE, OVERRUN).
 */
enum nlrt_test_msg_type {
	/*
	 * NLRT_TEST_MSG_HELLO: request payload is text, not necessarily
	 * NUL-terminated; the module logs it (bounded, escaped, rate-limited).
	 * Reply: type HELLO, same seq, payload "hello users!!!\0".
	 *
	 *   request   | nlmsghdr | text (0..n bytes)             |
	 *   reply     | nlmsghdr | "hello users!!!" | 00 | pad  |
	 *                        |<------- 15 bytes ------>|
	 */
	NLRT_TEST_MSG_HELLO = 0x10,

	/*
	 * NLRT_TEST_MSG_ECHO: request payload is any bytes, 0 up to
	 * NLRT_TEST_ECHO_MAX.  Reply: type ECHO, same seq, the same payload.
	 * Larger: -EMSGSIZE.
	 *
	 *   request   | nlmsghdr | bytes (0..65536) |
	 *   reply     | nlmsghdr | same bytes       |
	 */
	NLRT_TEST_MSG_ECHO = 0x11,

	/*
	 * NLRT_TEST_MSG_MCAST: request payload is attributes:
	 *   NLRT_TEST_A_DATA  (binary, required, <= NLRT_TEST_MCAST_DATA_MAX)
	 *   NLRT_TEST_A_COUNT (u32, optional, default 1,
	 *                      <= NLRT_TEST_MCAST_COUNT_MAX)
	 * The module sends COUNT messages to group NLRT_TEST_GRP_EVENTS.  No
	 * reply but the ack (NLM_F_ACK) or the error.  Missing DATA: -EINVAL
	 * (extack names the missing attribute); DATA or COUNT too large:
	 * -ERANGE; COUNT not 4 bytes, or trailing bytes after the attributes:
	 * -EINVAL.  Unknown attribute types are skipped.  A COUNT of 0 sends
	 * nothing.
	 *
	 *   request   | nlmsghdr | nla DATA | bytes | pad | nla COUNT | u32 |
	 *
	 * Each broadcast message: type MCAST, flags 0, pid 0, seq taken from a
	 * per-namespace counter incremented for every broadcast message (a gap
	 * in seq means a message was lost), payload the raw DATA bytes with no
	 * attribute header:
	 *
	 *   event     | nlmsghdr (pid 0, seq n) | DATA bytes |
	 */
	NLRT_TEST_MSG_MCAST = 0x12,

	/*
	 * NLRT_TEST_MSG_STATS: empty request.  Reply: type STATS, same seq,
	 * five u64 attributes (NLRT_TEST_A_RX_MSGS .. NLRT_TEST_A_TX_DROPS).
	 * On architectures that need 8-byte alignment for u64, an empty
	 * NLRT_TEST_A_PAD attribute may come before each; skip it:
	 *
	 *   reply     | nlmsghdr | [nla PAD] | nla RX_MSGS | u64 | ... |
	 *
	 * A non-empty request: -EINVAL.
	 * The counters cover the network namespace of the requester.
	 */
	NLRT_TEST_MSG_STATS = 0x13,

	__NLRT_TEST_MSG_MAX,
};

/* Attribute types (nla_type). */
enum nlrt_test_attr {
	NLRT_TEST_A_UNSPEC = 0,
	NLRT_TEST_A_DATA = 1,		/* binary: MCAST payload */
	NLRT_TEST_A_COUNT = 2,		/* u32: MCAST repetitions */
	NLRT_TEST_A_RX_MSGS = 3,	/* u64: requests received, failed too */
	NLRT_TEST_A_TX_MSGS = 4,	/* u64: unicast replies delivered */
	NLRT_TEST_A_ERRORS = 5,		/* u64: requests answered by an error */
	NLRT_TEST_A_MCAST_MSGS = 6,	/* u64: broadcast messages sent */
	NLRT_TEST_A_TX_DROPS = 7,	/* u64: replies/broadcasts not delivered */
	NLRT_TEST_A_PAD = 8,		/* padding for 64-bit alignment */

	__NLRT_TEST_A_MAX,
};

#define NLRT_TEST_A_MAX		(__NLRT_TEST_A_MAX - 1)

#endif /* _UAPI_NLRT_TEST_H */
