import { analyzeDocument, type DocAnalysis } from '../../src/pipeline/analyze.js';
import { createContext } from '../../src/pipeline/stage.js';
import type { Claim } from '../../src/model/record.js';

/** Runs the per-document stages over a text, as the build does. */
export function analyzeText(text: string, id = 't', published?: string): DocAnalysis {
  const ctx = createContext({ now: new Date('2026-01-01T00:00:00Z') });
  return analyzeDocument({ id, path: `${id}.txt`, text, ...(published ? { published } : {}) }, ctx);
}

/** The claims of a text, as compact rows: `kind value qualifier 'number words'`. */
export function claimRows(text: string): string[] {
  const { doc, claims } = analyzeText(text);
  return claims.map((c: Claim) => `${c.kind} ${c.value} ${c.qualifier} '${doc.text.slice(c.numberSpan.start, c.numberSpan.end)}'`);
}

/** Asserts that every claim's quote and number words are what its spans cover. */
export function checkClaimSpans(analysis: DocAnalysis): void {
  for (const c of analysis.claims) {
    if (analysis.doc.text.slice(c.span.start, c.span.end) !== c.quote) throw new Error(`claim quote does not match its span: ${c.quote}`);
    if (c.numberSpan.start < c.span.start || c.numberSpan.end > c.span.end) throw new Error(`number span outside the claim: ${c.quote}`);
  }
}
