/**
 * Options for opening a {@linkcode NetlinkSocket} and for its waits.
 *
 * @module
 */

/** How to open and configure a netlink socket. */
export interface SocketOptions {
  /** Port id to bind (`nl_pid`); 0 or absent lets the kernel assign one. */
  portId?: number;
  /** Multicast groups to join at once (group numbers, not a bit mask). */
  groups?: readonly number[];
  /** Size in bytes of the user-space receive and send buffers; default 65536. */
  bufferSize?: number;
  /** Datagrams per batch receive (`receiveMany`, `recvmmsg`); default 64. */
  batchSize?: number;
  /** Kernel receive queue size (`SO_RCVBUF`), in bytes. */
  rcvbuf?: number;
  /** Kernel send queue size (`SO_SNDBUF`), in bytes. */
  sndbuf?: number;
  /** Set `rcvbuf`/`sndbuf` with `SO_RCVBUFFORCE`/`SO_SNDBUFFORCE` (needs CAP_NET_ADMIN). */
  forceBufferSizes?: boolean;
  /** `NETLINK_EXT_ACK`: ask for error text and offsets; default true. */
  extAck?: boolean;
  /** `NETLINK_CAP_ACK`: acks do not echo the request's payload; default false. */
  capAck?: boolean;
  /** `NETLINK_GET_STRICT_CHK`: strict checking of dump requests; default false. */
  strictCheck?: boolean;
  /** `NETLINK_NO_ENOBUFS`: never report receive queue overruns; default false. */
  noENOBUFS?: boolean;
  /** Blocking receives fail with `TimeoutError` after this many ms (`SO_RCVTIMEO`); 0 waits forever. */
  timeout?: number;
}

/** Options of an asynchronous wait. */
export interface WaitOptions {
  /** Ends the wait with the signal's reason when it aborts. */
  signal?: AbortSignal;
  /** Ends the wait with a `TimeoutError` after this many ms. */
  timeout?: number;
}

/** Options of `requestAsync()`. */
export interface RequestOptions extends WaitOptions {
  /** Destination port id; 0 (default) is the kernel. */
  to?: number;
}

/** Options of `messages()`. */
export interface MessagesOptions extends WaitOptions {
  /**
   * Called when the receive queue overflowed (`ENOBUFS`) and messages were
   * lost; the stream goes on. Without it, the stream throws `OverrunError`
   * (the socket stays usable).
   */
  onOverrun?: (error: import("../errors.ts").OverrunError) => void;
}
