/**
 * Imports only the codec entry point, encodes a message and decodes it:
 * run by options_test.ts under `deno run` with no permission at all.
 *
 * @module
 */
import { type AttributeReader, MessageReader, MessageWriter, NLM_F_REQUEST } from "../../codec.ts";

const w = new MessageWriter(256);
w.begin(0x10, NLM_F_REQUEST, 7);
w.putString(1, "veth0");
w.putU32(2, 1500);
w.end();
const seen: string[] = [];
for (const m of new MessageReader().reset(w.buffer, w.length)) {
  const a: AttributeReader = m.attributes();
  while (a.advance()) seen.push(a.type === 1 ? a.string() : String(a.u32()));
  if (m.seq !== 7) throw new Error(`seq ${m.seq}`);
}
if (seen.join(",") !== "veth0,1500") throw new Error(`decoded ${seen}`);
console.log("ok");
