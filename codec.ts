/**
 * nlrt's codec alone: build netlink messages in place and read them as
 * views, with no FFI and no permission needed (it runs in any JavaScript
 * runtime). {@linkcode MessageWriter} writes messages and attributes,
 * {@linkcode MessageReader} and {@linkcode AttributeReader} read them,
 * {@linkcode errorCode}, {@linkcode extendedAck} and {@linkcode kernelError}
 * read the kernel's control messages.
 *
 * @example
 * ```ts
 * import { AttributeReader, MessageReader, MessageWriter, NLM_F_REQUEST } from "./codec.ts";
 * const w = new MessageWriter(256);
 * w.begin(0x10, NLM_F_REQUEST);
 * w.putString(1, "hello");
 * w.end();
 * for (const m of new MessageReader().reset(w.buffer, w.length)) {
 *   for (const a of m.attributes()) console.log(a.type, a.string()); // 1 "hello"
 * }
 * ```
 *
 * @module
 */
export * from "./src/codec/constants.ts";
export * from "./src/codec/align.ts";
export { MessageWriter } from "./src/codec/writer.ts";
export { Message, MessageReader } from "./src/codec/message.ts";
export { AttributeReader } from "./src/codec/attributes.ts";
export {
  errorCode,
  extendedAck,
  kernelError,
  type KernelErrorOptions,
} from "./src/codec/control.ts";
export * from "./src/errors.ts";
export { Errno, errnoDescription, errnoName } from "./src/errno.ts";
export { pinned } from "./src/ffi/types.ts";
