import type { RawDoc } from '../model/document.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { isDiagnostic, readInputs } from '../stages/ingest/read.js';

export { isDiagnostic };

/** Documents read from the inputs, and the problems met on the way. */
export interface ReadResult {
  readonly docs: RawDoc[];
  readonly problems: Diagnostic[];
}

/** The problem of a report whose id was read before: the copy is skipped. */
export function duplicateIdProblem(item: RawDoc): Diagnostic {
  return {
    severity: 'error',
    message: `document id \`${item.id}\` was already read; this copy is skipped (rename the file or give the JSONL line its own id)`,
    ruleId: 'cli/duplicate-id',
    stage: 'read',
    file: item.path,
    ...(item.line !== undefined ? { line: item.line } : {}),
  };
}

/** The problem of a report whose id the store holds with another text: it is not stored, and what is stored stays. */
export function storedIdProblem(item: RawDoc, store: string): Diagnostic {
  return {
    severity: 'error',
    message: `the store ${store} holds another report with id \`${item.id}\`; this one is not stored (give it its own id: rename the file or set the JSONL line's id; or build into a new store)`,
    ruleId: 'cli/stored-id',
    stage: 'read',
    file: item.path,
    ...(item.line !== undefined ? { line: item.line } : {}),
  };
}

/**
 * Reads every input path (files, folders, `-` for stdin) into documents, collecting problems.
 * A document id seen twice is reported and the second copy skipped.
 */
export async function readAll(paths: readonly string[], options: { maxBytes?: number; exclude?: readonly string[] } = {}): Promise<ReadResult> {
  const docs: RawDoc[] = [];
  const problems: Diagnostic[] = [];
  const seen = new Set<string>();
  for await (const item of readInputs(paths, { stdin: process.stdin, ...options })) {
    if (isDiagnostic(item)) {
      problems.push(item);
      continue;
    }
    if (seen.has(item.id)) {
      problems.push(duplicateIdProblem(item));
      continue;
    }
    seen.add(item.id);
    docs.push(item);
  }
  return { docs, problems };
}

/**
 * Formats a diagnostic for a terminal: `file:line: severity message (rule)`. A message that names
 * its file itself (as the dossier's diagnostics do) does not name it twice.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.file ? `${printable(d.file)}${d.line !== undefined ? `:${d.line}` : ''}: ` : d.spans?.[0] ? `${d.spans[0].doc}:${d.spans[0].start}-${d.spans[0].end}: ` : '';
  // (a message may name its file without the line the diagnostic gives: "latin.txt: 1 character could not be decoded")
  const named = d.file ? `${printable(d.file)}: ` : '';
  const message = place !== '' && d.message.startsWith(place) ? d.message.slice(place.length) : named !== '' && d.message.startsWith(named) ? d.message.slice(named.length) : d.message;
  return `${place}${d.severity}: ${message} (${d.ruleId})`;
}

/** A file name as one line of a terminal: control characters (a newline in a name) escaped. */
function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
