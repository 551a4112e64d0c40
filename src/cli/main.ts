#!/usr/bin/env node
/** Entry point of the `corroborate` bin: runs the program and maps errors to exit codes (see program.ts). */
import { CommanderError } from 'commander';
import { program } from './program.js';
import { PipelineError } from '../errors.js';

async function main(): Promise<void> {
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
