/**
 * The run-time description of a netlink family, as the generator writes it
 * into each generated module (`src/families/*.ts`) from the family's YNL
 * spec: constants, structs, attribute sets, sub-messages, operations and
 * multicast groups, with the spec's own names. The typed views and encoders
 * of a generated module do not need it; the JSON codec (`toJSON()`, the
 * `nlrt` command line) and the clients read it.
 *
 * @module
 */

/** The three YNL protocols. */
export type Protocol = "genetlink" | "genetlink-legacy" | "netlink-raw";

/** Scalar types with a fixed size. */
export type FixedScalar = "u8" | "u16" | "u32" | "u64" | "s8" | "s16" | "s32" | "s64";

/** Every attribute type of YNL that carries a value (`pad` and `unused` do not). */
export type AttrType =
  | FixedScalar
  | "uint"
  | "sint"
  | "string"
  | "binary"
  | "flag"
  | "nest"
  | "indexed-array"
  | "nest-type-value"
  | "bitfield32"
  | "sub-message"
  | "pad"
  | "unused";

/** Display hints: how binary values and numbers are shown as text. */
export type DisplayHint = "mac" | "ipv4" | "ipv6" | "hex" | "uuid";

/** An enum or flags definition. */
export interface EnumSchema {
  /** `"enum"`: values; `"flags"`: bit masks. */
  kind: "enum" | "flags";
  /** Entry names by value (for flags: by mask). */
  entries: Record<string, number>;
}

/** One member of a struct. */
export interface MemberSchema {
  /** The spec's name. */
  name: string;
  /** The property name in TypeScript (camelCase). */
  key: string;
  /** Member type (`pad` members are skipped bytes). */
  type: FixedScalar | "binary" | "pad" | "string";
  /** Offset in the struct. */
  offset: number;
  /** Size in bytes. */
  size: number;
  /** Network byte order. */
  bigEndian?: boolean;
  /** Enum or flags definition decoding the value. */
  enum?: string;
  /** The enum is read as flags. */
  asFlags?: boolean;
  /** How to show the value as text. */
  hint?: DisplayHint;
  /** A binary member holding another struct. */
  struct?: string;
}

/** A struct definition (fixed headers, binary attributes). */
export interface StructSchema {
  /** Size in bytes. */
  size: number;
  /** Members in order. */
  members: MemberSchema[];
}

/** One attribute of an attribute set. */
export interface AttrSchema {
  /** The spec's name. */
  name: string;
  /** The property name in TypeScript (camelCase). */
  key: string;
  /** The attribute's type number (`nla_type`). */
  value: number;
  /** The attribute's type. */
  type: AttrType;
  /** May repeat (`multi-attr`): the value is an array. */
  multi?: boolean;
  /** Network byte order. */
  bigEndian?: boolean;
  /** Nested attribute set (`nest`, `indexed-array` of nests, `nest-type-value`). */
  nested?: string;
  /** A struct held in a binary value. */
  struct?: string;
  /** Item type of an `indexed-array`, or element type of a binary C array. */
  subType?: string;
  /** Enum or flags definition decoding the value. */
  enum?: string;
  /** The enum is read as flags. */
  asFlags?: boolean;
  /** How to show the value as text. */
  hint?: DisplayHint;
  /** Sub-message definition of a `sub-message` attribute. */
  subMessage?: string;
  /** Name of the attribute whose value selects the sub-message format. */
  selector?: string;
  /** Names of the levels of a `nest-type-value` attribute. */
  typeValue?: string[];
  /** A fixed header before the nested attributes (an nlrt extension, for veth's peer). */
  fixedHeader?: string;
}

/** An attribute set. */
export interface AttrSetSchema {
  /** Attributes in the spec's order. */
  attrs: AttrSchema[];
}

/** One format of a sub-message. */
export interface SubMessageFormat {
  /** Fixed header before the attributes, if any. */
  fixedHeader?: string;
  /** Attribute set of the format, if any. */
  attrSet?: string;
}

/** One direction of an operation. */
export interface OpMessage {
  /** The message type or command number. */
  value: number;
  /** Names of the attributes (and fixed-header fields) the message carries. */
  attrs: string[];
  /** The payload is opaque bytes, not attributes (`raw-payload`, an nlrt extension). */
  raw?: boolean;
}

/** An operation of the family. */
export interface OpSchema {
  /** The spec's name. */
  name: string;
  /** Attribute set of its messages. */
  attrSet: string;
  /** Fixed header of its messages, if any. */
  fixedHeader?: string;
  /** The `do` request and reply. */
  do?: { request?: OpMessage; reply?: OpMessage };
  /** The `dump` request and reply. */
  dump?: { request?: OpMessage; reply?: OpMessage };
  /** A notification: its message value, shaped as another operation's reply. */
  notify?: { value: number; shapeOf: string };
  /** An event with its own attributes. */
  event?: OpMessage;
  /** Multicast group of the notification or event. */
  mcgrp?: string;
}

/** A whole family. */
export interface FamilySchema {
  /** The family's name (`"rt-link"`, `"netdev"`). */
  name: string;
  /** Its protocol. */
  protocol: Protocol;
  /** The netlink protocol number (`netlink-raw`), else `NETLINK_GENERIC`. */
  protonum: number;
  /** The `genlmsghdr.version` to send (generic netlink). */
  version: number;
  /** Enums and flags by name. */
  enums: Record<string, EnumSchema>;
  /** Structs by name. */
  structs: Record<string, StructSchema>;
  /** Attribute sets by name. */
  attrSets: Record<string, AttrSetSchema>;
  /** Sub-messages by name: formats by selector value. */
  subMessages: Record<string, Record<string, SubMessageFormat>>;
  /** Operations. */
  ops: OpSchema[];
  /** Multicast groups: their numbers for `netlink-raw`, `-1` when resolved by name. */
  mcastGroups: Record<string, number>;
}

/** Sizes of the fixed-size scalar types. */
export const SCALAR_SIZE: Readonly<Record<FixedScalar, number>> = {
  u8: 1,
  u16: 2,
  u32: 4,
  u64: 8,
  s8: 1,
  s16: 2,
  s32: 4,
  s64: 8,
};
