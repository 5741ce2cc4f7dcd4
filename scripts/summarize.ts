/**
 * Sums JUnit XML reports from `deno test`, `bun test` and `node --test` (and the check
 * results of scripts/test.sh) and prints `N passed, N failed[, N skipped]`.
 *
 * Usage: `bun scripts/summarize.ts CHECKS_FILE REPORT.xml...`, where
 * CHECKS_FILE has one `pass|fail|skip NAME` line per check, and one
 * `exit RC REPORT` line per test runner that exited non-zero: such a runner
 * counts as one failure when its report shows none (a crash at load time
 * leaves no test case behind).
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
const [checksFile, ...reports] = process.argv.slice(2);

const failedExits = new Set<string>();
for (const line of readFileSync(checksFile, "utf8").split("\n")) {
  const [verdict, rc, report] = line.split(" ");
  if (verdict === "pass") passed++;
  else if (verdict === "fail") failed++;
  else if (verdict === "skip") skipped++;
  else if (verdict === "exit" && rc !== "0") failedExits.add(report);
}

for (const file of reports) {
  if (!existsSync(file)) {
    console.log(`missing report ${file}: counted as one failure`);
    failed++;
    continue;
  }
  const xml = readFileSync(file, "utf8");
  // A testcase is either self-closing or has a body; only leaf testcases exist
  // because the suite uses flat test() calls.
  const cases = xml.match(/<testcase\b[^>]*?(\/>|>[\s\S]*?<\/testcase>)/g) ?? [];
  let failedHere = 0;
  for (const c of cases) {
    if (/<failure\b|<error\b/.test(c)) failedHere++;
    else if (/<skipped\b/.test(c)) skipped++;
    else passed++;
  }
  if (failedHere === 0 && failedExits.has(file)) {
    console.log(
      `${file}: the runner failed without a failing test case (a load error?): one failure`,
    );
    failedHere = 1;
  }
  failed += failedHere;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
