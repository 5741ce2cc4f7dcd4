/**
 * Reads a YNL spec (YAML) into the normalized model the generator writes
 * from: every value numbered as the kernel's `nlspec.py` numbers it,
 * subsets resolved, sizes computed. Every key and type is checked against
 * what the generator supports: anything else is a {@linkcode SpecError}
 * naming it and where it is, never silently dropped.
 *
 * @module
 */
import { parse } from "yaml";
import type {
  AttrSchema,
  AttrType,
  DisplayHint,
  EnumSchema,
  FamilySchema,
  MemberSchema,
  OpMessage,
  OpSchema,
  Protocol,
  StructSchema,
  SubMessageFormat,
} from "../../src/ynl/schema.ts";

/** A spec the generator cannot handle, with where in the spec. */
export class SpecError extends Error {
  /**
   * @param file The spec file.
   * @param where The path inside the spec, e.g. `attribute-sets[link-attrs].mtu`.
   * @param detail What is wrong.
   */
  constructor(file: string, where: string, detail: string) {
    super(`${file}: ${where}: ${detail}`);
    this.name = "SpecError";
  }
}

/** A constant definition (`type: const`). */
export interface ConstDef {
  /** The spec's name. */
  name: string;
  /** Its value. */
  value: number | string;
  /** Its documentation. */
  doc?: string;
}

/** An enum or flags definition, with docs. */
export interface EnumDef extends EnumSchema {
  /** The spec's name. */
  name: string;
  /** Its documentation. */
  doc?: string;
  /** Documentation per entry name. */
  docs: Record<string, string>;
}

/** A struct definition, with docs. */
export interface StructDef extends StructSchema {
  /** The spec's name. */
  name: string;
  /** Its documentation. */
  doc?: string;
  /** Documentation per member name. */
  docs: Record<string, string>;
}

/** A check on an attribute's value (`checks`). */
export interface Checks {
  /** Smallest value. */
  min?: number | bigint;
  /** Largest value. */
  max?: number | bigint;
  /** Smallest length in bytes. */
  minLen?: number;
  /** Largest length in bytes. */
  maxLen?: number;
}

/** An attribute, with what only the generator needs. */
export interface AttrDef extends AttrSchema {
  /** Its documentation. */
  doc?: string;
  /** Value checks. */
  checks?: Checks;
}

/** An attribute set, with docs. */
export interface AttrSetDef {
  /** The spec's name. */
  name: string;
  /** Its documentation. */
  doc?: string;
  /** Attributes in order. */
  attrs: AttrDef[];
  /** The highest attribute value. */
  maxType: number;
  /** `name-prefix`: the C names' prefix of its attributes (e.g. `ifla-`). */
  namePrefix?: string;
  /** `attr-max-name`: the C name of the highest attribute value. */
  attrMaxName?: string;
}

/** An operation, with docs. */
export interface OpDef extends OpSchema {
  /** Its documentation. */
  doc?: string;
}

/** A whole family, normalized. */
export interface FamilyDef {
  /** The family's name. */
  name: string;
  /** The spec file it came from (relative). */
  file: string;
  /** Its documentation. */
  doc?: string;
  /** Its protocol. */
  protocol: Protocol;
  /** The netlink protocol number. */
  protonum: number;
  /** `genlmsghdr.version`. */
  version: number;
  /** Constants. */
  consts: ConstDef[];
  /** Enums and flags, in spec order. */
  enums: EnumDef[];
  /** Structs, in spec order. */
  structs: StructDef[];
  /** Attribute sets, in spec order. */
  attrSets: AttrSetDef[];
  /** Sub-messages. */
  subMessages: Record<string, Record<string, SubMessageFormat>>;
  /** Operations. */
  ops: OpDef[];
  /** Multicast groups: numbers for netlink-raw, -1 when resolved by name. */
  mcastGroups: Record<string, number>;
  /** The family-wide fixed header, if any. */
  fixedHeader?: string;
  /** The operations' `name-prefix`: the C names' prefix of message types. */
  opsPrefix?: string;
  /** `c-define-name` of multicast groups that have one. */
  mcastCNames: Record<string, string>;
}

type Yaml = Record<string, unknown>;

const SCALARS = ["u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64"];
const ATTR_TYPES: AttrType[] = [
  ...(SCALARS as AttrType[]),
  "uint",
  "sint",
  "string",
  "binary",
  "flag",
  "nest",
  "indexed-array",
  "nest-type-value",
  "bitfield32",
  "sub-message",
  "pad",
  "unused",
];
/** Members every view has: attributes of these names get an `Attr` suffix. */
const RESERVED = new Set([
  "reset",
  "read",
  "has",
  "offsetOf",
  "buffer",
  "view",
  "start",
  "end",
  "toJSON",
  "toObject",
  "constructor",
  "size",
  "offset",
  "cmd",
]);
const HINTS: DisplayHint[] = ["mac", "ipv4", "ipv6", "hex", "uuid"];
const LIMITS: Record<string, number | bigint> = {
  "u8-max": 0xff,
  "u16-max": 0xffff,
  "u32-max": 0xffffffff,
  "u64-max": 0xffffffffffffffffn,
  "s8-min": -0x80,
  "s8-max": 0x7f,
  "s16-min": -0x8000,
  "s16-max": 0x7fff,
  "s32-min": -0x80000000,
  "s32-max": 0x7fffffff,
  "s64-min": -0x8000000000000000n,
  "s64-max": 0x7fffffffffffffffn,
};

/**
 * Keys read for the wire (handled), and keys that only shape the kernel's
 * C code or C names (accepted, with no effect on what goes on the wire).
 */
const KEYS: Record<string, { used: string[]; cOnly: string[] }> = {
  top: {
    used: [
      "name",
      "doc",
      "protocol",
      "protonum",
      "version",
      "definitions",
      "attribute-sets",
      "operations",
      "mcast-groups",
      "sub-messages",
    ],
    cOnly: [
      "uapi-header",
      "c-family-name",
      "c-version-name",
      "max-by-define",
      "cmd-max-name",
      "cmd-cnt-name",
      "kernel-policy",
      "kernel-family",
    ],
  },
  definition: {
    used: ["name", "type", "doc", "value", "value-start", "entries", "members"],
    cOnly: ["header", "scope", "render-max", "enum-name", "name-prefix", "enum-cnt-name"],
  },
  entry: { used: ["name", "value", "doc"], cOnly: [] },
  member: {
    used: [
      "name",
      "type",
      "len",
      "byte-order",
      "doc",
      "enum",
      "enum-as-flags",
      "display-hint",
      "struct",
    ],
    cOnly: [],
  },
  attrSet: {
    used: ["name", "doc", "attributes", "subset-of"],
    cOnly: ["name-prefix", "enum-name", "attr-cnt-name", "attr-max-name"],
  },
  attr: {
    used: [
      "name",
      "type",
      "doc",
      "value",
      "byte-order",
      "multi-attr",
      "nested-attributes",
      "enum",
      "enum-as-flags",
      "display-hint",
      "checks",
      "struct",
      "sub-type",
      "sub-message",
      "selector",
      "type-value",
      "fixed-header",
      "len",
    ],
    cOnly: ["name-prefix"],
  },
  checks: {
    used: ["min", "max", "min-len", "max-len", "exact-len"],
    cOnly: ["unterminated-ok", "flags-mask"],
  },
  operations: {
    used: ["list", "fixed-header", "enum-model"],
    cOnly: ["name-prefix", "enum-name", "async-prefix", "async-enum"],
  },
  op: {
    used: [
      "name",
      "doc",
      "attribute-set",
      "value",
      "do",
      "dump",
      "notify",
      "event",
      "mcgrp",
      "fixed-header",
    ],
    cOnly: ["flags", "dont-validate", "config-cond"],
  },
  opMode: { used: ["request", "reply"], cOnly: ["pre", "post"] },
  opMessage: { used: ["attributes", "value", "raw-payload"], cOnly: [] },
  event: { used: ["attributes", "raw-payload"], cOnly: [] },
  mcastList: { used: ["list"], cOnly: [] },
  mcast: { used: ["name", "value"], cOnly: ["c-define-name", "flags"] },
  subMessage: { used: ["name", "formats"], cOnly: [] },
  format: { used: ["value", "fixed-header", "attribute-set"], cOnly: [] },
};

/**
 * Turns a spec name into a camelCase property name (`ifa-local` → `ifaLocal`).
 *
 * @param name The spec's name.
 * @returns The property name.
 */
export function camel(name: string): string {
  const parts = name.split(/[^A-Za-z0-9]+/).filter((p) => p !== "");
  let s = parts.map((p, i) => (i === 0 ? p : p[0].toUpperCase() + p.slice(1))).join("");
  if (/^[0-9]/.test(s)) s = "_" + s;
  return s;
}

/**
 * Turns a spec name into a PascalCase type name (`link-attrs` → `LinkAttrs`).
 *
 * @param name The spec's name.
 * @returns The type name.
 */
export function pascal(name: string): string {
  const c = camel(name).replace(/^_/, "");
  return c[0].toUpperCase() + c.slice(1);
}

/**
 * Parses a spec's text, with optional extensions merged in (attribute sets,
 * sub-message formats and definitions of the project's own, for what a
 * kernel's spec does not describe yet).
 *
 * @param file The spec's path, for errors and the generated header.
 * @param text The YAML text.
 * @param extensions YAML texts of extensions, merged in order.
 * @returns The normalized family.
 * @throws {SpecError} On anything the generator does not support.
 */
export function readSpec(file: string, text: string, extensions: string[] = []): FamilyDef {
  const raw = parse(text) as Yaml;
  for (const ext of extensions) merge(file, raw, parse(ext) as Yaml);
  return new Reader(file, raw).family();
}

/** Merges an extension: list entries with a new name are appended, same-named maps merged. */
function merge(file: string, base: Yaml, ext: Yaml): void {
  for (const [key, value] of Object.entries(ext)) {
    const have = base[key];
    if (Array.isArray(value) && Array.isArray(have)) {
      for (const item of value as Yaml[]) {
        const same = (have as Yaml[]).find((h) => h.name === item.name);
        if (same === undefined) have.push(item);
        else if (Array.isArray(item.formats) && Array.isArray(same.formats)) {
          (same.formats as unknown[]).push(...item.formats);
        } else if (Array.isArray(item.attributes) && Array.isArray(same.attributes)) {
          (same.attributes as unknown[]).push(...item.attributes);
        } else throw new SpecError(file, `extension ${key}[${item.name}]`, "cannot be merged");
      }
    } else if (have === undefined) base[key] = value;
    else throw new SpecError(file, `extension ${key}`, "cannot be merged");
  }
}

class Reader {
  readonly #file: string;
  readonly #raw: Yaml;
  readonly #enums = new Map<string, EnumDef>();
  readonly #structs = new Map<string, StructDef>();
  readonly #consts = new Map<string, number | string>();
  readonly #warned = new Set<string>();

  constructor(file: string, raw: Yaml) {
    this.#file = file;
    this.#raw = raw;
  }

  #err(where: string, detail: string): SpecError {
    return new SpecError(this.#file, where, detail);
  }

  #keys(obj: unknown, kind: string, where: string): Yaml {
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) {
      throw this.#err(where, "expected a map");
    }
    const known = KEYS[kind];
    for (const key of Object.keys(obj)) {
      if (!known.used.includes(key) && !known.cOnly.includes(key)) {
        throw this.#err(where, `key "${key}" is not supported by the generator`);
      }
    }
    return obj as Yaml;
  }

  family(): FamilyDef {
    const raw = this.#keys(this.#raw, "top", "top level");
    const protocol = (raw.protocol ?? "genetlink") as Protocol;
    if (!["genetlink", "genetlink-legacy", "netlink-raw", "genetlink-c"].includes(protocol)) {
      throw this.#err("protocol", `protocol "${protocol}" is not supported`);
    }
    const name = str(raw.name, () => this.#err("name", "missing"));
    const family: FamilyDef = {
      name,
      file: this.#file,
      doc: doc(raw.doc),
      protocol: protocol === ("genetlink-c" as Protocol) ? "genetlink" : protocol,
      protonum: protocol === "netlink-raw" ? Number(raw.protonum) : 16,
      version: raw.version === undefined ? 1 : Number(raw.version),
      consts: [],
      enums: [],
      structs: [],
      attrSets: [],
      subMessages: {},
      ops: [],
      mcastGroups: {},
      mcastCNames: {},
    };
    if (protocol === "netlink-raw" && !Number.isInteger(family.protonum)) {
      throw this.#err("protonum", "netlink-raw needs an integer protonum");
    }
    this.#definitions(family, (raw.definitions ?? []) as unknown[]);
    const sets = (raw["attribute-sets"] ?? []) as Yaml[];
    const byName = new Map<string, AttrSetDef>();
    for (const set of sets) this.#attrSet(set, byName);
    family.attrSets = [...byName.values()];
    for (const sm of (raw["sub-messages"] ?? []) as unknown[]) this.#subMessage(family, sm, byName);
    this.#checkReferences(family, byName);
    if (raw.operations !== undefined) this.#operations(family, raw.operations, byName);
    if (raw["mcast-groups"] !== undefined) this.#mcast(family, raw["mcast-groups"]);
    return family;
  }

  #definitions(family: FamilyDef, defs: unknown[]): void {
    const structs: [Yaml, string][] = [];
    for (const d of defs) {
      const def = this.#keys(d, "definition", "definitions[]");
      const name = str(def.name, () => this.#err("definitions[]", "a definition has no name"));
      const where = `definitions[${name}]`;
      switch (def.type) {
        case "const":
          family.consts.push({ name, value: def.value as number | string, doc: doc(def.doc) });
          break;
        case "enum":
        case "flags": {
          const e = this.#enum(def, name, where);
          this.#enums.set(name, e);
          family.enums.push(e);
          break;
        }
        case "struct":
          structs.push([def, name]);
          break;
        default:
          throw this.#err(where, `definition type "${def.type}" is not supported`);
      }
    }
    for (const c of family.consts) this.#consts.set(c.name, c.value);
    // Structs may hold structs defined after them: resolve until none is left.
    let pending = structs;
    while (pending.length > 0) {
      const left: [Yaml, string][] = [];
      for (const [def, name] of pending) {
        const s = this.#struct(def, name, `definitions[${name}]`);
        if (s === undefined) left.push([def, name]);
        else this.#structs.set(name, s);
      }
      if (left.length === pending.length) {
        const [def, name] = left[0];
        const missing = ((def.members ?? []) as Yaml[]).find((m) =>
          m.struct !== undefined && !this.#structs.has(String(m.struct))
        );
        throw this.#err(`definitions[${name}]`, `struct "${missing?.struct}" is not defined`);
      }
      pending = left;
    }
    family.structs = structs.map(([, name]) => this.#structs.get(name)!);
  }

  #enum(def: Yaml, name: string, where: string): EnumDef {
    const kind = def.type as "enum" | "flags";
    const e: EnumDef = { name, kind, entries: {}, doc: doc(def.doc), docs: {} };
    let next = def["value-start"] === undefined ? 0 : Number(def["value-start"]);
    for (const item of (def.entries ?? []) as unknown[]) {
      const entry = typeof item === "string"
        ? { name: item }
        : this.#keys(item, "entry", `${where}.entries[]`);
      const entryName = String(entry.name);
      const value = entry.value === undefined ? next : Number(entry.value);
      next = value + 1;
      e.entries[entryName] = kind === "flags" ? 2 ** value : value;
      const d = doc(entry.doc);
      if (d) e.docs[entryName] = d;
    }
    return e;
  }

  /** The struct, or `undefined` while a struct it holds is not resolved yet. */
  #struct(def: Yaml, name: string, where: string): StructDef | undefined {
    const s: StructDef = { name, size: 0, members: [], doc: doc(def.doc), docs: {} };
    let offset = 0;
    for (const m of (def.members ?? []) as unknown[]) {
      const mem = this.#keys(m, "member", `${where}.members[]`);
      const mname = String(mem.name);
      const mwhere = `${where}.${mname}`;
      const type = String(mem.type);
      let size: number;
      const member: MemberSchema = {
        name: mname,
        key: camel(mname),
        type: type as MemberSchema["type"],
        offset,
        size: 0,
      };
      if (SCALARS.includes(type)) size = scalarBytes(type);
      else if (type === "binary" || type === "pad" || type === "string") {
        if (mem.struct !== undefined) {
          const inner = this.#structs.get(String(mem.struct));
          if (!inner) return undefined;
          member.struct = inner.name;
          size = inner.size;
        } else if (mem.len === undefined) {
          throw this.#err(mwhere, `a ${type} member needs "len"`);
        } else size = Number(mem.len);
      } else throw this.#err(mwhere, `member type "${type}" is not supported`);
      member.size = size;
      if (mem["byte-order"] === "big-endian") member.bigEndian = true;
      else if (mem["byte-order"] !== undefined && mem["byte-order"] !== "little-endian") {
        throw this.#err(mwhere, `byte-order "${mem["byte-order"]}" is not supported`);
      }
      if (mem.enum !== undefined) {
        member.enum = String(mem.enum);
        if (mem["enum-as-flags"] === true) member.asFlags = true;
      }
      if (mem["display-hint"] !== undefined) member.hint = this.#hint(mem["display-hint"], mwhere);
      const d = doc(mem.doc);
      if (d) s.docs[mname] = d;
      s.members.push(member);
      offset += size;
    }
    s.size = offset;
    for (const m of s.members) {
      if (m.enum !== undefined && !this.#enums.has(m.enum)) {
        throw this.#err(`${where}.${m.name}`, `enum "${m.enum}" is not defined`);
      }
    }
    return s;
  }

  #hint(value: unknown, where: string): DisplayHint {
    if (!HINTS.includes(value as DisplayHint)) {
      throw this.#err(where, `display-hint "${value}" is not supported`);
    }
    return value as DisplayHint;
  }

  #attrSet(set: Yaml, byName: Map<string, AttrSetDef>): void {
    const s = this.#keys(set, "attrSet", "attribute-sets[]");
    const name = String(s.name);
    const where = `attribute-sets[${name}]`;
    const def: AttrSetDef = { name, doc: doc(s.doc), attrs: [], maxType: 0 };
    if (s["name-prefix"] !== undefined) def.namePrefix = String(s["name-prefix"]);
    if (s["attr-max-name"] !== undefined) def.attrMaxName = String(s["attr-max-name"]);
    const items = (s.attributes ?? []) as unknown[];
    if (s["subset-of"] !== undefined) {
      const parent = byName.get(String(s["subset-of"]));
      if (!parent) throw this.#err(where, `subset-of "${s["subset-of"]}" is not defined before it`);
      for (const item of items) {
        const a = this.#keys(item, "attr", `${where}.attributes[]`);
        const base = parent.attrs.find((p) => p.name === a.name);
        if (!base) throw this.#err(where, `attribute "${a.name}" is not in ${parent.name}`);
        def.attrs.push(base);
      }
    } else {
      let value = 1;
      for (const item of items) {
        const a = this.#keys(item, "attr", `${where}.attributes[]`);
        if (a.value !== undefined) value = Number(a.value);
        def.attrs.push(this.#attr(a, value, `${where}.${a.name}`));
        value++;
      }
    }
    def.maxType = Math.max(0, ...def.attrs.map((a) => a.value));
    if (def.maxType > 0x3fff) {
      throw this.#err(where, `attribute value ${def.maxType} is above 0x3fff`);
    }
    byName.set(name, def);
  }

  #attr(a: Yaml, value: number, where: string): AttrDef {
    const name = String(a.name);
    const type = String(a.type) as AttrType;
    if (!ATTR_TYPES.includes(type)) {
      throw this.#err(where, `attribute type "${type}" is not supported`);
    }
    const key = RESERVED.has(camel(name)) ? `${camel(name)}Attr` : camel(name);
    const attr: AttrDef = { name, key, value, type, doc: doc(a.doc) };
    if (a["multi-attr"] === true) attr.multi = true;
    if (a["byte-order"] === "big-endian") attr.bigEndian = true;
    else if (a["byte-order"] !== undefined && a["byte-order"] !== "little-endian") {
      throw this.#err(where, `byte-order "${a["byte-order"]}" is not supported`);
    }
    if (a.enum !== undefined) {
      attr.enum = String(a.enum);
      if (!this.#enums.has(attr.enum)) throw this.#err(where, `enum "${attr.enum}" is not defined`);
      if (a["enum-as-flags"] === true) attr.asFlags = true;
    }
    if (a["display-hint"] !== undefined) attr.hint = this.#hint(a["display-hint"], where);
    if (a.struct !== undefined) {
      attr.struct = String(a.struct);
      if (!this.#structs.has(attr.struct)) {
        throw this.#err(where, `struct "${attr.struct}" is not defined`);
      }
    }
    if (a["nested-attributes"] !== undefined) attr.nested = String(a["nested-attributes"]);
    if (a["sub-type"] !== undefined) attr.subType = String(a["sub-type"]);
    if (a["sub-message"] !== undefined) attr.subMessage = String(a["sub-message"]);
    if (a.selector !== undefined) attr.selector = String(a.selector);
    if (a["type-value"] !== undefined) attr.typeValue = (a["type-value"] as unknown[]).map(String);
    if (a["fixed-header"] !== undefined) attr.fixedHeader = String(a["fixed-header"]);
    if (a.len !== undefined && type !== "binary" && type !== "string") {
      throw this.#err(where, `"len" on a ${type} attribute is not supported`);
    }
    if (a.checks !== undefined) attr.checks = this.#checks(a.checks, where);
    this.#attrShape(attr, where);
    return attr;
  }

  #checks(raw: unknown, where: string): Checks {
    const c = this.#keys(raw, "checks", `${where}.checks`);
    const limit = (v: unknown): number | bigint => {
      if (typeof v === "number") return v;
      if (typeof v === "string" && v in LIMITS) return LIMITS[v];
      const named = typeof v === "string" ? this.#consts.get(v) : undefined;
      if (typeof named === "number") return named;
      throw this.#err(`${where}.checks`, `limit "${v}" is not supported`);
    };
    const out: Checks = {};
    if (c.min !== undefined) out.min = limit(c.min);
    if (c.max !== undefined) out.max = limit(c.max);
    if (c["min-len"] !== undefined) out.minLen = Number(limit(c["min-len"]));
    if (c["max-len"] !== undefined) out.maxLen = Number(limit(c["max-len"]));
    if (c["exact-len"] !== undefined) out.minLen = out.maxLen = Number(limit(c["exact-len"]));
    return out;
  }

  /** Checks that the keys of an attribute fit its type. */
  #attrShape(a: AttrDef, where: string): void {
    const needs = (cond: boolean, what: string) => {
      if (!cond) throw this.#err(where, `a ${a.type} attribute ${what}`);
    };
    switch (a.type) {
      case "nest":
        needs(a.nested !== undefined, `needs "nested-attributes"`);
        break;
      case "nest-type-value":
        needs(
          a.nested !== undefined && (a.typeValue?.length ?? 0) > 0,
          `needs "nested-attributes" and "type-value"`,
        );
        break;
      case "indexed-array":
        needs(a.subType !== undefined, `needs "sub-type"`);
        if (a.subType === "nest") {
          needs(a.nested !== undefined, `of nests needs "nested-attributes"`);
        } else {
          needs(
            [...SCALARS, "binary", "string", "uint", "sint"].includes(a.subType!),
            `has sub-type "${a.subType}", which is not supported`,
          );
        }
        break;
      case "sub-message":
        needs(
          a.subMessage !== undefined && a.selector !== undefined,
          `needs "sub-message" and "selector"`,
        );
        break;
      case "binary":
        if (a.subType !== undefined) {
          needs(SCALARS.includes(a.subType), `has sub-type "${a.subType}", which is not supported`);
        }
        break;
      default:
        needs(a.subType === undefined, `cannot have "sub-type"`);
    }
    if (a.fixedHeader !== undefined) {
      needs(a.type === "nest", `cannot have "fixed-header" (only nests can)`);
      needs(
        this.#structs.has(a.fixedHeader),
        `has fixed-header "${a.fixedHeader}", which is not defined`,
      );
    }
    if (a.struct !== undefined) needs(a.type === "binary", `cannot have "struct"`);
    if (a.hint !== undefined) {
      needs(
        ["binary", "indexed-array", "u8", "u16", "u32", "u64", "uint"].includes(a.type),
        `cannot have "display-hint"`,
      );
    }
  }

  #subMessage(family: FamilyDef, raw: unknown, sets: Map<string, AttrSetDef>): void {
    const sm = this.#keys(raw, "subMessage", "sub-messages[]");
    const name = String(sm.name);
    const formats: Record<string, SubMessageFormat> = {};
    for (const f of (sm.formats ?? []) as unknown[]) {
      const fmt = this.#keys(f, "format", `sub-messages[${name}].formats[]`);
      const where = `sub-messages[${name}].formats[${fmt.value}]`;
      const out: SubMessageFormat = {};
      if (fmt["fixed-header"] !== undefined) {
        out.fixedHeader = String(fmt["fixed-header"]);
        if (!this.#structs.has(out.fixedHeader)) {
          throw this.#err(where, `fixed-header "${out.fixedHeader}" is not defined`);
        }
      }
      if (fmt["attribute-set"] !== undefined) {
        out.attrSet = String(fmt["attribute-set"]);
        if (!sets.has(out.attrSet)) {
          throw this.#err(where, `attribute-set "${out.attrSet}" is not defined`);
        }
      }
      formats[String(fmt.value)] = out;
    }
    family.subMessages[name] = formats;
  }

  #checkReferences(family: FamilyDef, sets: Map<string, AttrSetDef>): void {
    for (const set of family.attrSets) {
      for (const a of set.attrs) {
        const where = `attribute-sets[${set.name}].${a.name}`;
        if (a.nested !== undefined && !sets.has(a.nested)) {
          throw this.#err(where, `nested-attributes "${a.nested}" is not defined`);
        }
        if (a.subMessage !== undefined) {
          if (!(a.subMessage in family.subMessages)) {
            throw this.#err(where, `sub-message "${a.subMessage}" is not defined`);
          }
          if (!set.attrs.some((s) => s.name === a.selector)) {
            throw this.#err(
              where,
              `selector "${a.selector}" is not an attribute of ${set.name} ` +
                "(a selector in an enclosing attribute set is not supported yet)",
            );
          }
        }
      }
    }
  }

  #operations(family: FamilyDef, raw: unknown, sets: Map<string, AttrSetDef>): void {
    const ops = this.#keys(raw, "operations", "operations");
    const model = String(ops["enum-model"] ?? "unified");
    if (model !== "unified" && model !== "directional") {
      throw this.#err("operations", `enum-model "${model}" is not supported`);
    }
    if (ops["fixed-header"] !== undefined) family.fixedHeader = String(ops["fixed-header"]);
    if (ops["name-prefix"] !== undefined) family.opsPrefix = String(ops["name-prefix"]);
    const list = (ops.list ?? []) as unknown[];
    let req = 1;
    let rsp = 1;
    let val = 1;
    for (const item of list) {
      const o = this.#keys(item, "op", "operations.list[]");
      const name = String(o.name);
      const where = `operations[${name}]`;
      const op: OpDef = { name, attrSet: String(o["attribute-set"] ?? ""), doc: doc(o.doc) };
      const fixed = o["fixed-header"] ?? family.fixedHeader;
      if (fixed !== undefined) {
        op.fixedHeader = String(fixed);
        if (!this.#structs.has(op.fixedHeader)) {
          throw this.#err(where, `fixed-header "${op.fixedHeader}" is not defined`);
        }
      }
      if (o.mcgrp !== undefined) op.mcgrp = String(o.mcgrp);
      const message = (m: unknown, w: string, value: number | undefined): OpMessage => {
        const mm = this.#keys(m ?? {}, "opMessage", w);
        const attrs = ((mm.attributes ?? []) as unknown[]).map(String);
        const v = mm.value !== undefined ? Number(mm.value) : value;
        if (v === undefined) throw this.#err(w, "has no value");
        if (mm["raw-payload"] === true) {
          if (attrs.length > 0) throw this.#err(w, "a raw-payload message cannot list attributes");
          return { value: v, attrs, raw: true };
        }
        return { value: v, attrs };
      };
      if (model === "unified") {
        if (o.value !== undefined) val = Number(o.value);
        for (const mode of ["do", "dump"] as const) {
          if (o[mode] === undefined) continue;
          const m = this.#keys(o[mode], "opMode", `${where}.${mode}`);
          // A mode without a request section still sends one (with no attributes).
          op[mode] = { request: message(m.request ?? {}, `${where}.${mode}.request`, val) };
          if (m.reply !== undefined) {
            op[mode]!.reply = message(m.reply, `${where}.${mode}.reply`, val);
          }
        }
        if (o.notify !== undefined) op.notify = { value: val, shapeOf: String(o.notify) };
        if (o.event !== undefined) {
          op.event = message(this.#keys(o.event, "event", `${where}.event`), `${where}.event`, val);
        }
        val++;
      } else {
        if (o.notify !== undefined || o.event !== undefined) {
          if (o.value !== undefined) rsp = Number(o.value);
          if (o.notify !== undefined) op.notify = { value: rsp, shapeOf: String(o.notify) };
          if (o.event !== undefined) {
            op.event = message(
              this.#keys(o.event, "event", `${where}.event`),
              `${where}.event`,
              rsp,
            );
          }
          rsp++;
        } else if (o.do !== undefined || o.dump !== undefined) {
          const mode = (o.do ?? o.dump) as Yaml;
          const reqValue = (mode.request as Yaml | undefined)?.value;
          const rspValue = (mode.reply as Yaml | undefined)?.value;
          if (reqValue) req = Number(reqValue);
          if (rspValue) rsp = Number(rspValue);
          for (const kind of ["do", "dump"] as const) {
            if (o[kind] === undefined) continue;
            const m = this.#keys(o[kind], "opMode", `${where}.${kind}`);
            // A mode without a request section sends the operation's request value.
            op[kind] = { request: message(m.request ?? {}, `${where}.${kind}.request`, req) };
            if (m.reply !== undefined) {
              op[kind]!.reply = message(m.reply, `${where}.${kind}.reply`, rsp);
            }
          }
          req++;
          if (mode.reply !== undefined) rsp++;
        } else throw this.#err(where, "has none of do, dump, notify, event");
      }
      family.ops.push(op);
    }
    for (const op of family.ops) {
      const where = `operations[${op.name}]`;
      if (op.notify !== undefined) {
        const target = family.ops.find((t) => t.name === op.notify!.shapeOf);
        if (!target) throw this.#err(where, `notify "${op.notify.shapeOf}" is not an operation`);
        if (!op.attrSet) op.attrSet = target.attrSet;
      }
      const messages = [op.do?.request, op.do?.reply, op.dump?.request, op.dump?.reply, op.event];
      const raw = messages.filter((m) => m !== undefined && m.raw);
      if (raw.length > 0 && op.attrSet) {
        throw this.#err(
          where,
          "raw-payload messages and an attribute-set do not mix in one operation",
        );
      }
      if (!op.attrSet && raw.length === 0 && (op.do || op.dump || op.event)) {
        throw this.#err(where, "has no attribute-set");
      }
      if (op.attrSet && !sets.has(op.attrSet)) {
        throw this.#err(where, `attribute-set "${op.attrSet}" is not defined`);
      }
      const set = sets.get(op.attrSet);
      const header = op.fixedHeader ? this.#structs.get(op.fixedHeader) : undefined;
      const lists = [
        op.do?.request,
        op.do?.reply,
        op.dump?.request,
        op.dump?.reply,
        op.event,
      ];
      for (const l of lists) {
        for (const n of l?.attrs ?? []) {
          const known = set?.attrs.some((a) => a.name === n) ||
            header?.members.some((m) => m.name === n);
          if (!known) {
            // A slip in the spec (the kernel's tools ignore these lists when encoding).
            const warning = `${this.#file}: ${where}: "${n}" is not in ${op.attrSet}; left out`;
            if (!this.#warned.has(warning)) console.warn(warning);
            this.#warned.add(warning);
          }
        }
        if (l) {
          l.attrs = l.attrs.filter((n) =>
            set?.attrs.some((a) => a.name === n) || header?.members.some((m) => m.name === n)
          );
        }
      }
    }
  }

  #mcast(family: FamilyDef, raw: unknown): void {
    const m = this.#keys(raw, "mcastList", "mcast-groups");
    for (const g of (m.list ?? []) as unknown[]) {
      const grp = this.#keys(g, "mcast", "mcast-groups.list[]");
      const name = String(grp.name);
      if (grp["c-define-name"] !== undefined) {
        family.mcastCNames[name] = String(grp["c-define-name"]);
      }
      if (family.protocol === "netlink-raw") {
        if (grp.value === undefined) {
          throw this.#err(
            `mcast-groups[${name}]`,
            "netlink-raw groups need a value (a group number to join)",
          );
        }
        family.mcastGroups[name] = Number(grp.value);
      } else family.mcastGroups[name] = -1;
    }
  }

  /** Definitions, for the emitter. */
  get enums(): Map<string, EnumDef> {
    return this.#enums;
  }
}

function doc(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = String(v).trim();
  return s === "" ? undefined : s;
}

function str(v: unknown, err: () => Error): string {
  if (typeof v !== "string" || v === "") throw err();
  return v;
}

function scalarBytes(type: string): number {
  return Number(type.slice(1)) / 8;
}

/**
 * The run-time schema of a family (what generated modules embed).
 *
 * @param f The normalized family.
 * @returns The schema.
 */
export function toSchema(f: FamilyDef): FamilySchema {
  const strip = <T extends object>(o: T, drop: string[]): T =>
    Object.fromEntries(
      Object.entries(o).filter(([k, v]) => !drop.includes(k) && v !== undefined),
    ) as T;
  return {
    name: f.name,
    protocol: f.protocol,
    protonum: f.protonum,
    version: f.version,
    enums: Object.fromEntries(f.enums.map((e) => [e.name, { kind: e.kind, entries: e.entries }])),
    structs: Object.fromEntries(
      f.structs.map((s) => [s.name, { size: s.size, members: s.members.map((m) => strip(m, [])) }]),
    ),
    attrSets: Object.fromEntries(
      f.attrSets.map((s) => [s.name, { attrs: s.attrs.map((a) => strip(a, ["doc", "checks"])) }]),
    ),
    subMessages: f.subMessages,
    ops: f.ops.map((o) => strip(o, ["doc"])),
    mcastGroups: f.mcastGroups,
  };
}
