import type { SourceDoc, Sentence } from '../../../model/document.js';
import type { NumberMention } from '../../../model/mention.js';
import type { Claim, ClaimKind } from '../../../model/record.js';
import type { Context } from '../../../pipeline/stage.js';
import { scanCues, type Cue } from './context.js';
import { CLAIM_RULES, numberKindRule, singularRule, zeroRule, type ClaimRule } from './rules.js';

export { scopeOf } from './scope.js';
export { attributionOf } from './attribution.js';
export type { ClaimRule } from './rules.js';

/**
 * Extracts the claims of one document: figures tied to a kind, with the sentence that states them.
 * `numbers` are the document's number mentions sorted by `span.start`.
 * Note: a zero or singular claim is kept only when no stated number in the same sentence already
 * gives that kind ("two people were shot, a man was killed": the number wins for `shot`).
 *
 * @example
 * extractClaims(doc, sentences, numbers, ctx)
 * // [{ kind: 'killed', value: 130, qualifier: 'exact', quote: 'On that night, 130 civilians died in Baku.', ... }]
 */
export function extractClaims(
  doc: SourceDoc,
  sentences: readonly Sentence[],
  numbers: readonly NumberMention[],
  ctx: Context,
  rules: readonly ClaimRule[] = CLAIM_RULES,
): Claim[] {
  const claims: Claim[] = [];
  const hits = scanCues(doc.text);
  let hit = 0;
  let cursor = 0;
  for (const sentence of sentences) {
    while (cursor < numbers.length && (numbers[cursor]?.span.start ?? 0) < sentence.start) cursor++;
    let last = cursor;
    while (last < numbers.length && (numbers[last]?.span.end ?? 0) <= sentence.end) last++;
    // Note: sentences without a cue word hold no claim; most sentences stop here.
    while (hit < hits.length && (hits[hit]?.at ?? 0) < sentence.start) hit++;
    const cues = new Set<Cue>();
    for (let h = hit; h < hits.length && (hits[h]?.at ?? Infinity) < sentence.end; h++) cues.add(hits[h]!.cue);
    if (cues.size === 0) continue;
    const view = { doc, sentence, numbers: numbers.slice(cursor, last), cues };
    const byNumber = rules.includes(numberKindRule) ? numberKindRule.extract(view) : [];
    const covered = new Set<ClaimKind>(byNumber.map((c) => c.kind));
    claims.push(...byNumber);
    for (const rule of rules) {
      if (rule === numberKindRule) continue;
      for (const claim of rule.extract(view)) {
        if (covered.has(claim.kind)) {
          ctx.debug(() => `${doc.id}: ${rule.id} ${claim.kind} skipped, a number in the sentence states it`);
          continue;
        }
        // Zero before singular: "no one else was hurt" after "a man was shot" states the others.
        if (rule === singularRule && claims.some((c) => c.rule === zeroRule.id && c.kind === claim.kind && c.span.start === claim.span.start)) continue;
        claims.push(claim);
      }
    }
  }
  return claims;
}
