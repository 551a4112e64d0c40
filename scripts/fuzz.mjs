#!/usr/bin/env node
/**
 * The long property run: the robustness properties of test/stages/ingest/robustness.test.ts
 * (every extractor on adversarial text up to 100 KB: no exception, nothing super-linear over
 * 50 ms) with 100,000 cases each instead of the 1,000 of `npm test`.
 *
 *   npm run fuzz                  # 100,000 cases per extractor
 *   npm run fuzz -- 20000         # another count
 *   npm run fuzz -- 100000 extractNumbers   # only the properties whose name matches
 *   FUZZ_SEED=123 npm run fuzz    # replay a reported seed
 *   FUZZ_STRICT=1 npm run fuzz    # keep the inputs of open backlog cases (known slow patterns)
 *
 * Prints the slowest call per extractor and the total time; exits non-zero when a property fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '100000';
const only = process.argv[3];
if (!/^\d+$/.test(runs)) {
  process.stderr.write(`fuzz: the number of cases must be a whole number, not \`${runs}\`\n`);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const result = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url)), 'run', 'test/stages/ingest/robustness.test.ts', '--reporter', 'verbose', ...(only !== undefined ? ['-t', only] : [])],
  // --expose-gc lets the slow-call check collect garbage before each timing (see judgeCall)
  { cwd: root, stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() } },
);
const seconds = (Date.now() - started) / 1000;
process.stdout.write(`fuzz: ${runs} cases per extractor in ${seconds.toFixed(0)} s (${(seconds / 60).toFixed(1)} min)\n`);
process.exit(result.status ?? 1);
