import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../../src/model/document.js';
import { analyzeDocument, analyzeDocuments } from '../../src/pipeline/analyze.js';
import { createContext } from '../../src/pipeline/stage.js';

const RAWS: RawDoc[] = [
  { id: 'a', path: 'a.txt', text: 'Two people were killed and three were wounded in Springfield on Saturday, police said.' },
  // no metadata date: the time stage infers one and reports it
  { id: 'b', path: 'b.txt', text: 'On Monday, the city marked the 30th anniversary of the January 20, 1990 massacre.' },
  { id: 'c', path: 'c.txt', text: 'A man was shot dead on Main Street late Friday. Nobody was arrested.' },
];

describe('analyzeDocuments: documents stage by stage', () => {
  it('gives the analyses and diagnostics, in order, that analyzeDocument gives one document at a time', () => {
    const one = createContext({ now: new Date(0) });
    const each = RAWS.map((raw) => analyzeDocument(raw, one));
    const all = createContext({ now: new Date(0) });
    expect(analyzeDocuments(RAWS, all)).toEqual(each);
    expect(all.diagnostics).toEqual(one.diagnostics);
    expect(all.diagnostics.map((d) => d.ruleId)).toContain('time/published/anniversary');
  });

  it('leaves out a document whose analysis throws, tells onFailure, and goes on with the others', () => {
    const broken = { id: 'x', path: 'x.txt', text: null } as unknown as RawDoc;
    const failed: string[] = [];
    const ctx = createContext({ now: new Date(0) });
    const analyses = analyzeDocuments([RAWS[0]!, broken, RAWS[2]!], ctx, (raw) => failed.push(raw.id));
    expect(analyses.map((a) => a.doc.id)).toEqual(['a', 'c']);
    expect(failed).toEqual(['x']);
  });

  it('without onFailure, throws the failure', () => {
    const broken = { id: 'x', path: 'x.txt', text: null } as unknown as RawDoc;
    expect(() => analyzeDocuments([RAWS[0]!, broken], createContext({ now: new Date(0) }))).toThrow();
  });
});
