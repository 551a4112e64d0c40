import type { Diagnostic } from '../model/diagnostic.js';
import type { DocId, RuleId } from '../model/span.js';

/**
 * Where a stage stopped reading a document denser in dates, numbers or claim words than any report
 * (see `dateBudget`, `numberBudget` and `claimBudget`): the first candidate left unread, and how
 * many were read.
 */
export interface ReadingCut {
  readonly offset: number;
  readonly candidates: number;
}

/**
 * How many more candidates a stage may read in a document (see `dateBudget` and `numberBudget`):
 * it takes one per candidate and, when none is left, stops and sets `stoppedAt` to where the first
 * candidate it left unread starts (an offset into the text it reads).
 */
export interface ReadingBudget {
  left: number;
  stoppedAt?: number;
}

/** What was cut: the things a stage reads ("dates", "numbers", "claim words"), its rule id and stage. */
export interface CutKind {
  readonly things: string;
  readonly ruleId: RuleId;
  readonly stage: string;
}

/**
 * The warning that a document was read only up to `cut`, naming its file and line, where reading
 * stopped and what to do.
 *
 * @example cutDiagnostic(doc, { offset: 8393, candidates: 1199 }, { things: 'dates', ruleId: 'time/dates/budget', stage: 'time' })
 */
export function cutDiagnostic(
  doc: { readonly id: DocId; readonly text: string; readonly path?: string; readonly line?: number },
  cut: ReadingCut,
  kind: CutKind,
): Diagnostic {
  const end = Math.min(doc.text.length, cut.offset + 40);
  return {
    severity: 'warning',
    message:
      `Document \`${doc.id}\` holds more ${kind.things} than a report does (over ${cut.candidates.toLocaleString('en')} in ` +
      `${doc.text.length.toLocaleString('en')} characters); its ${kind.things} were read up to character ${cut.offset}.`,
    ruleId: kind.ruleId,
    stage: kind.stage,
    spans: [{ doc: doc.id, start: cut.offset, end }],
    ...(doc.path !== undefined ? { file: doc.path } : {}),
    ...(doc.line !== undefined ? { line: doc.line } : {}),
    actual: doc.text.slice(cut.offset, end),
    note: `A wall or table of ${kind.things} is read only in part. If this is a real report, split it into its articles.`,
  };
}
