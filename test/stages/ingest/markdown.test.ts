import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractMarkdown, type MarkdownText } from '../../../src/stages/ingest/markdown.js';
import { cleanDoc } from '../../../src/stages/ingest/clean.js';
import { createContext } from '../../../src/pipeline/stage.js';

/** Offsets of the text whose character is not the source character the map points to (spaces and entities aside). */
function unmapped(md: MarkdownText, source: string): number[] {
  const bad: number[] = [];
  for (let i = 0; i < md.text.length; i++) {
    const character = md.text[i] as string;
    if (/\s/.test(character)) continue;
    const at = md.offsets.toRaw(i);
    if (source[at] !== character && source[at] !== '&') bad.push(i);
  }
  return bad;
}

const REPORT = `---
title: "Dalmora attack: toll rises to 14"
date: 2019-03-19
url: https://courier.example/dalmora-toll
tags: [attack, market]
---

# Dalmora attack: toll rises to 14

The death toll from **Saturday's attack** on the [Dalmora market](https://example.org/market) rose to *14*
on Tuesday, the regional health office said.

> "We buried six of them today," said \\*Ilse Moran\\*, a spokesman &amp; medic.
> Police said six men were detained.

- More than 3,000 people gathered for the funerals.
- Two villages were searched.

![The market after the attack](market.jpg)

<div class="share">Share this</div>

[market]: https://example.org/market
`;

describe('extractMarkdown', () => {
  const md = extractMarkdown(REPORT);

  it('reads the text a reader sees: no markup, one paragraph per block', () => {
    expect(md.text).toBe(
      [
        'Dalmora attack: toll rises to 14',
        "The death toll from Saturday's attack on the Dalmora market rose to 14\non Tuesday, the regional health office said.",
        '"We buried six of them today," said *Ilse Moran*, a spokesman & medic.\nPolice said six men were detained.',
        'More than 3,000 people gathered for the funerals.',
        'Two villages were searched.',
        // raw HTML keeps its text, its tags go (cleaning drops share lines, below)
        'Share this',
      ].join('\n\n'),
    );
  });

  it('takes title, date and address from the front matter', () => {
    expect(md.title).toBe('Dalmora attack: toll rises to 14');
    expect(md.published).toBe('2019-03-19');
    expect(md.url).toBe('https://courier.example/dalmora-toll');
    expect(md.frontMatterProblem).toBeUndefined();
  });

  it('maps every character back to where it stands in the source', () => {
    expect(unmapped(md, REPORT)).toEqual([]);
    const at = md.text.indexOf('Ilse Moran');
    expect(REPORT.slice(md.offsets.toRaw(at), md.offsets.toRaw(at) + 10)).toBe('Ilse Moran');
    const dead = md.text.indexOf('3,000 people');
    expect(REPORT.slice(md.offsets.toRaw(dead), md.offsets.toRaw(dead) + 12)).toBe('3,000 people');
  });

  it('takes the title from an opening heading when there is no front matter, and not from a later one', () => {
    expect(extractMarkdown('## Two dead in Velmora\n\nTwo people were killed.').title).toBe('Two dead in Velmora');
    expect(extractMarkdown('Two people were killed.\n\n# Background\n\nMore.').title).toBeUndefined();
    // the heading's text stays the report's first paragraph: the headline is often its clearest count
    expect(extractMarkdown('Two dead in Velmora\n===================\n\nTwo people were killed.').text).toBe('Two dead in Velmora\n\nTwo people were killed.');
  });

  it('reports a front matter block that is not YAML, and reads the text all the same', () => {
    const bad = extractMarkdown('---\ntitle: "unclosed\ndate: [\n---\n\nTwo people were killed.');
    expect(bad.frontMatterProblem).toBeTruthy();
    expect(bad.title).toBeUndefined();
    expect(bad.text).toBe('Two people were killed.');
  });

  it('reads nesting and runs of markup in time proportional to the text (what the parsers tried did not)', () => {
    for (const unit of ['- ', '> ', '0**00', '_a', '[', '[a](', 'a\n', '\n', '*a **b ', '<a ', '\x60a\x60\x60']) {
      const small = unit.repeat(Math.ceil(5_000 / unit.length));
      const large = unit.repeat(Math.ceil(80_000 / unit.length));
      extractMarkdown(small);
      const t0 = performance.now();
      extractMarkdown(small);
      const t1 = performance.now();
      extractMarkdown(large);
      const t2 = performance.now();
      // 16x the text: well under 16 squared times the time (and a generous absolute bound)
      expect(t2 - t1, unit).toBeLessThan(Math.max(60 * (t1 - t0), 200));
    }
    const deep = `Two people were killed.\n${'- '.repeat(400)}end`;
    expect(extractMarkdown(deep).text).toBe('Two people were killed.\n\nend');
  });

  it('keeps indented prose, which CommonMark reads as code, without its indent', () => {
    expect(extractMarkdown('    Two people were killed on Saturday.\n    Police said.').text).toBe('Two people were killed on Saturday.\nPolice said.');
  });

  it('holds its offset map for any text with markup (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9,.'"]{1,8}$/);
    const inline = fc.oneof(
      word,
      word.map((w) => `**${w}**`),
      word.map((w) => `*${w}*`),
      word.map((w) => `[${w}](http://x.example/${w.length})`),
      word.map((w) => `\`${w}\``),
      fc.constant('&amp;'),
      fc.constant('\\*'),
    );
    const line = fc.array(inline, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
    const block = fc.oneof(
      line,
      line.map((l) => `# ${l}`),
      line.map((l) => `> ${l}`),
      line.map((l) => `- ${l}`),
      fc.tuple(line, line).map(([a, b]) => `${a}\n${b}`),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const source = blocks.join('\n\n');
        const result = extractMarkdown(source);
        expect(unmapped(result, source)).toEqual([]);
        for (let i = 0; i <= result.text.length; i++) {
          const at = result.offsets.toRaw(i);
          expect(at).toBeGreaterThanOrEqual(0);
          expect(at).toBeLessThanOrEqual(source.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives cleaning a document whose spans point into the Markdown source', () => {
    const doc = cleanDoc({ id: 'm', path: 'm.md', title: md.title as string, text: md.text, page: { format: 'markdown', raw: REPORT, offsets: md.offsets } }, createContext({ now: new Date(0) }));
    expect(doc.raw).toBe(REPORT);
    const at = doc.text.indexOf('six men');
    expect(REPORT.slice(doc.offsets.toRaw(at), doc.offsets.toRaw(at) + 7)).toBe('six men');
    // the headline is the text's first paragraph already: no second copy
    expect(doc.text.startsWith('Dalmora attack: toll rises to 14\n\nThe death toll')).toBe(true);
    expect(doc.text).not.toContain('Share this');
  });
});
