// SPDX-License-Identifier: GPL-2.0
/*
 * fuzz: throw malformed requests at the nlrt_test module, then check that
 * it still answers correctly.
 *
 *   $ fuzz [-n ITERATIONS] [-s SEED] [-p PROTO]
 *
 * Phase 1 checks the documented errors one by one (errno and extack).
 * Phase 2 sends ITERATIONS random datagrams: garbage, truncated headers,
 * lying lengths, unknown types, oversized echoes, broken attributes,
 * batches and coalesced batches, draining whatever comes back.
 * Phase 3 checks ECHO, HELLO, MCAST and STATS still work.
 * Exit status 0 means every check passed.
 */
#include <errno.h>
#include <linux/netlink.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "uapi/nlrt_test.h"

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

#define BUF_SIZE (NLRT_TEST_ECHO_MAX + 4096)

static int proto = NLRT_TEST_PROTO;
static uint64_t rng_state;
static unsigned int failures;
static uint8_t txbuf[BUF_SIZE + 8192];
static uint8_t rxbuf[BUF_SIZE + 8192];

#define CHECK(cond, ...)						\
	do {								\
		if (!(cond)) {						\
			fprintf(stderr, "fuzz: FAIL %s:%d: ", __FILE__,	\
				__LINE__);				\
			fprintf(stderr, __VA_ARGS__);			\
			fputc('\n', stderr);				\
			failures++;					\
		}							\
	} while (0)

static uint32_t rnd(void)
{
	/* xorshift64*: good enough and reproducible from the seed. */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (uint32_t)((rng_state * 0x2545F4914F6CDD1DULL) >> 32);
}

static uint32_t rnd_below(uint32_t n)
{
	return n ? rnd() % n : 0;
}

static void rnd_fill(uint8_t *p, size_t len)
{
	while (len--)
		*p++ = (uint8_t)rnd();
}

static int open_socket(uint32_t groups)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK, .nl_groups = groups };
	int one = 1, rcvbuf = 4 << 20;
	int fd;

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, proto);
	if (fd < 0) {
		fprintf(stderr, "fuzz: socket(AF_NETLINK, %d): %s%s\n", proto,
			strerror(errno),
			errno == EPROTONOSUPPORT ? " (module not loaded?)" : "");
		exit(1);
	}
	setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
	setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one));
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		perror("fuzz: bind");
		exit(1);
	}
	return fd;
}

static ssize_t send_raw(int fd, const void *buf, size_t len)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };

	return sendto(fd, buf, len, 0, (struct sockaddr *)&kernel,
		      sizeof(kernel));
}

/* Build one message at @p; returns its aligned size. */
static size_t put_msg(uint8_t *p, uint16_t type, uint16_t flags, uint32_t seq,
		      const void *payload, size_t len)
{
	struct nlmsghdr *nlh = (struct nlmsghdr *)p;

	nlh->nlmsg_len = NLMSG_LENGTH(len);
	nlh->nlmsg_type = type;
	nlh->nlmsg_flags = flags;
	nlh->nlmsg_seq = seq;
	nlh->nlmsg_pid = 0;
	if (payload && len)	/* NULL: the payload is already in place */
		memmove(NLMSG_DATA(nlh), payload, len);
	memset((uint8_t *)NLMSG_DATA(nlh) + len, 0, NLMSG_ALIGN(len) - len);
	return NLMSG_ALIGN(nlh->nlmsg_len);
}

static size_t put_attr(uint8_t *p, uint16_t type, const void *data,
		       size_t len)
{
	struct nlattr *nla = (struct nlattr *)p;

	nla->nla_len = (uint16_t)(NLA_HDRLEN + len);
	nla->nla_type = type;
	if (len)
		memcpy(p + NLA_HDRLEN, data, len);
	memset(p + NLA_HDRLEN + len, 0, NLA_ALIGN(len) - len);
	return NLA_HDRLEN + NLA_ALIGN(len);
}

/* Read and discard everything queued, without waiting. */
static void drain(int fd)
{
	while (recv(fd, rxbuf, sizeof(rxbuf), MSG_DONTWAIT) > 0 ||
	       errno == ENOBUFS)
		;
}

/* Wait up to 5 s for the message with @seq; returns it or NULL. */
static struct nlmsghdr *wait_seq(int fd, uint32_t seq, ssize_t *total)
{
	for (;;) {
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		struct nlmsghdr *nlh;
		ssize_t n;

		if (poll(&pfd, 1, 5000) <= 0)
			return NULL;
		n = recv(fd, rxbuf, sizeof(rxbuf), MSG_DONTWAIT);
		if (n < 0) {
			if (errno == ENOBUFS || errno == EAGAIN)
				continue;
			return NULL;
		}
		for (nlh = (struct nlmsghdr *)rxbuf; NLMSG_OK(nlh, n);
		     nlh = NLMSG_NEXT(nlh, n)) {
			if (nlh->nlmsg_seq == seq) {
				*total = (ssize_t)nlh->nlmsg_len;
				return nlh;
			}
		}
	}
}

/* Find the extack message (NLMSGERR_ATTR_MSG) of an error, or "". */
static const char *extack_msg(struct nlmsghdr *nlh)
{
	struct nlmsgerr *e = NLMSG_DATA(nlh);
	size_t off = sizeof(*e);
	uint8_t *base = NLMSG_DATA(nlh);
	size_t end = nlh->nlmsg_len - NLMSG_HDRLEN;

	if (!(nlh->nlmsg_flags & NLM_F_ACK_TLVS))
		return "";
	/* Without NLM_F_CAPPED the request follows the struct nlmsgerr. */
	if (!(nlh->nlmsg_flags & NLM_F_CAPPED))
		off += e->msg.nlmsg_len - NLMSG_HDRLEN;
	off = NLA_ALIGN(off);
	while (off + NLA_HDRLEN <= end) {
		struct nlattr *nla = (struct nlattr *)(base + off);

		if (nla->nla_len < NLA_HDRLEN || off + nla->nla_len > end)
			break;
		if ((nla->nla_type & NLA_TYPE_MASK) == NLMSGERR_ATTR_MSG &&
		    nla->nla_len > NLA_HDRLEN &&
		    base[off + nla->nla_len - 1] == '\0')
			return (const char *)(nla + 1);
		off += NLA_ALIGN(nla->nla_len);
	}
	return "";
}

/* Send one request and check the error (0 = ack) and extack text. */
static void expect(int fd, const char *name, const void *msg, size_t len,
		   int want_errno, const char *want_text)
{
	const struct nlmsghdr *req = msg;
	struct nlmsghdr *nlh;
	struct nlmsgerr *e;
	ssize_t total;

	drain(fd);
	if (send_raw(fd, msg, len) < 0) {
		CHECK(0, "%s: send: %s", name, strerror(errno));
		return;
	}
	nlh = wait_seq(fd, req->nlmsg_seq, &total);
	if (!nlh) {
		CHECK(0, "%s: no answer", name);
		return;
	}
	if (nlh->nlmsg_type != NLMSG_ERROR) {
		CHECK(0, "%s: got type %u, want NLMSG_ERROR", name,
		      nlh->nlmsg_type);
		return;
	}
	e = NLMSG_DATA(nlh);
	CHECK(-e->error == want_errno, "%s: errno %d (%s), want %d (%s)", name,
	      -e->error, strerror(-e->error), want_errno, strerror(want_errno));
	if (want_text)
		CHECK(strstr(extack_msg(nlh), want_text),
		      "%s: extack \"%s\", want \"%s\"", name, extack_msg(nlh),
		      want_text);
}

static void phase_errors(int fd)
{
	uint8_t attrs[64];
	uint32_t big = NLRT_TEST_MCAST_COUNT_MAX + 1, zero = 0;
	size_t n, a;

	n = put_msg(txbuf, 0x7f, NLM_F_REQUEST | NLM_F_ACK, 101, NULL, 0);
	expect(fd, "unknown type", txbuf, n, EOPNOTSUPP, "unknown message type");

	n = put_msg(txbuf, NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, 102, NULL,
		    NLRT_TEST_ECHO_MAX + 1);
	expect(fd, "echo too big", txbuf, n, EMSGSIZE, "65536");

	n = put_msg(txbuf, NLRT_TEST_MSG_MCAST, NLM_F_REQUEST | NLM_F_ACK, 103,
		    NULL, 0);
	expect(fd, "mcast without data", txbuf, n, EINVAL, "NLRT_TEST_A_DATA");

	a = put_attr(attrs, NLRT_TEST_A_DATA, "x", 1);
	a += put_attr(attrs + a, NLRT_TEST_A_COUNT, &big, sizeof(big));
	n = put_msg(txbuf, NLRT_TEST_MSG_MCAST, NLM_F_REQUEST, 104, attrs, a);
	expect(fd, "mcast count too big", txbuf, n, ERANGE, NULL);

	a = put_attr(attrs, NLRT_TEST_A_DATA, "x", 1);
	a += put_attr(attrs + a, NLRT_TEST_A_COUNT, &zero, 2);
	n = put_msg(txbuf, NLRT_TEST_MSG_MCAST, NLM_F_REQUEST, 105, attrs, a);
	expect(fd, "mcast short count", txbuf, n, EINVAL, "length");

	a = put_attr(attrs, NLRT_TEST_A_DATA, "x", 1);
	attrs[a] = 0xff;	/* trailing garbage */
	n = put_msg(txbuf, NLRT_TEST_MSG_MCAST, NLM_F_REQUEST, 106, attrs,
		    a + 1);
	expect(fd, "mcast trailing bytes", txbuf, n, EINVAL, NULL);

	a = put_attr(attrs, NLRT_TEST_A_DATA, "x", 1);
	a += put_attr(attrs + a, 200, "unknown", 7);
	a += put_attr(attrs + a, NLRT_TEST_A_COUNT, &zero, sizeof(zero));
	n = put_msg(txbuf, NLRT_TEST_MSG_MCAST, NLM_F_REQUEST | NLM_F_ACK, 107,
		    attrs, a);
	expect(fd, "mcast unknown attribute skipped", txbuf, n, 0, NULL);

	n = put_msg(txbuf, NLRT_TEST_MSG_STATS, NLM_F_REQUEST, 108, "xxxx", 4);
	expect(fd, "stats with payload", txbuf, n, EINVAL, "no payload");

	/* MCAST DATA one byte over the limit. */
	n = put_attr(txbuf + NLMSG_HDRLEN, NLRT_TEST_A_DATA, NULL, 0);
	((struct nlattr *)(txbuf + NLMSG_HDRLEN))->nla_len =
		NLA_HDRLEN + NLRT_TEST_MCAST_DATA_MAX + 1;
	memset(txbuf + NLMSG_HDRLEN + NLA_HDRLEN, 'a',
	       NLRT_TEST_MCAST_DATA_MAX + 4);
	n = put_msg(txbuf, NLRT_TEST_MSG_MCAST, NLM_F_REQUEST, 109,
		    txbuf + NLMSG_HDRLEN,
		    NLA_ALIGN(NLA_HDRLEN + NLRT_TEST_MCAST_DATA_MAX + 1));
	expect(fd, "mcast data too big", txbuf, n, ERANGE, NULL);
}

/* One random datagram of one of several kinds. */
static size_t make_garbage(uint8_t *buf, uint32_t seq)
{
	static const uint16_t types[] = {
		NLRT_TEST_MSG_HELLO, NLRT_TEST_MSG_ECHO, NLRT_TEST_MSG_MCAST,
		NLRT_TEST_MSG_STATS, 0, 1, 2, 3, 4, 0x14, 0xffff,
	};
	uint8_t attrs[512];
	struct nlmsghdr *nlh = (struct nlmsghdr *)buf;
	uint16_t type = types[rnd_below(sizeof(types) / sizeof(types[0]))];
	uint16_t flags = (uint16_t)rnd();
	size_t len, a, off;

	switch (rnd_below(9)) {
	case 0:	/* pure garbage */
		len = rnd_below(rnd_below(4) ? 64 : 4096);
		rnd_fill(buf, len);
		return len;
	case 1:	/* header with a lying length */
		len = put_msg(buf, type, flags, seq, NULL, rnd_below(64));
		rnd_fill(NLMSG_DATA(nlh), len - NLMSG_HDRLEN);
		nlh->nlmsg_len = rnd_below(4) ? rnd_below(NLMSG_HDRLEN) : rnd();
		return len;
	case 2:	/* truncated datagram */
		len = put_msg(buf, type, NLM_F_REQUEST, seq, NULL, 32);
		return rnd_below((uint32_t)len);
	case 3:	/* unknown type */
		return put_msg(buf, (uint16_t)(0x14 + rnd_below(0xffeb)),
			       NLM_F_REQUEST | NLM_F_ACK, seq, NULL, 0);
	case 4:	/* oversized or large echo */
		len = NLRT_TEST_ECHO_MAX - 8 + rnd_below(4096);
		len = put_msg(buf, NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, seq, NULL,
			      len);
		return len;
	case 5:	/* MCAST with random attributes */
		a = 0;
		while (a < sizeof(attrs) - 64 && rnd_below(4)) {
			size_t l = rnd_below(24);
			uint8_t tmp[24];

			rnd_fill(tmp, l);
			a += put_attr(attrs + a, (uint16_t)rnd_below(12), tmp, l);
			if (rnd_below(8) == 0)	/* corrupt a length */
				((struct nlattr *)(attrs + a - NLA_ALIGN(l) -
						   NLA_HDRLEN))->nla_len =
					(uint16_t)rnd();
		}
		/* Keep COUNT small so the module is not busy for long. */
		for (off = 0; off + NLA_HDRLEN <= a;) {
			struct nlattr *nla = (struct nlattr *)(attrs + off);

			if (nla->nla_len < NLA_HDRLEN || off + nla->nla_len > a)
				break;
			if (nla->nla_type == NLRT_TEST_A_COUNT &&
			    nla->nla_len == NLA_HDRLEN + 4)
				*(uint32_t *)(nla + 1) %= 16;
			off += NLA_ALIGN(nla->nla_len);
		}
		return put_msg(buf, NLRT_TEST_MSG_MCAST, NLM_F_REQUEST | flags,
			       seq, attrs, a);
	case 6:	/* HELLO with binary text */
		len = rnd_below(300);
		len = put_msg(buf, NLRT_TEST_MSG_HELLO, NLM_F_REQUEST, seq, NULL,
			      len);
		rnd_fill(NLMSG_DATA(nlh), nlh->nlmsg_len - NLMSG_HDRLEN);
		return len;
	case 7:	/* a coalesced batch: COALESCE, then messages, some broken */
		a = 0;
		if (rnd_below(4)) {
			uint32_t size = rnd_below(4) ?
				NLRT_TEST_DGRAM_SIZE_MIN + rnd_below(2048) : rnd();

			a = put_attr(attrs, NLRT_TEST_A_DGRAM_SIZE, &size,
				     rnd_below(8) ? 4 : rnd_below(5));
		}
		off = put_msg(buf, NLRT_TEST_MSG_COALESCE,
			      (uint16_t)(NLM_F_REQUEST | (rnd() & NLM_F_ACK)),
			      seq, attrs, a);
		for (a = rnd_below(60); a > 0; a--) {
			static const uint16_t batch_types[] = {
				NLRT_TEST_MSG_HELLO, NLRT_TEST_MSG_ECHO,
				NLRT_TEST_MSG_STATS, NLRT_TEST_MSG_COALESCE,
				0, 0x7e,
			};
			uint8_t tmp[300];
			size_t l = rnd_below(rnd_below(4) ? 40 : sizeof(tmp));

			rnd_fill(tmp, l);
			off += put_msg(buf + off,
				       batch_types[rnd_below(rnd_below(8) ? 3 : 6)],
				       (uint16_t)(NLM_F_REQUEST |
						  (rnd() & NLM_F_ACK)),
				       seq + (uint32_t)a, tmp, l);
		}
		if (rnd_below(4) == 0)
			off -= rnd_below(8);
		return off;
	default: /* a batch of small messages, some broken */
		off = 0;
		for (a = rnd_below(40); a > 0; a--) {
			uint8_t tmp[40];
			size_t l = rnd_below(sizeof(tmp));

			rnd_fill(tmp, l);
			off += put_msg(buf + off, types[rnd_below(5)],
				       (uint16_t)(NLM_F_REQUEST |
						  (rnd() & NLM_F_ACK)),
				       seq, tmp, l);
		}
		if (off && rnd_below(4) == 0)
			off -= rnd_below(8);
		return off;
	}
}

static void phase_random(int fd, unsigned long iterations)
{
	unsigned long i, sent = 0;

	for (i = 0; i < iterations; i++) {
		size_t len = make_garbage(txbuf, (uint32_t)(1000 + i));

		if (send_raw(fd, txbuf, len) >= 0)
			sent++;
		drain(fd);
	}
	printf("fuzz: sent %lu of %lu random datagrams\n", sent, iterations);
}

static void phase_alive(int fd)
{
	struct nlmsghdr *nlh;
	ssize_t total;
	size_t n, a, len;
	uint8_t attrs[64];
	uint32_t count = 3, first;
	int sub, i;

	/* ECHO at the largest size, byte for byte. */
	len = NLRT_TEST_ECHO_MAX;
	n = put_msg(txbuf, NLRT_TEST_MSG_ECHO, NLM_F_REQUEST, 7, NULL, len);
	rnd_fill(NLMSG_DATA((struct nlmsghdr *)txbuf), len);
	drain(fd);
	CHECK(send_raw(fd, txbuf, n) >= 0, "echo send: %s", strerror(errno));
	nlh = wait_seq(fd, 7, &total);
	CHECK(nlh && nlh->nlmsg_type == NLRT_TEST_MSG_ECHO &&
	      nlh->nlmsg_len == NLMSG_LENGTH(len) &&
	      !memcmp(NLMSG_DATA(nlh), txbuf + NLMSG_HDRLEN, len),
	      "echo of %zu bytes does not match", len);

	/* HELLO. */
	n = put_msg(txbuf, NLRT_TEST_MSG_HELLO, NLM_F_REQUEST, 8, "hi", 2);
	CHECK(send_raw(fd, txbuf, n) >= 0, "hello send: %s", strerror(errno));
	nlh = wait_seq(fd, 8, &total);
	CHECK(nlh && nlh->nlmsg_type == NLRT_TEST_MSG_HELLO &&
	      nlh->nlmsg_len == NLMSG_LENGTH(15) &&
	      !memcmp(NLMSG_DATA(nlh), NLRT_TEST_HELLO_REPLY, 15),
	      "hello reply is wrong");

	/* MCAST to a subscriber: consecutive seq, raw payload. */
	sub = open_socket(1u << (NLRT_TEST_GRP_EVENTS - 1));
	a = put_attr(attrs, NLRT_TEST_A_DATA, "event", 5);
	a += put_attr(attrs + a, NLRT_TEST_A_COUNT, &count, sizeof(count));
	n = put_msg(txbuf, NLRT_TEST_MSG_MCAST, NLM_F_REQUEST | NLM_F_ACK, 9,
		    attrs, a);
	expect(fd, "mcast", txbuf, n, 0, NULL);
	first = 0;
	for (i = 0; i < (int)count; i++) {
		struct pollfd pfd = { .fd = sub, .events = POLLIN };
		ssize_t r;

		r = poll(&pfd, 1, 5000) > 0 ?
			recv(sub, rxbuf, sizeof(rxbuf), MSG_DONTWAIT) : -1;
		nlh = (struct nlmsghdr *)rxbuf;
		if (r < 0 || !NLMSG_OK(nlh, r)) {
			CHECK(0, "mcast event %d missing", i);
			break;
		}
		if (i == 0)
			first = nlh->nlmsg_seq;
		CHECK(nlh->nlmsg_type == NLRT_TEST_MSG_MCAST &&
		      nlh->nlmsg_pid == 0 && nlh->nlmsg_flags == 0 &&
		      nlh->nlmsg_seq == first + (uint32_t)i &&
		      nlh->nlmsg_len == NLMSG_LENGTH(5) &&
		      !memcmp(NLMSG_DATA(nlh), "event", 5),
		      "mcast event %d is wrong (seq %u)", i, nlh->nlmsg_seq);
	}
	close(sub);

	/* STATS. */
	n = put_msg(txbuf, NLRT_TEST_MSG_STATS, NLM_F_REQUEST, 10, NULL, 0);
	CHECK(send_raw(fd, txbuf, n) >= 0, "stats send: %s", strerror(errno));
	nlh = wait_seq(fd, 10, &total);
	CHECK(nlh && nlh->nlmsg_type == NLRT_TEST_MSG_STATS, "no stats reply");
	if (nlh && nlh->nlmsg_type == NLRT_TEST_MSG_STATS) {
		uint8_t *p = NLMSG_DATA(nlh);
		size_t off = 0, end = nlh->nlmsg_len - NLMSG_HDRLEN;
		int seen = 0;

		printf("fuzz: stats");
		while (off + NLA_HDRLEN <= end) {
			struct nlattr *nla = (struct nlattr *)(p + off);
			uint64_t v;

			if (nla->nla_len < NLA_HDRLEN || off + nla->nla_len > end)
				break;
			if (nla->nla_type >= NLRT_TEST_A_RX_MSGS &&
			    nla->nla_type <= NLRT_TEST_A_TX_DROPS &&
			    nla->nla_len == NLA_HDRLEN + 8) {
				memcpy(&v, nla + 1, 8);
				printf(" %u=%llu", nla->nla_type,
				       (unsigned long long)v);
				seen |= 1 << nla->nla_type;
			}
			off += NLA_ALIGN(nla->nla_len);
		}
		printf("\n");
		CHECK(seen == 0xf8, "stats attributes missing (mask 0x%x)", seen);
	}
}

int main(int argc, char **argv)
{
	unsigned long iterations = 20000;
	unsigned long seed = 1;
	int fd, c;

	while ((c = getopt(argc, argv, "n:s:p:")) != -1) {
		switch (c) {
		case 'n':
			iterations = strtoul(optarg, NULL, 0);
			break;
		case 's':
			seed = strtoul(optarg, NULL, 0);
			break;
		case 'p':
			proto = atoi(optarg);
			break;
		default:
			fprintf(stderr, "usage: fuzz [-n ITERATIONS] [-s SEED] [-p PROTO]\n");
			return 2;
		}
	}
	rng_state = seed * 0x9E3779B97F4A7C15ULL + 1;

	fd = open_socket(0);
	phase_errors(fd);
	phase_random(fd, iterations);
	phase_alive(fd);
	close(fd);

	if (failures) {
		fprintf(stderr, "fuzz: %u checks failed\n", failures);
		return 1;
	}
	printf("fuzz: ok (seed %lu)\n", seed);
	return 0;
}
