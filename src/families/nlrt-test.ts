// Generated from kmod/nlrt_test.yaml (this repository) by scripts/ynl/gen.ts (npm run gen): do not edit.
/**
 * The nlrt-test netlink family (netlink-raw, protocol 30), generated from its YNL spec.
 *
 * The nlrt kernel test module: one kernel netlink socket per network
 * namespace on protocol 30 (module parameter "proto"), answering HELLO,
 * ECHO, MCAST, STATS and COALESCE. Answers carry the request's sequence
 * number and go to the requester's port id, in the order of the requests;
 * NLM_F_ACK is honoured; a failed request gets NLMSG_ERROR with an
 * extended-ack message. MCAST needs CAP_NET_ADMIN; the rest need no
 * privilege, and any process may subscribe to the events group.
 *
 * @module
 */
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import { AttrView } from "../ynl/view.ts";
import { checkLength, checkRange, payloadBytes } from "../ynl/encode.ts";
import { RawMessage } from "../ynl/raw.ts";
import { decodeValues } from "../ynl/json.ts";
import type { FamilySchema } from "../ynl/schema.ts";
import {
  type ClientOptions,
  connect,
  type DoOptions,
  FamilyClient,
  type Notification,
} from "../ynl/client.ts";
import type { WaitOptions } from "../socket/options.ts";

/** Netlink protocol number (default of the module parameter "proto"); the spec's protonum. */
export const NLRT_TEST_PROTO = 30;

/** Largest ECHO payload in bytes; a larger one is refused with EMSGSIZE. */
export const NLRT_TEST_ECHO_MAX = 65536;

/** Largest DATA attribute of a MCAST request, in bytes. */
export const NLRT_TEST_MCAST_DATA_MAX = 16384;

/** Largest COUNT of a MCAST request (1 << 20). */
export const NLRT_TEST_MCAST_COUNT_MAX = 1048576;

/** The payload of a HELLO reply, without its terminating NUL (15 bytes with it). */
export const NLRT_TEST_HELLO_REPLY = "hello users!!!";

/** Smallest DGRAM_SIZE of a COALESCE request, in bytes. */
export const NLRT_TEST_DGRAM_SIZE_MIN = 256;

/** DGRAM_SIZE when a COALESCE request has none, in bytes. */
export const NLRT_TEST_DGRAM_SIZE_DEFAULT = 8192;

/** Largest DGRAM_SIZE of a COALESCE request (1 << 16), in bytes. */
export const NLRT_TEST_DGRAM_SIZE_MAX = 65536;

/** Highest multicast group number of the module. */
export const NLRT_TEST_GRP_MAX = 1;

// The C names, as in the family's uapi header.

/** Message type of hello requests. */
export const NLRT_TEST_MSG_HELLO = 16;

/** Message type of echo requests. */
export const NLRT_TEST_MSG_ECHO = 17;

/** Message type of mcast requests. */
export const NLRT_TEST_MSG_MCAST = 18;

/** Message type of stats requests. */
export const NLRT_TEST_MSG_STATS = 19;

/** Message type of coalesce requests. */
export const NLRT_TEST_MSG_COALESCE = 20;

/** Attribute unspec of attrs. */
export const NLRT_TEST_A_UNSPEC = 0;

/** Attribute data of attrs. */
export const NLRT_TEST_A_DATA = 1;

/** Attribute count of attrs. */
export const NLRT_TEST_A_COUNT = 2;

/** Attribute rx-msgs of attrs. */
export const NLRT_TEST_A_RX_MSGS = 3;

/** Attribute tx-msgs of attrs. */
export const NLRT_TEST_A_TX_MSGS = 4;

/** Attribute errors of attrs. */
export const NLRT_TEST_A_ERRORS = 5;

/** Attribute mcast-msgs of attrs. */
export const NLRT_TEST_A_MCAST_MSGS = 6;

/** Attribute tx-drops of attrs. */
export const NLRT_TEST_A_TX_DROPS = 7;

/** Attribute pad of attrs. */
export const NLRT_TEST_A_PAD = 8;

/** Attribute dgram-size of attrs. */
export const NLRT_TEST_A_DGRAM_SIZE = 9;

/** The highest attribute of attrs. */
export const NLRT_TEST_A_MAX = 9;

/** Multicast group events. */
export const NLRT_TEST_GRP_EVENTS = 1;

/** The netlink protocol number (`socket(AF_NETLINK, SOCK_RAW, PROTONUM)`). */
export const PROTONUM = 30;

/** Multicast group numbers, by name (for `join()`). */
export const McastGroups = {
  events: 1,
} as const;

/** Message types (`nlmsg_type`) of the requests, by operation. */
export const Requests = {
  hello: 16,
  echo: 17,
  mcast: 18,
  stats: 19,
  coalesce: 20,
} as const;

/** Message types (`nlmsg_type`) of the replies, notifications and events, by operation. */
export const Replies = {
  hello: 16,
  echo: 17,
  stats: 19,
  mcastEvent: 18,
} as const;

/** Attribute type numbers of attrs. */
export const Attrs = {
  unspec: 0,
  data: 1,
  count: 2,
  rxMsgs: 3,
  txMsgs: 4,
  errors: 5,
  mcastMsgs: 6,
  txDrops: 7,
  pad: 8,
  dgramSize: 9,
} as const;

/** The attributes of attrs as a plain object (requests, `toObject()`). */
export interface AttrsValues {
  /**
   * The MCAST payload.
   *
   * data: binary (type 1).
   */
  data?: Uint8Array;
  /**
   * How many MCAST broadcasts (default 1; 0 sends none).
   *
   * count: u32 (type 2).
   */
  count?: number;
  /**
   * Requests received, failed ones and COALESCE included.
   *
   * rx-msgs: u64 (type 3).
   */
  rxMsgs?: bigint | number;
  /**
   * HELLO, ECHO and STATS replies delivered (not acks, errors or NLMSG_DONE).
   *
   * tx-msgs: u64 (type 4).
   */
  txMsgs?: bigint | number;
  /**
   * Requests answered with an error (an unanswered EINTR is not).
   *
   * errors: u64 (type 5).
   */
  errors?: bigint | number;
  /**
   * Broadcast messages sent (numbered).
   *
   * mcast-msgs: u64 (type 6).
   */
  mcastMsgs?: bigint | number;
  /**
   * Messages known to be lost: replies that could not be queued at the
   * requester, plus broadcasts that a subscriber with
   * NETLINK_BROADCAST_ERROR missed (once per message).
   *
   * tx-drops: u64 (type 7).
   */
  txDrops?: bigint | number;
  /**
   * COALESCE, the largest answer datagram in bytes (at most the requester's receive buffer).
   *
   * dgram-size: u32 (type 9).
   */
  dgramSize?: number;
}

/**
 * The attrs attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class AttrsView extends AttrView {
  constructor() {
    super(9);
  }
  /**
   * The MCAST payload.
   *
   * data: binary (type 1).
   */
  get data(): Uint8Array | undefined {
    return this.$bin(1);
  }
  /**
   * How many MCAST broadcasts (default 1; 0 sends none).
   *
   * count: u32 (type 2).
   */
  get count(): number | undefined {
    return this.$u32(2);
  }
  /**
   * Requests received, failed ones and COALESCE included.
   *
   * rx-msgs: u64 (type 3).
   */
  get rxMsgs(): bigint | undefined {
    return this.$u64(3);
  }
  /**
   * HELLO, ECHO and STATS replies delivered (not acks, errors or NLMSG_DONE).
   *
   * tx-msgs: u64 (type 4).
   */
  get txMsgs(): bigint | undefined {
    return this.$u64(4);
  }
  /**
   * Requests answered with an error (an unanswered EINTR is not).
   *
   * errors: u64 (type 5).
   */
  get errors(): bigint | undefined {
    return this.$u64(5);
  }
  /**
   * Broadcast messages sent (numbered).
   *
   * mcast-msgs: u64 (type 6).
   */
  get mcastMsgs(): bigint | undefined {
    return this.$u64(6);
  }
  /**
   * Messages known to be lost: replies that could not be queued at the
   * requester, plus broadcasts that a subscriber with
   * NETLINK_BROADCAST_ERROR missed (once per message).
   *
   * tx-drops: u64 (type 7).
   */
  get txDrops(): bigint | undefined {
    return this.$u64(7);
  }
  /**
   * COALESCE, the largest answer datagram in bytes (at most the requester's receive buffer).
   *
   * dgram-size: u32 (type 9).
   */
  get dgramSize(): number | undefined {
    return this.$u32(9);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): AttrsValues {
    return decodeValues(schema, "attrs", this, false) as AttrsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "attrs", this, true);
  }
}

/**
 * Writes the attributes of attrs present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeAttrs(w: MessageWriter, v: AttrsValues): void {
  if (v.data !== undefined) {
    const b = v.data;
    checkLength("data", b.byteLength, undefined, 16384), w.putBytes(1, b);
  }
  if (v.count !== undefined) w.putU32(2, checkRange("count", v.count, undefined, 1048576));
  if (v.rxMsgs !== undefined) w.putU64(3, BigInt(v.rxMsgs));
  if (v.txMsgs !== undefined) w.putU64(4, BigInt(v.txMsgs));
  if (v.errors !== undefined) w.putU64(5, BigInt(v.errors));
  if (v.mcastMsgs !== undefined) w.putU64(6, BigInt(v.mcastMsgs));
  if (v.txDrops !== undefined) w.putU64(7, BigInt(v.txDrops));
  if (v.dgramSize !== undefined) w.putU32(9, checkRange("dgram-size", v.dgramSize, 256, 65536));
}

/** A message of nlrt-test read in place: the attrs attributes. */
export class AttrsMessage extends AttrsView {
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    const start = at + 0;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
}

/**
 * The request of hello (do): a raw payload. Text in (not necessarily NUL-terminated; the module logs it, bounded
 * and escaped); the reply's payload is "hello users!!!" and a NUL.
 */
export type HelloRequest = { payload?: Uint8Array | string };

/**
 * Writes a hello do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type `nlmsg_type`; default 16.
 * @returns The message's length.
 */
export function encodeHello(w: MessageWriter, req: HelloRequest, flags = 0x1, type = 16): number {
  w.begin(type, flags);
  if (req.payload !== undefined) w.append(payloadBytes(req.payload));
  return w.end();
}

/** The request of echo (do): a raw payload. Any 0 to echo-max bytes in; the same bytes back. Larger is EMSGSIZE. */
export type EchoRequest = { payload?: Uint8Array | string };

/**
 * Writes a echo do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type `nlmsg_type`; default 17.
 * @returns The message's length.
 */
export function encodeEcho(w: MessageWriter, req: EchoRequest, flags = 0x1, type = 17): number {
  w.begin(type, flags);
  if (req.payload !== undefined) w.append(payloadBytes(req.payload));
  return w.end();
}

/**
 * The request of mcast (do): Broadcasts DATA to the events group COUNT times, numbered in order;
 * no reply but the ack. Needs CAP_NET_ADMIN (else EPERM, checked
 * first). Missing DATA is EINVAL (the extended ack names the
 * attribute); DATA or COUNT too large is ERANGE.
 */
export type McastRequest = Pick<AttrsValues, "data" | "count">;

/**
 * Writes a mcast do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 18.
 * @returns The message's length.
 */
export function encodeMcast(w: MessageWriter, req: McastRequest, flags = 0x5, type = 18): number {
  w.begin(type, flags);
  const v = req;
  if (v.data !== undefined) {
    const b = v.data;
    checkLength("data", b.byteLength, undefined, 16384), w.putBytes(1, b);
  }
  if (v.count !== undefined) w.putU32(2, checkRange("count", v.count, undefined, 1048576));
  return w.end();
}

/**
 * The request of stats (do): The counters of the requester's network namespace (an empty request;
 * a non-empty one is EINVAL).
 */
export type StatsRequest = Record<string, never>;

/**
 * Writes a stats do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type `nlmsg_type`; default 19.
 * @returns The message's length.
 */
export function encodeStats(w: MessageWriter, req: StatsRequest, flags = 0x1, type = 19): number {
  w.begin(type, flags);
  void req;
  return w.end();
}

/**
 * The request of coalesce (do): The answers to the messages after this one, to the end of the
 * datagram, are packed back to back into as few datagrams of at most
 * DGRAM_SIZE bytes as fit, and end with NLMSG_DONE carrying this
 * request's sequence number; COALESCE itself gets no ack. Acks and
 * errors in the batch are written as with NETLINK_CAP_ACK and
 * NETLINK_EXT_ACK.
 */
export type CoalesceRequest = Pick<AttrsValues, "dgramSize">;

/**
 * Writes a coalesce do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type `nlmsg_type`; default 20.
 * @returns The message's length.
 */
export function encodeCoalesce(
  w: MessageWriter,
  req: CoalesceRequest,
  flags = 0x5,
  type = 20,
): number {
  w.begin(type, flags);
  const v = req;
  if (v.dgramSize !== undefined) w.putU32(9, checkRange("dgram-size", v.dgramSize, 256, 65536));
  return w.end();
}

/**
 * A client of the nlrt-test family: one method per operation, over one socket.
 *
 * The nlrt kernel test module: one kernel netlink socket per network
 * namespace on protocol 30 (module parameter "proto"), answering HELLO,
 * ECHO, MCAST, STATS and COALESCE. Answers carry the request's sequence
 * number and go to the requester's port id, in the order of the requests;
 * NLM_F_ACK is honoured; a failed request gets NLMSG_ERROR with an
 * extended-ack message. MCAST needs CAP_NET_ADMIN; the rest need no
 * privilege, and any process may subscribe to the events group.
 *
 * Replies are views valid until the client receives again; call
 * `toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.
 *
 * @example
 * ```ts
 * import { NlrtTestClient } from "./nlrt-test.ts";
 * using client = NlrtTestClient.open();
 * ```
 */
export class NlrtTestClient extends FamilyClient {
  #RawMessage = new RawMessage();
  #AttrsMessage = new AttrsMessage();

  /**
   * Opens a socket for the family.
   *
   * @param options Socket options, or an open socket to use.
   * @returns The client.
   * @throws {KernelError} When the kernel refuses.
   */
  static open(options: ClientOptions = {}): NlrtTestClient {
    return new NlrtTestClient(connect(schema, options));
  }
  /**
   * Text in (not necessarily NUL-terminated; the module logs it, bounded
   * and escaped); the reply's payload is "hello users!!!" and a NUL..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  hello(req: HelloRequest = {}, options: DoOptions = {}): RawMessage {
    return this.$do(encodeHello, req, 16, options, this.#RawMessage);
  }
  /**
   * Text in (not necessarily NUL-terminated; the module logs it, bounded
   * and escaped); the reply's payload is "hello users!!!" and a NUL., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  helloAsync(req: HelloRequest = {}, options: DoOptions = {}): Promise<RawMessage> {
    return this.$doAsync(encodeHello, req, 16, options, new RawMessage());
  }
  /**
   * Any 0 to echo-max bytes in; the same bytes back. Larger is EMSGSIZE..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  echo(req: EchoRequest = {}, options: DoOptions = {}): RawMessage {
    return this.$do(encodeEcho, req, 17, options, this.#RawMessage);
  }
  /**
   * Any 0 to echo-max bytes in; the same bytes back. Larger is EMSGSIZE., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  echoAsync(req: EchoRequest = {}, options: DoOptions = {}): Promise<RawMessage> {
    return this.$doAsync(encodeEcho, req, 17, options, new RawMessage());
  }
  /**
   * Broadcasts DATA to the events group COUNT times, numbered in order;
   * no reply but the ack. Needs CAP_NET_ADMIN (else EPERM, checked
   * first). Missing DATA is EINVAL (the extended ack names the
   * attribute); DATA or COUNT too large is ERANGE..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  mcast(req: McastRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeMcast, req, 18, options);
  }
  /**
   * Broadcasts DATA to the events group COUNT times, numbered in order;
   * no reply but the ack. Needs CAP_NET_ADMIN (else EPERM, checked
   * first). Missing DATA is EINVAL (the extended ack names the
   * attribute); DATA or COUNT too large is ERANGE., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  mcastAsync(req: McastRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeMcast, req, 18, options);
  }
  /**
   * The counters of the requester's network namespace (an empty request;
   * a non-empty one is EINVAL)..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  stats(req: StatsRequest = {}, options: DoOptions = {}): AttrsMessage {
    return this.$do(encodeStats, req, 19, options, this.#AttrsMessage);
  }
  /**
   * The counters of the requester's network namespace (an empty request;
   * a non-empty one is EINVAL)., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  statsAsync(req: StatsRequest = {}, options: DoOptions = {}): Promise<AttrsMessage> {
    return this.$doAsync(encodeStats, req, 19, options, new AttrsMessage());
  }
  /**
   * The answers to the messages after this one, to the end of the
   * datagram, are packed back to back into as few datagrams of at most
   * DGRAM_SIZE bytes as fit, and end with NLMSG_DONE carrying this
   * request's sequence number; COALESCE itself gets no ack. Acks and
   * errors in the batch are written as with NETLINK_CAP_ACK and
   * NETLINK_EXT_ACK..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  coalesce(req: CoalesceRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeCoalesce, req, 20, options);
  }
  /**
   * The answers to the messages after this one, to the end of the
   * datagram, are packed back to back into as few datagrams of at most
   * DGRAM_SIZE bytes as fit, and end with NLMSG_DONE carrying this
   * request's sequence number; COALESCE itself gets no ack. Acks and
   * errors in the batch are written as with NETLINK_CAP_ACK and
   * NETLINK_EXT_ACK., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  coalesceAsync(req: CoalesceRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeCoalesce, req, 20, options);
  }
  /**
   * Joins a multicast group of the family by name.
   *
   * @param group `"events"`.
   * @throws {RangeError} When the family has no such group.
   */
  subscribe(group: "events"): void {
    this.$subscribe(group);
  }
  /**
   * The notifications of the joined groups, each a view valid until the next one.
   *
   * @param options `signal` and `timeout` of the waits.
   * @returns An async iterator of notifications.
   */
  notifications(
    options: WaitOptions = {},
  ): AsyncIterableIterator<Notification<"hello" | "echo" | "mcast-event", RawMessage>> {
    return this.$notifications(options, (name) => {
      switch (name) {
        case "hello":
        case "echo":
        case "mcast-event":
          return this.#RawMessage;
      }
      return undefined;
    }) as AsyncIterableIterator<Notification<"hello" | "echo" | "mcast-event", RawMessage>>;
  }
}

export { AttrView, StructView } from "../ynl/view.ts";
export { FamilyClient } from "../ynl/client.ts";
export type { ClientOptions, DoOptions, Dump, Notification } from "../ynl/client.ts";
export type { FamilySchema } from "../ynl/schema.ts";
export type { Message } from "../codec/message.ts";
export type { MessageWriter } from "../codec/writer.ts";
export type { WaitOptions } from "../socket/options.ts";
export { RawMessage } from "../ynl/raw.ts";

/** The nlrt-test family as data: names, numbers and types, for the JSON codec. */
export const schema: FamilySchema = {
  "name": "nlrt-test",
  "protocol": "netlink-raw",
  "protonum": 30,
  "version": 1,
  "enums": {},
  "structs": {},
  "attrSets": {
    "attrs": {
      "attrs": [
        {
          "name": "unspec",
          "key": "unspec",
          "value": 0,
          "type": "unused",
        },
        {
          "name": "data",
          "key": "data",
          "value": 1,
          "type": "binary",
        },
        {
          "name": "count",
          "key": "count",
          "value": 2,
          "type": "u32",
        },
        {
          "name": "rx-msgs",
          "key": "rxMsgs",
          "value": 3,
          "type": "u64",
        },
        {
          "name": "tx-msgs",
          "key": "txMsgs",
          "value": 4,
          "type": "u64",
        },
        {
          "name": "errors",
          "key": "errors",
          "value": 5,
          "type": "u64",
        },
        {
          "name": "mcast-msgs",
          "key": "mcastMsgs",
          "value": 6,
          "type": "u64",
        },
        {
          "name": "tx-drops",
          "key": "txDrops",
          "value": 7,
          "type": "u64",
        },
        {
          "name": "pad",
          "key": "pad",
          "value": 8,
          "type": "pad",
        },
        {
          "name": "dgram-size",
          "key": "dgramSize",
          "value": 9,
          "type": "u32",
        },
      ],
    },
  },
  "subMessages": {},
  "ops": [
    {
      "name": "hello",
      "attrSet": "",
      "do": {
        "request": {
          "value": 16,
          "attrs": [],
          "raw": true,
        },
        "reply": {
          "value": 16,
          "attrs": [],
          "raw": true,
        },
      },
    },
    {
      "name": "echo",
      "attrSet": "",
      "do": {
        "request": {
          "value": 17,
          "attrs": [],
          "raw": true,
        },
        "reply": {
          "value": 17,
          "attrs": [],
          "raw": true,
        },
      },
    },
    {
      "name": "mcast",
      "attrSet": "attrs",
      "do": {
        "request": {
          "value": 18,
          "attrs": [
            "data",
            "count",
          ],
        },
      },
    },
    {
      "name": "stats",
      "attrSet": "attrs",
      "do": {
        "request": {
          "value": 19,
          "attrs": [],
        },
        "reply": {
          "value": 19,
          "attrs": [
            "rx-msgs",
            "tx-msgs",
            "errors",
            "mcast-msgs",
            "tx-drops",
          ],
        },
      },
    },
    {
      "name": "coalesce",
      "attrSet": "attrs",
      "do": {
        "request": {
          "value": 20,
          "attrs": [
            "dgram-size",
          ],
        },
      },
    },
    {
      "name": "mcast-event",
      "attrSet": "",
      "mcgrp": "events",
      "event": {
        "value": 18,
        "attrs": [],
        "raw": true,
      },
    },
  ],
  "mcastGroups": {
    "events": 1,
  },
};
