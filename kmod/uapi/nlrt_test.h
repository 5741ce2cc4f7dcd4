/* SPDX-License-Identifier: (GPL-2.0 WITH Linux-syscall-note) OR MIT */
/*
 * nlrt_test: the wire protocol of the nlrt kernel test module.
 *
 * The module opens one kernel netlink socket per network namespace on
 * protocol NLRT_TEST_PROTO (or the module parameter "proto") and answers
 * the requests below.  Every message starts with a struct nlmsghdr in host
 * byte order, padded to 4 bytes (NLMSG_ALIGNTO):
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
 * Requests and answers
 * --------------------
 * A request is a message with NLM_F_REQUEST and a type of at least
 * NLMSG_MIN_TYPE (0x10); other messages are skipped (and acked if they
 * carry NLM_F_ACK), as by the kernel's netlink_rcv_skb().  One datagram
 * may hold several requests; they are processed in order, each to the
 * end, and a failed request does not stop the ones after it.  A datagram
 * ends at its first message whose nlmsg_len is below 16 or runs past the
 * datagram.
 *
 * Answers are unicast to the requester's port id (their nlmsg_pid is that
 * port id) and carry the request's nlmsg_seq, in the order of the
 * requests.  A request's answers are: its reply (HELLO, ECHO, STATS), then
 * an ack (NLMSG_ERROR with error 0) if it carries NLM_F_ACK; or, when it
 * fails, only NLMSG_ERROR with the negative errno and an extended-ack
 * message (NLMSGERR_ATTR_MSG) saying why.
 *
 * One at a time (the default): each answer is a datagram of its own;
 * acks and errors are written by the kernel (netlink_ack()), so they
 * follow the socket's NETLINK_CAP_ACK and NETLINK_EXT_ACK options.
 * Coalesced: after a COALESCE request, the answers to the rest of the
 * datagram are packed into as few datagrams as fit (see
 * NLRT_TEST_MSG_COALESCE).
 *
 * Privileges
 * ----------
 * MCAST needs CAP_NET_ADMIN in the user namespace that owns the network
 * namespace of the module socket, held both by the process that opened
 * the requesting socket and by the sender (netlink_net_capable(), as
 * rtnetlink and GENL_ADMIN_PERM require): anyone else gets EPERM with the
 * extended-ack message "MCAST needs CAP_NET_ADMIN".  HELLO, ECHO, STATS
 * and COALESCE need no privilege, and any process may subscribe to
 * NLRT_TEST_GRP_EVENTS.
 *
 * Counters
 * --------
 * Five atomic64 values per network namespace, read with STATS; see the
 * NLRT_TEST_A_* counter attributes.  They move the same way whether the
 * answers are coalesced or not.
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

/* Smallest NLRT_TEST_A_DGRAM_SIZE of a COALESCE request, in bytes. */
#define NLRT_TEST_DGRAM_SIZE_MIN	256

/* NLRT_TEST_A_DGRAM_SIZE when a COALESCE request has none, in bytes. */
#define NLRT_TEST_DGRAM_SIZE_DEFAULT	8192

/* Largest NLRT_TEST_A_DGRAM_SIZE of a COALESCE request, in bytes. */
#define NLRT_TEST_DGRAM_SIZE_MAX	(1 << 16)

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
	 * NLRT_TEST_MSG_MCAST (privileged: CAP_NET_ADMIN, see above): request
	 * payload is attributes:
	 *   NLRT_TEST_A_DATA  (binary, required, <= NLRT_TEST_MCAST_DATA_MAX)
	 *   NLRT_TEST_A_COUNT (u32, optional, default 1,
	 *                      <= NLRT_TEST_MCAST_COUNT_MAX)
	 * The module sends COUNT messages to group NLRT_TEST_GRP_EVENTS.  No
	 * reply but the ack (NLM_F_ACK) or the error.  Without the privilege:
	 * -EPERM, checked first.  Missing DATA: -EINVAL (extack names the
	 * missing attribute); DATA or COUNT too large: -ERANGE; COUNT not 4
	 * bytes, or trailing bytes after the attributes: -EINVAL.  Unknown
	 * attribute types are skipped.  A COUNT of 0 sends nothing.  No
	 * memory for a broadcast: -ENOMEM, and the rest are not sent.
	 *
	 *   request   | nlmsghdr | nla DATA | bytes | pad | nla COUNT | u32 |
	 *
	 * Each broadcast message: type MCAST, flags 0, pid 0, payload the raw
	 * DATA bytes with no attribute header:
	 *
	 *   event     | nlmsghdr (pid 0, seq n) | DATA bytes |
	 *
	 * Numbering: seq comes from a per-namespace counter that grows by one
	 * for every broadcast message sent: the n-th broadcast of the
	 * namespace has seq n (modulo 2^32), so NLRT_TEST_A_MCAST_MSGS is the
	 * last seq sent.  Numbering and sending are one
	 * step under a per-namespace lock, so concurrent MCAST requests
	 * interleave message by message but every subscriber receives seq in
	 * increasing order, and a gap (while subscribed) always means lost
	 * messages: dropped because the subscriber's receive queue was full
	 * (it also gets ENOBUFS), or refused by the subscriber's own socket
	 * filter.
	 *
	 * A killed requester: MCAST stops before the next broadcast when the
	 * requester has a fatal signal pending (SIGKILL, or any signal that
	 * kills it), also while it waits for the lock.  The broadcasts sent so
	 * far stay sent and counted (no seq is skipped); the request ends with
	 * -EINTR, which is not answered (the requester is gone) and not
	 * counted in NLRT_TEST_A_ERRORS.  Other signals do not interrupt it.
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
	 * The counters cover the network namespace of the requester.  In a
	 * coalesced batch, the answers before STATS are sent first, so that
	 * the counters include them, as they would one at a time.
	 */
	NLRT_TEST_MSG_STATS = 0x13,

	/*
	 * NLRT_TEST_MSG_COALESCE: the answers to the messages after this one,
	 * to the end of the datagram, are coalesced: written back to back, in
	 * order, into as few datagrams as fit in NLRT_TEST_A_DGRAM_SIZE bytes
	 * each (a new datagram starts only when the next answer does not fit
	 * in the current one; an answer larger than DGRAM_SIZE goes alone in
	 * its own datagram).  The batch ends with NLMSG_DONE carrying the
	 * COALESCE request's seq, after every other answer: a client reads
	 * until it sees it.
	 *
	 *   request   | nlmsghdr | [nla DGRAM_SIZE | u32] |
	 *   datagram  | COALESCE s0 | ECHO s1 | ECHO s2 +ACK | STATS s3 | ...
	 *   answers   | ECHO s1 | ECHO s2 | ERROR(0) s2 | STATS s3 | ...
	 *             | ... | DONE s0 |
	 *
	 *   done      | nlmsghdr (NLMSG_DONE, flags 0, seq s0) | s32 0 |
	 *
	 * Payload: attributes, all optional:
	 *   NLRT_TEST_A_DGRAM_SIZE (u32, NLRT_TEST_DGRAM_SIZE_MIN ..
	 *                           NLRT_TEST_DGRAM_SIZE_MAX, default
	 *                           NLRT_TEST_DGRAM_SIZE_DEFAULT): the largest
	 *                           answer datagram; at most the requester's
	 *                           receive buffer.
	 *
	 * Each data reply is byte for byte the one a request alone would get.
	 * Acks and errors are written by the module, as the kernel would with
	 * NETLINK_CAP_ACK and NETLINK_EXT_ACK set, whatever the socket's
	 * options: NLMSG_ERROR, flags NLM_F_CAPPED (the request's header is
	 * echoed, never its payload), plus NLM_F_ACK_TLVS when attributes
	 * follow: NLMSGERR_ATTR_MSG, and for errors NLMSGERR_ATTR_OFFS,
	 * NLMSGERR_ATTR_MISS_TYPE and NLMSGERR_ATTR_MISS_NEST when known.
	 * (NLMSGERR_ATTR_POLICY is never sent: only the kernel can write it.)
	 *
	 * COALESCE itself gets no ack, only the final NLMSG_DONE.  If it is
	 * refused (DGRAM_SIZE out of range: -ERANGE; wrongly sized or trailing
	 * bytes: -EINVAL; a second COALESCE in one batch: -EINVAL), its
	 * NLMSG_ERROR is the only answer and the messages after it are not
	 * processed.
	 *
	 * Receive queue: an answer datagram that does not fit in the
	 * requester's receive queue (SO_RCVBUF) is dropped with every answer
	 * in it; the requester gets ENOBUFS and NLRT_TEST_A_TX_DROPS counts
	 * the replies lost, as one at a time.
	 */
	NLRT_TEST_MSG_COALESCE = 0x14,

	__NLRT_TEST_MSG_MAX,
};

/* Attribute types (nla_type). */
enum nlrt_test_attr {
	NLRT_TEST_A_UNSPEC = 0,
	/* binary: MCAST payload */
	NLRT_TEST_A_DATA = 1,
	/* u32: MCAST repetitions */
	NLRT_TEST_A_COUNT = 2,
	/* u64: requests received (failed ones and COALESCE included) */
	NLRT_TEST_A_RX_MSGS = 3,
	/*
	 * u64: replies delivered: HELLO, ECHO and STATS reply messages that
	 * reached the requester's receive queue.  Acks, errors and
	 * NLMSG_DONE are not counted.
	 */
	NLRT_TEST_A_TX_MSGS = 4,
	/* u64: requests answered with an error (an unanswered -EINTR is not) */
	NLRT_TEST_A_ERRORS = 5,
	/* u64: broadcast messages sent (numbered) */
	NLRT_TEST_A_MCAST_MSGS = 6,
	/*
	 * u64: messages known to be lost, which is what a kernel sender can
	 * know:
	 * - replies (as counted by TX_MSGS) that were built but could not be
	 *   queued at the requester (receive queue full: it gets ENOBUFS);
	 * - broadcast messages for which netlink_broadcast() reported a
	 *   delivery failure (ENOBUFS): a subscriber that set
	 *   NETLINK_BROADCAST_ERROR did not get it (its queue was full, or
	 *   its copy could not be allocated).  One count per message, however
	 *   many subscribers missed it.
	 * A broadcast dropped at a subscriber without NETLINK_BROADCAST_ERROR
	 * is not counted: the kernel does not tell the sender (it reports
	 * success when another subscriber got the message, and the same
	 * ESRCH as "nobody listens" when none did).  That subscriber sees
	 * ENOBUFS and a gap in the broadcasts' seq instead.
	 */
	NLRT_TEST_A_TX_DROPS = 7,
	/* padding for 64-bit alignment */
	NLRT_TEST_A_PAD = 8,
	/* u32: COALESCE: largest answer datagram, in bytes */
	NLRT_TEST_A_DGRAM_SIZE = 9,

	__NLRT_TEST_A_MAX,
};

#define NLRT_TEST_A_MAX		(__NLRT_TEST_A_MAX - 1)

#endif /* _UAPI_NLRT_TEST_H */
