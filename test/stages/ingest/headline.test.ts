import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../../src/stages/ingest/clean.js';
import { createContext } from '../../../src/pipeline/stage.js';

const ctx = createContext({ now: new Date(0) });

describe('headline from metadata', () => {
  it('becomes the first paragraph when the text does not begin with it', () => {
    const doc = cleanDoc({ id: 'a', path: 'a.jsonl', title: 'Police: 2 dead, 4 hurt in shooting', text: 'The shooting happened on Sunday.' }, ctx);
    expect(doc.text).toBe('Police: 2 dead, 4 hurt in shooting\n\nThe shooting happened on Sunday.');
    // Headline characters map to the start of the raw text; the body keeps its own offsets.
    expect(doc.offsets.toRaw(5)).toBe(0);
    const body = doc.text.indexOf('The shooting');
    expect(doc.raw.slice(doc.offsets.toRaw(body), doc.offsets.toRaw(body) + 12)).toBe('The shooting');
  });

  it('is not repeated when the text already begins with it', () => {
    const doc = cleanDoc({ id: 'b', path: 'b.jsonl', title: 'Two shot on Elm Street', text: 'Two shot on Elm Street\n\nTwo men were shot.' }, ctx);
    expect(doc.text).toBe('Two shot on Elm Street\n\nTwo men were shot.');
  });

  it('is not repeated when the text begins with it in other spacing and case', () => {
    const doc = cleanDoc({ id: 'd', path: 'd.jsonl', title: 'Two shot on  Elm Street', text: 'TWO SHOT ON ELM\nSTREET\n\nTwo men were shot.' }, ctx);
    expect(doc.text.startsWith('TWO SHOT ON ELM')).toBe(true);
  });

  it('is added when the text has its words but not the headline itself', () => {
    const doc = cleanDoc({ id: 'e', path: 'e.jsonl', title: 'Two shot on Elm Street', text: 'On Elm Street, police said two men were shot.' }, ctx);
    expect(doc.text).toBe('Two shot on Elm Street\n\nOn Elm Street, police said two men were shot.');
  });

  it('is left out when there is no title', () => {
    expect(cleanDoc({ id: 'c', path: 'c.txt', text: 'Two men were shot.' }, ctx).text).toBe('Two men were shot.');
  });
});

describe('headline of a report without a title', () => {
  it("is the text's first line on its own, which stays in the text", () => {
    const doc = cleanDoc({ id: 'a', path: 'a.txt', text: 'Gunmen kill 12 at Velmora market\n\nAt least 12 people were killed on Saturday.' }, ctx);
    expect(doc.title).toBe('Gunmen kill 12 at Velmora market');
    expect(doc.text.startsWith('Gunmen kill 12 at Velmora market\n')).toBe(true);
    expect(cleanDoc({ id: 'b', path: 'b.txt', text: 'Velmora remembers the victims of the market attack\nThe town marked the day.' }, ctx).title).toBe('Velmora remembers the victims of the market attack');
  });

  it('is none when the first line is running text or the metadata gives one', () => {
    expect(cleanDoc({ id: 'c', path: 'c.txt', text: 'Two people died on Sunday.\n\nPolice said more.' }, ctx).title).toBeUndefined();
    expect(cleanDoc({ id: 'd', path: 'd.txt', text: 'At least 12 people were killed on Saturday when gunmen opened fire.' }, ctx).title).toBeUndefined();
    expect(cleanDoc({ id: 'e', path: 'e.jsonl', title: 'Market attack', text: 'Gunmen kill 12 at Velmora market\n\nAt least 12 people died.' }, ctx).title).toBe('Market attack');
  });
});
