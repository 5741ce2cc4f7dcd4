/**
 * Constants of the nlrt_test kernel module's protocol, mirroring
 * `kmod/uapi/nlrt_test.h` (the specification, with the wire layouts drawn).
 * `tests/protocol/header_test.ts` checks that both agree.
 *
 * @module
 */

/** Default netlink protocol number of the test module (module parameter `proto`). */
export const NLRT_TEST_PROTO = 30;

/** Largest ECHO payload in bytes; a larger one is refused with EMSGSIZE. */
export const NLRT_TEST_ECHO_MAX = 65536;

/** Largest `NLRT_TEST_A_DATA` attribute value in a MCAST request, in bytes. */
export const NLRT_TEST_MCAST_DATA_MAX = 16384;

/** Largest `NLRT_TEST_A_COUNT` in a MCAST request (1 << 20). */
export const NLRT_TEST_MCAST_COUNT_MAX = 1 << 20;

/** Payload of a HELLO reply, without its terminating NUL (the payload is 15 bytes with it). */
export const NLRT_TEST_HELLO_REPLY = "hello users!!!";

/** Smallest `NLRT_TEST_A_DGRAM_SIZE` of a COALESCE request, in bytes. */
export const NLRT_TEST_DGRAM_SIZE_MIN = 256;

/** `NLRT_TEST_A_DGRAM_SIZE` when a COALESCE request has none, in bytes. */
export const NLRT_TEST_DGRAM_SIZE_DEFAULT = 8192;

/** Largest `NLRT_TEST_A_DGRAM_SIZE` of a COALESCE request, in bytes (1 << 16). */
export const NLRT_TEST_DGRAM_SIZE_MAX = 1 << 16;

/** Multicast group of MCAST events (bit `1 << 0` of `nl_groups`). */
export const NLRT_TEST_GRP_EVENTS = 1;

/** Highest multicast group number of the module. */
export const NLRT_TEST_GRP_MAX = 1;

/** Message type HELLO: text in; reply "hello users!!!\0", same seq. */
export const NLRT_TEST_MSG_HELLO = 0x10;

/** Message type ECHO: 0..65536 bytes in; the same bytes back, same seq. */
export const NLRT_TEST_MSG_ECHO = 0x11;

/**
 * Message type MCAST (needs CAP_NET_ADMIN, else EPERM): attributes DATA (+ COUNT) in;
 * COUNT broadcasts of the raw DATA to group EVENTS, numbered in order.
 */
export const NLRT_TEST_MSG_MCAST = 0x12;

/** Message type STATS: empty request; reply with five u64 counter attributes, same seq. */
export const NLRT_TEST_MSG_STATS = 0x13;

/**
 * Message type COALESCE: optional attribute DGRAM_SIZE in; the answers to the rest of the
 * datagram are packed into datagrams of at most DGRAM_SIZE bytes, ending with NLMSG_DONE
 * carrying this request's seq.
 */
export const NLRT_TEST_MSG_COALESCE = 0x14;

/** Attribute type 0, never used. */
export const NLRT_TEST_A_UNSPEC = 0;

/** Attribute DATA (binary, at most 16384 bytes): the MCAST payload. */
export const NLRT_TEST_A_DATA = 1;

/** Attribute COUNT (u32, default 1, at most 1 << 20): how many MCAST broadcasts. */
export const NLRT_TEST_A_COUNT = 2;

/** Attribute RX_MSGS (u64): requests received, failed ones and COALESCE included. */
export const NLRT_TEST_A_RX_MSGS = 3;

/** Attribute TX_MSGS (u64): HELLO, ECHO and STATS replies delivered (not acks, errors or DONE). */
export const NLRT_TEST_A_TX_MSGS = 4;

/** Attribute ERRORS (u64): requests answered with an error (an unanswered EINTR is not). */
export const NLRT_TEST_A_ERRORS = 5;

/** Attribute MCAST_MSGS (u64): broadcast messages sent. */
export const NLRT_TEST_A_MCAST_MSGS = 6;

/**
 * Attribute TX_DROPS (u64): replies that could not be queued at the requester, plus broadcasts
 * that a subscriber with `NETLINK_BROADCAST_ERROR` missed (once per message). Drops at other
 * subscribers are invisible to the kernel sender: they see ENOBUFS and a seq gap.
 */
export const NLRT_TEST_A_TX_DROPS = 7;

/** Attribute PAD: padding before a u64 attribute where alignment needs it; skip it. */
export const NLRT_TEST_A_PAD = 8;

/** Attribute DGRAM_SIZE (u32, 256..65536, default 8192): COALESCE's largest answer datagram. */
export const NLRT_TEST_A_DGRAM_SIZE = 9;

/** Highest attribute type of the module. */
export const NLRT_TEST_A_MAX = 9;
