/**
 * The schema-driven codec: attributes and structs to plain objects and
 * back, by a family's run-time schema. Two spellings: `json` (the spec's
 * own names, enum names, display-hint text, binary as hex, 64-bit values
 * beyond 2^53 as decimal strings; what the `nlrt`
 * command line prints and reads, as the kernel's `ynl` tool does) and
 * objects (camelCase keys, numbers, bigints, bytes; what the generated
 * `toObject()` returns). The generated views and encoders are the fast
 * path; this is the general one.
 *
 * @module
 */
import type { MessageWriter } from "../codec/writer.ts";
import { NLA_TYPE_MASK } from "../codec/constants.ts";
import { DecodeError } from "../errors.ts";
import type {
  AttrSchema,
  AttrSetSchema,
  FamilySchema,
  MemberSchema,
  StructSchema,
} from "./schema.ts";
import {
  bytesToText,
  hexToText,
  numberToText,
  textToBytes,
  textToHex,
  textToNumber,
} from "./hints.ts";
import { putSignedBE, putSint, putUint, putZeroed } from "./encode.ts";
import {
  AttrView,
  readAuto,
  readScalar,
  scalarSize,
  type StructView,
  writeScalar,
} from "./view.ts";
import { readString } from "../codec/_strings.ts";

type Obj = Record<string, unknown>;

const byValue = new WeakMap<AttrSetSchema, Map<number, AttrSchema>>();
const byName = new WeakMap<AttrSetSchema, Map<string, AttrSchema>>();

function attrSet(schema: FamilySchema, name: string): AttrSetSchema {
  const set = schema.attrSets[name];
  if (!set) throw new TypeError(`Family ${schema.name} has no attribute set "${name}"`);
  return set;
}

function attrByValue(set: AttrSetSchema, value: number): AttrSchema | undefined {
  let m = byValue.get(set);
  if (!m) byValue.set(set, m = new Map(set.attrs.map((a) => [a.value, a])));
  return m.get(value);
}

function attrByName(set: AttrSetSchema, name: string, json: boolean): AttrSchema | undefined {
  let m = byName.get(set);
  if (!m) {
    m = new Map();
    for (const a of set.attrs) {
      m.set(`j:${a.name}`, a);
      m.set(`o:${a.key}`, a);
    }
    byName.set(set, m);
  }
  return m.get(`${json ? "j" : "o"}:${name}`);
}

/**
 * Decodes a view's attributes (or a struct view's fields) into a plain object.
 *
 * @param schema The family's schema.
 * @param name The attribute set's (or struct's) name.
 * @param source The view to read.
 * @param json `true`: spec names and text; `false`: camelCase keys and raw values.
 * @returns A new object the caller owns.
 * @throws {DecodeError} On malformed attributes.
 */
export function decodeValues(
  schema: FamilySchema,
  name: string,
  source: AttrView | StructView,
  json: boolean,
): Obj {
  if (source instanceof AttrView) {
    return decodeAttrs(schema, name, source.buffer, source.view, source.start, source.end, json);
  }
  return decodeStruct(schema, name, source.view, source.offset, json);
}

/**
 * Decodes the attributes in `buf[start, end)` of one attribute set.
 *
 * @param schema The family's schema.
 * @param setName The attribute set.
 * @param buf The buffer.
 * @param dv A `DataView` over the buffer.
 * @param start Offset of the first attribute.
 * @param end Offset past the last.
 * @param json The spelling (see the module's doc).
 * @returns A new object; attributes of unknown types are left out.
 * @throws {DecodeError} On malformed attributes.
 */
export function decodeAttrs(
  schema: FamilySchema,
  setName: string,
  buf: Uint8Array,
  dv: DataView,
  start: number,
  end: number,
  json: boolean,
): Obj {
  const set = attrSet(schema, setName);
  const out: Obj = {};
  for (const at of walk(dv, start, end)) {
    const a = attrByValue(set, dv.getUint16(at + 2, true) & NLA_TYPE_MASK);
    if (!a || a.type === "pad" || a.type === "unused") continue;
    const value = decodeAttr(schema, set, a, buf, dv, at, start, end, json);
    const key = json ? a.name : a.key;
    if (a.multi) ((out[key] ??= []) as unknown[]).push(value);
    else out[key] = value;
  }
  return out;
}

function* walk(dv: DataView, start: number, end: number): Generator<number> {
  let at = start;
  while (end - at >= 4) {
    const len = dv.getUint16(at, true);
    if (len < 4 || len > end - at) {
      throw new DecodeError(at, `attribute length ${len} does not fit its container`);
    }
    yield at;
    at += (len + 3) & ~3;
  }
}

function decodeAttr(
  schema: FamilySchema,
  set: AttrSetSchema,
  a: AttrSchema,
  buf: Uint8Array,
  dv: DataView,
  at: number,
  setStart: number,
  setEnd: number,
  json: boolean,
): unknown {
  const len = dv.getUint16(at, true);
  const vStart = at + 4;
  const vEnd = at + len;
  switch (a.type) {
    case "u8":
    case "u16":
    case "u32":
    case "u64":
    case "s8":
    case "s16":
    case "s32":
    case "s64":
    case "uint":
    case "sint": {
      const type = dv.getUint16(at + 2, true) & NLA_TYPE_MASK;
      let v: number | bigint;
      if (a.type === "uint" || a.type === "sint") {
        v = readAuto(dv, at, a.type === "sint", a.bigEndian ?? false, type);
      } else {
        const size = scalarSize(a.type);
        if (len - 4 !== size) {
          throw new DecodeError(
            at,
            `${a.name} has a ${len - 4}-byte value where ${size} were expected`,
          );
        }
        v = readScalar(dv, vStart, a.type, a.bigEndian ?? false);
      }
      return json ? scalarJson(schema, a, v) : v;
    }
    case "string":
      return readString(buf, dv, vStart, vEnd);
    case "flag":
      return true;
    case "binary":
      if (a.struct) {
        return decodeStruct(schema, a.struct, dv, vStart, json, vEnd - vStart);
      }
      if (a.subType) {
        const size = scalarSize(a.subType);
        const items: unknown[] = [];
        for (let p = vStart; p + size <= vEnd; p += size) {
          const v = readScalar(dv, p, a.subType);
          items.push(json ? jsonNumber(v) : v);
        }
        return items;
      }
      return bytesOut(buf.subarray(vStart, vEnd), a.hint, json);
    case "nest": {
      let s = vStart;
      const head: Obj = {};
      if (a.fixedHeader) {
        const st = schema.structs[a.fixedHeader]!;
        const h = decodeStruct(schema, a.fixedHeader, dv, vStart, json, vEnd - vStart);
        if (json) Object.assign(head, h);
        else head[camelOf(a.fixedHeader)] = h;
        s = vStart + ((st.size + 3) & ~3);
      }
      return { ...head, ...decodeAttrs(schema, a.nested!, buf, dv, Math.min(s, vEnd), vEnd, json) };
    }
    case "indexed-array": {
      const items: unknown[] = [];
      for (const item of walk(dv, vStart, vEnd)) {
        const il = dv.getUint16(item, true);
        if (a.subType === "nest") {
          items.push(decodeAttrs(schema, a.nested!, buf, dv, item + 4, item + il, json));
        } else if (a.subType === "binary") {
          items.push(bytesOut(buf.subarray(item + 4, item + il), a.hint, json));
        } else if (a.subType === "string") {
          items.push(readString(buf, dv, item + 4, item + il));
        } else {
          const v = a.subType === "uint" || a.subType === "sint"
            ? readAuto(dv, item, a.subType === "sint", a.bigEndian ?? false, 0)
            : readScalar(dv, item + 4, a.subType!, a.bigEndian ?? false);
          items.push(json ? (a.hint ? numberToText(a.hint, v, a.bigEndian) : jsonNumber(v)) : v);
        }
      }
      return items;
    }
    case "nest-type-value": {
      const levels = a.typeValue!;
      const items: unknown[] = [];
      const descend = (s: number, e: number, depth: number, ids: Obj) => {
        for (const item of walk(dv, s, e)) {
          const type = dv.getUint16(item + 2, true) & NLA_TYPE_MASK;
          const name = json ? levels[depth]! : camelOf(levels[depth]!);
          const next = { ...ids, [name]: type };
          const il = dv.getUint16(item, true);
          if (depth + 1 < levels.length) descend(item + 4, item + il, depth + 1, next);
          else {items.push({
              ...next,
              ...decodeAttrs(schema, a.nested!, buf, dv, item + 4, item + il, json),
            });}
        }
      };
      descend(vStart, vEnd, 0, {});
      return items;
    }
    case "bitfield32": {
      if (len - 4 !== 8) throw new DecodeError(at, `${a.name} is not 8 bytes`);
      const value = dv.getUint32(vStart, true);
      const selector = dv.getUint32(vStart + 4, true);
      if (json && a.enum) {
        return {
          value: enumJson(schema, a.enum, value, true),
          selector: enumJson(schema, a.enum, selector, true),
        };
      }
      return { value, selector };
    }
    case "sub-message": {
      const sel = set.attrs.find((x) => x.name === a.selector);
      let key: string | undefined;
      if (sel) {
        for (const s of walk(dv, setStart, setEnd)) {
          if ((dv.getUint16(s + 2, true) & NLA_TYPE_MASK) !== sel.value) continue;
          const raw = decodeAttr(schema, set, sel, buf, dv, s, setStart, setEnd, false);
          key = String(raw);
          break;
        }
      }
      const fm = key === undefined ? undefined : schema.subMessages[a.subMessage!]![key];
      if (!fm) return json ? hexToText(buf.subarray(vStart, vEnd)) : buf.slice(vStart, vEnd);
      const out: Obj = {};
      let s = vStart;
      if (fm.fixedHeader) {
        const h = decodeStruct(schema, fm.fixedHeader, dv, vStart, json, vEnd - vStart);
        if (json) Object.assign(out, h);
        else out[camelOf(fm.fixedHeader)] = h;
        s += (schema.structs[fm.fixedHeader]!.size + 3) & ~3;
      }
      if (fm.attrSet) {
        Object.assign(out, decodeAttrs(schema, fm.attrSet, buf, dv, Math.min(s, vEnd), vEnd, json));
      }
      return out;
    }
  }
  return undefined;
}

function bytesOut(bytes: Uint8Array, hint: AttrSchema["hint"], json: boolean): unknown {
  if (!json) return bytes.slice();
  if (hint) {
    try {
      return bytesToText(hint, bytes);
    } catch {
      return hexToText(bytes); // a value of another length than the hint's
    }
  }
  return hexToText(bytes);
}

function scalarJson(
  schema: FamilySchema,
  a: { enum?: string; asFlags?: boolean; hint?: AttrSchema["hint"]; bigEndian?: boolean },
  v: number | bigint,
): unknown {
  if (a.enum) return enumJson(schema, a.enum, Number(v), a.asFlags ?? false);
  if (a.hint) return numberToText(a.hint, v, a.bigEndian);
  return jsonNumber(v);
}

/** A JSON-safe number: bigints within 2^53 become numbers, larger ones decimal strings. */
function jsonNumber(v: number | bigint): number | string {
  if (typeof v === "number") return v;
  return v >= -0x1fffffffffffffn && v <= 0x1fffffffffffffn ? Number(v) : v.toString();
}

function enumJson(schema: FamilySchema, name: string, v: number, asFlags: boolean): unknown {
  const e = schema.enums[name];
  if (!e) return v;
  if (e.kind === "flags" || asFlags) {
    const names: unknown[] = [];
    let rest = v;
    for (const [n, mask] of Object.entries(e.entries)) {
      const m = e.kind === "flags" ? mask : 2 ** mask;
      if ((v & m) !== 0 && m !== 0) {
        names.push(n);
        rest &= ~m;
      }
    }
    if (rest !== 0) names.push(rest >>> 0);
    return names;
  }
  for (const [n, value] of Object.entries(e.entries)) if (value === v) return n;
  return v;
}

/**
 * Decodes a struct at an offset.
 *
 * @param schema The family's schema.
 * @param name The struct's name.
 * @param dv The buffer's view.
 * @param at Offset of the struct.
 * @param json The spelling (see the module's doc).
 * @param available Bytes available (a shorter struct reads as zero-filled).
 * @returns A new object.
 */
export function decodeStruct(
  schema: FamilySchema,
  name: string,
  dv: DataView,
  at: number,
  json: boolean,
  available = Infinity,
): Obj {
  const st = structOf(schema, name);
  let view = dv;
  let base = at;
  if (available < st.size) {
    const copy = new Uint8Array(st.size);
    copy.set(new Uint8Array(dv.buffer, dv.byteOffset + at, Math.max(0, available)));
    view = new DataView(copy.buffer);
    base = 0;
  }
  const out: Obj = {};
  for (const m of st.members) {
    if (m.type === "pad") continue;
    const off = base + m.offset;
    let v: unknown;
    if (m.struct) v = decodeStruct(schema, m.struct, view, off, json);
    else if (m.type === "binary" || m.type === "string") {
      const bytes = new Uint8Array(view.buffer, view.byteOffset + off, m.size);
      v = bytesOut(bytes, m.hint, json);
    } else {
      const raw = readScalar(view, off, m.type, m.bigEndian ?? false);
      v = json ? scalarJson(schema, m, raw) : raw;
    }
    out[json ? m.name : m.key] = v;
  }
  return out;
}

function structOf(schema: FamilySchema, name: string): StructSchema {
  const st = schema.structs[name];
  if (!st) throw new TypeError(`Family ${schema.name} has no struct "${name}"`);
  return st;
}

function camelOf(name: string): string {
  return name.replace(/[^A-Za-z0-9]+([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/**
 * Writes a struct's fields from an object into a zeroed struct, taking the
 * fields it uses out of `values` (so that the rest are attributes, as the
 * kernel's tool reads flat JSON).
 *
 * @param schema The family's schema.
 * @param name The struct's name.
 * @param dv The writer's view.
 * @param at Offset of the (zeroed) struct.
 * @param values The object; fields of the struct are removed from it.
 * @param json The spelling (see the module's doc).
 * @throws {TypeError} When a value does not fit its field.
 */
export function encodeStruct(
  schema: FamilySchema,
  name: string,
  dv: DataView,
  at: number,
  values: Obj,
  json: boolean,
): void {
  const st = structOf(schema, name);
  for (const m of st.members) {
    if (m.type === "pad") continue;
    const key = json ? m.name : m.key;
    if (!(key in values)) continue;
    const v = values[key];
    delete values[key];
    const off = at + m.offset;
    if (m.struct) encodeStruct(schema, m.struct, dv, off, objectIn(v, `${name}.${m.name}`), json);
    else if (m.type === "binary" || m.type === "string") {
      const bytes = bytesIn(v, m.hint, `${name}.${m.name}`);
      if (bytes.length > m.size) {
        throw new RangeError(`${name}.${m.name} is ${m.size} bytes, not ${bytes.length}`);
      }
      new Uint8Array(dv.buffer, dv.byteOffset + off, m.size).set(bytes);
    } else {
      writeScalar(
        dv,
        off,
        m.type,
        scalarIn(schema, m, v, `${name}.${m.name}`),
        m.bigEndian ?? false,
      );
    }
  }
}

function objectIn(v: unknown, what: string): Obj {
  if (v === null || typeof v !== "object" || Array.isArray(v) || v instanceof Uint8Array) {
    throw new TypeError(`${what}: expected an object, got ${JSON.stringify(v)}`);
  }
  return { ...(v as Obj) };
}

function bytesIn(v: unknown, hint: MemberSchema["hint"], what: string): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (typeof v === "string") return hint ? textToBytes(hint, v) : textToHex(v);
  if (Array.isArray(v)) return Uint8Array.from(v as number[]);
  throw new TypeError(`${what}: expected bytes or text, got ${JSON.stringify(v)}`);
}

function scalarIn(
  schema: FamilySchema,
  a: {
    enum?: string;
    asFlags?: boolean;
    hint?: AttrSchema["hint"];
    bigEndian?: boolean;
    type: string;
  },
  v: unknown,
  what: string,
): number | bigint {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const e = a.enum ? schema.enums[a.enum] : undefined;
  if (e && (typeof v === "string" || Array.isArray(v))) {
    const flags = e.kind === "flags" || a.asFlags;
    const names = Array.isArray(v) ? v : [v];
    let out = 0;
    for (const n of names) {
      if (typeof n === "number") {
        out |= n;
        continue;
      }
      const value = e.entries[String(n)];
      if (value === undefined) {
        throw new TypeError(
          `${what}: "${n}" is not in ${a.enum} (${Object.keys(e.entries).join(", ")})`,
        );
      }
      if (!flags) return value;
      out |= e.kind === "flags" ? value : 2 ** value;
    }
    return out >>> 0;
  }
  if (typeof v === "string") {
    if (a.hint === "ipv4") return textToNumber("ipv4", v, a.bigEndian);
    if (/^-?\d+$/.test(v)) {
      return a.type.endsWith("64") || a.type.endsWith("int") ? BigInt(v) : Number(v);
    }
    if (/^0x[0-9a-f]+$/i.test(v)) return Number(v);
  }
  throw new TypeError(`${what}: expected a number, got ${JSON.stringify(v)}`);
}

/**
 * Writes attributes of one set from an object.
 *
 * @param schema The family's schema.
 * @param setName The attribute set.
 * @param w The writer, inside an open message or nest.
 * @param values The attributes (keys in the chosen spelling).
 * @param json The spelling (see the module's doc).
 * @throws {TypeError} On an unknown attribute or a value of the wrong shape.
 */
export function encodeAttrs(
  schema: FamilySchema,
  setName: string,
  w: MessageWriter,
  values: Obj,
  json: boolean,
): void {
  const set = attrSet(schema, setName);
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    const a = attrByName(set, k, json);
    if (!a) {
      const names = set.attrs.filter((x) => x.type !== "pad" && x.type !== "unused").map((x) =>
        json ? x.name : x.key
      );
      throw new TypeError(
        `Attribute set ${setName} has no attribute "${k}"; it has: ${names.join(", ")}`,
      );
    }
    if (a.multi && Array.isArray(v)) {
      for (const item of v) encodeAttr(schema, set, a, w, item, values, json);
    } else encodeAttr(schema, set, a, w, v, values, json);
  }
}

function encodeAttr(
  schema: FamilySchema,
  set: AttrSetSchema,
  a: AttrSchema,
  w: MessageWriter,
  v: unknown,
  siblings: Obj,
  json: boolean,
): void {
  const t = a.value;
  const what = a.name;
  switch (a.type) {
    case "u8":
    case "s8":
    case "u16":
    case "s16":
    case "u32":
    case "s32":
    case "u64":
    case "s64": {
      const x = scalarIn(schema, a, v, what);
      const size = scalarSize(a.type);
      if (a.bigEndian && a.type[0] === "s" && size > 1) putSignedBE(w, t, size as 2 | 4 | 8, x);
      else if (a.bigEndian && size > 1) {
        if (size === 2) w.putU16BE(t, Number(x));
        else if (size === 4) w.putU32BE(t, Number(x));
        else w.putU64BE(t, BigInt(x));
      } else {
        const at = putZeroed(w, t, size);
        writeScalar(w.view, at, a.type, x);
      }
      return;
    }
    case "uint":
      return putUint(w, t, scalarIn(schema, a, v, what));
    case "sint":
      return putSint(w, t, scalarIn(schema, a, v, what));
    case "string":
      w.putString(t, String(v));
      return;
    case "flag":
      if (v) w.putFlag(t);
      return;
    case "binary":
      if (a.struct && v !== null && typeof v === "object" && !(v instanceof Uint8Array)) {
        const st = structOf(schema, a.struct);
        encodeStruct(schema, a.struct, w.view, putZeroed(w, t, st.size), objectIn(v, what), json);
        return;
      }
      w.putBytes(t, bytesIn(v, a.hint, what));
      return;
    case "nest": {
      const obj = objectIn(v, what);
      const n = w.nestStart(t);
      if (a.fixedHeader) {
        const st = structOf(schema, a.fixedHeader);
        const at = w.reserve(st.size);
        const h = json ? obj : { ...((obj[camelOf(a.fixedHeader)] ?? {}) as Obj) };
        encodeStruct(schema, a.fixedHeader, w.view, at, h, json);
        if (!json) delete obj[camelOf(a.fixedHeader)];
      }
      encodeAttrs(schema, a.nested!, w, obj, json);
      w.nestEnd(n);
      return;
    }
    case "indexed-array": {
      if (!Array.isArray(v)) throw new TypeError(`${what}: expected an array`);
      const n = w.nestStart(t);
      v.forEach((item, i) => {
        if (a.subType === "nest") {
          const obj = objectIn(item, `${what}[${i}]`);
          const m = w.nestStart(i);
          encodeAttrs(schema, a.nested!, w, obj, json);
          w.nestEnd(m);
        } else {
          encodeAttr(
            schema,
            set,
            { ...a, type: a.subType as AttrSchema["type"], value: i },
            w,
            item,
            siblings,
            json,
          );
        }
      });
      w.nestEnd(n);
      return;
    }
    case "bitfield32": {
      const b = objectIn(v, what);
      const at = putZeroed(w, t, 8);
      w.view.setUint32(at, Number(scalarIn(schema, a, b.value, what)), true);
      w.view.setUint32(at + 4, Number(scalarIn(schema, a, b.selector, what)), true);
      return;
    }
    case "sub-message": {
      const sel = set.attrs.find((x) => x.name === a.selector)!;
      const selValue = siblings[json ? sel.name : sel.key];
      const fm = schema.subMessages[a.subMessage!]![String(selValue)];
      if (!fm) {
        throw new TypeError(
          `${what}: no format for ${a.selector} ${JSON.stringify(selValue)}; the spec has: ${
            Object.keys(schema.subMessages[a.subMessage!]!).join(", ")
          }`,
        );
      }
      const obj = objectIn(v, what);
      const n = w.nestStart(t);
      if (fm.fixedHeader) {
        const st = structOf(schema, fm.fixedHeader);
        const h = json ? obj : { ...((obj[camelOf(fm.fixedHeader)] ?? {}) as Obj) };
        encodeStruct(schema, fm.fixedHeader, w.view, w.reserve(st.size), h, json);
        if (!json) delete obj[camelOf(fm.fixedHeader)];
      }
      if (fm.attrSet) encodeAttrs(schema, fm.attrSet, w, obj, json);
      w.nestEnd(n);
      return;
    }
    case "nest-type-value":
      throw new TypeError(`${what} (nest-type-value) cannot be encoded: only the kernel sends it`);
    case "pad":
    case "unused":
      return;
  }
}

/**
 * Puts a fixed header's fields and the attributes side by side, header
 * first, as the kernel's tool prints a message (a field and an attribute
 * of the same name show the field, as there).
 *
 * @param header The header's fields.
 * @param attrs The attributes.
 * @returns One object.
 */
export function sideBySide(header: Obj, attrs: Obj): Obj {
  const out: Obj = { ...header };
  for (const [k, v] of Object.entries(attrs)) if (!(k in out)) out[k] = v;
  return out;
}
