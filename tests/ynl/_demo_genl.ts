// Generated from tests/ynl/fixture_genl.yaml (this repository) by scripts/ynl/gen.ts (npm run gen): do not edit.
/**
 * The demo-genl netlink family (genetlink-legacy), generated from its YNL spec.
 *
 * A generic netlink family for the generator's tests.
 *
 * @module
 */
import type { Message } from "../../src/codec/message.ts";
import type { MessageWriter } from "../../src/codec/writer.ts";
import { AttrView, StructView } from "../../src/ynl/view.ts";
import { putUint } from "../../src/ynl/encode.ts";
import { decodeValues, sideBySide } from "../../src/ynl/json.ts";
import type { FamilySchema } from "../../src/ynl/schema.ts";
import {
  type ClientOptions,
  connect,
  type DoOptions,
  type Dump,
  FamilyClient,
  type Notification,
} from "../../src/ynl/client.ts";
import type { WaitOptions } from "../../src/socket/options.ts";

/** Commands (`genlmsghdr.cmd`) of the requests, by operation. */
export const Requests = {
  add: 5,
  get: 6,
} as const;

/** Commands (`genlmsghdr.cmd`) of the replies, notifications and events, by operation. */
export const Replies = {
  get: 6,
  addNtf: 7,
} as const;

/** Fields of struct user-hdr, for requests (absent fields are 0). */
export interface UserHdrFields {
  /** id: u32. */
  id?: number;
}

/**
 * struct user-hdr
 *
 * A view of the struct, read and written in place (4 bytes).
 */
export class UserHdr extends StructView {
  /** Size of the struct in bytes. */
  static readonly SIZE = 4;
  constructor() {
    super(4);
  }
  /** id: u32. */
  get id(): number {
    return this.$dv.getUint32(this.$o + 0, true);
  }
  set id(v: number) {
    this.$dv.setUint32(this.$o + 0, v, true);
  }
  /**
   * Writes fields into a zeroed struct at `at`.
   *
   * @param dv The buffer's view.
   * @param at Offset of the struct.
   * @param v The fields; absent ones stay 0.
   */
  static write(dv: DataView, at: number, v: UserHdrFields): void {
    if (v.id !== undefined) dv.setUint32(at + 0, v.id, true);
  }
  /** The fields as a plain object the caller owns. @returns A new object. */
  toObject(): UserHdrFields {
    return {
      id: this.id,
    };
  }
}

/** Attribute type numbers of things. */
export const Things = {
  id: 3,
  count: 4,
  label: 5,
} as const;

/** The attributes of things as a plain object (requests, `toObject()`). */
export interface ThingsValues {
  /** id: u32 (type 3). */
  id?: number;
  /** count: uint (type 4). */
  count?: bigint | number;
  /** label: string (type 5). */
  label?: string;
}

/**
 * The things attribute set.
 *
 * A view of the attributes, read in place; absent ones read `undefined`.
 */
export class ThingsView extends AttrView {
  constructor() {
    super(5);
  }
  /** id: u32 (type 3). */
  get id(): number | undefined {
    return this.$u32(3);
  }
  /** count: uint (type 4). */
  get count(): bigint | undefined {
    return this.$auto(4, false);
  }
  /** label: string (type 5). */
  get label(): string | undefined {
    return this.$str(5);
  }
  /** The attributes as a plain object the caller owns. @returns A new object. */
  toObject(): ThingsValues {
    return decodeValues(schema, "things", this, false) as ThingsValues;
  }
  /** The attributes with the spec's names, as the `nlrt` command line prints them. @returns A new object. */
  toJSON(): Record<string, unknown> {
    return decodeValues(schema, "things", this, true);
  }
}

/**
 * Writes the attributes of things present in `v`, in the spec's order.
 *
 * @param w The writer, inside an open message or nest.
 * @param v The attributes.
 * @throws {RangeError} When a value breaks the spec's checks or does not fit.
 */
export function writeThings(w: MessageWriter, v: ThingsValues): void {
  if (v.id !== undefined) w.putU32(3, v.id);
  if (v.count !== undefined) putUint(w, 4, v.count);
  if (v.label !== undefined) w.putString(5, v.label);
}

/** A message of demo-genl read in place: its fixed header `userHdr` and the things attributes. */
export class ThingsMessage extends ThingsView {
  /** The fixed header, read and written in place. */
  readonly userHdr = new UserHdr();
  /**
   * Points the view at a message of the family (a view; see its lifetime).
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    const at = m.payloadOffset;
    this.userHdr.reset(m.view, at + 4, m.payloadLength - 4);
    const start = at + 8;
    const end = m.offset + m.length;
    return this.reset(m.buffer, start < end ? start : end, end, m.view);
  }
  /** The message's command (`genlmsghdr.cmd`). */
  get cmd(): number {
    return this.view.getUint8(this.start - 8);
  }
  /** The header and attributes as a plain object the caller owns. @returns A new object. */
  override toObject(): ThingsValues & { userHdr: UserHdrFields } {
    return { userHdr: this.userHdr.toObject(), ...super.toObject() };
  }
  /** Header fields and attributes side by side, with the spec's names. @returns A new object. */
  override toJSON(): Record<string, unknown> {
    return sideBySide(decodeValues(schema, "user-hdr", this.userHdr, true), super.toJSON());
  }
}

/** The request of add (do): Adds a thing. */
export type AddRequest = Pick<ThingsValues, "id" | "count" | "label"> & { userHdr?: UserHdrFields };

/**
 * Writes a add do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_ACK`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeAdd(w: MessageWriter, req: AddRequest, flags = 0x5, type: number): number {
  w.begin(type, flags);
  const g = w.reserve(8);
  w.view.setUint8(g, 5);
  w.view.setUint8(g + 1, 2);
  const h = req.userHdr;
  if (h !== undefined) {
    const dv = w.view;
    if (h.id !== undefined) dv.setUint32(g + 4 + 0, h.id, true);
  }
  const v = req;
  if (v.id !== undefined) w.putU32(3, v.id);
  if (v.count !== undefined) putUint(w, 4, v.count);
  if (v.label !== undefined) w.putString(5, v.label);
  return w.end();
}

/** The request of get (do). */
export type GetRequest = Pick<ThingsValues, "id"> & { userHdr?: UserHdrFields };

/**
 * Writes a get do request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeGet(w: MessageWriter, req: GetRequest, flags = 0x1, type: number): number {
  w.begin(type, flags);
  const g = w.reserve(8);
  w.view.setUint8(g, 6);
  w.view.setUint8(g + 1, 2);
  const h = req.userHdr;
  if (h !== undefined) {
    const dv = w.view;
    if (h.id !== undefined) dv.setUint32(g + 4 + 0, h.id, true);
  }
  const v = req;
  if (v.id !== undefined) w.putU32(3, v.id);
  return w.end();
}

/** The request of get (dump). */
export type GetDumpRequest = { userHdr?: UserHdrFields };

/**
 * Writes a get dump request as one message (header, then attributes).
 *
 * @param w The writer; the message is begun and ended in it.
 * @param req The request.
 * @param flags `nlmsg_flags`; default `NLM_F_REQUEST | NLM_F_DUMP`.
 * @param type The family id (the client resolves it by name).
 * @returns The message's length.
 */
export function encodeGetDump(
  w: MessageWriter,
  req: GetDumpRequest,
  flags = 0x301,
  type: number,
): number {
  w.begin(type, flags);
  const g = w.reserve(8);
  w.view.setUint8(g, 6);
  w.view.setUint8(g + 1, 2);
  const h = req.userHdr;
  if (h !== undefined) {
    const dv = w.view;
    if (h.id !== undefined) dv.setUint32(g + 4 + 0, h.id, true);
  }
  return w.end();
}

/**
 * A client of the demo-genl family: one method per operation, over one socket.
 *
 * A generic netlink family for the generator's tests.
 *
 * Replies are views valid until the client receives again; call
 * `toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.
 *
 * @example
 * ```ts
 * import { DemoGenlClient } from "./demo-genl.ts";
 * using client = DemoGenlClient.open();
 * ```
 */
export class DemoGenlClient extends FamilyClient {
  #ThingsMessage = new ThingsMessage();

  /**
   * Opens a socket for the family and resolves the family by name.
   *
   * @param options Socket options, or an open socket to use.
   * @returns The client.
   * @throws {KernelError} `ENOENT` when the family is not registered (its module is not loaded).
   */
  static open(options: ClientOptions = {}): DemoGenlClient {
    return new DemoGenlClient(connect(schema, options));
  }
  /**
   * Adds a thing..
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`).
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  add(req: AddRequest = {}, options: DoOptions = {}): void {
    this.$ack(encodeAdd, req, this.familyId, options);
  }
  /**
   * Adds a thing., without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  addAsync(req: AddRequest = {}, options: DoOptions = {}): Promise<void> {
    return this.$ackAsync(encodeAdd, req, this.familyId, options);
  }
  /**
   * get.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`.
   * @returns The reply, a view valid until the client receives again.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  get(req: GetRequest = {}, options: DoOptions = {}): ThingsMessage {
    return this.$do(encodeGet, req, this.familyId, options, this.#ThingsMessage);
  }
  /**
   * get, without blocking the event loop.
   *
   * @param req The request.
   * @param options Extra `nlmsg_flags`, `signal`, `timeout`.
   * @returns The reply, over its own copy of the bytes.
   * @throws {KernelError} When the kernel refuses, with its extended-ack text.
   */
  getAsync(req: GetRequest = {}, options: DoOptions = {}): Promise<ThingsMessage> {
    return this.$doAsync(encodeGet, req, this.familyId, options, new ThingsMessage());
  }
  /**
   * get (dump).
   *
   * @param req The dump request.
   * @param options `signal` and `timeout` of asynchronous waits.
   * @returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.
   * @throws {KernelError} When the kernel refuses the dump.
   */
  getDump(req: GetDumpRequest = {}, options: WaitOptions = {}): Dump<ThingsMessage> {
    return this.$dump(encodeGetDump, req, this.familyId, this.#ThingsMessage, options);
  }
  /**
   * Joins a multicast group of the family by name.
   *
   * @param group `"things"`.
   * @throws {RangeError} When the family has no such group.
   */
  subscribe(group: "things"): void {
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
  ): AsyncIterableIterator<Notification<"add" | "get" | "add-ntf", ThingsMessage>> {
    return this.$notifications(options, (name) => {
      switch (name) {
        case "add":
        case "get":
        case "add-ntf":
          return this.#ThingsMessage;
      }
      return undefined;
    }) as AsyncIterableIterator<Notification<"add" | "get" | "add-ntf", ThingsMessage>>;
  }
}

export { AttrView, StructView } from "../../src/ynl/view.ts";
export { FamilyClient } from "../../src/ynl/client.ts";
export type { ClientOptions, DoOptions, Dump, Notification } from "../../src/ynl/client.ts";
export type { FamilySchema } from "../../src/ynl/schema.ts";
export type { Message } from "../../src/codec/message.ts";
export type { MessageWriter } from "../../src/codec/writer.ts";
export type { WaitOptions } from "../../src/socket/options.ts";

/** The demo-genl family as data: names, numbers and types, for the JSON codec. */
export const schema: FamilySchema = {
  "name": "demo-genl",
  "protocol": "genetlink-legacy",
  "protonum": 16,
  "version": 2,
  "enums": {},
  "structs": {
    "user-hdr": {
      "size": 4,
      "members": [
        {
          "name": "id",
          "key": "id",
          "type": "u32",
          "offset": 0,
          "size": 4,
        },
      ],
    },
  },
  "attrSets": {
    "things": {
      "attrs": [
        {
          "name": "id",
          "key": "id",
          "value": 3,
          "type": "u32",
        },
        {
          "name": "count",
          "key": "count",
          "value": 4,
          "type": "uint",
        },
        {
          "name": "label",
          "key": "label",
          "value": 5,
          "type": "string",
        },
      ],
    },
  },
  "subMessages": {},
  "ops": [
    {
      "name": "add",
      "attrSet": "things",
      "fixedHeader": "user-hdr",
      "do": {
        "request": {
          "value": 5,
          "attrs": [
            "id",
            "count",
            "label",
          ],
        },
      },
    },
    {
      "name": "get",
      "attrSet": "things",
      "fixedHeader": "user-hdr",
      "do": {
        "request": {
          "value": 6,
          "attrs": [
            "id",
          ],
        },
        "reply": {
          "value": 6,
          "attrs": [
            "id",
            "count",
            "label",
          ],
        },
      },
      "dump": {
        "request": {
          "value": 6,
          "attrs": [],
        },
        "reply": {
          "value": 6,
          "attrs": [
            "id",
            "count",
            "label",
          ],
        },
      },
    },
    {
      "name": "add-ntf",
      "attrSet": "things",
      "fixedHeader": "user-hdr",
      "mcgrp": "things",
      "notify": {
        "value": 7,
        "shapeOf": "get",
      },
    },
  ],
  "mcastGroups": {
    "things": -1,
  },
};
