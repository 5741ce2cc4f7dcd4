/**
 * Display hints of YNL specs: how a binary value (or a number) is shown as
 * text, and read back. `mac` is `aa:bb:cc:dd:ee:ff`, `ipv4` is
 * `192.0.2.1`, `ipv6` is RFC 5952 text (`2001:db8::1`), `hex` is
 * lowercase hex digits, `uuid` is `8-4-4-4-12` hex. Nothing here runs
 * unless called.
 *
 * @module
 */
import type { DisplayHint } from "./schema.ts";

const HEX = "0123456789abcdef";

function hex2(b: number): string {
  return HEX[b >> 4]! + HEX[b & 15]!;
}

/**
 * Formats bytes as a MAC address.
 *
 * @param bytes The address (any length).
 * @returns `aa:bb:...`.
 */
export function macToText(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += (i ? ":" : "") + hex2(bytes[i]!);
  return s;
}

/**
 * Parses a MAC address (`aa:bb:cc:dd:ee:ff`, also with `-`).
 *
 * @param text The address.
 * @returns Its bytes.
 * @throws {SyntaxError} When it is not hex pairs separated by `:` or `-`.
 */
export function textToMac(text: string): Uint8Array {
  const parts = text.split(/[:-]/);
  if (!parts.every((p) => /^[0-9a-fA-F]{1,2}$/.test(p))) {
    throw new SyntaxError(`"${text}" is not a MAC address (hex pairs separated by ":")`);
  }
  return Uint8Array.from(parts, (p) => parseInt(p, 16));
}

/**
 * Formats 4 bytes as dotted IPv4 text.
 *
 * @param bytes The address.
 * @returns `a.b.c.d`.
 * @throws {RangeError} When it is not 4 bytes.
 */
export function ipv4ToText(bytes: Uint8Array): string {
  if (bytes.length !== 4) throw new RangeError(`An IPv4 address is 4 bytes, not ${bytes.length}`);
  return `${bytes[0]}.${bytes[1]}.${bytes[2]}.${bytes[3]}`;
}

/**
 * Parses dotted IPv4 text.
 *
 * @param text `a.b.c.d`.
 * @returns 4 bytes.
 * @throws {SyntaxError} When it is not an IPv4 address.
 */
export function textToIpv4(text: string): Uint8Array {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) {
    throw new SyntaxError(`"${text}" is not an IPv4 address`);
  }
  return Uint8Array.from(parts, Number);
}

/**
 * Formats 16 bytes as IPv6 text (RFC 5952: lowercase, the longest run of
 * two or more zero groups as `::`, IPv4-mapped addresses in dotted form).
 *
 * @param bytes The address.
 * @returns The text.
 * @throws {RangeError} When it is not 16 bytes.
 */
export function ipv6ToText(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError(`An IPv6 address is 16 bytes, not ${bytes.length}`);
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i]! << 8) | bytes[i + 1]!);
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${ipv4ToText(bytes.subarray(12))}`;
  }
  let bestAt = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      bestAt = i;
      bestLen = j - i;
    }
    i = j;
  }
  const text = (gs: number[]) => gs.map((g) => g.toString(16)).join(":");
  if (bestAt < 0) return text(groups);
  return `${text(groups.slice(0, bestAt))}::${text(groups.slice(bestAt + bestLen))}`;
}

/**
 * Parses IPv6 text (with `::`, and an optional dotted IPv4 tail).
 *
 * @param text The address.
 * @returns 16 bytes.
 * @throws {SyntaxError} When it is not an IPv6 address.
 */
export function textToIpv6(text: string): Uint8Array {
  const bad = () => new SyntaxError(`"${text}" is not an IPv6 address`);
  let s = text;
  if (s.includes(".")) {
    // A dotted IPv4 tail (`::ffff:192.0.2.1`) stands for the last two groups.
    const colon = s.lastIndexOf(":");
    const v4 = textToIpv4(s.slice(colon + 1));
    s = `${s.slice(0, colon + 1)}${((v4[0]! << 8) | v4[1]!).toString(16)}:${
      ((v4[2]! << 8) | v4[3]!).toString(16)
    }`;
  }
  const halves = s.split("::");
  if (halves.length > 2) throw bad();
  const parse = (h: string) => (h === "" ? [] : h.split(":"));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  const groups = [...head, ...rest].map((g) => {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) throw bad();
    return parseInt(g, 16);
  });
  const total = groups.length;
  if (halves.length === 1 ? total !== 8 : total > 7) throw bad();
  const all = [...groups.slice(0, head.length), ...new Array(8 - total).fill(0)];
  all.push(...groups.slice(head.length));
  const out = new Uint8Array(16);
  all.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 0xff;
  });
  return out;
}

/**
 * Formats bytes as lowercase hex digits.
 *
 * @param bytes The bytes.
 * @returns Two digits per byte.
 */
export function hexToText(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += hex2(b);
  return s;
}

/**
 * Parses hex digits (spaces and `:` between pairs are allowed).
 *
 * @param text The digits.
 * @returns The bytes.
 * @throws {SyntaxError} When it is not an even number of hex digits.
 */
export function textToHex(text: string): Uint8Array {
  const s = text.replace(/[\s:]/g, "").replace(/^0x/i, "");
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(s)) throw new SyntaxError(`"${text}" is not hex bytes`);
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/**
 * Formats 16 bytes as a UUID.
 *
 * @param bytes The UUID.
 * @returns `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
 * @throws {RangeError} When it is not 16 bytes.
 */
export function uuidToText(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError(`A UUID is 16 bytes, not ${bytes.length}`);
  const h = hexToText(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Parses a UUID.
 *
 * @param text `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
 * @returns 16 bytes.
 * @throws {SyntaxError} When it is not a UUID.
 */
export function textToUuid(text: string): Uint8Array {
  if (!/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/.test(text)) {
    throw new SyntaxError(`"${text}" is not a UUID`);
  }
  return textToHex(text.replace(/-/g, ""));
}

/**
 * Formats a binary value by its display hint. `ipv4` and `ipv6` both read
 * the address by its length (4 or 16 bytes), as the kernel's tool does.
 *
 * @param hint The spec's display hint.
 * @param bytes The value.
 * @returns Its text.
 * @example
 * ```ts
 * import { bytesToText } from "./hints.ts";
 * bytesToText("ipv4", new Uint8Array([192, 0, 2, 1])); // "192.0.2.1"
 * ```
 */
export function bytesToText(hint: DisplayHint, bytes: Uint8Array): string {
  switch (hint) {
    case "mac":
      return macToText(bytes);
    case "ipv4":
    case "ipv6":
      // Address attributes carry either family whatever the hint says (as
      // rt-addr's ifa-local): the length decides, as for the kernel's tool.
      return bytes.length === 16 ? ipv6ToText(bytes) : ipv4ToText(bytes);
    case "uuid":
      return uuidToText(bytes);
    case "hex":
      return hexToText(bytes);
  }
}

/**
 * Parses text by a display hint into the binary value; `ipv4` and `ipv6`
 * both take either family's text.
 *
 * @param hint The spec's display hint.
 * @param text The text.
 * @returns The bytes.
 * @throws {SyntaxError} When the text does not fit the hint.
 */
export function textToBytes(hint: DisplayHint, text: string): Uint8Array {
  switch (hint) {
    case "mac":
      return textToMac(text);
    case "ipv4":
    case "ipv6":
      return text.includes(":") ? textToIpv6(text) : textToIpv4(text);
    case "uuid":
      return textToUuid(text);
    case "hex":
      return textToHex(text);
  }
}

/**
 * Formats a number by its display hint (`ipv4` on a u32, `hex`), as the
 * kernel's tool does.
 *
 * @param hint The spec's display hint.
 * @param value The number.
 * @param bigEndian Whether the number was read in network byte order.
 * @returns Its text.
 */
export function numberToText(hint: DisplayHint, value: number | bigint, bigEndian = true): string {
  if (hint === "hex") return "0x" + value.toString(16);
  if (hint === "ipv4") {
    let v = Number(value) >>> 0;
    if (!bigEndian) {
      v = ((v & 0xff) << 24 | (v & 0xff00) << 8 | (v >>> 8) & 0xff00 | v >>> 24) >>> 0;
    }
    return `${v >>> 24}.${(v >>> 16) & 0xff}.${(v >>> 8) & 0xff}.${v & 0xff}`;
  }
  return String(value);
}

/**
 * Parses text into a number by its display hint (the inverse of {@linkcode numberToText}).
 *
 * @param hint The spec's display hint.
 * @param text The text.
 * @param bigEndian Whether the number is sent in network byte order.
 * @returns The number.
 * @throws {SyntaxError} When the text does not fit the hint.
 */
export function textToNumber(hint: DisplayHint, text: string, bigEndian = true): number {
  if (hint === "ipv4") {
    const b = textToIpv4(text);
    const v = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
    return bigEndian ? v : ((b[3]! << 24) | (b[2]! << 16) | (b[1]! << 8) | b[0]!) >>> 0;
  }
  const n = Number(text);
  if (!Number.isFinite(n)) throw new SyntaxError(`"${text}" is not a number`);
  return n;
}
