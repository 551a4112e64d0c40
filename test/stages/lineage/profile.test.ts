import { describe, expect, it } from 'vitest';
import { Profiler, SENTENCE_BOILERPLATE, SENTENCE_QUOTED } from '../../../src/stages/lineage/profile.js';
import type { TextProfile } from '../../../src/stages/lineage/profile.js';

const profiler = new Profiler();

/** The sentences of a text, as the strings their spans cover. */
function sentences(text: string): string[] {
  const p = profiler.profile(text);
  return Array.from({ length: p.count }, (_, i) => text.slice(p.starts[i], p.ends[i]));
}

/** The content ids of sentence `i`. */
function wordsOf(p: TextProfile, i: number): number[] {
  return [...p.words.subarray(p.wordStart[i], p.wordStart[i + 1])];
}

describe('Profiler: sentences (spans cover exactly the sentence)', () => {
  // [case, text, sentences]
  const rows: [string, string, string[]][] = [
    ['two plain sentences', 'Tanks entered Baku. People blocked the roads.', ['Tanks entered Baku.', 'People blocked the roads.']],
    ['title, blank line, body', 'Black January\n\nTanks entered Baku at night.', ['Black January', 'Tanks entered Baku at night.']],
    ['honorific abbreviation', 'Mr. Ibrahim spoke. He left.', ['Mr. Ibrahim spoke.', 'He left.']],
    ['initials and p.m.', 'J. Smith was shot at 10 p.m. Saturday in the park.', ['J. Smith was shot at 10 p.m. Saturday in the park.']],
    ['closing quote after the period', '"We saw them." Then they left.', ['"We saw them."', 'Then they left.']],
    ['hard-wrapped lines stay one sentence', 'On 20 January 1990\ntwenty six thousand strong Soviet troops\ninvaded the capital.', ['On 20 January 1990\ntwenty six thousand strong Soviet troops\ninvaded the capital.']],
    ['lowercase after a period continues', 'It was approx. ten people.', ['It was approx. ten people.']],
    ['question and exclamation', 'What happened? They fled! Nobody knew.', ['What happened?', 'They fled!', 'Nobody knew.']],
    ['decimal and thousands separators are not ends', 'It cost 1.5 million and 26,000 troops came.', ['It cost 1.5 million and 26,000 troops came.']],
  ];
  it.each(rows)('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('Profiler: content words', () => {
  const same = (a: string, b: string) => {
    const pa = profiler.profile(a);
    const pb = profiler.profile(b);
    expect(pa.count).toBe(1);
    expect(pb.count).toBe(1);
    return [wordsOf(pa, 0), wordsOf(pb, 0)] as const;
  };
  // [case, text, text that must give the same content words]
  const rows: [string, string, string][] = [
    ['number words and digits', 'five directions', '5 directions'],
    ['thousands written out', '26 thousand people', '26,000 people'],
    ['compound number words', 'twenty-six thousand people', '26000 people'],
    ['one million', 'About one million people', 'about 1 million people'],
    ['dots as thousands separators', 'expulsion of 200.000 people', 'expulsion of 200,000 people'],
    ['British spelling and stopwords', 'the armoured vehicles of the army', 'armored vehicle army'],
    ['word order does not matter', 'Tanks entered Baku from five directions', 'From 5 directions, tanks entered Baku'],
  ];
  it.each(rows)('%s', (_, a, b) => {
    const [x, y] = same(a, b);
    expect(x).toEqual(y);
    expect(x.length).toBeGreaterThan(0);
  });
  it('keeps numbers apart that differ', () => {
    const [x, y] = same('26 thousand people', '26 people');
    expect(x).not.toEqual(y);
  });
  it('separates numbers split by punctuation', () => {
    const p = profiler.profile('January 19, 1990');
    const q = profiler.profile('January 191990');
    expect(wordsOf(p, 0)).not.toEqual(wordsOf(q, 0));
    expect(wordsOf(p, 0)).toHaveLength(3);
  });
  it('gives sorted, distinct ids per sentence', () => {
    const p = profiler.profile('Police police POLICE said the police chief of police.');
    const ids = wordsOf(p, 0);
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
    expect(ids).toHaveLength(2);
  });
});

describe('Profiler: sentence flags', () => {
  it('marks sentences mostly inside quotation marks', () => {
    const text = '"We will find who did this and bring them to justice," the chief said. Officers arrived at noon.';
    const p = profiler.profile(text);
    expect(p.count).toBe(2);
    expect(p.flags[0]! & SENTENCE_QUOTED).toBe(SENTENCE_QUOTED);
    expect(p.flags[1]! & SENTENCE_QUOTED).toBe(0);
  });
  it('closes an unbalanced quotation at a paragraph break', () => {
    const p = profiler.profile('He said: "It was awful\n\nOfficers arrived at the scene later that night.');
    expect(p.flags[p.count - 1]! & SENTENCE_QUOTED).toBe(0);
  });
  it('marks web chrome as boilerplate, and report text not', () => {
    const text = 'Sign up for our email newsletter and get breaking news alerts. Two men were shot on Main Street.';
    const p = profiler.profile(text);
    expect(p.flags[0]! & SENTENCE_BOILERPLATE).toBe(SENTENCE_BOILERPLATE);
    expect(p.flags[1]! & SENTENCE_BOILERPLATE).toBe(0);
  });
});

describe('Profiler: garbage input', () => {
  const rows: [string, string][] = [
    ['empty', ''],
    ['whitespace only', ' \n\n\t \r\n '],
    ['punctuation only', '... !!! ??? -- "" “”'],
    ['huge number', '1' + '0'.repeat(400) + ' people'],
    ['mixed scripts', 'Bakı 1990 — Баку — باكو — 巴库 — Bakou.'],
    ['emoji and symbols', '🔥🔥 $$$ %%% 100% ©®™'],
  ];
  it.each(rows)('%s: no throw, valid spans', (_, text) => {
    const p = profiler.profile(text);
    for (let i = 0; i < p.count; i++) {
      expect(p.starts[i]).toBeLessThanOrEqual(p.ends[i]!);
      expect(p.ends[i]).toBeLessThanOrEqual(text.length);
      if (i > 0) expect(p.starts[i]).toBeGreaterThanOrEqual(p.ends[i - 1]!);
    }
    expect(p.wordStart[p.count]).toBe(p.words.length);
  });
  it('profiles a 1 MB single line quickly, cutting it into bounded sentences', () => {
    const text = 'word '.repeat(200_000);
    const start = performance.now();
    const p = profiler.profile(text);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(p.count).toBeGreaterThan(1000);
  });
});

describe('Profiler: phrases (adjacent word pairs with an ordinary word)', () => {
  const phrasesOf = (text: string) => {
    const p = profiler.profile(text);
    return [...p.phrases.subarray(p.phraseStart[0], p.phraseStart[1])];
  };
  const shared = (a: string, b: string) => {
    const x = new Set(phrasesOf(a));
    return phrasesOf(b).filter((h) => x.has(h)).length;
  };
  // [case, sentence, sentence, phrases both have]
  const rows: [string, string, string, number][] = [
    ['same wording', 'Officers seized a handgun and two glass pipes.', 'Officers seized a handgun and two glass pipes.', 6],
    // armor-vehicle, vehicle-enter, 5-direction; "from five" has no ordinary word
    ['British spelling and numbers folded', 'the armoured vehicles entered from five directions', 'armored vehicles entered Baku from 5 directions', 3],
    ['the same names in other words share no phrase', 'Tammy Lynette Pearce, 54, and Selby Gene Outland, 47, of Wilson.', 'The dead are Selby Gene Outland, 47, and Tammy Lynette Pearce, 54.', 0],
  ];
  it.each(rows)('%s', (_, a, b, expected) => {
    expect(shared(a, b)).toBe(expected);
  });
  it('keeps phrases sorted and distinct per sentence, with one range per sentence', () => {
    const p = profiler.profile('The state of emergency was declared. The state of emergency ended.');
    expect(p.phraseStart).toHaveLength(p.count + 1);
    for (let s = 0; s < p.count; s++) {
      const list = [...p.phrases.subarray(p.phraseStart[s], p.phraseStart[s + 1])];
      expect(list).toEqual([...new Set(list)].sort((x, y) => x - y));
      expect(list.length).toBeGreaterThan(0);
    }
  });
});

describe('Profiler: quotations beyond double quotation marks', () => {
  const quotedFlags = (text: string) => [...profiler.profile(text).flags].map((f) => f & SENTENCE_QUOTED);
  it('a single quotation mark that opens a sentence', () => {
    expect(quotedFlags("'We grieve with the families of those lost in this horrible event.' Officers left at noon.")).toEqual([1, 0]);
  });
  it('a closing quotation mark whose opening came in an earlier paragraph', () => {
    expect(quotedFlags('He went on:\n\nI think people would say, “You know what, I wished you had killed him.”\n\nDeputies left.')).toEqual([0, 1, 0]);
  });
  it('a paragraph that embeds a social media post', () => {
    const text = 'Deputies arrived at noon.\n\nMedia stage will be at the corner. Detectives en route. — Sheriff Office (@SheriffOffice) May 2, 2017\n\nThe road reopened.';
    // the post's two sentences and its signature line
    expect(quotedFlags(text)).toEqual([0, 1, 1, 1, 0]);
  });
  it('not an apostrophe inside or after a word', () => {
    expect(quotedFlags("The officers' cars and the driver's truck were towed. Nobody was hurt.")).toEqual([0, 0]);
  });
});

describe('Profiler.scan: the profile as views into the profiler\'s buffers', () => {
  const texts = [
    'Tanks entered Baku from five directions. "We saw them," he said.\n\nThe state of emergency was declared at 26,000 people.',
    '',
    Array.from({ length: 300 }, (_, i) => `Sentence ${i} names place${i % 17} and the armoured vehicles.`).join(' '),
  ];
  it.each(texts.map((t) => [t.slice(0, 30), t]))('gives what profile gives: %s', (_, text) => {
    const copied = new Profiler().profile(text);
    const viewed = new Profiler().scan(text);
    expect(viewed.count).toBe(copied.count);
    for (const key of ['starts', 'ends', 'flags', 'wordStart', 'words', 'phraseStart', 'phrases'] as const) {
      expect([...viewed[key]], key).toEqual([...copied[key]]);
    }
  });
  it('reuses its buffers: a scan is overwritten by the next one, a profile is not', () => {
    const own = new Profiler();
    const scanned = own.scan('Tanks entered Baku at night.');
    const profiled = own.profile('Tanks entered Baku at night.');
    const before = [...profiled.words];
    own.scan('Completely different words here now.');
    expect([...profiled.words]).toEqual(before);
    expect([...scanned.words]).not.toEqual(before);
  });
  it('keeps phrase hashes in 16 bits', () => {
    const p = profiler.profile('Officers seized a handgun and two glass pipes near the loading dock.');
    expect(p.phrases).toBeInstanceOf(Uint16Array);
    expect(p.phrases.length).toBeGreaterThan(5);
  });
});
