/**
 * Constants and the `struct epoll_event` layout shared by the poller and
 * both backends.
 *
 * ```
 * struct epoll_event, x86_64 (packed, 12 bytes):
 * | events u32 | data u64 (at offset 4)             |
 * struct epoll_event, other architectures (16 bytes):
 * | events u32 | pad u32 | data u64 (at offset 8)  |
 * ```
 *
 * The poller stores a token in `data`: 0 for its wake-up eventfd, a fresh
 * number for every wait otherwise.
 *
 * @module
 */

/** `EPOLLIN` */
export const EPOLLIN = 0x1;
/** `EPOLLONESHOT`: report once, then stay disabled until re-armed or removed. */
export const EPOLLONESHOT = 0x40000000;
/** `EPOLL_CLOEXEC` */
export const EPOLL_CLOEXEC = 0x80000;
/** `EPOLL_CTL_ADD` */
export const EPOLL_CTL_ADD = 1;
/** `EPOLL_CTL_DEL` */
export const EPOLL_CTL_DEL = 2;
/** `EPOLL_CTL_MOD` */
export const EPOLL_CTL_MOD = 3;
/** `EFD_NONBLOCK` */
export const EFD_NONBLOCK = 0x800;
/** `EFD_CLOEXEC` */
export const EFD_CLOEXEC = 0x80000;
/** `POLLIN` */
export const POLLIN = 0x1;

/** Where the fields of one `struct epoll_event` are, on one architecture. */
export interface EpollEventLayout {
  /** `sizeof(struct epoll_event)`. */
  readonly size: number;
  /** The offset of `data` (`events` is at 0). */
  readonly dataOffset: number;
}

/**
 * The `struct epoll_event` layout of an architecture: packed on x86_64 only.
 *
 * @param arch The architecture's name as the runtime spells it (`Deno.build.arch`:
 *   `"x86_64"`, `"aarch64"`; `process.arch`: `"x64"`, `"arm64"`).
 * @returns Its size and the offset of `data`.
 */
export function epollEventLayout(arch: string): EpollEventLayout {
  return arch === "x86_64" || arch === "x64"
    ? { size: 12, dataOffset: 4 }
    : { size: 16, dataOffset: 8 };
}

/**
 * Writes one `struct epoll_event`: `events`, and `token` as `data`.
 *
 * @param view A `DataView` over the event.
 * @param layout The architecture's layout.
 * @param events The event mask (`EPOLLIN`).
 * @param token The 53-bit token stored in `data`.
 */
export function writeEpollEvent(
  view: DataView,
  layout: EpollEventLayout,
  events: number,
  token: number,
): void {
  view.setUint32(0, events, true);
  view.setUint32(layout.dataOffset, token % 0x1_0000_0000, true);
  view.setUint32(layout.dataOffset + 4, Math.floor(token / 0x1_0000_0000), true);
}

/**
 * Reads the token of the `index`-th event that `epoll_wait` returned.
 *
 * @param words The event array as 32-bit words (`data` is 4-byte aligned on
 *   every layout).
 * @param layout The architecture's layout.
 * @param index The event's index.
 * @returns The token stored in its `data`.
 */
export function readEpollToken(
  words: Uint32Array,
  layout: EpollEventLayout,
  index: number,
): number {
  const at = (index * layout.size + layout.dataOffset) >> 2;
  return words[at]! + words[at + 1]! * 0x1_0000_0000;
}
