/*
 * C baselines for the benchmarks, built as a shared library so that each
 * runtime can call them through FFI and interleave them, chunk by chunk,
 * with its own loop in the same process: the ratio then compares like with
 * like on a noisy machine. Each function does its whole loop in C, in the
 * seed client's style (one sendto() and one recvfrom() per message), and
 * returns the elapsed nanoseconds, or a negative errno on failure.
 */
#include <errno.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static int open_bound(int protocol)
{
	struct sockaddr_nl local = { .nl_family = AF_NETLINK };
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, protocol);

	if (fd < 0)
		return -errno;
	if (bind(fd, (struct sockaddr *)&local, sizeof(local)) < 0) {
		int err = -errno;

		close(fd);
		return err;
	}
	return fd;
}

static char rxbuf[1 << 17];

/* RTM_GETLINK for ifindex 1, `iterations` round trips. */
long long nlrt_c_getlink(long long iterations)
{
	static int fd = -1;
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct {
		struct nlmsghdr nlh;
		struct ifinfomsg ifi;
	} req;
	long long start;

	if (fd < 0)
		fd = open_bound(NETLINK_ROUTE);
	if (fd < 0)
		return fd;
	memset(&req, 0, sizeof(req));
	req.nlh.nlmsg_len = sizeof(req);
	req.nlh.nlmsg_type = RTM_GETLINK;
	req.nlh.nlmsg_flags = NLM_F_REQUEST;
	req.ifi.ifi_index = 1;
	start = now_ns();
	for (long long i = 0; i < iterations; i++) {
		struct nlmsghdr *nlh = (struct nlmsghdr *)rxbuf;
		ssize_t n;

		req.nlh.nlmsg_seq++;
		if (sendto(fd, &req, sizeof(req), 0, (struct sockaddr *)&kernel,
			   sizeof(kernel)) < 0)
			return -errno;
		n = recvfrom(fd, rxbuf, sizeof(rxbuf), 0, NULL, NULL);
		if (n < 0)
			return -errno;
		if (n < (ssize_t)sizeof(*nlh) || nlh->nlmsg_seq != req.nlh.nlmsg_seq ||
		    nlh->nlmsg_type != RTM_NEWLINK)
			return -EPROTO;
	}
	return now_ns() - start;
}
