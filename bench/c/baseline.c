/*
 * C baselines for the benchmarks, built as a shared library so that each
 * runtime calls them through FFI and interleaves them, chunk by chunk, with
 * its own loop in the same process: the ratio then compares like with like
 * on a noisy machine. Each function runs its whole loop in C, in the seed
 * client's style (one sendto() and one recvfrom() per message), and returns
 * the elapsed nanoseconds, or a negative errno on failure.
 *
 * The codec baselines use libmnl, the C library nlrt's codec is modelled on,
 * and hand-written C with no library, the floor.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <libmnl/libmnl.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "../../kmod/uapi/nlrt_test.h"

#define MAX_SUBSCRIBERS 8

static char rxbuf[1 << 17];
static char txbuf[1 << 17];

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int open_bound(int protocol, int rcvbuf)
{
	struct sockaddr_nl local = { .nl_family = AF_NETLINK };
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, protocol);

	if (fd < 0)
		return -errno;
	if (rcvbuf > 0)
		setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &rcvbuf, sizeof(rcvbuf));
	if (bind(fd, (struct sockaddr *)&local, sizeof(local)) < 0) {
		int err = -errno;

		close(fd);
		return err;
	}
	return fd;
}

static int send_to_kernel(int fd, const void *buf, size_t len)
{
	static const struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };

	if (sendto(fd, buf, len, 0, (const struct sockaddr *)&kernel, sizeof(kernel)) < 0)
		return -errno;
	return 0;
}

struct getlink_req {
	struct nlmsghdr nlh;
	struct ifinfomsg ifi;
};

/* An RTM_GETLINK request for `index` with `flags`. */
static void getlink_req(struct getlink_req *req, int flags, int index)
{
	memset(req, 0, sizeof(*req));
	req->nlh.nlmsg_len = sizeof(*req);
	req->nlh.nlmsg_type = RTM_GETLINK;
	req->nlh.nlmsg_flags = flags;
	req->ifi.ifi_index = index;
}

/* The rtnetlink socket the host baselines share, opened once. */
static int route_socket(void)
{
	static int fd = -1;

	if (fd < 0)
		fd = open_bound(NETLINK_ROUTE, 0);
	return fd;
}

/*
 * `iterations` round trips of `req`, one sendto() and one recvfrom() each,
 * checking that each answer has the request's seq and type `expect`. The
 * sendto() names the kernel as the seed does, or, when `unaddressed`, names
 * no address (an unconnected socket's sends go to the kernel), which spares
 * the kernel copying and checking it.
 */
static long long round_trips(int fd, struct nlmsghdr *req, int expect, long long iterations,
			     int unaddressed)
{
	struct nlmsghdr *nlh = (struct nlmsghdr *)rxbuf;
	long long start = now_ns();

	for (long long i = 0; i < iterations; i++) {
		ssize_t n;
		int err;

		req->nlmsg_seq++;
		if (unaddressed)
			err = send(fd, req, req->nlmsg_len, 0) < 0 ? -errno : 0;
		else
			err = send_to_kernel(fd, req, req->nlmsg_len);
		if (err)
			return err;
		n = recvfrom(fd, rxbuf, sizeof(rxbuf), 0, NULL, NULL);
		if (n < 0)
			return -errno;
		if (n < (ssize_t)sizeof(*nlh) || nlh->nlmsg_seq != req->nlmsg_seq ||
		    nlh->nlmsg_type != expect)
			return -EPROTO;
	}
	return now_ns() - start;
}

/* RTM_GETLINK for ifindex 1, `iterations` round trips. */
long long nlrt_c_getlink(long long iterations)
{
	struct getlink_req req;
	int fd = route_socket();

	if (fd < 0)
		return fd;
	getlink_req(&req, NLM_F_REQUEST, 1);
	return round_trips(fd, &req.nlh, RTM_NEWLINK, iterations, 0);
}

/* The pings of nlrt_c_ping(), sent with an address or without one. */
static long long pings(long long iterations, int unaddressed)
{
	struct nlmsghdr req = {
		.nlmsg_len = sizeof(req),
		.nlmsg_type = NLMSG_NOOP,
		.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK,
	};
	int fd = route_socket();

	if (fd < 0)
		return fd;
	return round_trips(fd, &req, NLMSG_ERROR, iterations, unaddressed);
}

/*
 * The cheapest kernel round trip: an NLMSG_NOOP with NLM_F_ACK, which
 * netlink_rcv_skb answers with an ack at once (no rtnl lock, no table
 * walk). It stands in for a module's echo on this kernel.
 */
long long nlrt_c_ping(long long iterations)
{
	return pings(iterations, 0);
}

/* The same pings sent without an address, as nlrt sends them when it may. */
long long nlrt_c_ping_unaddressed(long long iterations)
{
	return pings(iterations, 1);
}

/*
 * The same pings batched in C: `batch` NOOPs per sendto(), the acks drained
 * with recvmmsg(). It shows what batching can gain on this kernel whatever
 * the language: the kernel's work per ack stays.
 */
long long nlrt_c_ping_batched(int batch, long long iterations)
{
	static struct mmsghdr vec[256];
	static struct iovec iov[256];
	static char slots[256][256];
	struct nlmsghdr *req = (struct nlmsghdr *)txbuf;
	unsigned int seq = 0;
	long long start;
	int fd = route_socket();

	if (fd < 0)
		return fd;
	if (batch < 1 || batch > 256)
		return -EINVAL;
	for (int i = 0; i < 256; i++) {
		iov[i].iov_base = slots[i];
		iov[i].iov_len = sizeof(slots[i]);
		vec[i].msg_hdr.msg_iov = &iov[i];
		vec[i].msg_hdr.msg_iovlen = 1;
	}
	start = now_ns();
	for (long long done = 0; done < iterations; done += batch) {
		int got = 0;
		int err;

		for (int i = 0; i < batch; i++) {
			req[i].nlmsg_len = sizeof(*req);
			req[i].nlmsg_type = NLMSG_NOOP;
			req[i].nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
			req[i].nlmsg_seq = ++seq;
			req[i].nlmsg_pid = 0;
		}
		err = send_to_kernel(fd, req, batch * sizeof(*req));
		if (err)
			return err;
		while (got < batch) {
			int n = recvmmsg(fd, vec, batch - got, MSG_WAITFORONE, NULL);

			if (n < 0)
				return -errno;
			got += n;
		}
	}
	return now_ns() - start;
}

/* `dumps` full RTM_GETLINK dumps; the links of the last one go to *links. */
long long nlrt_c_dump_links(long long dumps, long long *links)
{
	struct getlink_req req;
	long long start;
	int fd = route_socket();

	if (fd < 0)
		return fd;
	getlink_req(&req, NLM_F_REQUEST | NLM_F_DUMP, 0);
	start = now_ns();
	for (long long d = 0; d < dumps; d++) {
		long long count = 0;
		int done = 0;
		int err;

		req.nlh.nlmsg_seq++;
		err = send_to_kernel(fd, &req, sizeof(req));
		if (err)
			return err;
		while (!done) {
			ssize_t n = recvfrom(fd, rxbuf, sizeof(rxbuf), 0, NULL, NULL);
			struct nlmsghdr *nlh = (struct nlmsghdr *)rxbuf;
			int len = (int)n;

			if (n < 0)
				return -errno;
			for (; NLMSG_OK(nlh, len); nlh = NLMSG_NEXT(nlh, len)) {
				if (nlh->nlmsg_seq != req.nlh.nlmsg_seq)
					return -EPROTO;
				if (nlh->nlmsg_type == NLMSG_DONE) {
					done = 1;
					break;
				}
				if (nlh->nlmsg_type == NLMSG_ERROR)
					return -EPROTO;
				count++;
			}
		}
		*links = count;
	}
	return now_ns() - start;
}

/* ECHO round trips of `len`-byte payloads to the test module. */
long long nlrt_c_echo(int proto, int len, long long iterations)
{
	struct nlmsghdr *req = (struct nlmsghdr *)txbuf;
	long long result;
	int fd = open_bound(proto, 0);

	if (fd < 0)
		return fd;
	memset(txbuf, 0xab, NLMSG_SPACE(len));
	req->nlmsg_len = NLMSG_LENGTH(len);
	req->nlmsg_type = NLRT_TEST_MSG_ECHO;
	req->nlmsg_flags = NLM_F_REQUEST;
	req->nlmsg_seq = 0;
	req->nlmsg_pid = 0;
	result = round_trips(fd, req, NLRT_TEST_MSG_ECHO, iterations, 0);
	close(fd);
	return result;
}

/*
 * Writes into txbuf a COALESCE request (kmod/uapi/nlrt_test.h) followed by
 * `batch` ECHO requests of `len` zeroed bytes, numbered on from *seq (the
 * COALESCE takes the first number); returns the bytes written.
 */
static inline size_t write_coalesced_batch(int len, int batch, unsigned int *seq)
{
	struct nlmsghdr *co = (struct nlmsghdr *)txbuf;
	size_t off = NLMSG_HDRLEN;

	co->nlmsg_len = NLMSG_HDRLEN;
	co->nlmsg_type = NLRT_TEST_MSG_COALESCE;
	co->nlmsg_flags = NLM_F_REQUEST;
	co->nlmsg_seq = ++*seq;
	co->nlmsg_pid = 0;
	for (int i = 0; i < batch; i++) {
		struct nlmsghdr *req = (struct nlmsghdr *)(txbuf + off);

		req->nlmsg_len = NLMSG_LENGTH(len);
		req->nlmsg_type = NLRT_TEST_MSG_ECHO;
		req->nlmsg_flags = NLM_F_REQUEST;
		req->nlmsg_seq = ++*seq;
		req->nlmsg_pid = 0;
		memset(NLMSG_DATA(req), 0, NLMSG_ALIGN(len));
		off += NLMSG_SPACE(len);
	}
	return off;
}

/*
 * ECHO requests to the test module, `batch` per sendto() behind a COALESCE
 * request (kmod/uapi/nlrt_test.h), so that the module packs the replies
 * into as few datagrams as fit (one, for 64 small echoes): each batch is
 * written afresh, sent, and its answers read with recvfrom() until the
 * batch's NLMSG_DONE, every reply's seq and type checked.
 */
long long nlrt_c_echo_coalesced(int proto, int len, int batch, long long iterations)
{
	unsigned int seq = 0;
	long long start;
	int fd, err = 0;

	if (batch < 1 || (size_t)(batch + 1) * NLMSG_SPACE(len) > sizeof(txbuf))
		return -EINVAL;
	fd = open_bound(proto, 0);
	if (fd < 0)
		return fd;
	start = now_ns();
	for (long long done = 0; done < iterations; done += batch) {
		struct nlmsghdr *co = (struct nlmsghdr *)txbuf;
		unsigned int first, expect;
		size_t off;
		int finished = 0;

		first = seq + 2;
		off = write_coalesced_batch(len, batch, &seq);
		err = send_to_kernel(fd, txbuf, off);
		if (err)
			goto out;
		expect = first;
		while (!finished) {
			ssize_t n = recvfrom(fd, rxbuf, sizeof(rxbuf), 0, NULL, NULL);
			struct nlmsghdr *nlh = (struct nlmsghdr *)rxbuf;
			int left = (int)n;

			if (n < 0) {
				err = -errno;
				goto out;
			}
			for (; NLMSG_OK(nlh, left); nlh = NLMSG_NEXT(nlh, left)) {
				if (nlh->nlmsg_type == NLMSG_DONE && nlh->nlmsg_seq == co->nlmsg_seq) {
					finished = 1;
					break;
				}
				if (nlh->nlmsg_type != NLRT_TEST_MSG_ECHO || nlh->nlmsg_seq != expect++) {
					err = -EPROTO;
					goto out;
				}
			}
		}
		if (expect != first + (unsigned int)batch) {
			err = -EPROTO;
			goto out;
		}
	}
	close(fd);
	return now_ns() - start;
out:
	close(fd);
	return err;
}

/*
 * Multicast delivery: `subscribers` sockets join NLRT_TEST_GRP_EVENTS; the
 * module is asked for bursts of `burst` broadcasts of `len` bytes until
 * `total` have been sent, and every subscriber drains each burst with one
 * recvfrom() per message. *delivered counts the messages received.
 */
long long nlrt_c_mcast(int proto, int subscribers, int len, int burst, long long total,
		       long long *delivered)
{
	int subs[MAX_SUBSCRIBERS];
	int group = NLRT_TEST_GRP_EVENTS;
	struct nlmsghdr *req;
	static char payload[NLRT_TEST_MCAST_DATA_MAX];
	long long start, sent = 0, got = 0;
	int ctl, err = 0;

	if (subscribers > MAX_SUBSCRIBERS)
		return -EINVAL;
	ctl = open_bound(proto, 0);
	if (ctl < 0)
		return ctl;
	for (int s = 0; s < subscribers; s++) {
		subs[s] = open_bound(proto, 32 << 20);
		if (subs[s] < 0 ||
		    setsockopt(subs[s], SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &group,
			       sizeof(group)) < 0)
			return -errno;
	}
	req = mnl_nlmsg_put_header(txbuf);
	req->nlmsg_type = NLRT_TEST_MSG_MCAST;
	req->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	if (len > NLRT_TEST_MCAST_DATA_MAX)
		return -EMSGSIZE;
	memset(payload, 0xcd, len);
	mnl_attr_put(req, NLRT_TEST_A_DATA, len, payload);
	mnl_attr_put_u32(req, NLRT_TEST_A_COUNT, burst);
	start = now_ns();
	while (sent < total) {
		req->nlmsg_seq++;
		err = send_to_kernel(ctl, req, req->nlmsg_len);
		if (err)
			break;
		if (recvfrom(ctl, rxbuf, sizeof(rxbuf), 0, NULL, NULL) < 0) {
			err = -errno;
			break;
		}
		sent += burst;
		for (int s = 0; s < subscribers; s++) {
			for (int m = 0; m < burst; m++) {
				if (recvfrom(subs[s], rxbuf, sizeof(rxbuf), 0, NULL, NULL) < 0) {
					err = -errno;
					goto out;
				}
				got++;
			}
		}
	}
out:
	start = now_ns() - start;
	for (int s = 0; s < subscribers; s++)
		close(subs[s]);
	close(ctl);
	*delivered = got;
	return err ? err : start;
}

/*
 * Multicast on this kernel: NETLINK_USERSOCK lets root send to a group.
 * The sendto() also unicasts to nl_pid 0, where USERSOCK has no kernel
 * socket, so it reports ECONNREFUSED after the broadcast went out.
 */
long long nlrt_c_usersock_publish(int burst, int len)
{
	static const struct sockaddr_nl group = { .nl_family = AF_NETLINK, .nl_groups = 1 };
	static int fd = -1;
	struct nlmsghdr *msg = (struct nlmsghdr *)txbuf;

	if (fd < 0)
		fd = open_bound(NETLINK_USERSOCK, 0);
	if (fd < 0)
		return fd;
	memset(txbuf, 0xcd, NLMSG_SPACE(len));
	msg->nlmsg_len = NLMSG_LENGTH(len);
	msg->nlmsg_type = 0x20;
	msg->nlmsg_flags = 0;
	msg->nlmsg_pid = 0;
	for (int i = 0; i < burst; i++) {
		msg->nlmsg_seq = i;
		if (sendto(fd, msg, msg->nlmsg_len, 0, (const struct sockaddr *)&group,
			   sizeof(group)) < 0 && errno != ECONNREFUSED)
			return -errno;
	}
	return 0;
}

/* C subscribers of the USERSOCK group: bursts published, then drained. */
long long nlrt_c_usersock_mcast(int subscribers, int len, int burst, long long total,
				long long *delivered)
{
	int subs[MAX_SUBSCRIBERS];
	int group = 1;
	long long start, got = 0, err = 0;

	if (subscribers > MAX_SUBSCRIBERS)
		return -EINVAL;
	for (int s = 0; s < subscribers; s++) {
		subs[s] = open_bound(NETLINK_USERSOCK, 32 << 20);
		if (subs[s] < 0 ||
		    setsockopt(subs[s], SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &group,
			       sizeof(group)) < 0)
			return -errno;
	}
	start = now_ns();
	for (long long sent = 0; sent < total && !err; sent += burst) {
		err = nlrt_c_usersock_publish(burst, len);
		for (int s = 0; s < subscribers && !err; s++) {
			for (int m = 0; m < burst; m++) {
				if (recvfrom(subs[s], rxbuf, sizeof(rxbuf), 0, NULL, NULL) < 0) {
					err = -errno;
					break;
				}
				got++;
			}
		}
	}
	start = now_ns() - start;
	for (int s = 0; s < subscribers; s++)
		close(subs[s]);
	*delivered = got;
	return err ? err : start;
}

/*
 * The codec baselines: the user's path of the codec benchmark. Encode an
 * RTM_NEWLINK with IFLA_IFNAME "veth123", IFLA_MTU and a nested
 * IFLA_LINKINFO { IFLA_INFO_KIND "veth" }, then decode it: validate the
 * attributes, copy the name into a caller buffer (as a C program keeps a
 * string beyond the receive buffer; JavaScript's string() returns a value),
 * compare the kind with "veth" (strcmp; JavaScript compares the string it
 * read), read the mtu. *check accumulates mtu + strlen(name) + 100 for a
 * veth, for the TypeScript side to compare.
 */
#define LINK_NAME "veth123"
#define LINK_KIND "veth"
#define LINK_NAME_SIZE 16 /* IFNAMSIZ */

struct link_seen {
	char name[LINK_NAME_SIZE];
	const char *kind;
	unsigned int mtu;
};

/* Keeps the compiler from folding the decode into the encode. */
static inline void codec_barrier(void *p)
{
	__asm__ __volatile__("" : : "r"(p) : "memory");
}

static long long link_sum(const struct link_seen *seen)
{
	return seen->mtu + strlen(seen->name) + (seen->kind && strcmp(seen->kind, LINK_KIND) == 0 ? 100 : 0);
}

static int info_attr_cb(const struct nlattr *attr, void *data)
{
	struct link_seen *seen = data;

	if (mnl_attr_get_type(attr) == IFLA_INFO_KIND) {
		if (mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) < 0)
			return MNL_CB_ERROR;
		seen->kind = mnl_attr_get_str(attr);
	}
	return MNL_CB_OK;
}

static int link_attr_cb(const struct nlattr *attr, void *data)
{
	struct link_seen *seen = data;

	switch (mnl_attr_get_type(attr)) {
	case IFLA_IFNAME:
		if (mnl_attr_validate(attr, MNL_TYPE_NUL_STRING) < 0)
			return MNL_CB_ERROR;
		strncpy(seen->name, mnl_attr_get_str(attr), sizeof(seen->name) - 1);
		seen->name[sizeof(seen->name) - 1] = 0;
		break;
	case IFLA_MTU:
		if (mnl_attr_validate(attr, MNL_TYPE_U32) < 0)
			return MNL_CB_ERROR;
		seen->mtu = mnl_attr_get_u32(attr);
		break;
	case IFLA_LINKINFO:
		if (mnl_attr_validate(attr, MNL_TYPE_NESTED) < 0 ||
		    mnl_attr_parse_nested(attr, info_attr_cb, seen) < 0)
			return MNL_CB_ERROR;
		break;
	}
	return MNL_CB_OK;
}

/* The codec path with libmnl. */
long long nlrt_c_codec_link(long long iterations, long long *check)
{
	static char buf[512];
	long long start = now_ns(), sum = 0;

	for (long long i = 0; i < iterations; i++) {
		struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
		struct link_seen seen = { .mtu = 0 };
		struct ifinfomsg *ifi;
		struct nlattr *nest;

		nlh->nlmsg_type = RTM_NEWLINK;
		nlh->nlmsg_flags = NLM_F_REQUEST;
		nlh->nlmsg_seq = (unsigned int)i;
		ifi = mnl_nlmsg_put_extra_header(nlh, sizeof(*ifi));
		ifi->ifi_index = 7;
		mnl_attr_put_strz(nlh, IFLA_IFNAME, LINK_NAME);
		mnl_attr_put_u32(nlh, IFLA_MTU, 1500 + (unsigned int)(i & 7));
		nest = mnl_attr_nest_start(nlh, IFLA_LINKINFO);
		mnl_attr_put_strz(nlh, IFLA_INFO_KIND, LINK_KIND);
		mnl_attr_nest_end(nlh, nest);
		codec_barrier(buf);

		if (mnl_attr_parse(nlh, sizeof(*ifi), link_attr_cb, &seen) < 0)
			return -EINVAL;
		sum += link_sum(&seen);
	}
	*check = sum;
	return now_ns() - start;
}

/* Hand-written (no library): one attribute, padded, at *len of buf. */
static struct nlattr *raw_put(char *buf, unsigned int *len, unsigned short type,
			      const void *value, unsigned short size)
{
	struct nlattr *a = (struct nlattr *)(buf + *len);

	a->nla_len = NLA_HDRLEN + size;
	a->nla_type = type;
	memcpy((char *)a + NLA_HDRLEN, value, size);
	*len += NLA_ALIGN(a->nla_len);
	return a;
}

/*
 * Walks the attributes in [p, end): each must hold a header and fit; calls
 * visit for each. Returns -1 on a malformed attribute.
 */
static int raw_walk(const char *p, const char *end, int (*visit)(const struct nlattr *, void *),
		    void *data)
{
	while (end - p >= NLA_HDRLEN) {
		const struct nlattr *a = (const struct nlattr *)p;

		if (a->nla_len < NLA_HDRLEN || a->nla_len > end - p)
			return -1;
		if (visit(a, data) < 0)
			return -1;
		p += NLA_ALIGN(a->nla_len);
	}
	return 0;
}

/* A NUL-terminated string value, or NULL. */
static const char *raw_str(const struct nlattr *a)
{
	const char *v = (const char *)a + NLA_HDRLEN;
	int n = a->nla_len - NLA_HDRLEN;

	return n > 0 && memchr(v, 0, n) ? v : NULL;
}

static int raw_info(const struct nlattr *a, void *data)
{
	struct link_seen *seen = data;

	if ((a->nla_type & NLA_TYPE_MASK) == IFLA_INFO_KIND && !(seen->kind = raw_str(a)))
		return -1;
	return 0;
}

static int raw_link(const struct nlattr *a, void *data)
{
	struct link_seen *seen = data;
	const char *v = (const char *)a + NLA_HDRLEN;
	const char *s;

	switch (a->nla_type & NLA_TYPE_MASK) {
	case IFLA_IFNAME:
		if (!(s = raw_str(a)))
			return -1;
		strncpy(seen->name, s, sizeof(seen->name) - 1);
		seen->name[sizeof(seen->name) - 1] = 0;
		break;
	case IFLA_MTU:
		if (a->nla_len != NLA_HDRLEN + sizeof(seen->mtu))
			return -1;
		memcpy(&seen->mtu, v, sizeof(seen->mtu));
		break;
	case IFLA_LINKINFO:
		return raw_walk(v, (const char *)a + a->nla_len, raw_info, seen);
	}
	return 0;
}

/* The codec path hand-written in C, no library: the floor. */
long long nlrt_c_codec_link_raw(long long iterations, long long *check)
{
	static char buf[512] __attribute__((aligned(4)));
	long long start = now_ns(), sum = 0;

	for (long long i = 0; i < iterations; i++) {
		struct nlmsghdr *nlh = (struct nlmsghdr *)buf;
		struct ifinfomsg *ifi = (struct ifinfomsg *)(buf + NLMSG_HDRLEN);
		unsigned int len = NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(*ifi));
		unsigned int mtu = 1500 + (unsigned int)(i & 7);
		struct link_seen seen = { .mtu = 0 };
		struct nlattr *nest;

		nlh->nlmsg_type = RTM_NEWLINK;
		nlh->nlmsg_flags = NLM_F_REQUEST;
		nlh->nlmsg_seq = (unsigned int)i;
		nlh->nlmsg_pid = 0;
		memset(ifi, 0, sizeof(*ifi));
		ifi->ifi_index = 7;
		memset(buf + len, 0, 64);
		raw_put(buf, &len, IFLA_IFNAME, LINK_NAME, sizeof(LINK_NAME));
		raw_put(buf, &len, IFLA_MTU, &mtu, sizeof(mtu));
		nest = raw_put(buf, &len, IFLA_LINKINFO | NLA_F_NESTED, NULL, 0);
		raw_put(buf, &len, IFLA_INFO_KIND, LINK_KIND, sizeof(LINK_KIND));
		nest->nla_len = buf + len - (char *)nest;
		nlh->nlmsg_len = len;
		codec_barrier(buf);

		if (nlh->nlmsg_len < NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(*ifi)) ||
		    raw_walk(buf + NLMSG_HDRLEN + NLMSG_ALIGN(sizeof(*ifi)), buf + nlh->nlmsg_len,
			     raw_link, &seen) < 0)
			return -EINVAL;
		sum += link_sum(&seen);
	}
	*check = sum;
	return now_ns() - start;
}

/*
 * Functions that do nothing, with the shapes of the calls nlrt makes most:
 * an FFI's own cost per call (bench/node_ffi.ts compares Node's FFIs).
 */
int nlrt_c_nop0(void)
{
	return 0;
}

int nlrt_c_nop_sendto(int fd, const void *buf, size_t n, int flags, const void *to,
		      unsigned int tolen)
{
	return fd + (int)n + flags + (int)tolen + (buf != NULL) + (to != NULL);
}

/*
 * The user-space work of nlrt_c_echo_coalesced alone, without its two
 * system calls: `iterations` messages, `batch` at a time, each batch
 * written afresh into txbuf as there (COALESCE, then the ECHOs with their
 * zeroed payloads), then its answers walked and checked as there, in a
 * datagram of `batch` ECHO answers and NLMSG_DONE laid out once. It needs
 * no module (it runs natively and in the VM alike): it shows what C spends
 * per message besides the kernel's work, for the coalesced rows.
 */
long long nlrt_c_coalesced_work(int len, int batch, long long iterations)
{
	static char answers[1 << 16] __attribute__((aligned(4)));
	size_t space = NLMSG_SPACE(len), alen = 0;
	unsigned int seq = 0;
	long long start;

	if (batch < 1 || (size_t)(batch + 1) * space > sizeof(txbuf) ||
	    (size_t)batch * space + NLMSG_SPACE(4) > sizeof(answers))
		return -EINVAL;
	for (int i = 0; i < batch; i++) {
		struct nlmsghdr *a = (struct nlmsghdr *)(answers + alen);

		memset(a, 0, space);
		a->nlmsg_len = NLMSG_LENGTH(len);
		a->nlmsg_type = NLRT_TEST_MSG_ECHO;
		a->nlmsg_seq = (unsigned int)i + 2;
		alen += space;
	}
	{
		struct nlmsghdr *d = (struct nlmsghdr *)(answers + alen);

		memset(d, 0, NLMSG_SPACE(4));
		d->nlmsg_len = NLMSG_LENGTH(4);
		d->nlmsg_type = NLMSG_DONE;
		d->nlmsg_seq = 1;
		alen += NLMSG_SPACE(4);
	}
	start = now_ns();
	for (long long done = 0; done < iterations; done += batch) {
		struct nlmsghdr *nlh = (struct nlmsghdr *)answers;
		int left = (int)alen, finished = 0;
		unsigned int expect = 2;

		write_coalesced_batch(len, batch, &seq);
		codec_barrier(txbuf);
		for (; NLMSG_OK(nlh, left); nlh = NLMSG_NEXT(nlh, left)) {
			if (nlh->nlmsg_type == NLMSG_DONE && nlh->nlmsg_seq == 1) {
				finished = 1;
				break;
			}
			if (nlh->nlmsg_type != NLRT_TEST_MSG_ECHO || nlh->nlmsg_seq != expect++)
				return -EPROTO;
		}
		if (!finished || expect != (unsigned int)batch + 2)
			return -EPROTO;
		codec_barrier(answers);
	}
	return now_ns() - start;
}
