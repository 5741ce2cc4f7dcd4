/**
 * A bounded, process-wide pool of pinned buffers, so that sockets opened
 * and closed all day reuse the same memory instead of leaving 64 KiB
 * `ArrayBuffer`s behind for a garbage collector that does not hurry (Deno:
 * 100,000 open/close cycles grew RSS by about 150 MB without it).
 *
 * A buffer given back is *detached* (`ArrayBuffer.prototype.transfer()`):
 * the memory moves, without a copy, to a new `ArrayBuffer` kept in the pool,
 * and every view of the old one (a `Message` of a closed socket, its
 * writer) throws a `TypeError` when used, instead of silently reading or
 * writing the bytes of the socket that reuses the memory. When the pool is
 * full the memory is freed at once, also by detaching.
 *
 * @module
 */

/** At most this many bytes wait in the pool. */
export const POOL_BYTES = 4 << 20;
/** At most this many buffers of one size wait in the pool. */
export const POOL_PER_SIZE = 16;

const pool = new Map<number, ArrayBuffer[]>();
let pooledBytes = 0;
/** What a user of the memory cached about it (a pointer), kept across transfers. */
const tags = new WeakMap<ArrayBuffer, unknown>();

type Transferable = ArrayBuffer & { transfer?(length?: number): ArrayBuffer };

/**
 * A zeroed buffer of `size` bytes over its own `ArrayBuffer` (safe to hand
 * to C), reused from the pool when one of that size waits there.
 *
 * @param size Size in bytes.
 * @returns The buffer.
 */
export function takeBuffer(size: number): Uint8Array {
  const free = pool.get(size);
  const reused = free?.pop();
  if (reused === undefined) return new Uint8Array(new ArrayBuffer(size));
  pooledBytes -= size;
  const buf = new Uint8Array(reused);
  buf.fill(0);
  return buf;
}

/**
 * Gives a buffer from {@linkcode takeBuffer} back: detaches it (its views
 * stop working) and keeps its memory for the next socket, or frees it when
 * the pool is full.
 *
 * @param buf The buffer; it must not be used afterwards.
 */
export function giveBack(buf: Uint8Array): void {
  const ab = buf.buffer as Transferable;
  if (typeof ab.transfer !== "function" || ab.byteLength === 0) return;
  const size = ab.byteLength;
  let free = pool.get(size);
  if (pooledBytes + size > POOL_BYTES || (free?.length ?? 0) >= POOL_PER_SIZE) {
    ab.transfer(0); // detach: the memory is freed now, not at the next GC
    return;
  }
  if (free === undefined) pool.set(size, free = []);
  const tag = tags.get(ab);
  const moved = ab.transfer(); // same memory, same address: only the owner changes
  if (tag !== undefined) tags.set(moved, tag);
  free.push(moved);
  pooledBytes += size;
}

/**
 * Something cached about a buffer's memory (the Deno backend's pointer to
 * it), which follows the memory through the pool: `transfer()` keeps the
 * address, and taking a fresh pointer per socket costs Deno memory that its
 * garbage collector does not reclaim in time.
 *
 * @param buf A buffer from {@linkcode takeBuffer}.
 * @returns The tag, or `undefined`.
 */
export function tagOf(buf: Uint8Array): unknown {
  return tags.get(buf.buffer as ArrayBuffer);
}

/**
 * Sets the tag of a buffer's memory (see {@linkcode tagOf}).
 *
 * @param buf A buffer from {@linkcode takeBuffer}.
 * @param tag What to keep with its memory.
 */
export function setTag(buf: Uint8Array, tag: unknown): void {
  tags.set(buf.buffer as ArrayBuffer, tag);
}

/**
 * How many bytes wait in the pool (for tests and benchmarks).
 *
 * @returns The pooled bytes.
 */
export function pooledBufferBytes(): number {
  return pooledBytes;
}
