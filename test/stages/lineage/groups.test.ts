import { describe, expect, it } from 'vitest';
import { lineageGroups } from '../../../src/stages/lineage/groups.js';
import type { LineageLink, LineageRelation } from '../../../src/model/lineage.js';

function link(a: string, b: string, relation: LineageRelation): LineageLink {
  return { docs: [a, b], relation, sharedPassages: 1, evidence: [{ doc: a, start: 0, end: 1 }, { doc: b, start: 0, end: 1 }], score: 0.5 };
}

describe('lineageGroups', () => {
  it('puts every id in a group, alone when unlinked', () => {
    expect(lineageGroups(['c', 'a', 'b'], [])).toEqual(new Map([['c', 'c'], ['a', 'a'], ['b', 'b']]));
  });
  it('merges duplicate and shared-origin links; the group id is the smallest id', () => {
    const groups = lineageGroups(['d', 'b', 'c', 'a'], [link('b', 'd', 'duplicate'), link('c', 'd', 'shared-origin')]);
    expect(groups).toEqual(new Map([['d', 'b'], ['b', 'b'], ['c', 'b'], ['a', 'a']]));
  });
  it('does not merge on quotes', () => {
    const groups = lineageGroups(['a', 'b'], [link('a', 'b', 'quotes')]);
    expect(groups.get('a')).not.toBe(groups.get('b'));
  });
  it('joins documents through a document not asked about, and names the group the same way', () => {
    const links = [link('a', 'x', 'duplicate'), link('b', 'x', 'duplicate')];
    const groups = lineageGroups(['x', 'b'], links);
    expect(groups.get('b')).toBe('a');
    expect(groups.get('x')).toBe('a');
    expect(lineageGroups(['b'], links).get('b')).toBe('a');
  });
  it('counts independent sources as distinct group ids', () => {
    const groups = lineageGroups(['a', 'b', 'c', 'd'], [link('a', 'b', 'duplicate'), link('c', 'd', 'quotes')]);
    expect(new Set(groups.values()).size).toBe(3);
  });
});
