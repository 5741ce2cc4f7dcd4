/*
 * C baseline: RTM_GETLINK for ifindex 1, one sendto() and one recvfrom() per
 * round trip, as the seed's client does. Prints round trips per second.
 * Usage: getlink_rtt ITERATIONS
 */
#include <errno.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long iterations = argc > 1 ? atol(argv[1]) : 100000;
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK };
	struct {
		struct nlmsghdr nlh;
		struct ifinfomsg ifi;
	} req;
	static char buf[65536];
	struct timespec t0, t1;
	int fd;

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (fd < 0 || bind(fd, (struct sockaddr *)&kernel, sizeof(kernel)) < 0) {
		perror("socket/bind");
		return 1;
	}
	memset(&req, 0, sizeof(req));
	req.nlh.nlmsg_len = sizeof(req);
	req.nlh.nlmsg_type = RTM_GETLINK;
	req.nlh.nlmsg_flags = NLM_F_REQUEST;
	req.ifi.ifi_index = 1;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (long i = 0; i < iterations; i++) {
		struct nlmsghdr *nlh = (struct nlmsghdr *)buf;
		ssize_t n;

		req.nlh.nlmsg_seq = (unsigned int)i + 1;
		if (sendto(fd, &req, sizeof(req), 0, (struct sockaddr *)&kernel,
			   sizeof(kernel)) < 0) {
			perror("sendto");
			return 1;
		}
		n = recvfrom(fd, buf, sizeof(buf), 0, NULL, NULL);
		if (n < (ssize_t)sizeof(*nlh) || nlh->nlmsg_seq != req.nlh.nlmsg_seq ||
		    nlh->nlmsg_type != RTM_NEWLINK) {
			fprintf(stderr, "bad reply\n");
			return 1;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
	printf("%.0f\n", iterations / s);
	close(fd);
	return 0;
}
