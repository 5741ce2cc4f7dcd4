/**
 * `nlrt`: the command line of the generated families, like the kernel's
 * `ynl` tool. It speaks JSON with the spec's own names: fixed-header fields
 * and attributes side by side, enum names, display-hint values as text,
 * one JSON object per line.
 *
 * ```sh
 * nlrt --family rt-link --dump getlink
 * nlrt --family rt-link --do getlink --json '{"ifname": "lo"}'
 * nlrt --family rt-addr --do newaddr --create --excl \
 *   --json '{"ifa-family": 2, "ifa-prefixlen": 24, "ifa-index": 3, "local": "192.0.2.1"}'
 * nlrt --family netdev --subscribe mgmt
 * ```
 *
 * @module
 */
import { NLM_F_ACK, NLM_F_DUMP, NLM_F_REQUEST } from "../codec/constants.ts";
import type { Message } from "../codec/message.ts";
import type { MessageWriter } from "../codec/writer.ts";
import { ErrnoError, KernelError } from "../errors.ts";
import { FAMILIES } from "../families/index.ts";
import { connect, type Connection } from "./client.ts";
import { decodeAttrs, decodeStruct, encodeAttrs, encodeStruct, sideBySide } from "./json.ts";
import type { FamilySchema, OpMessage, OpSchema } from "./schema.ts";
import { hexToText, textToHex } from "./hints.ts";

/** A command-line mistake: printed with the usage hint, exit status 2. */
export class UsageError extends Error {
  /** @param message What is wrong and what to do. */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** What the command line asked for. */
export interface CliArgs {
  /** The family. */
  family?: string;
  /** `do` or `dump`, with the operation. */
  mode?: "do" | "dump";
  /** The operation. */
  op?: string;
  /** The request as JSON text. */
  json?: string;
  /** A multicast group to listen to. */
  subscribe?: string;
  /** Stop after this many notifications. */
  count?: number;
  /** Stop listening after this many milliseconds. */
  timeout?: number;
  /** Extra `nlmsg_flags` (`--create`, `--excl`, `--replace`, `--append`). */
  flags: number;
  /** Print help. */
  help: boolean;
}

const USAGE = `usage: nlrt --family NAME (--do OP | --dump OP) [--json JSON] [--create] [--excl]
                            [--replace] [--append]
       nlrt --family NAME --subscribe GROUP [--count N] [--timeout MS]
       nlrt [--family NAME] --help`;

/**
 * Parses the command line.
 *
 * @param argv The arguments (without the program).
 * @returns What was asked.
 * @throws {UsageError} On an unknown or incomplete option.
 */
export function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = { flags: 0, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case "--family":
        out.family = value();
        break;
      case "--do":
      case "--dump":
        if (out.mode) throw new UsageError("give one of --do and --dump");
        out.mode = arg === "--do" ? "do" : "dump";
        out.op = value();
        break;
      case "--json":
        out.json = value();
        break;
      case "--subscribe":
        out.subscribe = value();
        break;
      case "--count":
        out.count = Number(value());
        break;
      case "--timeout":
        out.timeout = Number(value());
        break;
      case "--create":
        out.flags |= 0x400;
        break;
      case "--excl":
        out.flags |= 0x200;
        break;
      case "--replace":
        out.flags |= 0x100;
        break;
      case "--append":
        out.flags |= 0x800;
        break;
      case "-h":
      case "--help":
        out.help = true;
        break;
      default:
        throw new UsageError(`unknown option "${arg}"`);
    }
  }
  return out;
}

function familyOf(name: string | undefined): FamilySchema {
  if (name === undefined) throw new UsageError("--family is required");
  const schema = FAMILIES[name];
  if (!schema) {
    throw new UsageError(
      `unknown family "${name}"; the families are: ${Object.keys(FAMILIES).join(", ")}`,
    );
  }
  return schema;
}

function opOf(schema: FamilySchema, name: string, mode: "do" | "dump"): OpSchema {
  const op = schema.ops.find((o) => o.name === name);
  if (!op || !op[mode]) {
    const have = schema.ops.filter((o) => o[mode]).map((o) => o.name);
    throw new UsageError(
      `family ${schema.name} has no ${mode} operation "${name}"; its ${mode} operations are: ${
        have.join(", ")
      }`,
    );
  }
  return op;
}

/**
 * The help text: families and their operations, or one family in detail.
 *
 * @param family A family to describe, or none for all.
 * @returns The text.
 */
export function helpText(family?: string): string {
  const lines = [USAGE, ""];
  const describe = (s: FamilySchema, detail: boolean) => {
    const ops = (mode: "do" | "dump") => s.ops.filter((o) => o[mode]).map((o) => o.name);
    lines.push(`${s.name} (${s.protocol})`);
    if (!detail) {
      lines.push(
        `  do:   ${ops("do").join(" ") || "-"}`,
        `  dump: ${ops("dump").join(" ") || "-"}`,
      );
      const groups = Object.keys(s.mcastGroups);
      if (groups.length > 0) lines.push(`  subscribe: ${groups.join(" ")}`);
      return;
    }
    for (const op of s.ops) {
      for (const mode of ["do", "dump"] as const) {
        const m = op[mode];
        if (!m) continue;
        const attrs = m.request?.raw ? ["payload: hex"] : m.request?.attrs ?? [];
        lines.push(`  --${mode} ${op.name}${attrs.length ? `  (${attrs.join(", ")})` : ""}`);
      }
    }
    const groups = Object.keys(s.mcastGroups);
    if (groups.length > 0) lines.push(`  --subscribe ${groups.join(" | ")}`);
  };
  if (family !== undefined) describe(familyOf(family), true);
  else for (const s of Object.values(FAMILIES)) describe(s, false);
  return lines.join("\n");
}

/**
 * Writes a request from JSON (spec names, flat: header fields beside attributes).
 *
 * @param schema The family.
 * @param conn The connection (for the generic netlink family id).
 * @param op The operation.
 * @param mode `do` or `dump`.
 * @param w The writer.
 * @param values The request's JSON object (consumed).
 * @param flags `nlmsg_flags`.
 * @throws {TypeError} On an unknown attribute or a value of the wrong shape.
 */
export function encodeJsonRequest(
  schema: FamilySchema,
  conn: { familyId: number },
  op: OpSchema,
  mode: "do" | "dump",
  w: MessageWriter,
  values: Record<string, unknown>,
  flags: number,
): void {
  const msg = op[mode]!;
  const value = (msg.request ?? msg.reply as OpMessage).value;
  const genl = schema.protocol !== "netlink-raw";
  w.begin(genl ? conn.familyId : value, flags);
  const header = op.fixedHeader ? schema.structs[op.fixedHeader] : undefined;
  if (genl) {
    const at = w.reserve(4 + (header?.size ?? 0));
    w.view.setUint8(at, value);
    w.view.setUint8(at + 1, schema.version);
    if (header) encodeStruct(schema, op.fixedHeader!, w.view, at + 4, values, true);
  } else if (header) {
    encodeStruct(schema, op.fixedHeader!, w.view, w.reserve(header.size), values, true);
  }
  if (msg.request?.raw) {
    // A raw payload (an nlrt extension of YNL): {"payload": "hex digits"}.
    const { payload, ...rest } = values;
    const extra = Object.keys(rest);
    if (extra.length > 0) {
      throw new TypeError(
        `${op.name} takes a raw payload ({"payload": "hex"}), not ${extra.join(", ")}`,
      );
    }
    if (payload !== undefined) w.append(textToHex(String(payload)));
  } else encodeAttrs(schema, op.attrSet, w, values, true);
  w.end();
}

/**
 * Reads a message of an operation into JSON (spec names, flat).
 *
 * @param schema The family.
 * @param op The operation the message belongs to.
 * @param m The message.
 * @returns The JSON object.
 */
export function decodeJsonMessage(
  schema: FamilySchema,
  op: OpSchema,
  m: Message,
): Record<string, unknown> {
  if (!op.attrSet) return { payload: hexToText(m.payload()) }; // a raw payload
  const genl = schema.protocol !== "netlink-raw";
  let at = m.payloadOffset + (genl ? 4 : 0);
  const end = m.offset + m.length;
  let header: Record<string, unknown> = {};
  if (op.fixedHeader) {
    const size = schema.structs[op.fixedHeader]!.size;
    header = decodeStruct(schema, op.fixedHeader, m.view, at, true, end - at);
    at += size;
  }
  at = Math.min((at + 3) & ~3, end);
  return sideBySide(header, decodeAttrs(schema, op.attrSet, m.buffer, m.view, at, end, true));
}

/** JSON text with bigints as plain numbers. */
function stringify(v: unknown): string {
  return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `\u0000${x}\u0000` : x))
    .replace(/"\\u0000(-?\d+)\\u0000"/g, "$1");
}

async function listen(
  conn: Connection,
  args: CliArgs,
  print: (line: string) => void,
): Promise<void> {
  const schema = conn.schema;
  const n = conn.groups.get(args.subscribe!);
  if (n === undefined || n < 0) {
    throw new UsageError(
      `family ${schema.name} has no multicast group "${args.subscribe}"; its groups are: ${
        [...conn.groups.keys()].join(", ") || "none"
      }`,
    );
  }
  conn.socket.join(n);
  const genl = schema.protocol !== "netlink-raw";
  const byValue = new Map<number, OpSchema>();
  for (const op of schema.ops) {
    const v = op.notify?.value ?? op.event?.value;
    if (v !== undefined) byValue.set(v, op);
  }
  for (const op of schema.ops) {
    for (const r of [op.do?.reply, op.dump?.reply]) {
      if (r && !byValue.has(r.value)) byValue.set(r.value, op);
    }
  }
  // rtnetlink also announces with request types (RTM_DELLINK, RTM_DELADDR).
  if (!genl) {
    for (const op of schema.ops) {
      const r = op.do?.request ?? op.dump?.request;
      if (op.attrSet && r && !byValue.has(r.value)) byValue.set(r.value, op);
    }
  }
  const signal = args.timeout ? AbortSignal.timeout(args.timeout) : undefined;
  let seen = 0;
  for await (const m of conn.socket.messages(signal ? { signal } : {})) {
    if (genl && m.type !== conn.familyId) continue;
    const op = byValue.get(genl ? m.view.getUint8(m.payloadOffset) : m.type);
    if (!op) continue;
    print(stringify({ name: op.name, msg: decodeJsonMessage(schema, op, m) }));
    if (args.count !== undefined && ++seen >= args.count) break;
  }
}

/**
 * Runs the command line.
 *
 * @param argv The arguments (without the program).
 * @param print Where output lines go (default: stdout).
 * @returns The exit status: 0, 1 (the kernel refused), 2 (usage).
 */
export async function main(
  argv: string[],
  print: (line: string) => void = (l) => console.log(l),
): Promise<number> {
  let conn: Connection | undefined;
  try {
    const args = parseArgs(argv);
    if (args.help) {
      print(helpText(args.family));
      return 0;
    }
    const schema = familyOf(args.family);
    if (!args.mode && !args.subscribe) {
      throw new UsageError("give --do OP, --dump OP or --subscribe GROUP");
    }
    const op = args.mode ? opOf(schema, args.op!, args.mode) : undefined;
    let values: Record<string, unknown> = {};
    if (args.json !== undefined) {
      try {
        values = JSON.parse(args.json);
      } catch (err) {
        throw new UsageError(`--json is not valid JSON: ${(err as Error).message}`);
      }
      if (values === null || typeof values !== "object" || Array.isArray(values)) {
        throw new UsageError("--json must be a JSON object");
      }
    }
    conn = connect(schema);
    if (args.subscribe) {
      await listen(conn, args, print);
      return 0;
    }
    const sock = conn.socket;
    const w = sock.writer.reset();
    const mode = args.mode!;
    const hasReply = mode === "dump" || op!.do?.reply !== undefined;
    const flags = NLM_F_REQUEST | args.flags |
      (mode === "dump" ? NLM_F_DUMP : hasReply ? 0 : NLM_F_ACK);
    encodeJsonRequest(schema, conn, op!, mode, w, { ...values }, flags);
    if (mode === "dump") {
      for (const m of sock.dump(w)) print(stringify(decodeJsonMessage(schema, op!, m)));
    } else {
      const answer = sock.request(w);
      if (hasReply) print(stringify(decodeJsonMessage(schema, op!, answer)));
    }
    return 0;
  } catch (err) {
    if (
      err instanceof UsageError || err instanceof TypeError || err instanceof SyntaxError ||
      err instanceof RangeError
    ) {
      console.error(`nlrt: ${err.message}`);
      if (err instanceof UsageError) console.error(USAGE);
      return 2;
    }
    if (err instanceof KernelError || err instanceof ErrnoError) {
      console.error(`nlrt: ${err.message}`);
      return 1;
    }
    throw err;
  } finally {
    conn?.socket.close();
  }
}
