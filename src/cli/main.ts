#!/usr/bin/env node
/** Entry point of the `corroborate` bin: runs the program and maps errors to exit codes (see program.ts). */
import { CommanderError } from 'commander';
import { PipelineError } from '../errors.js';
import { tuneEngine } from '../pipeline/engine.js';

// The engine's settings before the stages' modules load and run their first patterns (see tuneEngine).
tuneEngine();
const { program } = await import('./program.js');

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
