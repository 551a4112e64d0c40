import { describe, expect, it } from 'vitest';
import { isSentenceMatch, SentenceMatcher } from '../../../src/stages/lineage/align.js';
import { Profiler } from '../../../src/stages/lineage/profile.js';
import { WordStats } from '../../../src/stages/lineage/word-stats.js';

const THRESHOLDS = { minSharedWords: 4, minSharedWeight: 1, minOverlap: 0.5, minSimilarity: 0.3, verbatimSimilarity: 0.8 };

/** Profiles texts and counts their words, plus `filler` documents that make `common` words common. */
function setup(texts: string[], common: string[] = [], filler = 0) {
  const profiler = new Profiler();
  const stats = new WordStats();
  const profiles = texts.map((t) => profiler.profile(t));
  for (const p of profiles) stats.addDocument(p);
  for (let i = 0; i < filler; i++) stats.addDocument(profiler.profile(`${common.join(' ')} unrelated${i} words${i} here${i}.`));
  return { profiles, stats };
}

describe('SentenceMatcher', () => {
  it('matches a paraphrase, word order aside, and each sentence once', () => {
    const a = 'In the evening of the same day, the Soviet group of 26 thousand people on armored vehicles from 5 directions entered Baku. Tanks ran into pedestrians.';
    const b = 'Nothing here matches at all today. In the evening hours, the Soviet army of 26,000 troops with armoured vehicles entered Baku from five directions.';
    const { profiles, stats } = setup([a, b]);
    const matcher = new SentenceMatcher(THRESHOLDS);
    matcher.setBase(profiles[0]!, stats);
    const matches = matcher.match(profiles[1]!);
    expect(matches.map((m) => [m.a, m.b])).toEqual([[0, 1]]);
    expect(matches[0]!.shared).toBeGreaterThanOrEqual(8);
    expect(matches[0]!.phrases).toBeGreaterThanOrEqual(3);
    expect(matches[0]!.similarity).toBeGreaterThan(0.4);
  });

  it('does not match two template sentences of common words, but matches them when verbatim', () => {
    const common = ['taken', 'condition', 'hospital', 'victim', 'shot', 'man', 'good', 'critical'];
    const template = 'The man was taken to the hospital in good condition after he was shot.';
    const other = 'The victim was taken to the hospital in critical condition after he was shot.';
    const { profiles, stats } = setup([template, other, template], common, 200);
    const matcher = new SentenceMatcher(THRESHOLDS);
    matcher.setBase(profiles[0]!, stats);
    expect(matcher.match(profiles[1]!)).toEqual([]);
    expect(matcher.match(profiles[2]!).map((m) => [m.a, m.b, m.similarity])).toEqual([[0, 0, 1]]);
  });

  it('matches the same with the base document\'s word weights given', () => {
    const a = 'In the evening of the same day, the Soviet group of 26 thousand people on armored vehicles from 5 directions entered Baku. Tanks ran into pedestrians on the avenue.';
    const b = 'Nothing here matches at all today. In the evening hours, the Soviet army of 26,000 troops with armoured vehicles entered Baku from five directions.';
    const profiler = new Profiler();
    const stats = new WordStats();
    const pb = profiler.profile(b);
    stats.addDocument(pb);
    const pa = profiler.profile(a);
    const weights = new Float64Array(pa.words.length);
    stats.addDocument(pa, weights);
    const looked = new SentenceMatcher(THRESHOLDS);
    looked.setBase(pa, stats);
    const given = new SentenceMatcher(THRESHOLDS);
    given.setBase(pa, stats, weights);
    expect(given.match(pb)).toEqual(looked.match(pb));
    expect(given.match(pb)).toHaveLength(1);
  });

  it('checks a single pair the same way', () => {
    const { profiles, stats } = setup(['Deputies found the rifle near the loading dock of the warehouse.', 'The rifle was found by deputies near the warehouse loading dock.', 'The city council met on Monday to discuss the budget.']);
    expect(isSentenceMatch(profiles[0]!, 0, profiles[1]!, 0, stats, THRESHOLDS)).toBe(true);
    expect(isSentenceMatch(profiles[0]!, 0, profiles[2]!, 0, stats, THRESHOLDS)).toBe(false);
  });
});

describe('WordStats', () => {
  it('counts a word once per document, and common words weigh less', () => {
    const profiler = new Profiler();
    const stats = new WordStats();
    const police = profiler.profile('police').words[0]!;
    const rare = profiler.profile('Zebulon').words[0]!;
    stats.addDocument(profiler.profile('Police police. Police came, and Zebulon too.'));
    for (let i = 0; i < 50; i++) stats.addDocument(profiler.profile(`Police arrived at ${i} Main Street.`));
    expect(stats.documentFrequency(police)).toBe(51);
    expect(stats.documentFrequency(rare)).toBe(1);
    expect(stats.weight(rare)).toBeGreaterThan(stats.weight(police));
    expect(stats.weight(police)).toBeGreaterThan(0);
    expect(stats.weight(rare)).toBeLessThanOrEqual(1);
  });

  it('gives the weights of a document\'s words as it counts them, as `weight` gives them after', () => {
    const profiler = new Profiler();
    const stats = new WordStats();
    for (let i = 0; i < 30; i++) stats.addDocument(profiler.profile(`Police arrived at ${i} Main Street near the hospital.`));
    const p = profiler.profile('Police police. Police came to the hospital, and Zebulon too. Zebulon left.');
    const weights = new Float64Array(p.words.length);
    stats.addDocument(p, weights);
    expect([...weights]).toEqual(Array.from(p.words, (w) => stats.weight(w)));
    expect(new Set(weights).size).toBeGreaterThan(1);
  });

  it('keeps its counts as the table grows', () => {
    const profiler = new Profiler();
    const stats = new WordStats();
    const text = Array.from({ length: 6000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    stats.addDocument(profiler.profile(text));
    stats.addDocument(profiler.profile(text));
    const p = profiler.profile(text);
    expect([...new Set(Array.from(p.words, (w) => stats.documentFrequency(w)))]).toEqual([2]);
  });
});
