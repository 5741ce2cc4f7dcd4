/**
 * A small client for one generic netlink family: resolves the family by
 * name once, then builds `genlmsghdr` requests for it and joins its
 * multicast groups by name.
 *
 * @module
 */
import { NETLINK_GENERIC, NLM_F_REQUEST } from "../codec/constants.ts";
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import type { DumpIterator } from "../socket/dump.ts";
import { NetlinkSocket } from "../socket/socket.ts";
import type {
  AsyncRequestOptions,
  DumpOptions,
  RequestOptions,
  SocketOptions,
} from "../socket/options.ts";
import { SyscallError } from "../errors.ts";
import { GENL_HDRLEN } from "./constants.ts";
import { type GenlFamily, getFamily } from "./family.ts";
import { genlRequestName } from "./names.ts";

/**
 * A generic netlink client bound to one family.
 *
 * @example
 * ```ts
 * import { CTRL_ATTR_FAMILY_NAME, CTRL_CMD_GETFAMILY, GenlClient } from "../../mod.ts";
 * using ctrl = GenlClient.open("nlctrl");
 * ctrl.begin(CTRL_CMD_GETFAMILY).putString(CTRL_ATTR_FAMILY_NAME, "nlctrl");
 * const reply = ctrl.request({ replies: true });
 * for (const a of ctrl.attributes(reply)) console.log(a.type);
 * ```
 */
export class GenlClient implements Disposable {
  /** The family, as the controller described it. */
  readonly family: GenlFamily;
  /** The underlying `NETLINK_GENERIC` socket. */
  readonly socket: NetlinkSocket;

  private constructor(socket: NetlinkSocket, family: GenlFamily) {
    this.socket = socket;
    this.family = family;
  }

  /**
   * Opens a generic netlink socket and resolves `name`. The socket's
   * `KernelError`s then name the family and command (`"devlink command 5"`).
   *
   * @param name The family name, e.g. `"nlctrl"`.
   * @param options Socket options.
   * @returns The client.
   * @throws {KernelError} `ENOENT`, naming the family, when it is not
   *   registered (its module is not loaded).
   */
  static open(name: string, options: SocketOptions = {}): GenlClient {
    let family: GenlFamily | undefined;
    const own = options.describeRequest;
    const socket = NetlinkSocket.open(NETLINK_GENERIC, {
      ...options,
      describeRequest: (type, error) =>
        own?.(type, error) ??
          (family !== undefined && type === family.id
            ? genlRequestName(family.name, error)
            : undefined),
    });
    try {
      family = getFamily(socket, name);
      return new GenlClient(socket, family);
    } catch (err) {
      socket.close();
      throw err;
    }
  }

  /**
   * Starts a request for `cmd` in the socket's writer (reset first):
   * `nlmsghdr` with the family id, then `genlmsghdr`. Put attributes next.
   *
   * @param cmd The family's command.
   * @param flags `nlmsg_flags`; default `NLM_F_REQUEST`.
   * @param version `genlmsghdr.version`; default the family's version.
   * @returns The writer, positioned for attributes.
   */
  begin(cmd: number, flags = NLM_F_REQUEST, version = this.family.version): MessageWriter {
    const w = this.socket.writer.reset();
    w.begin(this.family.id, flags);
    const hdr = w.reserve(GENL_HDRLEN + this.family.headerSize);
    w.view.setUint8(hdr, cmd);
    w.view.setUint8(hdr + 1, version);
    return w;
  }

  /**
   * Sends the request built with {@linkcode begin}. Without `replies`, an
   * ack is asked for (generic netlink commands do not say whether they
   * reply); pass `{ replies: true }` for a command that does, to save it.
   *
   * @param options `replies` and `to`, as for `NetlinkSocket.request()`.
   * @returns The reply or the ack.
   * @throws {KernelError} Naming the family and command.
   */
  request(options: RequestOptions = {}): Message {
    return this.socket.request(this.socket.writer, options);
  }

  /**
   * The asynchronous {@linkcode request}.
   *
   * @param options As for `NetlinkSocket.requestAsync()`.
   * @returns The reply or ack (a copy), without blocking the event loop.
   */
  requestAsync(options: AsyncRequestOptions = {}): Promise<Message> {
    return this.socket.requestAsync(this.socket.writer, options);
  }

  /**
   * The dump of the request built with {@linkcode begin} (`NLM_F_DUMP` is set).
   *
   * @param options As for `NetlinkSocket.dump()`.
   * @returns The dump.
   */
  dump(options: DumpOptions = {}): DumpIterator {
    return this.socket.dump(this.socket.writer, options);
  }

  /**
   * The command of a message of this family.
   *
   * @param msg A message of the family.
   * @returns `genlmsghdr.cmd`.
   */
  command(msg: Message): number {
    return msg.view.getUint8(msg.payloadOffset);
  }

  /**
   * The attributes of a message of this family (after `genlmsghdr` and the family header).
   *
   * @param msg A message of the family.
   * @returns The attribute cursor.
   */
  attributes(msg: Message): ReturnType<Message["attributes"]> {
    return msg.attributes(GENL_HDRLEN + this.family.headerSize);
  }

  /**
   * Joins one of the family's multicast groups by name.
   *
   * @param group The group name, e.g. `"notify"`.
   * @throws {RangeError} When the family has no such group.
   * @throws {SyscallError} Naming the family, the group and what the kernel wanted.
   */
  join(group: string): void {
    const id = this.family.groups.get(group);
    if (id === undefined) {
      throw new RangeError(
        `Family ${this.family.name} has no multicast group "${group}"; it has: ` +
          ([...this.family.groups.keys()].join(", ") || "none"),
      );
    }
    try {
      this.socket.join(id);
    } catch (err) {
      if (!(err instanceof SyscallError)) throw err;
      throw new SyscallError(
        err.syscall,
        err.errno,
        `family ${this.family.name}, group "${group}": ${err.hint}`,
      );
    }
  }

  /** Closes the socket. */
  close(): void {
    this.socket.close();
  }

  /** Same as {@linkcode close}, for `using`. */
  [Symbol.dispose](): void {
    this.close();
  }
}
