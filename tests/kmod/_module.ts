/**
 * Shared set-up of the module tests: the protocol, and why they skip when
 * the module is absent.
 *
 * @module
 */
import { SyscallError } from "../../mod.ts";
import { LOAD_HINT, openTestModule } from "../../src/testmod/client.ts";

/** Why the module tests cannot run here, or `undefined` when they can. */
export const moduleMissing: string | undefined = (() => {
  try {
    openTestModule().close();
    return undefined;
  } catch (err) {
    if (err instanceof SyscallError && err.code === "EPROTONOSUPPORT") {
      return process.env.NLRT_SKIP_REASON ?? `the nlrt test module is not loaded (${LOAD_HINT})`;
    }
    throw err;
  }
})();
