/**
 * Run by mcast_test.ts as an unprivileged user (`nobody`): asks the module
 * for a broadcast, which it must refuse, and for an echo, which it must
 * answer. Prints one JSON line: the user id, the refusal's errno code and
 * extended-ack message, and the echoed bytes.
 *
 * @module
 */
import { KernelError } from "../../mod.ts";
import { broadcast, echo, openTestModule } from "../../src/testmod/client.ts";

using sock = openTestModule({ receiveTimeout: 5000 });
let code: string | undefined;
let message: string | undefined;
try {
  broadcast(sock, new Uint8Array(64), 1000);
  code = "none: the broadcast was accepted";
} catch (err) {
  if (!(err instanceof KernelError)) throw err;
  code = err.code;
  message = err.extAckMessage;
}
const echoed = [...echo(sock, new Uint8Array([1, 2, 3])).payload()];
console.log(JSON.stringify({ uid: process.getuid?.(), code, message, echoed }));
