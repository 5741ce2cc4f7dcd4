/**
 * The seed's user program on nlrt: says "hello netlink!!" to the test
 * kernel module on protocol 30 and prints its answer.
 *
 * Run where the module is loaded: `deno run --allow-ffi examples/hello.ts`
 * or `bun examples/hello.ts`; elsewhere `kmod/vm/run -- bun examples/hello.ts`.
 *
 * @module
 */
import { SyscallError } from "../mod.ts";
import { hello, openTestModule } from "../src/testmod/client.ts";

const text = "hello netlink!!";
try {
  using sock = openTestModule({ receiveTimeout: 5000 });
  const answer = hello(sock, text);
  console.log(`send kernel:${text}`);
  console.log(`from kernel:${answer}`);
} catch (err) {
  if (!(err instanceof SyscallError)) throw err;
  console.error(err.message);
  process.exit(1);
}
