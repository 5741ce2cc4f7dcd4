/**
 * Writes one TypeScript module for a normalized family: constants, struct
 * views, attribute-set views and encoders, message views, one encoder per
 * request, the run-time schema, and a typed client.
 *
 * @module
 */
import {
  type AttrDef,
  type AttrSetDef,
  camel,
  type FamilyDef,
  type OpDef,
  pascal,
  type StructDef,
  toSchema,
} from "./spec.ts";
import type { OpMessage } from "../../src/ynl/schema.ts";

/** Where the generated module is and what it came from. */
export interface EmitOptions {
  /** The spec's path as shown in the header, e.g. `Documentation/netlink/specs/rt_link.yaml`. */
  source: string;
  /** Where the spec came from, e.g. `Linux 6.12`. */
  origin: string;
  /** Import path prefix from the generated module to `src/`, e.g. `../`. */
  src: string;
  /**
   * Also export the constants under their C names, as the kernel's C
   * generator spells them from the spec's prefixes (`NLRT_TEST_MSG_ECHO`):
   * for a family whose uapi header is written by hand beside its spec.
   */
  cNames?: boolean;
}

const SCALAR_TS: Record<string, string> = {
  u8: "number",
  u16: "number",
  u32: "number",
  s8: "number",
  s16: "number",
  s32: "number",
  u64: "bigint",
  s64: "bigint",
  uint: "bigint",
  sint: "bigint",
};
const DV_GET: Record<string, string> = {
  u8: "Uint8",
  s8: "Int8",
  u16: "Uint16",
  s16: "Int16",
  u32: "Uint32",
  s32: "Int32",
  u64: "BigUint64",
  s64: "BigInt64",
};
function docComment(text: string | undefined, indent = "", extra: string[] = []): string {
  const lines = (text ?? "").split("\n").map((l) => l.trimEnd()).filter((l, i, a) =>
    !(l === "" && (i === 0 || i === a.length - 1))
  );
  const all = [...lines, ...(lines.length > 0 && extra.length > 0 ? [""] : []), ...extra].map((l) =>
    l.replace(/\*\//g, "*\\/")
  );
  if (all.length === 0) return "";
  if (all.length === 1) return `${indent}/** ${all[0]} */\n`;
  return `${indent}/**\n${
    all.map((l) => `${indent} *${l ? " " + l : ""}`).join("\n")
  }\n${indent} */\n`;
}

function q(s: string): string {
  return JSON.stringify(s);
}

function propName(s: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(s) ? s : q(s);
}

/** The emitter for one family. */
class Emitter {
  readonly #f: FamilyDef;
  readonly #o: EmitOptions;
  readonly #sets: Map<string, AttrSetDef>;
  readonly #structs: Map<string, StructDef>;
  readonly #out: string[] = [];
  /** Message view classes: key `set|header` → class name. */
  readonly #messages = new Map<string, { set: string; header?: string; name: string }>();

  readonly #structNames = new Map<string, string>();
  readonly #enumNames = new Map<string, string>();

  constructor(f: FamilyDef, o: EmitOptions) {
    this.#f = f;
    this.#o = o;
    this.#sets = new Map(f.attrSets.map((s) => [s.name, s]));
    this.#structs = new Map(f.structs.map((s) => [s.name, s]));
    // Sets keep their names; a struct or enum named like one gets a suffix.
    const taken = new Set(f.attrSets.map((s) => pascal(s.name)));
    for (const st of f.structs) {
      const n = taken.has(pascal(st.name)) ? `${pascal(st.name)}Struct` : pascal(st.name);
      this.#structNames.set(st.name, n);
      taken.add(n);
    }
    for (const e of f.enums) {
      const n = taken.has(pascal(e.name)) ? `${pascal(e.name)}Enum` : pascal(e.name);
      this.#enumNames.set(e.name, n);
      taken.add(n);
    }
  }

  /** The TypeScript name of a struct. */
  #sn(name: string): string {
    return this.#structNames.get(name) ?? pascal(name);
  }

  /** The TypeScript name of an enum or flags definition. */
  #en(name: string): string {
    return this.#enumNames.get(name) ?? pascal(name);
  }

  #w(s: string): void {
    this.#out.push(s);
  }

  emit(): string {
    const f = this.#f;
    const o = this.#o;
    this.#w(
      `// Generated from ${o.source} (${o.origin}) by scripts/ynl/gen.ts (npm run gen): do not edit.\n`,
    );
    this.#w(
      docComment(
        `The ${f.name} netlink family (${f.protocol}${
          f.protocol === "netlink-raw" ? `, protocol ${f.protonum}` : ""
        }), generated from its YNL spec.\n\n${f.doc ?? ""}`,
        "",
        ["@module"],
      ),
    );
    const src = o.src;
    this.#w(`import type { Message } from "${src}codec/message.ts";\n`);
    this.#w(`import type { MessageWriter } from "${src}codec/writer.ts";\n`);
    this.#w(`import { AttrView, StructView } from "${src}ynl/view.ts";\n`);
    this.#w(
      `import { checkLength, checkRange, payloadBytes, putSignedBE, putSint, putUint, putZeroed, utf8Length } from "${src}ynl/encode.ts";\n`,
    );
    this.#w(`import { bytesToText, textToBytes } from "${src}ynl/hints.ts";\n`);
    this.#w(`import { RawMessage } from "${src}ynl/raw.ts";\n`);
    this.#w(`import { decodeValues, sideBySide } from "${src}ynl/json.ts";\n`);
    this.#w(`import type { FamilySchema } from "${src}ynl/schema.ts";\n`);
    this.#w(
      `import { type ClientOptions, connect, type DoOptions, type Dump, FamilyClient, type Notification } from "${src}ynl/client.ts";\n`,
    );
    this.#w(`import type { WaitOptions } from "${src}socket/options.ts";\n\n`);
    this.#consts();
    if (o.cNames) this.#cNames();
    this.#opNumbers();
    for (const s of f.structs) this.#struct(s);
    for (const s of f.attrSets) this.#attrSet(s);
    this.#collectMessages();
    for (const m of this.#messages.values()) this.#messageView(m);
    this.#requests();
    this.#client();
    this.#schema();
    let text = this.#out.join("");
    const exported = [...text.matchAll(/^export (?:const|class|interface|type|function) (\w+)/gm)]
      .map((m) => m[1]);
    const dup = exported.find((n, i) => exported.indexOf(n) !== i);
    if (dup) throw new Error(`${f.file}: two definitions would both be named ${dup} in TypeScript`);
    // Drop imports the module does not use.
    const body = text.slice(text.indexOf("\n\n", text.indexOf("import type { WaitOptions")))
      .replace(/^export (type )?\{[^}]*\} from "[^"]+";$/gm, "");
    text = text.replace(
      /^import (type )?\{ ([^}]*) \} from ("[^"]+");\n/gm,
      (_m, t, names, from) => {
        const used = (names as string).split(", ").filter((n) => {
          const id = n.replace(/^type /, "");
          return new RegExp(`\\b${id.replace(/\$/g, "\\$")}\\b`).test(body);
        });
        return used.length === 0 ? "" : `import ${t ?? ""}{ ${used.join(", ")} } from ${from};\n`;
      },
    );
    return text;
  }

  #consts(): void {
    const f = this.#f;
    for (const c of f.consts) {
      this.#w(docComment(c.doc));
      const name = this.#o.cNames ? constName(`${f.name}-${c.name}`) : constName(c.name);
      this.#w(`export const ${name} = ${JSON.stringify(c.value)};\n\n`);
    }
    for (const e of f.enums) {
      const name = this.#en(e.name);
      const what = e.kind === "flags" ? "Flags" : "Values";
      this.#w(docComment(
        e.doc ?? `${what} of ${e.name}.`,
        "",
        [
          e.kind === "flags" ? "Each entry is a bit mask; combine them with `|`." : "",
        ].filter((x) => x),
      ));
      this.#w(`export const ${name} = {\n`);
      for (const [k, v] of Object.entries(e.entries)) {
        this.#w(docComment(e.docs[k], "  "));
        this.#w(`  ${propName(camel(k))}: ${e.kind === "flags" ? `0x${v.toString(16)}` : v},\n`);
      }
      this.#w(`} as const;\n\n`);
    }
  }

  /** The C names of message types, attributes and groups (with `cNames`). */
  #cNames(): void {
    const f = this.#f;
    const lines: string[] = [];
    const add = (name: string, value: number, doc: string) =>
      lines.push(`/** ${doc} */\nexport const ${constName(name)} = ${value};\n`);
    if (f.opsPrefix !== undefined) {
      for (const op of f.ops) {
        const v = op.do?.request?.value ?? op.dump?.request?.value;
        if (v !== undefined) add(f.opsPrefix + op.name, v, `Message type of ${op.name} requests.`);
      }
    }
    for (const set of f.attrSets) {
      if (set.namePrefix === undefined) continue;
      for (const a of set.attrs) {
        add(set.namePrefix + a.name, a.value, `Attribute ${a.name} of ${set.name}.`);
      }
      add(
        set.attrMaxName ?? `${set.namePrefix}max`,
        set.maxType,
        `The highest attribute of ${set.name}.`,
      );
    }
    for (const [g, v] of Object.entries(f.mcastGroups)) {
      if (f.mcastCNames[g] !== undefined) add(f.mcastCNames[g], v, `Multicast group ${g}.`);
    }
    if (lines.length > 0) {
      this.#w(`// The C names, as in the family's uapi header.\n\n${lines.join("\n")}\n`);
    }
  }

  /** The message numbers of the operations, both ways (and the protocol and groups of netlink-raw). */
  #opNumbers(): void {
    const f = this.#f;
    if (f.protocol === "netlink-raw") {
      this.#w(`/** The netlink protocol number (\`socket(AF_NETLINK, SOCK_RAW, PROTONUM)\`). */\n`);
      this.#w(`export const PROTONUM = ${f.protonum};\n\n`);
      const groups = Object.entries(f.mcastGroups);
      if (groups.length > 0) {
        this.#w(
          `/** Multicast group numbers, by name (for \`join()\`). */\nexport const McastGroups = {\n`,
        );
        for (const [n, v] of groups) this.#w(`  ${propName(camel(n))}: ${v},\n`);
        this.#w(`} as const;\n\n`);
      }
    }
    const what = f.protocol === "netlink-raw"
      ? "Message types (`nlmsg_type`)"
      : "Commands (`genlmsghdr.cmd`)";
    const req = f.ops.map((o) => [o.name, o.do?.request?.value ?? o.dump?.request?.value] as const)
      .filter(([, v]) => v !== undefined);
    const rsp = f.ops.map((o) =>
      [
        o.name,
        o.do?.reply?.value ?? o.dump?.reply?.value ?? o.notify?.value ?? o.event?.value,
      ] as const
    ).filter(([, v]) => v !== undefined);
    if (req.length > 0) {
      this.#w(`/** ${what} of the requests, by operation. */\nexport const Requests = {\n`);
      for (const [n, v] of req) this.#w(`  ${propName(camel(n))}: ${v},\n`);
      this.#w(`} as const;\n\n`);
    }
    if (rsp.length > 0) {
      this.#w(
        `/** ${what} of the replies, notifications and events, by operation. */\nexport const Replies = {\n`,
      );
      for (const [n, v] of rsp) this.#w(`  ${propName(camel(n))}: ${v},\n`);
      this.#w(`} as const;\n\n`);
    }
  }

  #struct(s: StructDef): void {
    const name = this.#sn(s.name);
    this.#w(docComment(`Fields of struct ${s.name}, for requests (absent fields are 0).`));
    this.#w(`export interface ${name}Fields {\n`);
    for (const m of s.members) {
      if (m.type === "pad") continue;
      this.#w(docComment(s.docs[m.name] ?? memberDoc(m), "  "));
      this.#w(`  ${propName(m.key)}?: ${memberType(m, (n) => this.#sn(n))};\n`);
    }
    this.#w(`}\n\n`);
    this.#w(
      docComment(
        `${
          s.doc ?? `struct ${s.name}`
        }\n\nA view of the struct, read and written in place (${s.size} bytes).`,
      ),
    );
    this.#w(`export class ${name} extends StructView {\n`);
    this.#w(`  /** Size of the struct in bytes. */\n  static readonly SIZE = ${s.size};\n`);
    const inners = s.members.filter((m) => m.struct !== undefined);
    for (const m of inners) this.#w(`  #${m.key} = new ${this.#sn(m.struct!)}();\n`);
    this.#w(`  constructor() {\n    super(${s.size});\n  }\n`);
    for (const m of s.members) {
      if (m.type === "pad") continue;
      const key = propName(m.key);
      const d = docComment(s.docs[m.name] ?? memberDoc(m), "  ");
      if (m.struct !== undefined) {
        this.#w(d);
        this.#w(
          `  get ${key}(): ${
            this.#sn(m.struct)
          } {\n    return this.$inner(${m.offset}, this.#${m.key});\n  }\n`,
        );
      } else if (m.type === "binary" || m.type === "string") {
        this.#w(d);
        this.#w(
          `  get ${key}(): Uint8Array {\n    return this.$bytes(${m.offset}, ${m.size});\n  }\n`,
        );
        this.#w(
          `  set ${key}(v: Uint8Array) {\n    this.$setBytes(${m.offset}, ${m.size}, v);\n  }\n`,
        );
      } else {
        const g = DV_GET[m.type];
        const le = m.size > 1 ? (m.bigEndian ? ", false" : ", true") : "";
        const t = SCALAR_TS[m.type];
        this.#w(d);
        this.#w(
          `  get ${key}(): ${t} {\n    return this.$dv.get${g}(this.$o + ${m.offset}${le});\n  }\n`,
        );
        const val = t === "bigint" ? "BigInt(v)" : "v";
        this.#w(
          `  set ${key}(v: ${
            t === "bigint" ? "bigint | number" : t
          }) {\n    this.$dv.set${g}(this.$o + ${m.offset}, ${val}${le});\n  }\n`,
        );
      }
    }
    // write(): fills a zeroed struct from fields.
    this.#w(`  /**\n   * Writes fields into a zeroed struct at \`at\`.\n   *\n`);
    this.#w(`   * @param dv The buffer's view.\n   * @param at Offset of the struct.\n`);
    this.#w(`   * @param v The fields; absent ones stay 0.\n   */\n`);
    this.#w(`  static write(dv: DataView, at: number, v: ${name}Fields): void {\n`);
    const fields = s.members.filter((m) => m.type !== "pad");
    if (fields.length === 0) this.#w(`    void dv, at, v;\n`);
    for (const m of fields) {
      const acc = `v.${m.key}`;
      if (m.struct !== undefined) {
        this.#w(
          `    if (${acc} !== undefined) ${
            this.#sn(m.struct)
          }.write(dv, at + ${m.offset}, ${acc});\n`,
        );
      } else if (m.type === "binary" || m.type === "string") {
        this.#w(
          `    if (${acc} !== undefined) new Uint8Array(dv.buffer, dv.byteOffset + at + ${m.offset}, ${m.size}).set(${acc}.subarray(0, ${m.size}));\n`,
        );
      } else {
        const g = DV_GET[m.type];
        const le = m.size > 1 ? (m.bigEndian ? ", false" : ", true") : "";
        const val = SCALAR_TS[m.type] === "bigint" ? `BigInt(${acc})` : acc;
        this.#w(`    if (${acc} !== undefined) dv.set${g}(at + ${m.offset}, ${val}${le});\n`);
      }
    }
    this.#w(`  }\n`);
    this.#w(`  /** The fields as a plain object the caller owns. @returns A new object. */\n`);
    this.#w(`  toObject(): ${name}Fields {\n    return {\n`);
    for (const m of fields) {
      const v = m.struct !== undefined
        ? `this.${m.key}.toObject()`
        : m.type === "binary" || m.type === "string"
        ? `this.${m.key}.slice()`
        : `this.${m.key}`;
      this.#w(`      ${propName(m.key)}: ${v},\n`);
    }
    this.#w(`    };\n  }\n}\n\n`);
  }

  /** Key of an attribute on views and value objects (reserved names already avoided). */
  #key(a: AttrDef): string {
    return a.key;
  }

  /** TypeScript type of one value of an attribute (read side). */
  #valueType(a: AttrDef, input: boolean): string {
    switch (a.type) {
      case "u8":
      case "u16":
      case "u32":
      case "s8":
      case "s16":
      case "s32":
        return "number";
      case "u64":
      case "s64":
      case "uint":
      case "sint":
        return input ? "bigint | number" : "bigint";
      case "string":
        return "string";
      case "flag":
        return "boolean";
      case "binary":
        if (a.struct) return `${this.#sn(a.struct)}Fields`;
        return input && a.hint ? "Uint8Array | string" : "Uint8Array";
      case "nest":
        return `${pascal(a.nested!)}Values${
          a.fixedHeader ? ` & { ${camel(a.fixedHeader)}?: ${pascal(a.fixedHeader)}Fields }` : ""
        }`;
      case "indexed-array": {
        const item = a.subType === "nest"
          ? `${pascal(a.nested!)}Values`
          : this.#valueType({ ...a, type: a.subType as AttrDef["type"] }, input);
        return `(${item})[]`;
      }
      case "nest-type-value":
        return `Record<string, unknown>[]`;
      case "bitfield32":
        return "{ value: number; selector: number }";
      case "sub-message": {
        const formats = Object.values(this.#f.subMessages[a.subMessage!]);
        const types = formats.map((fm) => {
          const parts: string[] = [];
          if (fm.attrSet) parts.push(`${pascal(fm.attrSet)}Values`);
          if (fm.fixedHeader) {
            parts.push(`{ ${camel(fm.fixedHeader)}?: ${this.#sn(fm.fixedHeader)}Fields }`);
          }
          return parts.join(" & ") || "Record<string, never>";
        });
        return [...new Set(types)].join(" | ");
      }
      default:
        return "never";
    }
  }

  #attrSet(s: AttrSetDef): void {
    const name = pascal(s.name);
    const attrs = s.attrs.filter((a) => a.type !== "pad" && a.type !== "unused");
    // Numbers.
    this.#w(docComment(`Attribute type numbers of ${s.name}.${s.doc ? "\n\n" + s.doc : ""}`));
    if (s.attrs.length === 0) this.#w(`export const ${name}: Record<string, never> = {};\n\n`);
    else {
      this.#w(`export const ${name} = {\n`);
      for (const a of s.attrs) this.#w(`  ${propName(this.#key(a))}: ${a.value},\n`);
      this.#w(`} as const;\n\n`);
    }
    // Values (plain objects: requests and toObject()).
    this.#w(
      docComment(`The attributes of ${s.name} as a plain object (requests, \`toObject()\`).`),
    );
    if (attrs.length === 0) this.#w(`export type ${name}Values = Record<string, never>;\n\n`);
    else {
      this.#w(`export interface ${name}Values {\n`);
      for (const a of attrs) {
        let t = this.#valueType(a, true);
        if (a.multi) t = `(${t})[]`;
        this.#w(docComment(attrDoc(a), "  "));
        this.#w(`  ${propName(this.#key(a))}?: ${t};\n`);
      }
      this.#w(`}\n\n`);
    }
    // View.
    this.#w(
      docComment(
        `${
          s.doc ?? `The ${s.name} attribute set.`
        }\n\nA view of the attributes, read in place; absent ones read \`undefined\`.`,
      ),
    );
    this.#w(`export class ${name}View extends AttrView {\n`);
    const children: string[] = [];
    for (const a of attrs) {
      const child = this.#childClass(a);
      if (child) children.push(`  #c${a.value}?: ${child};\n`);
    }
    if (attrs.some((a) => a.type === "sub-message")) {
      for (const a of attrs.filter((x) => x.type === "sub-message")) {
        for (const [i, fm] of Object.values(this.#f.subMessages[a.subMessage!]).entries()) {
          const cls = this.#formatClass(fm);
          if (cls) children.push(`  #s${a.value}_${i}?: ${cls};\n`);
        }
      }
    }
    this.#w(children.join(""));
    this.#w(`  constructor() {\n    super(${s.maxType});\n  }\n`);
    for (const a of attrs) this.#getter(s, a);
    this.#w(`  /** The attributes as a plain object the caller owns. @returns A new object. */\n`);
    this.#w(
      `  toObject(): ${name}Values {\n    return decodeValues(schema, ${
        q(s.name)
      }, this, false) as ${name}Values;\n  }\n`,
    );
    this.#w(
      `  /** The attributes with the spec's names, as the \`nlrt\` command line prints them. @returns A new object. */\n`,
    );
    this.#w(
      `  toJSON(): Record<string, unknown> {\n    return decodeValues(schema, ${
        q(s.name)
      }, this, true);\n  }\n`,
    );
    this.#w(`}\n\n`);
    this.#encoder(s, attrs);
  }

  /** The view class a nest-like attribute's getter returns, if any. */
  #childClass(a: AttrDef): string | undefined {
    if (
      a.type === "nest" || (a.type === "indexed-array" && a.subType === "nest") ||
      a.type === "nest-type-value"
    ) {
      if (a.fixedHeader) return this.#withHeader(a.nested!, a.fixedHeader);
      return `${pascal(a.nested!)}View`;
    }
    if (a.type === "binary" && a.struct) return this.#sn(a.struct);
    return undefined;
  }

  /** The class of a sub-message format. */
  #formatClass(fm: { attrSet?: string; fixedHeader?: string }): string | undefined {
    if (fm.attrSet && fm.fixedHeader) return this.#withHeader(fm.attrSet, fm.fixedHeader);
    if (fm.attrSet) return `${pascal(fm.attrSet)}View`;
    if (fm.fixedHeader) return this.#sn(fm.fixedHeader);
    return undefined;
  }

  /** A view class of an attribute set preceded by a fixed header (registered for emission). */
  #withHeader(set: string, header: string): string {
    const key = `${set}|${header}`;
    let m = this.#messages.get(key);
    if (!m) {
      m = { set, header, name: `${pascal(set)}With${pascal(header)}` };
      this.#messages.set(key, m);
    }
    return m.name;
  }

  #getter(s: AttrSetDef, a: AttrDef): void {
    const key = propName(this.#key(a));
    const t = a.value;
    const be = a.bigEndian ? ", true" : "";
    const d = docComment(attrDoc(a), "  ");
    const rt = this.#readType(a);
    const w = (body: string, type = rt) => {
      this.#w(d);
      this.#w(`  get ${key}(): ${type} {\n${body}  }\n`);
    };
    if (a.multi) {
      const item = this.#itemRead(a, "at");
      this.#w(d);
      this.#w(`  get ${key}(): IterableIterator<${rt}> {\n    return this.#each${t}();\n  }\n`);
      this.#w(
        `  *#each${t}(): Generator<${rt}, void, undefined> {\n    for (const at of this.$each(${t})) yield ${item};\n  }\n`,
      );
      return;
    }
    switch (a.type) {
      case "u8":
      case "s8":
        return w(`    return this.$${a.type}(${t});\n`);
      case "u16":
      case "u32":
      case "u64":
      case "s16":
      case "s32":
      case "s64":
        return w(`    return this.$${a.type}(${t}${be});\n`);
      case "uint":
      case "sint":
        return w(`    return this.$auto(${t}, ${a.type === "sint"}${be});\n`);
      case "string":
        return w(`    return this.$str(${t});\n`);
      case "flag":
        return w(`    return this.$flag(${t});\n`);
      case "bitfield32":
        return w(`    return this.$bitfield32(${t});\n`);
      case "binary":
        if (a.struct) {
          return w(`    return this.$struct(${t}, this.#c${t} ??= new ${this.#sn(a.struct)}());\n`);
        }
        w(`    return this.$bin(${t});\n`);
        if (a.hint) {
          this.#w(`  /** ${a.name} as text (display hint ${a.hint}), or \`undefined\`. */\n`);
          this.#w(
            `  get ${
              this.#key(a)
            }Text(): string | undefined {\n    const v = this.$bin(${t});\n    return v === undefined ? undefined : bytesToText(${
              q(a.hint)
            }, v);\n  }\n`,
          );
        }
        return;
      case "nest": {
        const cls = this.#childClass(a)!;
        const hs = a.fixedHeader ? `, ${this.#structs.get(a.fixedHeader)!.size}` : "";
        return w(`    return this.$nest(${t}, this.#c${t} ??= new ${cls}()${hs});\n`);
      }
      case "indexed-array": {
        const item = this.#itemRead(a, "at");
        this.#w(d);
        this.#w(
          `  get ${key}(): IterableIterator<${rt}> | undefined {\n    return this.has(${t}) ? this.#items${t}() : undefined;\n  }\n`,
        );
        this.#w(
          `  *#items${t}(): Generator<${rt}, void, undefined> {\n    for (const at of this.$items(${t})) yield ${item};\n  }\n`,
        );
        return;
      }
      case "nest-type-value": {
        const levels = a.typeValue!;
        const cls = `${pascal(a.nested!)}View`;
        const obj = `{ ${levels.map((l) => `${camel(l)}: number`).join("; ")}; attrs: ${cls} }`;
        this.#w(d);
        this.#w(
          `  get ${key}(): IterableIterator<${obj}> | undefined {\n    return this.has(${t}) ? this.#levels${t}() : undefined;\n  }\n`,
        );
        this.#w(`  *#levels${t}(): Generator<${obj}, void, undefined> {\n`);
        const idx = (i: number) => `t${i}`;
        let indent = "    ";
        let parentAt = "";
        for (let i = 0; i < levels.length; i++) {
          const src = i === 0 ? `this.$items(${t})` : `this.$itemsAt(${parentAt})`;
          this.#w(`${indent}for (const a${i} of ${src}) {\n`);
          indent += "  ";
          this.#w(`${indent}const ${idx(i)} = this.$typeAt(a${i});\n`);
          parentAt = `a${i}`;
        }
        this.#w(
          `${indent}yield { ${
            levels.map((l, i) => `${camel(l)}: ${idx(i)}`).join(", ")
          }, attrs: this.$nestAt(${parentAt}, this.#c${t} ??= new ${cls}()) };\n`,
        );
        for (let i = levels.length - 1; i >= 0; i--) {
          indent = indent.slice(2);
          this.#w(`${indent}}\n`);
        }
        this.#w(`  }\n`);
        return;
      }
      case "sub-message": {
        const sel = s.attrs.find((x) => x.name === a.selector)!;
        const formats = Object.entries(this.#f.subMessages[a.subMessage!]);
        this.#w(d.replace(/ \*\/\n$|\n {2}\*\/\n$/, (m) => m));
        this.#w(`  get ${key}(): ${rt} {\n`);
        this.#w(`    if (!this.has(${t})) return undefined;\n`);
        this.#w(`    switch (this.${propName(this.#key(sel))}) {\n`);
        formats.forEach(([value, fm], i) => {
          const cls = this.#formatClass(fm);
          const sv = sel.type === "string" ? q(value) : value;
          if (!cls) {
            this.#w(`      case ${sv}:\n        return undefined;\n`);
          } else if (fm.attrSet) {
            const hs = fm.fixedHeader ? `, ${this.#structs.get(fm.fixedHeader)!.size}` : "";
            this.#w(
              `      case ${sv}:\n        return this.$nest(${t}, this.#s${t}_${i} ??= new ${cls}()${hs});\n`,
            );
          } else {
            this.#w(
              `      case ${sv}:\n        return this.$struct(${t}, this.#s${t}_${i} ??= new ${cls}());\n`,
            );
          }
        });
        this.#w(`    }\n    return undefined;\n  }\n`);
        return;
      }
    }
  }

  /** The type a getter returns. */
  #readType(a: AttrDef): string {
    const opt = a.multi ? "" : " | undefined";
    switch (a.type) {
      case "flag":
        return "boolean";
      case "binary":
        return (a.struct ? this.#sn(a.struct) : "Uint8Array") + opt;
      case "nest":
        return this.#childClass(a)! + opt;
      case "indexed-array":
        if (a.subType === "nest") return `${pascal(a.nested!)}View`;
        return a.subType === "binary"
          ? "Uint8Array"
          : a.subType === "string"
          ? "string"
          : SCALAR_TS[a.subType!];
      case "bitfield32":
        return `{ value: number; selector: number }${opt}`;
      case "sub-message": {
        const cls = Object.values(this.#f.subMessages[a.subMessage!]).map((fm) =>
          this.#formatClass(fm)
        )
          .filter((c): c is string => c !== undefined);
        return [...new Set(cls)].join(" | ") + opt;
      }
      case "string":
        return "string" + opt;
      default:
        return (SCALAR_TS[a.type] ?? "never") + opt;
    }
  }

  /** An expression reading one item at header offset `at` (multi-attr, array items). */
  #itemRead(a: AttrDef, at: string): string {
    const type = a.type === "indexed-array" ? a.subType! : a.type;
    const be = a.bigEndian ? ", true" : "";
    switch (type) {
      case "string":
        return `this.$strAt(${at})`;
      case "binary":
        if (a.struct) {
          return `this.$structAt(${at}, this.#c${a.value} ??= new ${this.#sn(a.struct)}())`;
        }
        return `this.$binAt(${at})`;
      case "nest":
        return `this.$nestAt(${at}, this.#c${a.value} ??= new ${this.#childClass(a)}())`;
      case "flag":
        return "true";
      default:
        if (SCALAR_TS[type] === "number") return `this.$scalarAt(${at}, ${q(type)}${be}) as number`;
        if (SCALAR_TS[type] === "bigint") {
          return type === "uint" || type === "sint"
            ? `BigInt(this.$scalarAt(${at}, ${q(type)}${be}))`
            : `this.$scalarAt(${at}, ${q(type)}${be}) as bigint`;
        }
        throw new Error(`${a.name}: cannot read items of type ${type}`);
    }
  }

  #encoder(s: AttrSetDef, attrs: AttrDef[]): void {
    const name = pascal(s.name);
    this.#w(
      docComment(`Writes the attributes of ${s.name} present in \`v\`, in the spec's order.`, "", [
        "@param w The writer, inside an open message or nest.",
        "@param v The attributes.",
        "@throws {RangeError} When a value breaks the spec's checks or does not fit.",
      ]),
    );
    this.#w(`export function write${name}(w: MessageWriter, v: ${name}Values): void {\n`);
    if (attrs.length === 0) this.#w(`  void w, v;\n`);
    this.#w(this.#puts(s, attrs));
    this.#w(`}\n\n`);
  }

  /**
   * Statements writing a request's fixed header into the zeroed struct at
   * `at` (written out in the encoder: no call, no empty object).
   */
  #headerWrite(struct: string, at: string): string {
    const st = this.#structs.get(struct)!;
    const lines = [
      `  const h = req.${camel(struct)};`,
      `  if (h !== undefined) {`,
      `    const dv = w.view;`,
    ];
    for (const m of st.members) {
      if (m.type === "pad") continue;
      const acc = `h.${m.key}`;
      const off = `${at} + ${m.offset}`;
      if (m.struct !== undefined) {
        lines.push(
          `    if (${acc} !== undefined) ${this.#sn(m.struct)}.write(dv, ${off}, ${acc});`,
        );
      } else if (m.type === "binary" || m.type === "string") {
        lines.push(
          `    if (${acc} !== undefined) new Uint8Array(dv.buffer, dv.byteOffset + ${off}, ${m.size}).set(${acc}.subarray(0, ${m.size}));`,
        );
      } else {
        const le = m.size > 1 ? (m.bigEndian ? ", false" : ", true") : "";
        const val = SCALAR_TS[m.type] === "bigint" ? `BigInt(${acc})` : acc;
        lines.push(`    if (${acc} !== undefined) dv.set${DV_GET[m.type]}(${off}, ${val}${le});`);
      }
    }
    lines.push(`  }`);
    return lines.join("\n") + "\n";
  }

  /** Statements putting each of `attrs` present in `v`. */
  #puts(s: AttrSetDef, attrs: AttrDef[]): string {
    const out: string[] = [];
    for (const a of attrs) {
      const acc = `v.${this.#key(a)}`;
      if (a.multi) {
        const put = this.#put(a, "x", s);
        out.push(
          `  if (${acc} !== undefined) for (const x of ${acc}) ${
            put.includes("\n") ? `{\n${put}\n  }` : put
          };\n`,
        );
      } else if (a.type === "flag") {
        out.push(`  if (${acc}) w.putFlag(${a.value});\n`);
      } else {
        const put = this.#put(a, acc, s);
        out.push(`  if (${acc} !== undefined) ${put.includes("\n") ? `{\n${put}\n  }` : put};\n`);
      }
    }
    return out.join("");
  }

  /** A statement putting one value `x` of attribute `a`. */
  #put(a: AttrDef, x: string, s: AttrSetDef): string {
    const t = a.value;
    const c = a.checks;
    const range = c && (c.min !== undefined || c.max !== undefined)
      ? (v: string) => `checkRange(${q(a.name)}, ${v}, ${limit(c.min)}, ${limit(c.max)})`
      : (v: string) => v;
    const lenCheck = (len: string) =>
      c && (c.minLen !== undefined || c.maxLen !== undefined)
        ? `checkLength(${q(a.name)}, ${len}, ${c.minLen ?? "undefined"}, ${
          c.maxLen ?? "undefined"
        }), `
        : "";
    switch (a.type) {
      case "u8":
        return `w.putU8(${t}, ${range(x)})`;
      case "s8":
        return `w.putS8(${t}, ${range(x)})`;
      case "u16":
      case "u32":
        return `w.put${a.type.toUpperCase()}${a.bigEndian ? "BE" : ""}(${t}, ${range(x)})`;
      case "s16":
      case "s32":
        return a.bigEndian
          ? `putSignedBE(w, ${t}, ${a.type === "s16" ? 2 : 4}, ${range(x)})`
          : `w.put${a.type.toUpperCase()}(${t}, ${range(x)})`;
      case "u64":
        return `w.putU64${a.bigEndian ? "BE" : ""}(${t}, BigInt(${range(x)}))`;
      case "s64":
        return a.bigEndian
          ? `putSignedBE(w, ${t}, 8, ${range(x)})`
          : `w.putS64(${t}, BigInt(${range(x)}))`;
      case "uint":
        return `putUint(w, ${t}, ${range(x)})`;
      case "sint":
        return `putSint(w, ${t}, ${range(x)})`;
      case "string":
        return `(${lenCheck(`utf8Length(${x})`)}w.putString(${t}, ${x}))`;
      case "flag":
        return `w.putFlag(${t})`;
      case "bitfield32":
        return `    const at = putZeroed(w, ${t}, 8);\n    w.view.setUint32(at, ${x}.value, true);\n    w.view.setUint32(at + 4, ${x}.selector, true);`;
      case "binary": {
        if (a.struct) {
          const st = this.#sn(a.struct);
          return `${st}.write(w.view, putZeroed(w, ${t}, ${st}.SIZE), ${x})`;
        }
        // Text through the display hint; bytes as they are (no call on the fast path).
        const val = a.hint
          ? `typeof ${x} === "string" ? textToBytes(${q(a.hint)}, ${x}) : ${x}`
          : x;
        if (lenCheck("")) {
          return `{ const b = ${val}; ${lenCheck("b.byteLength")}w.putBytes(${t}, b); }`;
        }
        return `w.putBytes(${t}, ${val})`;
      }
      case "nest": {
        const set = pascal(a.nested!);
        if (a.fixedHeader) {
          const h = this.#sn(a.fixedHeader);
          return `    const n = w.nestStart(${t});\n    ${h}.write(w.view, w.reserve(${h}.SIZE), ${x}.${
            camel(a.fixedHeader)
          } ?? {});\n    write${set}(w, ${x});\n    w.nestEnd(n);`;
        }
        return `    const n = w.nestStart(${t});\n    write${set}(w, ${x});\n    w.nestEnd(n);`;
      }
      case "indexed-array": {
        const item: AttrDef = { ...a, type: a.subType as AttrDef["type"], value: -1, multi: false };
        let put: string;
        if (a.subType === "nest") {
          put = `{ const m = w.nestStart(i); write${pascal(a.nested!)}(w, y); w.nestEnd(m); }`;
        } else {put = `{ ${
            this.#put(item, "y", s).replace(/\(-1, /, "(i, ").replace(/, -1, /, ", i, ")
          }; }`;}
        return `    const n = w.nestStart(${t});\n    ${x}.forEach((y, i) => ${put});\n    w.nestEnd(n);`;
      }
      case "nest-type-value":
        return `    throw new TypeError(${
          q(`${a.name} (nest-type-value) cannot be encoded: only the kernel sends it`)
        });`;
      case "sub-message": {
        const sel = s.attrs.find((y) => y.name === a.selector)!;
        const formats = Object.entries(this.#f.subMessages[a.subMessage!]);
        const lines = [`    const sel = v.${this.#key(sel)};`, `    switch (sel) {`];
        for (const [value, fm] of formats) {
          const sv = sel.type === "string" ? q(value) : value;
          lines.push(`      case ${sv}: {`);
          if (fm.attrSet || fm.fixedHeader) {
            lines.push(`        const n = w.nestStart(${t});`);
            if (fm.fixedHeader) {
              const h = this.#sn(fm.fixedHeader);
              lines.push(
                `        ${h}.write(w.view, w.reserve(${h}.SIZE), (${x} as { ${
                  camel(fm.fixedHeader)
                }?: ${h}Fields }).${camel(fm.fixedHeader)} ?? {});`,
              );
            }
            if (fm.attrSet) {
              lines.push(
                `        write${pascal(fm.attrSet)}(w, ${x} as ${pascal(fm.attrSet)}Values);`,
              );
            }
            lines.push(`        w.nestEnd(n);`);
          } else lines.push(`        w.putBytes(${t}, new Uint8Array(0));`);
          lines.push(`        break;`, `      }`);
        }
        lines.push(
          `      default:`,
          `        throw new TypeError(\`${a.name}: no format for ${a.selector} \${JSON.stringify(sel)}; the spec has: ${
            formats.map(([v]) => v).join(", ")
          }\`);`,
          `    }`,
        );
        return lines.join("\n");
      }
    }
    throw new Error(`${a.name}: cannot encode type ${a.type}`);
  }

  /** Message view classes: one per (attribute set, fixed header) that replies and notifications use. */
  #collectMessages(): void {
    for (const op of this.#f.ops) {
      if (!op.attrSet) continue;
      if (
        op.do?.reply || op.dump?.reply || op.notify || op.event || op.do?.request ||
        op.dump?.request
      ) {
        this.#messageOf(op);
      }
    }
  }

  /** The message view class name of an operation. */
  #messageOf(op: OpDef): string {
    if (!op.attrSet) return "RawMessage";
    const key = `msg|${op.attrSet}|${op.fixedHeader ?? ""}`;
    let m = this.#messages.get(key);
    if (!m) {
      let base = pascal(op.attrSet).replace(/Attrs$/, "");
      // "Message", "RawMessage" and the like are taken by imports.
      if (base === "" || base === "Raw") base = pascal(op.attrSet);
      m = { set: op.attrSet, header: op.fixedHeader, name: `${base}Message` };
      const taken = [...this.#messages.values()].some((x) => x.name === m!.name) ||
        this.#sets.has(`${base}-message`);
      if (taken && op.fixedHeader) m.name = `${base}${this.#sn(op.fixedHeader)}Message`;
      this.#messages.set(key, m);
    }
    return m.name;
  }

  #messageView(m: { set: string; header?: string; name: string }): void {
    const set = pascal(m.set);
    const isMessage = m.name.endsWith("Message");
    const h = m.header ? this.#sn(m.header) : undefined;
    const hk = m.header ? camel(m.header) : undefined;
    const genl = this.#f.protocol !== "netlink-raw";
    this.#w(docComment(
      isMessage
        ? `A message of ${this.#f.name} read in place: ${
          m.header ? `its fixed header \`${hk}\` and ` : ""
        }the ${m.set} attributes.`
        : `The ${m.set} attributes after a fixed header \`${hk}\`, read in place.`,
    ));
    this.#w(`export class ${m.name} extends ${set}View {\n`);
    if (h) {
      this.#w(
        `  /** The fixed header, read and written in place. */\n  readonly ${hk} = new ${h}();\n`,
      );
      if (!isMessage) {
        this.#w(
          `  /** Points the view at a header then attributes in \`buffer[start, end)\`. @returns This view. */\n`,
        );
        this.#w(
          `  override reset(buffer: Uint8Array, start: number, end: number, view?: DataView): this {\n`,
        );
        this.#w(
          `    const dv = view ?? new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);\n`,
        );
        this.#w(
          `    this.${hk}.reset(dv, start - ${
            align(this.#structs.get(m.header!)!.size)
          }, end - start + ${align(this.#structs.get(m.header!)!.size)});\n`,
        );
        this.#w(`    return super.reset(buffer, start, end, dv);\n  }\n`);
      }
    }
    if (isMessage) {
      const hsize = (genl ? 4 : 0) + (m.header ? this.#structs.get(m.header)!.size : 0);
      this.#w(
        `  /**\n   * Points the view at a message of the family (a view; see its lifetime).\n   *\n`,
      );
      this.#w(`   * @param m The message.\n   * @returns This view.\n   */\n`);
      this.#w(`  read(m: Message): this {\n`);
      this.#w(`    const at = m.payloadOffset;\n`);
      if (h) {
        this.#w(
          `    this.${hk}.reset(m.view, at${genl ? " + 4" : ""}, m.payloadLength${
            genl ? " - 4" : ""
          });\n`,
        );
      }
      this.#w(`    const start = at + ${align(hsize)};\n`);
      this.#w(`    const end = m.offset + m.length;\n`);
      this.#w(`    return this.reset(m.buffer, start < end ? start : end, end, m.view);\n  }\n`);
      if (genl) {
        this.#w(`  /** The message's command (\`genlmsghdr.cmd\`). */\n`);
        this.#w(
          `  get cmd(): number {\n    return this.view.getUint8(this.start - ${
            align(hsize)
          });\n  }\n`,
        );
      }
    }
    if (h) {
      this.#w(
        `  /** The header and attributes as a plain object the caller owns. @returns A new object. */\n`,
      );
      this.#w(
        `  override toObject(): ${set}Values & { ${hk}: ${h}Fields } {\n    return { ${hk}: this.${hk}.toObject(), ...super.toObject() };\n  }\n`,
      );
      this.#w(
        `  /** Header fields and attributes side by side, with the spec's names. @returns A new object. */\n`,
      );
      this.#w(
        `  override toJSON(): Record<string, unknown> {\n    return sideBySide(decodeValues(schema, ${
          q(m.header!)
        }, this.${hk}, true), super.toJSON());\n  }\n`,
      );
    }
    this.#w(`}\n\n`);
  }

  /** Request types and encoders, one per operation and mode. */
  #requests(): void {
    const f = this.#f;
    for (const op of f.ops) {
      for (const mode of ["do", "dump"] as const) {
        const req = op[mode]?.request;
        if (!op[mode]) continue;
        this.#requestType(op, mode, req);
        this.#requestEncoder(op, mode, req);
      }
    }
  }

  #reqName(op: OpDef, mode: "do" | "dump"): string {
    return `${pascal(op.name)}${mode === "dump" ? "Dump" : ""}Request`;
  }

  #requestType(op: OpDef, mode: "do" | "dump", req: OpMessage | undefined): void {
    if (req?.raw) {
      const header = op.fixedHeader
        ? ` & { ${camel(op.fixedHeader)}?: ${this.#sn(op.fixedHeader)}Fields }`
        : "";
      this.#w(
        docComment(
          `The request of ${op.name} (${mode}): a raw payload${op.doc ? `. ${op.doc}` : "."}`,
        ),
      );
      this.#w(
        `export type ${this.#reqName(op, mode)} = { payload?: Uint8Array | string }${header};\n\n`,
      );
      return;
    }
    const set = this.#sets.get(op.attrSet)!;
    const listed = (req?.attrs ?? []).map((n) => set.attrs.find((a) => a.name === n)).filter(
      (a): a is AttrDef => a !== undefined && a.type !== "pad" && a.type !== "unused",
    );
    const keys = [...new Set(listed.map((a) => q(this.#key(a))))];
    const parts: string[] = [];
    if (keys.length > 0) parts.push(`Pick<${pascal(op.attrSet)}Values, ${keys.join(" | ")}>`);
    if (op.fixedHeader) {
      parts.push(`{ ${camel(op.fixedHeader)}?: ${this.#sn(op.fixedHeader)}Fields }`);
    }
    const body = parts.length > 0 ? parts.join(" & ") : "Record<string, never>";
    this.#w(docComment(`The request of ${op.name} (${mode})${op.doc ? `: ${op.doc}` : "."}`));
    this.#w(`export type ${this.#reqName(op, mode)} = ${body};\n\n`);
  }

  #requestEncoder(op: OpDef, mode: "do" | "dump", req: OpMessage | undefined): void {
    const f = this.#f;
    const genl = f.protocol !== "netlink-raw";
    const name = this.#reqName(op, mode);
    const fn = `encode${name.replace(/Request$/, "")}`;
    const hasReply = mode === "dump" || op.do?.reply !== undefined;
    const flags = mode === "dump" ? "0x301" : hasReply ? "0x1" : "0x5";
    const value = req?.value ?? op[mode]?.reply?.value;
    if (value === undefined) {
      throw new Error(`${f.file}: operations[${op.name}].${mode} has no value`);
    }
    this.#w(
      docComment(
        `Writes a ${op.name} ${mode} request as one message (header, then attributes).`,
        "",
        [
          "@param w The writer; the message is begun and ended in it.",
          "@param req The request.",
          `@param flags \`nlmsg_flags\`; default ${
            mode === "dump"
              ? "`NLM_F_REQUEST | NLM_F_DUMP`"
              : hasReply
              ? "`NLM_F_REQUEST`"
              : "`NLM_F_REQUEST | NLM_F_ACK`"
          }.`,
          genl
            ? "@param type The family id (the client resolves it by name)."
            : `@param type \`nlmsg_type\`; default ${value}.`,
          "@returns The message's length.",
        ],
      ),
    );
    const typeParam = genl ? "type: number" : `type = ${value}`;
    this.#w(
      `export function ${fn}(w: MessageWriter, req: ${name}, flags = ${flags}, ${typeParam}): number {\n`,
    );
    this.#w(`  w.begin(type, flags);\n`);
    if (genl) {
      const user = op.fixedHeader ? this.#structs.get(op.fixedHeader)!.size : 0;
      this.#w(
        `  const g = w.reserve(${
          4 + user
        });\n  w.view.setUint8(g, ${value});\n  w.view.setUint8(g + 1, ${f.version});\n`,
      );
      if (op.fixedHeader) this.#w(this.#headerWrite(op.fixedHeader, "g + 4"));
    } else if (op.fixedHeader) {
      const size = this.#structs.get(op.fixedHeader)!.size;
      this.#w(`  const at = w.reserve(${size});\n${this.#headerWrite(op.fixedHeader, "at")}`);
    }
    // The attributes the operation's request lists, in the set's order (as
    // the kernel's C generator does): the request type allows no others.
    if (req?.raw) {
      this.#w(`  if (req.payload !== undefined) w.append(payloadBytes(req.payload));\n`);
      this.#w(`  return w.end();\n}\n\n`);
      return;
    }
    const set = this.#sets.get(op.attrSet)!;
    const names = new Set(req?.attrs ?? []);
    const listed = set.attrs.filter((a) =>
      names.has(a.name) && a.type !== "pad" && a.type !== "unused"
    );
    if (listed.length > 0) this.#w(`  const v = req;\n${this.#puts(set, listed)}`);
    else if (!op.fixedHeader) this.#w(`  void req;\n`);
    this.#w(`  return w.end();\n}\n\n`);
  }

  #client(): void {
    const f = this.#f;
    const cls = `${pascal(f.name)}Client`;
    const genl = f.protocol !== "netlink-raw";
    const notifs = f.ops.filter((o) => o.notify || o.event);
    this.#w(docComment(
      `A client of the ${f.name} family: one method per operation, over one socket.${
        f.doc ? "\n\n" + f.doc : ""
      }`,
      "",
      [
        "Replies are views valid until the client receives again; call",
        "`toObject()` to keep one. Dumps iterate with `for...of` or `for await...of`.",
        "",
        "@example",
        "```ts",
        `import { ${cls} } from "./${f.name}.ts";`,
        `using client = ${cls}.open();`,
        "```",
      ],
    ));
    this.#w(`export class ${cls} extends FamilyClient {\n`);
    const views = new Map<string, string>();
    const hasNotifications = notifs.length > 0 || Object.keys(f.mcastGroups).length > 0;
    const notifTypes = new Set(notifs.map((o) => this.#messageOf(o)));
    for (const op of f.ops) {
      const m = this.#messageOf(op);
      const used = op.do?.reply !== undefined || op.dump !== undefined ||
        (hasNotifications && (notifTypes.size === 0 || notifTypes.has(m)));
      if (used) views.set(m, `#${camel(m)} = new ${m}();`);
    }
    for (const v of views.values()) this.#w(`  ${v}\n`);
    this.#w(
      `\n  /**\n   * Opens a socket for the family${
        genl ? " and resolves the family by name" : ""
      }.\n   *\n`,
    );
    this.#w(
      `   * @param options Socket options, or an open socket to use.\n   * @returns The client.\n`,
    );
    this.#w(
      `   * @throws {KernelError} ${
        genl
          ? "`ENOENT` when the family is not registered (its module is not loaded)."
          : "When the kernel refuses."
      }\n   */\n`,
    );
    this.#w(
      `  static open(options: ClientOptions = {}): ${cls} {\n    return new ${cls}(connect(schema, options));\n  }\n`,
    );
    for (const op of f.ops) {
      for (const mode of ["do", "dump"] as const) {
        if (!op[mode]) continue;
        this.#clientMethods(op, mode);
      }
    }
    if (hasNotifications) {
      const types = [...new Set(notifs.map((o) => this.#messageOf(o)))];
      const groups = Object.keys(f.mcastGroups);
      this.#w(`  /**\n   * Joins a multicast group of the family by name.\n   *\n`);
      this.#w(`   * @param group ${groups.map((g) => `\`${q(g)}\``).join(", ")}.\n`);
      this.#w(`   * @throws {RangeError} When the family has no such group.\n   */\n`);
      this.#w(
        `  subscribe(group: ${
          groups.length > 0 ? groups.map(q).join(" | ") : "string"
        }): void {\n    this.$subscribe(group);\n  }\n`,
      );
      this.#w(
        `  /**\n   * The notifications of the joined groups, each a view valid until the next one.\n   *\n`,
      );
      this.#w(
        `   * @param options \`signal\` and \`timeout\` of the waits.\n   * @returns An async iterator of notifications.\n   */\n`,
      );
      const byView = new Map<string, string[]>();
      for (const o of f.ops) {
        const v = this.#messageOf(o);
        if (types.length > 0 && !types.includes(v)) continue;
        byView.set(v, [...(byView.get(v) ?? []), o.name]);
      }
      // A union discriminated by the operation's name: `if (n.name === ...)` narrows the message.
      const union = [...byView].map(([v, names]) =>
        `Notification<${names.map(q).join(" | ")}, ${v}>`
      )
        .join(" | ");
      this.#w(`  notifications(options: WaitOptions = {}): AsyncIterableIterator<${union}> {\n`);
      this.#w(`    return this.$notifications(options, (name) => {\n      switch (name) {\n`);
      for (const [v, names] of byView) {
        this.#w(
          `${names.map((n) => `        case ${q(n)}:\n`).join("")}          return this.#${
            camel(v)
          };\n`,
        );
      }
      this.#w(
        `      }\n      return undefined;\n    }) as AsyncIterableIterator<${union}>;\n  }\n`,
      );
    }
    this.#w(`}\n\n`);
  }

  #clientMethods(op: OpDef, mode: "do" | "dump"): void {
    const f = this.#f;
    const genl = f.protocol !== "netlink-raw";
    const req = this.#reqName(op, mode);
    const enc = `encode${req.replace(/Request$/, "")}`;
    const view = this.#messageOf(op);
    const hasReply = mode === "do" && op.do?.reply !== undefined;
    const optional = " = {}";
    const value = op[mode]?.request?.value ?? op[mode]?.reply?.value;
    const type = genl ? "this.familyId" : String(value);
    const m = camel(op.name);
    const doc = op.doc ? op.doc.replace(/\s+$/, "") : op.name;
    if (mode === "dump") {
      this.#w(docComment(`${doc.replace(/\.$/, "")} (dump).`, "  ", [
        "@param req The dump request.",
        "@param options `signal` and `timeout` of asynchronous waits.",
        "@returns The dump: `for...of` blocks, `for await...of` waits without blocking; each message is a view.",
        "@throws {KernelError} When the kernel refuses the dump.",
      ]));
      this.#w(`  ${m}Dump(req: ${req}${optional}, options: WaitOptions = {}): Dump<${view}> {\n`);
      this.#w(`    return this.$dump(${enc}, req, ${type}, this.#${camel(view)}, options);\n  }\n`);
      return;
    }
    const ret = hasReply ? view : "void";
    this.#w(docComment(
      `${doc}.`,
      "  ",
      [
        "@param req The request.",
        `@param options ${
          hasReply
            ? "Extra `nlmsg_flags`."
            : "Extra `nlmsg_flags` (`create`, `excl`, `replace`, `append`)."
        }`,
        hasReply ? "@returns The reply, a view valid until the client receives again." : "",
        "@throws {KernelError} When the kernel refuses, with its extended-ack text.",
      ].filter((x) => x),
    ));
    this.#w(`  ${m}(req: ${req}${optional}, options: DoOptions = {}): ${ret} {\n`);
    this.#w(
      hasReply
        ? `    return this.$do(${enc}, req, ${type}, options, this.#${camel(view)});\n  }\n`
        : `    this.$ack(${enc}, req, ${type}, options);\n  }\n`,
    );
    this.#w(docComment(
      `${doc}, without blocking the event loop.`,
      "  ",
      [
        "@param req The request.",
        "@param options Extra `nlmsg_flags`, `signal`, `timeout`.",
        hasReply ? "@returns The reply, over its own copy of the bytes." : "",
        "@throws {KernelError} When the kernel refuses, with its extended-ack text.",
      ].filter((x) => x),
    ));
    this.#w(`  ${m}Async(req: ${req}${optional}, options: DoOptions = {}): Promise<${ret}> {\n`);
    this.#w(
      hasReply
        ? `    return this.$doAsync(${enc}, req, ${type}, options, new ${view}());\n  }\n`
        : `    return this.$ackAsync(${enc}, req, ${type}, options);\n  }\n`,
    );
  }

  #schema(): void {
    // The runtime types the module's public types stand on, for one entry point.
    this.#w(`export { AttrView, StructView } from "${this.#o.src}ynl/view.ts";\n`);
    this.#w(`export { FamilyClient } from "${this.#o.src}ynl/client.ts";\n`);
    this.#w(
      `export type { ClientOptions, DoOptions, Dump, Notification } from "${this.#o.src}ynl/client.ts";\n`,
    );
    this.#w(`export type { FamilySchema } from "${this.#o.src}ynl/schema.ts";\n`);
    this.#w(`export type { Message } from "${this.#o.src}codec/message.ts";\n`);
    this.#w(`export type { MessageWriter } from "${this.#o.src}codec/writer.ts";\n`);
    this.#w(`export type { WaitOptions } from "${this.#o.src}socket/options.ts";\n`);
    if (this.#f.ops.some((o) => !o.attrSet)) {
      this.#w(`export { RawMessage } from "${this.#o.src}ynl/raw.ts";\n`);
    }
    this.#w(`\n`);
    const schema = toSchema(this.#f);
    this.#w(
      `/** The ${this.#f.name} family as data: names, numbers and types, for the JSON codec. */\n`,
    );
    this.#w(`export const schema: FamilySchema = ${JSON.stringify(schema, null, 1)};\n`);
  }
}

function align(n: number): number {
  return (n + 3) & ~3;
}

function limit(v: number | bigint | undefined): string {
  if (v === undefined) return "undefined";
  return typeof v === "bigint" ? `${v}n` : String(v);
}

function constName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
}

function memberDoc(
  m: {
    name: string;
    type: string;
    size: number;
    enum?: string;
    asFlags?: boolean;
    bigEndian?: boolean;
  },
): string {
  const bits = [
    `${m.name}: ${m.type}${m.type === "binary" || m.type === "string" ? `[${m.size}]` : ""}`,
  ];
  if (m.enum) bits.push(`${m.asFlags ? "flags" : "enum"} ${m.enum}`);
  if (m.bigEndian) bits.push("big-endian");
  return `${bits.join("; ")}.`;
}

function memberType(m: { type: string; struct?: string }, sn: (n: string) => string): string {
  if (m.struct) return `${sn(m.struct)}Fields`;
  if (m.type === "binary" || m.type === "string") return "Uint8Array";
  return SCALAR_TS[m.type] === "bigint" ? "bigint | number" : "number";
}

function attrDoc(a: AttrDef): string {
  const bits = [`${a.name}: ${a.type}${a.multi ? ", multi-attr" : ""}`];
  if (a.enum) bits.push(`${a.asFlags ? "flags" : "enum"} ${a.enum}`);
  if (a.hint) bits.push(`display hint ${a.hint}`);
  if (a.bigEndian) bits.push("big-endian");
  const head = `${bits.join("; ")} (type ${a.value}).`;
  return a.doc ? `${a.doc}\n\n${head}` : head;
}

/**
 * Writes the TypeScript module of a family.
 *
 * @param family The normalized family.
 * @param options Header and import paths.
 * @returns The module's text (to be formatted with `deno fmt`).
 */
export function emitFamily(family: FamilyDef, options: EmitOptions): string {
  return new Emitter(family, options).emit();
}
