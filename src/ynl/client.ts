/**
 * What the generated clients stand on: the one module of `src/ynl` that
 * uses the socket API. It opens the family's socket (resolving generic
 * netlink families by name), sends requests the generated encoders wrote,
 * hands replies to the generated views, and joins multicast groups by
 * name.
 *
 * The acknowledgement rule: a `do` request whose spec has no reply asks
 * for an ack (`NLM_F_ACK`) and resolves when it comes, so a change such as
 * `RTM_NEWADDR` is confirmed or fails with the kernel's error; a request
 * with a reply does not ask for one (no extra message).
 *
 * @module
 */
import { NETLINK_GENERIC, NLM_F_ACK, NLM_F_REQUEST } from "../codec/constants.ts";
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import { NetlinkSocket } from "../socket/socket.ts";
import type { DumpIterator } from "../socket/dump.ts";
import type { AsyncRequestOptions, SocketOptions, WaitOptions } from "../socket/options.ts";
import { getFamily } from "../genl/family.ts";
import { GENL_ID_CTRL } from "../genl/constants.ts";
import type { FamilySchema } from "./schema.ts";

/** `NLM_F_REPLACE`, `NLM_F_EXCL`, `NLM_F_CREATE`, `NLM_F_APPEND`. */
const NEW_FLAGS = { replace: 0x100, excl: 0x200, create: 0x400, append: 0x800 } as const;

/** How to open a family's client. */
export interface ClientOptions {
  /** Options of the socket to open. */
  socket?: SocketOptions;
  /**
   * The netlink protocol number of a `netlink-raw` family when it is not the
   * spec's (a module loaded with another protocol number).
   */
  protocol?: number;
  /**
   * A socket to use instead of opening one (for example a test's fake
   * connection); the client then does not close it.
   */
  connection?: NetlinkSocket;
}

/** Options of a `do` request. */
export interface DoOptions extends WaitOptions {
  /** Extra `nlmsg_flags` to set. */
  flags?: number;
  /** `NLM_F_CREATE`: create the object if it does not exist. */
  create?: boolean;
  /** `NLM_F_EXCL`: fail with `EEXIST` if it exists. */
  excl?: boolean;
  /** `NLM_F_REPLACE`: replace an existing object. */
  replace?: boolean;
  /** `NLM_F_APPEND`: add to the end of a list. */
  append?: boolean;
}

/** The `requestAsync()` options of `options`, leaving out those it does not set. */
function requestOptions(options: DoOptions, replies?: boolean): AsyncRequestOptions {
  const o: AsyncRequestOptions = {};
  if (options.signal !== undefined) o.signal = options.signal;
  if (options.timeout !== undefined) o.timeout = options.timeout;
  if (replies !== undefined) o.replies = replies;
  return o;
}

/** A dump whose messages are read through a view: `for...of` or `for await...of`. */
export interface Dump<V> extends IterableIterator<V>, AsyncIterable<V> {
  /** Stops early: drains the rest of the dump so the socket stays in step. */
  return(): IteratorResult<V>;
}

/** A multicast notification: the operation's name and its message as a view. */
export interface Notification<N extends string, V> {
  /** The name of the operation the message belongs to (`"getlink"`, `"dev-add-ntf"`). */
  name: N;
  /** The message, a view valid until the next notification. */
  message: V;
}

/** The socket side of a client: made by {@linkcode connect}. */
export interface Connection {
  /** The family's schema. */
  schema: FamilySchema;
  /** The socket. */
  socket: NetlinkSocket;
  /** Whether the client closes the socket. */
  owned: boolean;
  /** The message type of the family's requests (generic netlink: the family id). */
  familyId: number;
  /** Multicast groups by name. */
  groups: Map<string, number>;
}

/** A view of a message that a client hands replies to (the generated message views). */
export interface MessageView {
  /** Points the view at a message. @param m The message. @returns Anything (the view). */
  read(m: Message): unknown;
}

/** A generated request encoder: writes one message, returns its length. */
export type Encoder<R> = (
  w: MessageWriter,
  req: R,
  flags: number | undefined,
  type: number,
) => number;

/**
 * Opens (or adopts) the socket of a family and resolves it.
 *
 * @param schema The family's schema.
 * @param options Socket options or a socket to use.
 * @returns The connection.
 * @throws {KernelError} `ENOENT` when a generic netlink family is not registered.
 */
export function connect(schema: FamilySchema, options: ClientOptions = {}): Connection {
  const protocol = schema.protocol === "netlink-raw"
    ? options.protocol ?? schema.protonum
    : NETLINK_GENERIC;
  const socket = options.connection ?? NetlinkSocket.open(protocol, options.socket);
  const owned = options.connection === undefined;
  const groups = new Map<string, number>();
  let familyId = 0;
  try {
    if (schema.protocol === "netlink-raw") {
      for (const [name, n] of Object.entries(schema.mcastGroups)) groups.set(name, n);
    } else if (schema.name === "nlctrl") {
      familyId = GENL_ID_CTRL;
      for (const [name, n] of getFamily(socket, "nlctrl").groups) groups.set(name, n);
    } else {
      const family = getFamily(socket, schema.name);
      familyId = family.id;
      for (const [name, n] of family.groups) groups.set(name, n);
    }
  } catch (err) {
    if (owned) socket.close();
    throw err;
  }
  return { schema, socket, owned, familyId, groups };
}

function flagsOf(base: number, options: DoOptions): number {
  let f = base | (options.flags ?? 0);
  if (options.create) f |= NEW_FLAGS.create;
  if (options.excl) f |= NEW_FLAGS.excl;
  if (options.replace) f |= NEW_FLAGS.replace;
  if (options.append) f |= NEW_FLAGS.append;
  return f;
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** A dump read through a reused view. */
class ViewDump<V extends MessageView> implements Dump<V> {
  readonly #it: DumpIterator;
  readonly #view: V;
  readonly #result: IteratorYieldResult<V>;

  constructor(it: DumpIterator, view: V) {
    this.#it = it;
    this.#view = view;
    this.#result = { done: false, value: view };
  }

  next(): IteratorResult<V> {
    const r = this.#it.next();
    if (r.done) return DONE;
    this.#view.read(r.value);
    return this.#result;
  }

  return(): IteratorResult<V> {
    this.#it.return();
    return DONE;
  }

  [Symbol.iterator](): this {
    return this;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<V> {
    const inner = this.#it[Symbol.asyncIterator]();
    const view = this.#view;
    const result = this.#result;
    const it: AsyncIterableIterator<V> = {
      next: async () => {
        const r = await inner.next();
        if (r.done) return DONE;
        view.read(r.value);
        return result;
      },
      return: async () => {
        await inner.return?.();
        return DONE;
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }
}

/**
 * The base class of generated clients: the generated methods call its
 * `$do`, `$doAsync`, `$dump`, `$subscribe` and `$notifications`.
 */
export class FamilyClient implements Disposable {
  readonly #c: Connection;

  /**
   * Wraps a connection; generated clients call it from their `open()`.
   *
   * @param connection What {@linkcode connect} returned.
   */
  constructor(connection: Connection) {
    this.#c = connection;
  }

  /** The underlying socket. */
  get socket(): NetlinkSocket {
    return this.#c.socket;
  }
  /** The family's schema. */
  get schema(): FamilySchema {
    return this.#c.schema;
  }
  /** The family's message type (generic netlink: its id, resolved by name). */
  get familyId(): number {
    return this.#c.familyId;
  }
  /** The family's multicast groups by name (numbers for `join`). */
  get groups(): ReadonlyMap<string, number> {
    return this.#c.groups;
  }

  /** Sends a `do` request and returns its reply, read through `view`. */
  protected $do<R, V extends MessageView>(
    encode: Encoder<R>,
    req: R,
    type: number,
    options: DoOptions,
    view: V,
  ): V {
    const sock = this.#c.socket;
    const w = sock.writer.reset();
    encode(w, req, flagsOf(NLM_F_REQUEST, options), type);
    view.read(sock.request(w, { replies: true })); // the spec says it replies: no ack
    return view;
  }

  /** Sends a `do` request that has no reply, asking for the kernel's ack. */
  protected $ack<R>(encode: Encoder<R>, req: R, type: number, options: DoOptions): void {
    const sock = this.#c.socket;
    const w = sock.writer.reset();
    encode(w, req, flagsOf(NLM_F_REQUEST | NLM_F_ACK, options), type);
    sock.request(w);
  }

  /** The asynchronous `$do`: the reply is read through a fresh view over a copy. */
  protected async $doAsync<R, V extends MessageView>(
    encode: Encoder<R>,
    req: R,
    type: number,
    options: DoOptions,
    view: V,
  ): Promise<V> {
    const sock = this.#c.socket;
    const w = sock.writer.reset();
    encode(w, req, flagsOf(NLM_F_REQUEST, options), type);
    view.read(await sock.requestAsync(w, requestOptions(options, true)));
    return view;
  }

  /** The asynchronous `$ack`. */
  protected async $ackAsync<R>(
    encode: Encoder<R>,
    req: R,
    type: number,
    options: DoOptions,
  ): Promise<void> {
    const sock = this.#c.socket;
    const w = sock.writer.reset();
    encode(w, req, flagsOf(NLM_F_REQUEST | NLM_F_ACK, options), type);
    await sock.requestAsync(w, requestOptions(options));
  }

  /** Sends a dump request and returns its messages through `view`. */
  protected $dump<R, V extends MessageView>(
    encode: Encoder<R>,
    req: R,
    type: number,
    view: V,
    options: WaitOptions,
  ): Dump<V> {
    const sock = this.#c.socket;
    const w = sock.writer.reset();
    encode(w, req, undefined, type);
    return new ViewDump(sock.dump(w, options), view);
  }

  /** Joins a multicast group by name. */
  protected $subscribe(group: string): void {
    const n = this.#c.groups.get(group);
    if (n === undefined || n < 0) {
      throw new RangeError(
        `Family ${this.#c.schema.name} has no multicast group "${group}"; it has: ${
          [...this.#c.groups.keys()].join(", ") || "none"
        }`,
      );
    }
    this.#c.socket.join(n);
  }

  /**
   * Streams the notifications of joined groups: each message is matched to
   * the operation whose notification (or reply) it is, and read through
   * the view `viewOf` gives for that operation.
   */
  protected $notifications<V extends MessageView>(
    options: WaitOptions,
    viewOf: (op: string) => V | undefined,
  ): AsyncIterableIterator<Notification<string, V>> {
    const schema = this.#c.schema;
    const genl = schema.protocol !== "netlink-raw";
    const byValue = new Map<number, string>();
    for (const op of schema.ops) {
      const v = op.notify?.value ?? op.event?.value;
      if (v !== undefined) byValue.set(v, op.name);
    }
    for (const op of schema.ops) {
      for (const r of [op.do?.reply, op.dump?.reply]) {
        if (r && !byValue.has(r.value)) byValue.set(r.value, op.name);
      }
    }
    // rtnetlink also announces with request types (RTM_DELLINK, RTM_DELADDR).
    if (!genl) {
      for (const op of schema.ops) {
        const r = op.do?.request ?? op.dump?.request;
        if (op.attrSet && r && !byValue.has(r.value)) byValue.set(r.value, op.name);
      }
    }
    const familyId = this.#c.familyId;
    // `timeout` limits each wait for the next notification: messages()' idleTimeout.
    const inner = this.#c.socket.messages({
      signal: options.signal,
      idleTimeout: options.timeout,
    });
    const it: AsyncIterableIterator<Notification<string, V>> = {
      next: async () => {
        for (;;) {
          const r = await inner.next();
          if (r.done) return DONE;
          const m = r.value;
          if (genl && m.type !== familyId) continue;
          const value = genl ? m.view.getUint8(m.payloadOffset) : m.type;
          const name = byValue.get(value);
          const view = name === undefined ? undefined : viewOf(name);
          if (name === undefined || view === undefined) continue;
          view.read(m);
          return { done: false, value: { name, message: view } };
        }
      },
      return: async () => {
        await inner.return?.();
        return DONE;
      },
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  }

  /** Closes the socket (unless it was handed in). */
  close(): void {
    if (this.#c.owned) this.#c.socket.close();
  }

  /** Same as {@linkcode close}, for `using`. */
  [Symbol.dispose](): void {
    this.close();
  }
}
