/**
 * What a walk over a datagram observed, as a flat list of events: the codec
 * walk and the reference walk each fill one, and the two must be equal.
 * Numbers, strings and bigints go to three lists; an event's code says
 * which list its values are in.
 *
 * @module
 */

/** Event codes. The numbers after each are its fields. */
export const E = {
  /** offset, length, type, flags, seq, pid, payloadOffset, payloadLength */
  MSG: 1,
  /** offset of the message that could not be read (and the walk stops) */
  MSG_ERR: 2,
  /** family header size */
  ATTRS: 3,
  /** offset of the DecodeError of `attributes()` */
  ATTRS_ERR: 4,
  /** offset, type, nested, netByteOrder, length, valueOffset */
  ATTR: 5,
  /** offset of the attribute that could not be read (the level stops) */
  ATTR_ERR: 6,
  /** a number value */
  VAL: 7,
  /** a bigint value (in the bigint list) */
  BIG: 8,
  /** offset of a getter's DecodeError */
  GET_ERR: 9,
  /** a string value (in the string list) */
  STR: 10,
  /** a view: offset from the buffer's start, length */
  VIEW: 11,
  /** entering a nest */
  NEST: 12,
  /** leaving a nest */
  NEST_END: 13,
  /** find(type): type, found, offset */
  FIND: 14,
  /** offset of find()'s DecodeError */
  FIND_ERR: 15,
  /** errorCode(): code */
  CODE: 16,
  /** offset of errorCode()'s DecodeError */
  CODE_ERR: 17,
  /** extendedAck(): offset, missingType, missingNest (-1 when absent), message follows as STR or NONE */
  ACK: 18,
  /** offset of extendedAck()'s DecodeError */
  ACK_ERR: 19,
  /** kernelError(): errno, seq, requestType, extAckOffset, missingType */
  KERR: 20,
  /** offset of kernelError()'s DecodeError */
  KERR_ERR: 21,
  /** the datagram ended cleanly */
  END: 22,
  /** an absent string */
  NONE: 23,
  /** a copy: length, sum of its bytes */
  COPY: 24,
  /** an owned copy of a message follows */
  OWNED: 25,
} as const;

const NAMES = Object.fromEntries(Object.entries(E).map(([k, v]) => [v, k]));

/** One walk's events. Reused: {@linkcode reset} between datagrams. */
export class Trace {
  nums: Float64Array = new Float64Array(1 << 12);
  n = 0;
  strs: string[] = [];
  bigs: bigint[] = [];

  /** Forgets every event. */
  reset(): void {
    this.n = 0;
    this.strs.length = 0;
    this.bigs.length = 0;
  }

  /** Appends numbers. @param xs The numbers. */
  push(...xs: number[]): void {
    for (const x of xs) {
      if (this.n === this.nums.length) {
        const grown = new Float64Array(this.nums.length * 2);
        grown.set(this.nums);
        this.nums = grown;
      }
      this.nums[this.n++] = x;
    }
  }

  /** Appends a string event. @param s The string, or `undefined` for none. */
  str(s: string | undefined): void {
    if (s === undefined) this.push(E.NONE);
    else {
      this.push(E.STR);
      this.strs.push(s);
    }
  }

  /** Appends a bigint event. @param b The value. */
  big(b: bigint): void {
    this.push(E.BIG);
    this.bigs.push(b);
  }

  /**
   * Where two traces first differ.
   *
   * @param o The other trace.
   * @returns A description of the first difference, or `undefined` when equal.
   */
  diff(o: Trace): string | undefined {
    const n = Math.min(this.n, o.n);
    let i = 0;
    while (
      i < n &&
      (this.nums[i] === o.nums[i] || (this.nums[i] !== this.nums[i] && o.nums[i] !== o.nums[i]))
    ) i++;
    if (i < n || this.n !== o.n) {
      return `number ${i}: codec [${this.around(i)}] vs reference [${o.around(i)}]`;
    }
    for (let k = 0; k < this.strs.length || k < o.strs.length; k++) {
      if (this.strs[k] !== o.strs[k]) {
        return `string ${k}: codec ${JSON.stringify(this.strs[k])} vs reference ${
          JSON.stringify(o.strs[k])
        }`;
      }
    }
    for (let k = 0; k < this.bigs.length || k < o.bigs.length; k++) {
      if (this.bigs[k] !== o.bigs[k]) {
        return `bigint ${k}: codec ${this.bigs[k]} vs reference ${o.bigs[k]}`;
      }
    }
    return undefined;
  }

  /** The events around number `i`, with event names where a code stands. */
  around(i: number): string {
    const from = Math.max(0, i - 12);
    const out: string[] = [];
    for (let k = from; k < Math.min(this.n, i + 8); k++) {
      const v = this.nums[k];
      const name = NAMES[v] ?? "";
      out.push(`${k === i ? ">>" : ""}${v}${name ? `(${name}?)` : ""}`);
    }
    return out.join(" ");
  }
}
