import type { Diagnostic } from '../model/diagnostic.js';

/** Options that change what the pipeline does. */
export interface Options {
  /** Collect `ctx.debug` thunks. */
  readonly debug?: boolean;
}

/** What every stage gets besides its input. The library never reads the clock: `reference.now` is given. */
export interface Context {
  readonly options: Readonly<Options>;
  readonly reference: { readonly now: Date; readonly locale: string };
  /** Collects a diagnostic; never printed by the library. */
  report(d: Diagnostic): void;
  /** Evaluated only when debugging is on. */
  debug(thunk: () => unknown): void;
}

/** A stage: a small pure function over plain data. */
export type Stage<In, Out> = (input: In, ctx: Context) => Out;

/**
 * Creates a context that collects diagnostics (and debug output, when `options.debug`).
 *
 * @example
 * const ctx = createContext({ now: new Date('2026-01-01') });
 * ctx.report({ severity: 'info', message: 'x', ruleId: 'r', stage: 's' });
 * ctx.diagnostics.length === 1;
 */
export function createContext(init: { now: Date; locale?: string; options?: Options }): Context & {
  readonly diagnostics: Diagnostic[];
  readonly debugLog: unknown[];
} {
  const diagnostics: Diagnostic[] = [];
  const debugLog: unknown[] = [];
  const options = init.options ?? {};
  return {
    options,
    reference: { now: init.now, locale: init.locale ?? 'en' },
    diagnostics,
    debugLog,
    report(d) {
      diagnostics.push(d);
    },
    debug(thunk) {
      if (options.debug) debugLog.push(thunk());
    },
  };
}
