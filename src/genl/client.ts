/**
 * A small client for one generic netlink family: resolves the family by
 * name once, then builds `genlmsghdr` requests for it and joins its
 * multicast groups by name.
 *
 * @module
 */
import { NLM_F_REQUEST } from "../codec/constants.ts";
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import { NETLINK_GENERIC } from "../codec/constants.ts";
import { NetlinkSocket } from "../socket/socket.ts";
import type { SocketOptions } from "../socket/options.ts";
import { GENL_HDRLEN } from "./constants.ts";
import { type GenlFamily, getFamily } from "./family.ts";

/**
 * A generic netlink client bound to one family.
 *
 * @example
 * ```ts
 * import { CTRL_ATTR_FAMILY_NAME, CTRL_CMD_GETFAMILY, GenlClient } from "../../mod.ts";
 * using ctrl = GenlClient.open("nlctrl");
 * ctrl.begin(CTRL_CMD_GETFAMILY).putString(CTRL_ATTR_FAMILY_NAME, "nlctrl");
 * const reply = ctrl.request();
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
   * Opens a generic netlink socket and resolves `name`.
   *
   * @param name The family name, e.g. `"nlctrl"`.
   * @param options Socket options.
   * @returns The client.
   * @throws {KernelError} `ENOENT` when the family is not registered (its module is not loaded).
   */
  static open(name: string, options: SocketOptions = {}): GenlClient {
    const socket = NetlinkSocket.open(NETLINK_GENERIC, options);
    try {
      return new GenlClient(socket, getFamily(socket, name));
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

  /** Sends the request built with {@linkcode begin}. @returns The reply or ack. */
  request(): Message {
    return this.socket.request();
  }

  /** @param options Wait options. @returns The reply or ack, without blocking the event loop. */
  requestAsync(options = {}): Promise<Message> {
    return this.socket.requestAsync(this.socket.writer, options);
  }

  /** Sends the dump request built with {@linkcode begin} (with `NLM_F_DUMP`). @returns The dump. */
  dump(): ReturnType<NetlinkSocket["dump"]> {
    return this.socket.dump();
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
   */
  join(group: string): void {
    const id = this.family.groups.get(group);
    if (id === undefined) {
      throw new RangeError(
        `Family ${this.family.name} has no multicast group "${group}"; it has: ` +
          ([...this.family.groups.keys()].join(", ") || "none"),
      );
    }
    this.socket.join(id);
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
