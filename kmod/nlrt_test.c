// SPDX-License-Identifier: GPL-2.0
/*
 * nlrt_test: a netlink test peer for the nlrt runtime.
 *
 * One kernel netlink socket per network namespace answers HELLO, ECHO,
 * MCAST and STATS requests; kmod/uapi/nlrt_test.h is the protocol.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/atomic.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/netlink.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/skbuff.h>
#include <net/net_namespace.h>
#include <net/netlink.h>
#include <net/netns/generic.h>
#include <net/sock.h>

#include "uapi/nlrt_test.h"

/* At most this many bytes of a HELLO text reach the kernel log. */
#define NLRT_TEST_LOG_MAX	64

static int proto = NLRT_TEST_PROTO;
module_param(proto, int, 0444);
MODULE_PARM_DESC(proto, "netlink protocol number, 0..31 (default 30)");

struct nlrt_test_net {
	struct sock *sk;
	atomic_t mcast_seq;
	atomic64_t rx_msgs;
	atomic64_t tx_msgs;
	atomic64_t errors;
	atomic64_t mcast_msgs;
	atomic64_t tx_drops;
};

static unsigned int nlrt_test_net_id __read_mostly;

/* Not const: struct nla_policy takes a non-const pointer in 6.1. */
static struct netlink_range_validation nlrt_test_count_range = {
	.min = 0,
	.max = NLRT_TEST_MCAST_COUNT_MAX,
};

static const struct nla_policy nlrt_test_mcast_policy[NLRT_TEST_A_MAX + 1] = {
	[NLRT_TEST_A_DATA] = { .type = NLA_BINARY,
			       .len = NLRT_TEST_MCAST_DATA_MAX },
	[NLRT_TEST_A_COUNT] = NLA_POLICY_FULL_RANGE(NLA_U32,
						    &nlrt_test_count_range),
};

static struct nlrt_test_net *nlrt_test_pernet(const struct sk_buff *skb)
{
	return net_generic(sock_net(skb->sk), nlrt_test_net_id);
}

/*
 * Send @skb to the requester.  The socket is never waited for: a blocking
 * unicast from inside the requester's own sendmsg() could deadlock.  On
 * failure the kernel has already flagged ENOBUFS on the receiving socket.
 */
static void nlrt_test_reply(struct nlrt_test_net *tn, struct sk_buff *skb,
			    u32 portid)
{
	if (netlink_unicast(tn->sk, skb, portid, MSG_DONTWAIT) < 0)
		atomic64_inc(&tn->tx_drops);
	else
		atomic64_inc(&tn->tx_msgs);
}

/*
 * Start a reply to @nlh: a header for @len payload bytes in a buffer with
 * room for @room payload bytes.
 */
static struct sk_buff *nlrt_test_new_reply(struct sk_buff *in_skb,
					   const struct nlmsghdr *nlh,
					   size_t room, size_t len,
					   struct nlmsghdr **reply)
{
	struct sk_buff *skb;

	skb = nlmsg_new(room, GFP_KERNEL);
	if (!skb)
		return NULL;

	*reply = nlmsg_put(skb, NETLINK_CB(in_skb).portid, nlh->nlmsg_seq,
			   nlh->nlmsg_type, len, 0);
	if (!*reply) {
		nlmsg_free(skb);
		return NULL;
	}
	return skb;
}

static int nlrt_test_hello(struct nlrt_test_net *tn, struct sk_buff *in_skb,
			   const struct nlmsghdr *nlh,
			   struct netlink_ext_ack *extack)
{
	static const char answer[] = NLRT_TEST_HELLO_REPLY;
	const u8 *text = nlmsg_data(nlh);
	char shown[NLRT_TEST_LOG_MAX];
	int len = nlmsg_len(nlh);
	int n = min(len, NLRT_TEST_LOG_MAX);
	struct nlmsghdr *reply;
	struct sk_buff *skb;
	int i;

	/* Only printable ASCII reaches the log; the rest shows as '?'. */
	for (i = 0; i < n; i++)
		shown[i] = text[i] >= 0x20 && text[i] < 0x7f ? text[i] : '?';
	pr_info_ratelimited("hello from port %u: \"%.*s\"%s\n",
			    NETLINK_CB(in_skb).portid, n, shown,
			    len > n ? "..." : "");

	skb = nlrt_test_new_reply(in_skb, nlh, sizeof(answer), sizeof(answer),
				  &reply);
	if (!skb) {
		NL_SET_ERR_MSG(extack, "out of memory for the reply");
		return -ENOMEM;
	}
	memcpy(nlmsg_data(reply), answer, sizeof(answer));
	nlrt_test_reply(tn, skb, NETLINK_CB(in_skb).portid);
	return 0;
}

static int nlrt_test_echo(struct nlrt_test_net *tn, struct sk_buff *in_skb,
			  const struct nlmsghdr *nlh,
			  struct netlink_ext_ack *extack)
{
	int len = nlmsg_len(nlh);
	struct nlmsghdr *reply;
	struct sk_buff *skb;

	if (len > NLRT_TEST_ECHO_MAX) {
		NL_SET_ERR_MSG(extack, "echo payload is larger than 65536 bytes");
		return -EMSGSIZE;
	}

	skb = nlrt_test_new_reply(in_skb, nlh, len, len, &reply);
	if (!skb) {
		NL_SET_ERR_MSG(extack, "out of memory for the reply");
		return -ENOMEM;
	}
	memcpy(nlmsg_data(reply), nlmsg_data(nlh), len);
	nlrt_test_reply(tn, skb, NETLINK_CB(in_skb).portid);
	return 0;
}

static int nlrt_test_mcast_one(struct nlrt_test_net *tn,
			       const struct nlattr *data)
{
	struct nlmsghdr *nlh;
	struct sk_buff *skb;
	u32 seq;
	int err;

	seq = (u32)atomic_inc_return(&tn->mcast_seq);

	skb = nlmsg_new(nla_len(data), GFP_KERNEL);
	if (!skb)
		goto err_drop;

	nlh = nlmsg_put(skb, 0, seq, NLRT_TEST_MSG_MCAST, nla_len(data), 0);
	if (!nlh)
		goto err_free;
	memcpy(nlmsg_data(nlh), nla_data(data), nla_len(data));

	atomic64_inc(&tn->mcast_msgs);
	/* -ESRCH only means that nobody listens: not a drop. */
	err = nlmsg_multicast(tn->sk, skb, 0, NLRT_TEST_GRP_EVENTS, GFP_KERNEL);
	if (err && err != -ESRCH)
		atomic64_inc(&tn->tx_drops);
	return 0;

err_free:
	nlmsg_free(skb);
err_drop:
	atomic64_inc(&tn->tx_drops);
	return -ENOMEM;
}

static int nlrt_test_mcast(struct nlrt_test_net *tn, struct sk_buff *in_skb,
			   const struct nlmsghdr *nlh,
			   struct netlink_ext_ack *extack)
{
	struct nlattr *tb[NLRT_TEST_A_MAX + 1];
	u32 count = 1;
	u32 i;
	int err;

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
		err = nlrt_test_mcast_one(tn, tb[NLRT_TEST_A_DATA]);
		if (err) {
			NL_SET_ERR_MSG(extack, "out of memory for a broadcast");
			return err;
		}
		if (fatal_signal_pending(current))
			return -EINTR;
		cond_resched();
	}
	return 0;
}

static int nlrt_test_put_u64(struct sk_buff *skb, int type, atomic64_t *v)
{
	return nla_put_u64_64bit(skb, type, atomic64_read(v), NLRT_TEST_A_PAD);
}

static int nlrt_test_stats(struct nlrt_test_net *tn, struct sk_buff *in_skb,
			   const struct nlmsghdr *nlh,
			   struct netlink_ext_ack *extack)
{
	/* Five u64 attributes, each with room for a pad attribute. */
	const size_t len = 5 * (nla_total_size_64bit(sizeof(u64)));
	struct nlmsghdr *reply;
	struct sk_buff *skb;

	if (nlmsg_len(nlh) != 0) {
		NL_SET_ERR_MSG(extack, "stats request must have no payload");
		return -EINVAL;
	}

	skb = nlrt_test_new_reply(in_skb, nlh, len, 0, &reply);
	if (!skb)
		goto err_nomem;

	if (nlrt_test_put_u64(skb, NLRT_TEST_A_RX_MSGS, &tn->rx_msgs) ||
	    nlrt_test_put_u64(skb, NLRT_TEST_A_TX_MSGS, &tn->tx_msgs) ||
	    nlrt_test_put_u64(skb, NLRT_TEST_A_ERRORS, &tn->errors) ||
	    nlrt_test_put_u64(skb, NLRT_TEST_A_MCAST_MSGS, &tn->mcast_msgs) ||
	    nlrt_test_put_u64(skb, NLRT_TEST_A_TX_DROPS, &tn->tx_drops))
		goto err_nomem;

	nlmsg_end(skb, reply);
	nlrt_test_reply(tn, skb, NETLINK_CB(in_skb).portid);
	return 0;

err_nomem:
	nlmsg_free(skb);
	NL_SET_ERR_MSG(extack, "out of memory for the reply");
	return -ENOMEM;
}

static int nlrt_test_rcv_msg(struct sk_buff *skb, struct nlmsghdr *nlh,
			     struct netlink_ext_ack *extack)
{
	struct nlrt_test_net *tn = nlrt_test_pernet(skb);
	int err;

	atomic64_inc(&tn->rx_msgs);

	switch (nlh->nlmsg_type) {
	case NLRT_TEST_MSG_HELLO:
		err = nlrt_test_hello(tn, skb, nlh, extack);
		break;
	case NLRT_TEST_MSG_ECHO:
		err = nlrt_test_echo(tn, skb, nlh, extack);
		break;
	case NLRT_TEST_MSG_MCAST:
		err = nlrt_test_mcast(tn, skb, nlh, extack);
		break;
	case NLRT_TEST_MSG_STATS:
		err = nlrt_test_stats(tn, skb, nlh, extack);
		break;
	default:
		NL_SET_ERR_MSG(extack, "unknown message type");
		err = -EOPNOTSUPP;
		break;
	}

	if (err)
		atomic64_inc(&tn->errors);
	return err;
}

static void nlrt_test_input(struct sk_buff *skb)
{
	netlink_rcv_skb(skb, nlrt_test_rcv_msg);
}

static int __net_init nlrt_test_net_init(struct net *net)
{
	struct nlrt_test_net *tn = net_generic(net, nlrt_test_net_id);
	struct netlink_kernel_cfg cfg = {
		.groups = NLRT_TEST_GRP_MAX,
		.flags = NL_CFG_F_NONROOT_RECV,
		.input = nlrt_test_input,
	};

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
MODULE_DESCRIPTION("Netlink test peer for the nlrt runtime (HELLO, ECHO, MCAST, STATS)");
MODULE_AUTHOR("nlrt authors");
