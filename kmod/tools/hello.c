// SPDX-License-Identifier: GPL-2.0
/*
 * hello: say HELLO to the nlrt_test module and print its answer.
 *
 *   $ hello [PROTO]
 *   send kernel:hello netlink!!
 *   from kernel:hello users!!!
 */
#include <errno.h>
#include <linux/netlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "uapi/nlrt_test.h"

#define BUF_SIZE 8192

static int fail(const char *what)
{
	fprintf(stderr, "hello: %s: %s\n", what, strerror(errno));
	return 1;
}

int main(int argc, char **argv)
{
	static const char text[] = "hello netlink!!";
	int proto = argc > 1 ? atoi(argv[1]) : NLRT_TEST_PROTO;
	struct sockaddr_nl local = { .nl_family = AF_NETLINK };
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	socklen_t addrlen = sizeof(local);
	union {
		struct nlmsghdr nlh;
		char buf[BUF_SIZE];
	} u;
	struct nlmsghdr *nlh = &u.nlh;
	const char *reply;
	size_t text_len = strlen(text);
	ssize_t n;
	int fd;

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, proto);
	if (fd < 0) {
		if (errno == EPROTONOSUPPORT) {
			fprintf(stderr,
				"hello: netlink protocol %d is not served: the nlrt_test module is not loaded.\n"
				"Load it with 'insmod kmod/nlrt_test.ko' (see kmod/README.md), or run\n"
				"this program under 'kmod/vm/run -- ...'.\n",
				proto);
			return 1;
		}
		return fail("socket");
	}

	/* nl_pid 0: the kernel picks a free port id. */
	if (bind(fd, (struct sockaddr *)&local, sizeof(local)) < 0)
		return fail("bind");
	if (getsockname(fd, (struct sockaddr *)&local, &addrlen) < 0)
		return fail("getsockname");

	memset(&u, 0, sizeof(u));
	nlh->nlmsg_len = NLMSG_LENGTH(text_len);
	nlh->nlmsg_type = NLRT_TEST_MSG_HELLO;
	nlh->nlmsg_flags = NLM_F_REQUEST;
	nlh->nlmsg_seq = 1;
	nlh->nlmsg_pid = local.nl_pid;
	memcpy(NLMSG_DATA(nlh), text, text_len);

	if (sendto(fd, nlh, nlh->nlmsg_len, 0, (struct sockaddr *)&kernel,
		   sizeof(kernel)) < 0)
		return fail("sendto");
	printf("send kernel:%s\n", text);

	n = recv(fd, u.buf, sizeof(u.buf), 0);
	if (n < 0)
		return fail("recv");
	if (!NLMSG_OK(nlh, n)) {
		fprintf(stderr, "hello: truncated reply (%zd bytes)\n", n);
		return 1;
	}
	if (nlh->nlmsg_type == NLMSG_ERROR) {
		struct nlmsgerr *e = NLMSG_DATA(nlh);

		if (nlh->nlmsg_len < NLMSG_LENGTH(sizeof(*e))) {
			fprintf(stderr, "hello: truncated error message\n");
			return 1;
		}
		errno = -e->error;
		return fail("kernel answered");
	}
	if (nlh->nlmsg_type != NLRT_TEST_MSG_HELLO || nlh->nlmsg_seq != 1 ||
	    nlh->nlmsg_pid != local.nl_pid) {
		fprintf(stderr, "hello: unexpected reply type %u seq %u pid %u\n",
			nlh->nlmsg_type, nlh->nlmsg_seq, nlh->nlmsg_pid);
		return 1;
	}
	reply = NLMSG_DATA(nlh);
	if (nlh->nlmsg_len - NLMSG_HDRLEN == 0 ||
	    reply[nlh->nlmsg_len - NLMSG_HDRLEN - 1] != '\0') {
		fprintf(stderr, "hello: reply is not a NUL-terminated string\n");
		return 1;
	}
	printf("from kernel:%s\n", reply);
	close(fd);
	return 0;
}
