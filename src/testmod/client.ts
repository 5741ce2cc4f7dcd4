/**
 * A client for the nlrt test kernel module (`kmod/`): hello, echo,
 * multicast bursts and counters, over one {@linkcode NetlinkSocket}.
 * Coalesced batches are in `batch.ts`. The protocol itself (constants,
 * encoders, views and `NlrtTestClient`) is generated from the module's YNL
 * spec, `kmod/nlrt_test.yaml`, into `src/families/nlrt-test.ts`; these
 * functions run on it.
 *
 * @module
 */
import {
  type Message,
  NetlinkSocket,
  NLM_F_ACK,
  NLM_F_REQUEST,
  type SocketOptions,
  SyscallError,
} from "../../mod.ts";
import {
  AttrsMessage,
  encodeEcho,
  encodeHello,
  encodeMcast,
  encodeStats,
  NLRT_TEST_PROTO,
  NlrtTestClient,
} from "../families/nlrt-test.ts";
import { RawMessage } from "../ynl/raw.ts";

/** The module's counters (`NLRT_TEST_MSG_STATS`); `kmod/uapi/nlrt_test.h` defines each. */
export interface TestModuleStats {
  /** Requests received, failed ones and COALESCE included. */
  rx: bigint;
  /** HELLO, ECHO and STATS replies delivered (not acks, errors or NLMSG_DONE). */
  tx: bigint;
  /** Requests answered with an error. */
  errors: bigint;
  /** Broadcast messages sent. */
  mcast: bigint;
  /**
   * Replies that could not be queued at the requester, plus broadcasts that a
   * subscriber with `NETLINK_BROADCAST_ERROR` missed (once per message).
   */
  drops: bigint;
}

/** How to load the module, for error messages. */
export const LOAD_HINT =
  "load the module: `make -C kmod && insmod kmod/nlrt_test.ko` where modules can be loaded, " +
  "or run under `kmod/vm/run -- ...`";

/**
 * Opens a socket on the test module's protocol, with advice when the module
 * is not loaded.
 *
 * @param options Socket options.
 * @param proto Protocol number; default `NLRT_TEST_PROTO` or `$NLRT_TEST_PROTO`.
 * @returns The socket.
 * @throws {SyscallError} `EPROTONOSUPPORT` saying how to load the module.
 */
export function openTestModule(
  options: SocketOptions = {},
  proto = testModuleProto(),
): NetlinkSocket {
  try {
    return NetlinkSocket.open(proto, options);
  } catch (err) {
    if (err instanceof SyscallError && err.code === "EPROTONOSUPPORT") {
      throw new SyscallError(
        "socket",
        err.errno,
        `the nlrt test module is not loaded on protocol ${proto}: ${LOAD_HINT}`,
      );
    }
    throw err;
  }
}

/**
 * Opens the client generated from the module's spec (`NlrtTestClient`),
 * with the same advice as {@linkcode openTestModule} when the module is not
 * loaded.
 *
 * @param options Socket options.
 * @param proto Protocol number; default `NLRT_TEST_PROTO` or `$NLRT_TEST_PROTO`.
 * @returns The client; close it (or `using`) to close its socket.
 * @throws {SyscallError} `EPROTONOSUPPORT` saying how to load the module.
 */
export function openTestClient(
  options: SocketOptions = {},
  proto = testModuleProto(),
): NlrtTestClient {
  try {
    return NlrtTestClient.open({ socket: options, protocol: proto });
  } catch (err) {
    if (err instanceof SyscallError && err.code === "EPROTONOSUPPORT") {
      throw new SyscallError(
        "socket",
        err.errno,
        `the nlrt test module is not loaded on protocol ${proto}: ${LOAD_HINT}`,
      );
    }
    throw err;
  }
}

/**
 * The protocol the test module listens on here.
 *
 * @returns `$NLRT_TEST_PROTO` when set and readable (the VM harness sets it), else 30.
 */
export function testModuleProto(): number {
  let env: string | undefined;
  try {
    env = process.env.NLRT_TEST_PROTO;
  } catch {
    env = undefined; // Deno without --allow-env: the default protocol
  }
  return env ? Number(env) : NLRT_TEST_PROTO;
}

/**
 * Sends HELLO with `text` and returns the module's greeting.
 *
 * @param sock A test-module socket.
 * @param text What to say.
 * @returns The reply's text, without its NUL.
 */
export function hello(sock: NetlinkSocket, text: string): string {
  encodeHello(sock.writer.reset(), { payload: text });
  return new RawMessage().read(sock.request(sock.writer, { replies: true })).text;
}

/**
 * Writes an ECHO request for `payload` into the socket's writer.
 *
 * @param sock A test-module socket.
 * @param payload The bytes to echo.
 * @param flags Extra `nlmsg_flags`.
 */
export function buildEcho(sock: NetlinkSocket, payload: Uint8Array, flags = 0): void {
  encodeEcho(sock.writer.reset(), { payload }, NLM_F_REQUEST | flags);
}

/**
 * Echoes `payload` through the module.
 *
 * @param sock A test-module socket.
 * @param payload The bytes.
 * @returns The reply (a view; its payload should equal `payload`).
 */
export function echo(sock: NetlinkSocket, payload: Uint8Array): Message {
  buildEcho(sock, payload);
  return sock.request(sock.writer, { replies: true });
}

/**
 * Asks the module to broadcast `data` `count` times to its events group
 * (needs `CAP_NET_ADMIN` in the socket's network namespace).
 *
 * @param sock A test-module socket.
 * @param data The payload of each broadcast.
 * @param count How many broadcasts.
 * @returns The ack.
 * @throws {KernelError} `EPERM` without the privilege; `ERANGE` or `EINVAL` for bad sizes.
 */
export function broadcast(sock: NetlinkSocket, data: Uint8Array, count = 1): Message {
  encodeMcast(sock.writer.reset(), { data, count }, NLM_F_REQUEST | NLM_F_ACK);
  return sock.request();
}

/**
 * Reads the module's counters.
 *
 * @param sock A test-module socket.
 * @returns The counters.
 */
export function stats(sock: NetlinkSocket): TestModuleStats {
  encodeStats(sock.writer.reset(), {});
  const s = new AttrsMessage().read(sock.request(sock.writer, { replies: true }));
  return {
    rx: s.rxMsgs ?? 0n,
    tx: s.txMsgs ?? 0n,
    errors: s.errors ?? 0n,
    mcast: s.mcastMsgs ?? 0n,
    drops: s.txDrops ?? 0n,
  };
}
