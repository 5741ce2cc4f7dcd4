/**
 * The `struct pollfd` pair both runtime waiters poll: the socket, and an
 * eventfd that wakes the wait early (timeouts, aborts, `close()`).
 *
 * ```
 * struct pollfd (8 bytes) x 2:
 * | fd s32 | events s16 | revents s16 |  socket
 * | fd s32 | events s16 | revents s16 |  eventfd
 * ```
 *
 * @module
 */

/** `POLLIN` */
export const POLLIN = 0x1;
/** `EFD_NONBLOCK` */
export const EFD_NONBLOCK = 0x800;
/** `EFD_CLOEXEC` */
export const EFD_CLOEXEC = 0x80000;

/**
 * Fills a two-entry `pollfd` array for `fd` and `wakeFd`, revents cleared.
 *
 * @param view A `DataView` over 16 bytes.
 * @param fd The descriptor to wait for.
 * @param wakeFd The eventfd that ends the wait early.
 */
export function fillPollFds(view: DataView, fd: number, wakeFd: number): void {
  view.setInt32(0, fd, true);
  view.setInt16(4, POLLIN, true);
  view.setInt16(6, 0, true);
  view.setInt32(8, wakeFd, true);
  view.setInt16(12, POLLIN, true);
  view.setInt16(14, 0, true);
}
