#!/usr/bin/env -S node --no-regexp-tier-up
/**
 * Entry point of the `corroborate` bin: runs the program and maps errors to exit codes (see program.ts).
 *
 * Note: the bin runs node with `--no-regexp-tier-up`: V8 compiles every regular expression to
 * machine code at its first use instead of first running it in its regexp interpreter, which it
 * kept doing again on long reports (about 700 times a gva-dev build, `--trace-regexp-tier-up`).
 * Measured on gva-dev, 2 cores, alternated: a warm build 1,320-1,343 -> 1,173-1,197 ms, a CLI build
 * 3.93-4.00 -> 3.61-3.67 s, the five black-january reports 0.73-0.74 -> 0.54-0.55 s; the same
 * dossiers. It is a flag of the command line, not set from here (`v8.setFlagsFromString`): set
 * after V8 started, it made one CLI run in a few dozen crash (SIGSEGV) under load.
 */
import { CommanderError } from 'commander';
import { program } from './program.js';
import { PipelineError } from '../errors.js';

/**
 * A reader that closes the output early (`corroborate build ... | head`) ends the run quietly, as
 * other command-line tools do, instead of an unhandled EPIPE and its stack trace.
 */
function quietOnClosedOutput(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    process.stderr.write(`corroborate: cannot write the output: ${e.message}\n`);
    process.exit(1);
  });
}

async function main(): Promise<void> {
  quietOnClosedOutput();
  const debug = process.argv.includes('--debug');
  try {
    await program().parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    if (e instanceof PipelineError && !debug) {
      process.stderr.write(`corroborate: ${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(debug && e instanceof Error ? `${e.stack}\n` : `corroborate: ${e instanceof Error ? e.message : String(e)} (run with --debug for details)\n`);
    process.exitCode = 1;
  }
}

await main();
