/**
 * Messages whose payload is opaque bytes rather than attributes (for
 * protocols older than attributes, such as the test module's HELLO and
 * ECHO): a spec marks such a message `raw-payload: true`, an nlrt
 * extension of YNL.
 *
 * @module
 */
import type { Message } from "../codec/message.ts";
import { hexToText } from "./hints.ts";

const EMPTY = new Uint8Array(0);
const decoder = new TextDecoder();

/** A view of a message with a raw payload. */
export class RawMessage {
  #payload: Uint8Array = EMPTY;
  #type = 0;

  /**
   * Points the view at a message.
   *
   * @param m The message.
   * @returns This view.
   */
  read(m: Message): this {
    this.#payload = m.payload();
    this.#type = m.type;
    return this;
  }

  /** The message type (`nlmsg_type`). */
  get type(): number {
    return this.#type;
  }

  /** The payload, a view of the receive buffer (valid until the next receive). */
  get payload(): Uint8Array {
    return this.#payload;
  }

  /** The payload as UTF-8 text, up to its first NUL. */
  get text(): string {
    const p = this.#payload;
    const nul = p.indexOf(0);
    return decoder.decode(nul >= 0 ? p.subarray(0, nul) : p);
  }

  /** The payload copied into an object the caller owns. @returns A new object. */
  toObject(): { payload: Uint8Array } {
    return { payload: this.#payload.slice() };
  }

  /** The payload as hex digits, for JSON. @returns A new object. */
  toJSON(): { payload: string } {
    return { payload: hexToText(this.#payload) };
  }
}
