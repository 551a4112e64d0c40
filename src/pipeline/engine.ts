/**
 * The JavaScript engine's settings for corroborate's kind of work, set by the `corroborate` bin
 * and the benchmark before anything else runs; a program that uses the library may call
 * `tuneEngine` itself, first thing. They change how fast a build runs, never what it finds.
 */
import { setFlagsFromString } from 'node:v8';

let isTuned = false;

/**
 * Compiles every regular expression to machine code at its first use (V8's `--no-regexp-tier-up`).
 * By default V8 first runs a pattern in its bytecode interpreter and compiles it only once it has
 * run; corroborate's stages read text through about 460 patterns, many of them large, and V8 kept
 * sending a few back through its interpreter on long texts (one per report with more than 1,000
 * characters in every build, `--trace-regexp-tier-up`). Measured on gva-dev, 2 cores, alternated:
 * a warm build 1,320-1,343 ms by default, 1,173-1,197 ms so; the first build of a process 3.8 s,
 * 3.1 s. Note: V8's flags are the process's (its worker threads share them): set once, before the
 * first build, as `node --no-regexp-tier-up` would.
 *
 * @example
 * import { tuneEngine } from 'corroborate';
 * tuneEngine();
 */
export function tuneEngine(): void {
  if (isTuned) return;
  isTuned = true;
  setFlagsFromString('--no-regexp-tier-up');
}
