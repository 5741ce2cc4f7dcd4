// SPDX-License-Identifier: GPL-2.0
/*
 * nlrt_test: a netlink test peer for the nlrt runtime.
 *
 * One kernel netlink socket per network namespace answers HELLO, ECHO,
 * MCAST, STATS and COALESCE requests; kmod/uapi/nlrt_test.h is the
 * protocol.  Answers go out one datagram each, or, after a COALESCE
 * request, packed into as few datagrams as fit (struct nlrt_test_out).
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/atomic.h>
#include <linux/capability.h>
#include <linux/kernel.h>
#include <linux/minmax.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/mutex.h>
#include <linux/netlink.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/skbuff.h>
#include <linux/string.h>
#include <net/net_namespace.h>
#include <net/netlink.h>
#include <net/netns/generic.h>
#include <net/sock.h>

#include "uapi/nlrt_test.h"

/* At most this many bytes of a HELLO text reach the kernel log. */
#define NLRT_TEST_LOG_MAX	64

/* Payload room of a STATS reply: five u64 attributes, each with a pad. */
#define NLRT_TEST_STATS_LEN	(5 * nla_total_size_64bit(sizeof(u64)))

static int proto = NLRT_TEST_PROTO;
module_param(proto, int, 0444);
MODULE_PARM_DESC(proto, "netlink protocol number, 0..31 (default 30)");

/*
 * Test-only: writing 1 (or y) to /sys/module/nlrt_test/parameters/test_warn
 * logs a kernel WARNING and does nothing else, so that the VM harness can
 * check that a warning during a command fails the run.  Root only: the
 * file is write-only for its owner (mode 0200).
 */
static int nlrt_test_warn_set(const char *val, const struct kernel_param *kp)
{
	bool warn;
	int err = kstrtobool(val, &warn);

	if (err)
		return err;
	WARN(warn, KBUILD_MODNAME ": test-only warning, written to the test_warn parameter\n");
	return 0;
}

static const struct kernel_param_ops nlrt_test_warn_ops = {
	.set = nlrt_test_warn_set,
};
module_param_cb(test_warn, &nlrt_test_warn_ops, NULL, 0200);
MODULE_PARM_DESC(test_warn, "test-only: writing 1 logs a kernel WARNING (root only)");

struct nlrt_test_net {
	struct sock *sk;
	/* Makes numbering and sending a broadcast one step (see MCAST). */
	struct mutex mcast_lock;
	/* The last broadcast's seq; under mcast_lock. */
	u32 mcast_seq;
	atomic64_t rx_msgs;
	atomic64_t tx_msgs;
	atomic64_t errors;
	atomic64_t mcast_msgs;
	atomic64_t tx_drops;
};

/*
 * Where the answers to one request datagram go.  One at a time, each
 * answer is a datagram of its own and acks are the kernel's netlink_ack().
 * After a COALESCE request (dgram_size set), answers are appended to skb,
 * which is sent when the next answer does not fit in dgram_size bytes,
 * and at the end of the request datagram.
 */
struct nlrt_test_out {
	struct nlrt_test_net *tn;
	/* The request datagram; its data starts at the request in hand. */
	struct sk_buff *in_skb;
	/* The requester's port id. */
	u32 portid;
	/* Largest answer datagram when coalescing; 0 one at a time. */
	u32 dgram_size;
	/* The COALESCE request's seq, for the final NLMSG_DONE. */
	u32 batch_seq;
	/* The answer datagram being written, or NULL. */
	struct sk_buff *skb;
	/* Replies (not acks) in skb, for the counters. */
	unsigned int replies;
};

static unsigned int nlrt_test_net_id __read_mostly;

/* Not const: struct nla_policy takes a non-const pointer in 6.1. */
static struct netlink_range_validation nlrt_test_count_range = {
	.min = 0,
	.max = NLRT_TEST_MCAST_COUNT_MAX,
};

static struct netlink_range_validation nlrt_test_dgram_range = {
	.min = NLRT_TEST_DGRAM_SIZE_MIN,
	.max = NLRT_TEST_DGRAM_SIZE_MAX,
};

static const struct nla_policy nlrt_test_mcast_policy[NLRT_TEST_A_MAX + 1] = {
	[NLRT_TEST_A_DATA] = { .type = NLA_BINARY,
			       .len = NLRT_TEST_MCAST_DATA_MAX },
	[NLRT_TEST_A_COUNT] = NLA_POLICY_FULL_RANGE(NLA_U32,
						    &nlrt_test_count_range),
};

static const struct nla_policy nlrt_test_coalesce_policy[NLRT_TEST_A_MAX + 1] = {
	[NLRT_TEST_A_DGRAM_SIZE] = NLA_POLICY_FULL_RANGE(NLA_U32,
							 &nlrt_test_dgram_range),
};

/*
 * Sends the answer datagram being written, if any.  The socket is never
 * waited for: a blocking unicast from inside the requester's own
 * sendmsg() could deadlock.  When the requester's queue is full, the
 * kernel flags ENOBUFS on its socket and the replies count as dropped.
 */
static void nlrt_test_flush(struct nlrt_test_out *out)
{
	struct nlrt_test_net *tn = out->tn;
	struct sk_buff *skb = out->skb;
	unsigned int replies = out->replies;

	out->skb = NULL;
	out->replies = 0;
	if (!skb)
		return;
	if (!skb->len) {
		kfree_skb(skb);
		return;
	}
	if (netlink_unicast(tn->sk, skb, out->portid, MSG_DONTWAIT) < 0)
		atomic64_add(replies, &tn->tx_drops);
	else
		atomic64_add(replies, &tn->tx_msgs);
}

/* Tells the requester that an answer was lost, as netlink_ack() does. */
static void nlrt_test_lost(struct nlrt_test_out *out)
{
	struct sock *sk = NETLINK_CB(out->in_skb).sk;

	WRITE_ONCE(sk->sk_err, ENOBUFS);
	sk_error_report(sk);
}

/* At least the bytes of the answers to @nlh, unless it fails. */
static unsigned int nlrt_test_answer_bound(const struct nlmsghdr *nlh)
{
	unsigned int n = 0;

	if ((nlh->nlmsg_flags & NLM_F_REQUEST) &&
	    nlh->nlmsg_type >= NLMSG_MIN_TYPE) {
		switch (nlh->nlmsg_type) {
		case NLRT_TEST_MSG_HELLO:
			n = nlmsg_total_size(sizeof(NLRT_TEST_HELLO_REPLY));
			break;
		case NLRT_TEST_MSG_ECHO:
			n = NLMSG_ALIGN(nlh->nlmsg_len);
			break;
		case NLRT_TEST_MSG_STATS:
			n = nlmsg_total_size(NLRT_TEST_STATS_LEN);
			break;
		}
	}
	if (nlh->nlmsg_flags & NLM_F_ACK)
		n += nlmsg_total_size(sizeof(struct nlmsgerr));
	return n;
}

/*
 * The size of a new answer datagram that must take @size bytes now: room
 * for the answers still to come (to the request at @nlh and the ones after
 * it, then NLMSG_DONE), as far as they fit in dgram_size.  A datagram too
 * small after all (errors are not foreseen) is grown in place.
 */
static unsigned int nlrt_test_dgram_alloc(const struct nlrt_test_out *out,
					  const struct nlmsghdr *nlh,
					  unsigned int size)
{
	const struct sk_buff *in = out->in_skb;
	unsigned int want = nlmsg_total_size(sizeof(int));
	int rem;

	if (!nlh || size >= out->dgram_size)
		return size;
	rem = in->data + in->len - (const unsigned char *)nlh;
	while (nlmsg_ok(nlh, rem) && want < out->dgram_size) {
		want += nlrt_test_answer_bound(nlh);
		nlh = nlmsg_next(nlh, &rem);
	}
	return clamp_t(unsigned int, want, size, out->dgram_size);
}

/*
 * An skb with room for the next answer (@size bytes) to @nlh (NULL for the
 * final NLMSG_DONE): a fresh one per answer, one at a time; when
 * coalescing, the datagram being written if the answer fits in it within
 * dgram_size, else a new one (the current one is sent first).  NULL when
 * out of memory.
 */
static struct sk_buff *nlrt_test_room(struct nlrt_test_out *out,
				      const struct nlmsghdr *nlh,
				      unsigned int size)
{
	struct sk_buff *skb = out->skb;
	unsigned int alloc = size;

	if (skb && skb->len + size <= out->dgram_size) {
		if (skb_tailroom(skb) >= size)
			return skb;
		if (!pskb_expand_head(skb, 0, size - skb_tailroom(skb),
				      GFP_KERNEL))
			return skb;
	}
	nlrt_test_flush(out);
	if (out->dgram_size)
		alloc = nlrt_test_dgram_alloc(out, nlh, size);
	out->skb = alloc_skb(alloc, GFP_KERNEL);
	return out->skb;
}

/*
 * Starts the reply to @nlh: its header, for @len payload bytes, with room
 * for @room.  NULL when out of memory.
 */
static struct nlmsghdr *nlrt_test_reply_start(struct nlrt_test_out *out,
					      const struct nlmsghdr *nlh,
					      unsigned int room,
					      unsigned int len)
{
	struct sk_buff *skb = nlrt_test_room(out, nlh, nlmsg_total_size(room));

	if (!skb)
		return NULL;
	return nlmsg_put(skb, out->portid, nlh->nlmsg_seq, nlh->nlmsg_type,
			 len, 0);
}

/*
 * Ends a reply (its nlmsg_len is already right); one at a time, sends it.
 */
static void nlrt_test_reply_end(struct nlrt_test_out *out)
{
	out->replies++;
	if (!out->dgram_size)
		nlrt_test_flush(out);
}

/* Takes back a reply that could not be completed. */
static void nlrt_test_reply_cancel(struct nlrt_test_out *out,
				   struct nlmsghdr *reply)
{
	nlmsg_cancel(out->skb, reply);
	if (!out->dgram_size)
		nlrt_test_flush(out);
}

static int nlrt_test_nomem(struct netlink_ext_ack *extack)
{
	NL_SET_ERR_MSG(extack, "out of memory for the reply");
	return -ENOMEM;
}

/* Whether @p lies in the message @nlh (or just at its end, if @end_ok). */
static bool nlrt_test_in_msg(const struct nlmsghdr *nlh, const void *p,
			     bool end_ok)
{
	const u8 *start = (const u8 *)nlh;
	const u8 *end = start + nlh->nlmsg_len;

	return p && (const u8 *)p >= start &&
	       ((const u8 *)p < end || (end_ok && (const u8 *)p == end));
}

/*
 * Acks @nlh or reports its error @err.  One at a time: the kernel's
 * netlink_ack(), which follows the socket's CAP_ACK and EXT_ACK options.
 * Coalesced: the same message as netlink_ack() with both options set,
 * without NLMSGERR_ATTR_POLICY (written by a function modules cannot call).
 */
static void nlrt_test_ack(struct nlrt_test_out *out, struct nlmsghdr *nlh,
			  int err, const struct netlink_ext_ack *extack)
{
	const struct nlattr *bad = NULL, *nest = NULL;
	struct nlmsgerr *errmsg;
	struct nlmsghdr *rep;
	struct sk_buff *skb;
	size_t tlvlen = 0;

	if (!out->dgram_size) {
		netlink_ack(out->in_skb, nlh, err, extack);
		return;
	}

	if (extack->_msg)
		tlvlen += nla_total_size(strlen(extack->_msg) + 1);
	if (err) {
		if (nlrt_test_in_msg(nlh, extack->bad_attr, false)) {
			bad = extack->bad_attr;
			tlvlen += nla_total_size(sizeof(u32));
		}
		if (extack->miss_type)
			tlvlen += nla_total_size(sizeof(u32));
		if (nlrt_test_in_msg(nlh, extack->miss_nest, true)) {
			nest = extack->miss_nest;
			tlvlen += nla_total_size(sizeof(u32));
		}
	}

	skb = nlrt_test_room(out, nlh,
			     nlmsg_total_size(sizeof(*errmsg)) + tlvlen);
	if (!skb)
		goto lost;
	rep = nlmsg_put(skb, out->portid, nlh->nlmsg_seq, NLMSG_ERROR,
			sizeof(*errmsg),
			NLM_F_CAPPED | (tlvlen ? NLM_F_ACK_TLVS : 0));
	if (!rep)
		goto lost;
	errmsg = nlmsg_data(rep);
	errmsg->error = err;
	errmsg->msg = *nlh;

	/* The room was counted above: these cannot fail. */
	if (extack->_msg)
		WARN_ON(nla_put_string(skb, NLMSGERR_ATTR_MSG, extack->_msg));
	if (bad)
		WARN_ON(nla_put_u32(skb, NLMSGERR_ATTR_OFFS,
				    (const u8 *)bad - (const u8 *)nlh));
	if (err && extack->miss_type)
		WARN_ON(nla_put_u32(skb, NLMSGERR_ATTR_MISS_TYPE,
				    extack->miss_type));
	if (nest)
		WARN_ON(nla_put_u32(skb, NLMSGERR_ATTR_MISS_NEST,
				    (const u8 *)nest - (const u8 *)nlh));
	nlmsg_end(skb, rep);
	return;

lost:
	nlrt_test_lost(out);
}

/* Ends a coalesced batch with NLMSG_DONE and sends what is left. */
static void nlrt_test_done(struct nlrt_test_out *out)
{
	struct nlmsghdr *rep;
	struct sk_buff *skb;

	skb = nlrt_test_room(out, NULL, nlmsg_total_size(sizeof(int)));
	rep = skb ? nlmsg_put(skb, out->portid, out->batch_seq, NLMSG_DONE,
			      sizeof(int), 0) : NULL;
	if (rep)
		memset(nlmsg_data(rep), 0, sizeof(int));
	else
		nlrt_test_lost(out);
	nlrt_test_flush(out);
}

static int nlrt_test_hello(struct nlrt_test_out *out, struct nlmsghdr *nlh,
			   struct netlink_ext_ack *extack)
{
	static const char answer[] = NLRT_TEST_HELLO_REPLY;
	const u8 *text = nlmsg_data(nlh);
	char shown[NLRT_TEST_LOG_MAX];
	int len = nlmsg_len(nlh);
	int n = min(len, NLRT_TEST_LOG_MAX);
	struct nlmsghdr *reply;
	int i;

	/* Only printable ASCII reaches the log; the rest shows as '?'. */
	for (i = 0; i < n; i++)
		shown[i] = text[i] >= 0x20 && text[i] < 0x7f ? text[i] : '?';
	pr_info_ratelimited("hello from port %u: \"%.*s\"%s\n", out->portid,
			    n, shown, len > n ? "..." : "");

	reply = nlrt_test_reply_start(out, nlh, sizeof(answer), sizeof(answer));
	if (!reply)
		return nlrt_test_nomem(extack);
	memcpy(nlmsg_data(reply), answer, sizeof(answer));
	nlrt_test_reply_end(out);
	return 0;
}

static int nlrt_test_echo(struct nlrt_test_out *out, struct nlmsghdr *nlh,
			  struct netlink_ext_ack *extack)
{
	int len = nlmsg_len(nlh);
	struct nlmsghdr *reply;

	if (len > NLRT_TEST_ECHO_MAX) {
		NL_SET_ERR_MSG(extack, "echo payload is larger than 65536 bytes");
		return -EMSGSIZE;
	}

	reply = nlrt_test_reply_start(out, nlh, len, len);
	if (!reply)
		return nlrt_test_nomem(extack);
	memcpy(nlmsg_data(reply), nlmsg_data(nlh), len);
	nlrt_test_reply_end(out);
	return 0;
}

/*
 * Broadcasts one message.  Its seq is taken and the message sent under
 * mcast_lock, so that subscribers see seq in order whatever other MCAST
 * requests run at the same time.  -ENOMEM before numbering; -EINTR when
 * the requester is killed while waiting for the lock.
 */
static int nlrt_test_mcast_one(struct nlrt_test_net *tn,
			       const struct nlattr *data)
{
	struct nlmsghdr *nlh;
	struct sk_buff *skb;
	int err;

	skb = nlmsg_new(nla_len(data), GFP_KERNEL);
	if (!skb)
		return -ENOMEM;
	nlh = nlmsg_put(skb, 0, 0, NLRT_TEST_MSG_MCAST, nla_len(data), 0);
	if (!nlh) {
		nlmsg_free(skb);
		return -ENOMEM;
	}
	memcpy(nlmsg_data(nlh), nla_data(data), nla_len(data));

	if (mutex_lock_killable(&tn->mcast_lock)) {
		nlmsg_free(skb);
		return -EINTR;
	}
	nlh->nlmsg_seq = ++tn->mcast_seq;
	atomic64_inc(&tn->mcast_msgs);
	err = nlmsg_multicast(tn->sk, skb, 0, NLRT_TEST_GRP_EVENTS, GFP_KERNEL);
	mutex_unlock(&tn->mcast_lock);

	/*
	 * ENOBUFS: a subscriber that asked for broadcast errors missed it.
	 * ESRCH (nobody got it) cannot tell a full queue from no listener.
	 */
	if (err == -ENOBUFS)
		atomic64_inc(&tn->tx_drops);
	return 0;
}

static int nlrt_test_mcast(struct nlrt_test_out *out, struct nlmsghdr *nlh,
			   struct netlink_ext_ack *extack)
{
	struct nlattr *tb[NLRT_TEST_A_MAX + 1];
	u32 count = 1;
	u32 i;
	int err;

	if (!netlink_net_capable(out->in_skb, CAP_NET_ADMIN)) {
		NL_SET_ERR_MSG(extack, "MCAST needs CAP_NET_ADMIN");
		return -EPERM;
	}

	/*
	 * Trailing bytes and wrongly sized attributes are errors; unknown
	 * attributes are skipped so that old modules accept new requests.
	 */
	err = __nlmsg_parse(nlh, 0, tb, NLRT_TEST_A_MAX,
			    nlrt_test_mcast_policy,
			    NL_VALIDATE_TRAILING | NL_VALIDATE_STRICT_ATTRS,
			    extack);
	if (err)
		return err;

	if (NL_REQ_ATTR_CHECK(extack, NULL, tb, NLRT_TEST_A_DATA)) {
		NL_SET_ERR_MSG(extack, "missing NLRT_TEST_A_DATA attribute");
		return -EINVAL;
	}
	if (tb[NLRT_TEST_A_COUNT])
		count = nla_get_u32(tb[NLRT_TEST_A_COUNT]);

	for (i = 0; i < count; i++) {
		if (fatal_signal_pending(current))
			return -EINTR;
		err = nlrt_test_mcast_one(out->tn, tb[NLRT_TEST_A_DATA]);
		if (err == -ENOMEM)
			NL_SET_ERR_MSG(extack, "out of memory for a broadcast");
		if (err)
			return err;
		cond_resched();
	}
	return 0;
}

static int nlrt_test_put_u64(struct sk_buff *skb, int type, atomic64_t *v)
{
	return nla_put_u64_64bit(skb, type, atomic64_read(v), NLRT_TEST_A_PAD);
}

static int nlrt_test_stats(struct nlrt_test_out *out, struct nlmsghdr *nlh,
			   struct netlink_ext_ack *extack)
{
	struct nlrt_test_net *tn = out->tn;
	struct nlmsghdr *reply;
	struct sk_buff *skb;

	if (nlmsg_len(nlh) != 0) {
		NL_SET_ERR_MSG(extack, "stats request must have no payload");
		return -EINVAL;
	}

	/* The answers before this one count, as they would one at a time. */
	nlrt_test_flush(out);
	reply = nlrt_test_reply_start(out, nlh, NLRT_TEST_STATS_LEN, 0);
	if (!reply)
		return nlrt_test_nomem(extack);

	skb = out->skb;
	if (nlrt_test_put_u64(skb, NLRT_TEST_A_RX_MSGS, &tn->rx_msgs) ||
	    nlrt_test_put_u64(skb, NLRT_TEST_A_TX_MSGS, &tn->tx_msgs) ||
	    nlrt_test_put_u64(skb, NLRT_TEST_A_ERRORS, &tn->errors) ||
	    nlrt_test_put_u64(skb, NLRT_TEST_A_MCAST_MSGS, &tn->mcast_msgs) ||
	    nlrt_test_put_u64(skb, NLRT_TEST_A_TX_DROPS, &tn->tx_drops)) {
		nlrt_test_reply_cancel(out, reply);
		return nlrt_test_nomem(extack);
	}
	nlmsg_end(skb, reply);
	nlrt_test_reply_end(out);
	return 0;
}

static int nlrt_test_coalesce(struct nlrt_test_out *out, struct nlmsghdr *nlh,
			      struct netlink_ext_ack *extack)
{
	struct nlattr *tb[NLRT_TEST_A_MAX + 1];
	int err;

	if (out->dgram_size) {
		NL_SET_ERR_MSG(extack, "already coalescing: one COALESCE per datagram");
		return -EINVAL;
	}
	err = __nlmsg_parse(nlh, 0, tb, NLRT_TEST_A_MAX,
			    nlrt_test_coalesce_policy,
			    NL_VALIDATE_TRAILING | NL_VALIDATE_STRICT_ATTRS,
			    extack);
	if (err)
		return err;

	out->dgram_size = tb[NLRT_TEST_A_DGRAM_SIZE] ?
			  nla_get_u32(tb[NLRT_TEST_A_DGRAM_SIZE]) :
			  NLRT_TEST_DGRAM_SIZE_DEFAULT;
	out->batch_seq = nlh->nlmsg_seq;
	return 0;
}

static int nlrt_test_rcv_msg(struct nlrt_test_out *out, struct nlmsghdr *nlh,
			     struct netlink_ext_ack *extack)
{
	struct nlrt_test_net *tn = out->tn;
	int err;

	atomic64_inc(&tn->rx_msgs);

	switch (nlh->nlmsg_type) {
	case NLRT_TEST_MSG_HELLO:
		err = nlrt_test_hello(out, nlh, extack);
		break;
	case NLRT_TEST_MSG_ECHO:
		err = nlrt_test_echo(out, nlh, extack);
		break;
	case NLRT_TEST_MSG_MCAST:
		err = nlrt_test_mcast(out, nlh, extack);
		break;
	case NLRT_TEST_MSG_STATS:
		err = nlrt_test_stats(out, nlh, extack);
		break;
	case NLRT_TEST_MSG_COALESCE:
		err = nlrt_test_coalesce(out, nlh, extack);
		break;
	default:
		NL_SET_ERR_MSG(extack, "unknown message type");
		err = -EOPNOTSUPP;
		break;
	}

	/* -EINTR: the requester was killed; nobody reads an answer. */
	if (err && err != -EINTR)
		atomic64_inc(&tn->errors);
	return err;
}

/*
 * The requests of one datagram, in order: netlink_rcv_skb()'s loop, with
 * the answers going through struct nlrt_test_out so that a COALESCE
 * request can switch the rest of the datagram to coalesced answers.
 */
static void nlrt_test_input(struct sk_buff *skb)
{
	struct nlrt_test_out out = {
		.tn = net_generic(sock_net(skb->sk), nlrt_test_net_id),
		.in_skb = skb,
		.portid = NETLINK_CB(skb).portid,
	};
	struct netlink_ext_ack extack;
	struct nlmsghdr *nlh;
	u32 msglen;
	int err;

	while (skb->len >= nlmsg_total_size(0)) {
		nlh = nlmsg_hdr(skb);
		if (nlh->nlmsg_len < NLMSG_HDRLEN || skb->len < nlh->nlmsg_len)
			break;

		memset(&extack, 0, sizeof(extack));
		err = 0;
		/* Only requests are handled; control messages are skipped. */
		if ((nlh->nlmsg_flags & NLM_F_REQUEST) &&
		    nlh->nlmsg_type >= NLMSG_MIN_TYPE) {
			err = nlrt_test_rcv_msg(&out, nlh, &extack);
			if (err == -EINTR)
				goto next;
			if (nlh->nlmsg_type == NLRT_TEST_MSG_COALESCE) {
				/* A refused COALESCE ends the datagram. */
				if (err) {
					nlrt_test_ack(&out, nlh, err, &extack);
					break;
				}
				/* Answered by the NLMSG_DONE at the end. */
				goto next;
			}
		}
		if ((nlh->nlmsg_flags & NLM_F_ACK) || err)
			nlrt_test_ack(&out, nlh, err, &extack);
next:
		msglen = NLMSG_ALIGN(nlh->nlmsg_len);
		if (msglen > skb->len)
			msglen = skb->len;
		skb_pull(skb, msglen);
	}

	if (out.dgram_size)
		nlrt_test_done(&out);
	nlrt_test_flush(&out);
}

static int __net_init nlrt_test_net_init(struct net *net)
{
	struct nlrt_test_net *tn = net_generic(net, nlrt_test_net_id);
	struct netlink_kernel_cfg cfg = {
		.groups = NLRT_TEST_GRP_MAX,
		.flags = NL_CFG_F_NONROOT_RECV,
		.input = nlrt_test_input,
	};

	mutex_init(&tn->mcast_lock);
	tn->sk = netlink_kernel_create(net, proto, &cfg);
	if (!tn->sk) {
		pr_err("cannot open netlink protocol %d (in use?)\n", proto);
		return -EADDRINUSE;
	}
	return 0;
}

static void __net_exit nlrt_test_net_exit(struct net *net)
{
	struct nlrt_test_net *tn = net_generic(net, nlrt_test_net_id);

	netlink_kernel_release(tn->sk);
	tn->sk = NULL;
	mutex_destroy(&tn->mcast_lock);
}

static struct pernet_operations nlrt_test_net_ops = {
	.init = nlrt_test_net_init,
	.exit = nlrt_test_net_exit,
	.id = &nlrt_test_net_id,
	.size = sizeof(struct nlrt_test_net),
};

static int __init nlrt_test_init(void)
{
	int err;

	if (proto < 0 || proto >= MAX_LINKS) {
		pr_err("proto %d is out of range 0..%d\n", proto, MAX_LINKS - 1);
		return -EINVAL;
	}

	err = register_pernet_subsys(&nlrt_test_net_ops);
	if (err)
		return err;

	pr_info("listening on netlink protocol %d\n", proto);
	return 0;
}

static void __exit nlrt_test_exit(void)
{
	unregister_pernet_subsys(&nlrt_test_net_ops);
}

module_init(nlrt_test_init);
module_exit(nlrt_test_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Netlink test peer for the nlrt runtime (HELLO, ECHO, MCAST, STATS, COALESCE)");
MODULE_AUTHOR("nlrt authors");
