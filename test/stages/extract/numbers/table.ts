import { expect, it } from 'vitest';
import type { Interval, NumberMention, NumberRole, Qualifier } from '../../../../src/model/mention.js';
import { extractNumbers } from '../../../../src/stages/extract/numbers/index.js';

/**
 * One row of a number table: the input, the mention text expected (found by its first
 * occurrence in the input, which fixes the span), then value, qualifier, interval, role,
 * rule (without "en/number/") and, when it differs from the text, the core text.
 */
export type Row = readonly [
  input: string,
  text: string,
  value: number,
  qualifier: Qualifier,
  interval: Interval,
  role: NumberRole,
  rule: string,
  core?: string,
];

/** A readable list of mentions for failure messages. */
export function show(mentions: readonly NumberMention[]): string {
  return mentions
    .map((m) => `[${m.text}] ${m.value} ${m.qualifier} ${JSON.stringify(m.interval)} ${m.role} ${m.rule}`)
    .join('; ');
}

/**
 * What breaks the invariants every result must keep: text is its slice, sorted, not
 * overlapping, core inside span, finite values, interval low end not above the value (but
 * value + 1 for "more than"), high end not below the low end. Empty when all is well.
 */
export function invariantProblems(input: string, mentions: readonly NumberMention[]): string[] {
  const problems: string[] = [];
  let lastEnd = 0;
  for (const m of mentions) {
    const where = `[${m.text}]@${m.span.start}`;
    if (m.text !== input.slice(m.span.start, m.span.end)) problems.push(`${where}: text is not its slice`);
    if (m.span.start < lastEnd) problems.push(`${where}: overlaps or is out of order`);
    if (m.span.end <= m.span.start) problems.push(`${where}: empty span`);
    if (m.core.start < m.span.start || m.core.end > m.span.end || m.core.end <= m.core.start) {
      problems.push(`${where}: core outside span`);
    }
    if (!Number.isFinite(m.value)) problems.push(`${where}: value ${m.value}`);
    const [low, high] = m.interval;
    if (m.qualifier === 'more-than' ? low < m.value : low > m.value) problems.push(`${where}: interval low ${low}`);
    if (high !== null && high < low) problems.push(`${where}: interval high ${high}`);
    lastEnd = m.span.end;
  }
  return problems;
}

/** Asserts the invariants (see `invariantProblems`). */
export function expectInvariants(input: string, mentions: readonly NumberMention[]): void {
  expect(invariantProblems(input, mentions)).toEqual([]);
}

/** Checks one row: the mention exists at the expected span, with every field as expected. */
export function expectRow(row: Row): void {
  const [input, text, value, qualifier, interval, role, rule, core = text] = row;
  const mentions = extractNumbers(input, 'test');
  expectInvariants(input, mentions);
  const start = input.indexOf(text);
  expect(start, `row text [${text}] is not in the input`).toBeGreaterThanOrEqual(0);
  const found = mentions.find((m) => m.span.start === start && m.span.end === start + text.length);
  expect(found, `no mention [${text}] at ${start}; got ${show(mentions)}`).toBeDefined();
  if (found === undefined) return;
  expect({
    value: found.value,
    qualifier: found.qualifier,
    interval: found.interval,
    role: found.role,
    rule: found.rule,
    core: input.slice(found.core.start, found.core.end),
    doc: found.span.doc,
  }).toEqual({ value, qualifier, interval, role, rule: `en/number/${rule}`, core, doc: 'test' });
}

/** One test per row, named after its input and the mention expected. */
export function testRows(rows: readonly Row[]): void {
  for (const row of rows) it(`${JSON.stringify(row[0])} -> ${row[1]}`, () => expectRow(row));
}
