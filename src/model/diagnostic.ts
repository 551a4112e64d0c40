import type { RuleId, Span } from './span.js';

/** How serious a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem, guess or skipped input, reported as data (never printed by the library).
 * `file`/`line` locate problems in inputs that never became documents (a bad JSONL line).
 */
export interface Diagnostic {
  readonly severity: Severity;
  /** One sentence; code or quoted text in backticks. */
  readonly message: string;
  readonly ruleId: RuleId;
  readonly stage: string;
  readonly spans?: readonly Span[];
  readonly file?: string;
  readonly line?: number;
  readonly actual?: string;
  readonly expected?: string;
  readonly note?: string;
}
