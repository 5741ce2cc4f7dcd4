// SPDX-License-Identifier: GPL-2.0
/*
 * mcast: ask the nlrt_test module for broadcasts (MCAST needs
 * CAP_NET_ADMIN), the way a test drives concurrent or killed requesters.
 *
 *   $ mcast [-p PROTO] [-c COUNT] [-r REQUESTS] [-l LEN]
 *
 * Sends REQUESTS MCAST requests (default 1), one after the other, each for
 * COUNT broadcasts (default 1) of LEN bytes (default 16) and each acked.
 * Exit status 0 when every request was acked; 1 otherwise, with the errno
 * name and the module's extended-ack message on stderr, e.g.
 *   mcast: request 1: EPERM: MCAST needs CAP_NET_ADMIN
 */
#include <errno.h>
#include <linux/netlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "uapi/nlrt_test.h"

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif

static unsigned char txbuf[NLRT_TEST_MCAST_DATA_MAX + 256];
static unsigned char rxbuf[NLRT_TEST_MCAST_DATA_MAX + 4096];

static const char *errno_name(int err)
{
	switch (err) {
	case EPERM: return "EPERM";
	case EINVAL: return "EINVAL";
	case ERANGE: return "ERANGE";
	case ENOMEM: return "ENOMEM";
	case EINTR: return "EINTR";
	default: return strerror(err);
	}
}

/* The NLMSGERR_ATTR_MSG of an error (sent capped, with TLVs), or "". */
static const char *extack_msg(const struct nlmsghdr *nlh)
{
	const unsigned char *base = NLMSG_DATA(nlh);
	const struct nlmsgerr *e = NLMSG_DATA(nlh);
	size_t end = nlh->nlmsg_len - NLMSG_HDRLEN;
	size_t off = sizeof(*e);

	if (!(nlh->nlmsg_flags & NLM_F_ACK_TLVS))
		return "";
	if (!(nlh->nlmsg_flags & NLM_F_CAPPED))
		off += e->msg.nlmsg_len - NLMSG_HDRLEN;
	off = NLA_ALIGN(off);
	while (off + NLA_HDRLEN <= end) {
		const struct nlattr *nla = (const void *)(base + off);

		if (nla->nla_len < NLA_HDRLEN || off + nla->nla_len > end)
			break;
		if (nla->nla_type == NLMSGERR_ATTR_MSG && nla->nla_len > NLA_HDRLEN &&
		    base[off + nla->nla_len - 1] == '\0')
			return (const char *)(nla + 1);
		off += NLA_ALIGN(nla->nla_len);
	}
	return "";
}

static size_t put_attr(unsigned char *p, unsigned short type, const void *data, size_t len)
{
	struct nlattr *nla = (struct nlattr *)p;

	nla->nla_len = (unsigned short)(NLA_HDRLEN + len);
	nla->nla_type = type;
	memcpy(p + NLA_HDRLEN, data, len);
	memset(p + NLA_HDRLEN + len, 0, NLA_ALIGN(len) - len);
	return NLA_HDRLEN + NLA_ALIGN(len);
}

int main(int argc, char **argv)
{
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct sockaddr_nl local = { .nl_family = AF_NETLINK };
	struct nlmsghdr *req = (struct nlmsghdr *)txbuf;
	unsigned char data[NLRT_TEST_MCAST_DATA_MAX];
	int proto = NLRT_TEST_PROTO;
	unsigned long count = 1, requests = 1, len = 16;
	int one = 1, opt, fd;
	size_t off;

	while ((opt = getopt(argc, argv, "p:c:r:l:")) != -1) {
		switch (opt) {
		case 'p': proto = atoi(optarg); break;
		case 'c': count = strtoul(optarg, NULL, 0); break;
		case 'r': requests = strtoul(optarg, NULL, 0); break;
		case 'l': len = strtoul(optarg, NULL, 0); break;
		default:
			fprintf(stderr, "usage: mcast [-p PROTO] [-c COUNT] [-r REQUESTS] [-l LEN]\n");
			return 2;
		}
	}
	if (len > sizeof(data) || count > 0xffffffffUL) {
		fprintf(stderr, "mcast: -l is at most %zu and -c fits 32 bits\n", sizeof(data));
		return 2;
	}

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, proto);
	if (fd < 0 || setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one)) < 0 ||
	    setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof(one)) < 0 ||
	    bind(fd, (struct sockaddr *)&local, sizeof(local)) < 0) {
		fprintf(stderr, "mcast: socket on protocol %d: %s\n", proto, strerror(errno));
		return 1;
	}

	memset(data, 0xcd, len);
	off = NLMSG_HDRLEN;
	off += put_attr(txbuf + off, NLRT_TEST_A_DATA, data, len);
	off += put_attr(txbuf + off, NLRT_TEST_A_COUNT, &(unsigned int){ (unsigned int)count }, 4);
	req->nlmsg_len = (unsigned int)off;
	req->nlmsg_type = NLRT_TEST_MSG_MCAST;
	req->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	req->nlmsg_pid = 0;

	for (unsigned long r = 1; r <= requests; r++) {
		const struct nlmsghdr *nlh = (const struct nlmsghdr *)rxbuf;
		const struct nlmsgerr *e = NLMSG_DATA(nlh);
		ssize_t n;

		req->nlmsg_seq = (unsigned int)r;
		if (sendto(fd, req, req->nlmsg_len, 0, (struct sockaddr *)&kernel,
			   sizeof(kernel)) < 0) {
			fprintf(stderr, "mcast: request %lu: sendto: %s\n", r, strerror(errno));
			return 1;
		}
		n = recv(fd, rxbuf, sizeof(rxbuf), 0);
		if (n < (ssize_t)NLMSG_LENGTH(sizeof(*e)) || !NLMSG_OK(nlh, n) ||
		    nlh->nlmsg_type != NLMSG_ERROR || nlh->nlmsg_seq != r) {
			fprintf(stderr, "mcast: request %lu: no ack (%s)\n", r,
				n < 0 ? strerror(errno) : "unexpected answer");
			return 1;
		}
		if (e->error) {
			fprintf(stderr, "mcast: request %lu: %s: %s\n", r, errno_name(-e->error),
				extack_msg(nlh));
			return 1;
		}
	}
	return 0;
}
