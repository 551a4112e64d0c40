import { describe, expect, it } from 'vitest';
import { BucketTable } from '../../../src/stages/lineage/bucket-table.js';

function stored(table: BucketTable, key: number, max = 16): number[] {
  const slot = table.find(key);
  if (slot < 0) return [];
  const docs = new Uint32Array(max);
  const sentences = new Uint16Array(max);
  return [...docs.subarray(0, table.collect(slot, docs, sentences))];
}

function storedSentences(table: BucketTable, key: number, max = 16): number[] {
  const slot = table.find(key);
  const docs = new Uint32Array(max);
  const sentences = new Uint16Array(max);
  return [...sentences.subarray(0, table.collect(slot, docs, sentences))];
}

describe('BucketTable', () => {
  it('stores up to maxPostings documents per key, newest first, and counts all', () => {
    const table = new BucketTable(3);
    for (let doc = 0; doc < 5; doc++) table.add(7, doc, doc * 10);
    expect(table.docCount(table.find(7))).toBe(5);
    expect(stored(table, 7)).toEqual([2, 1, 0]);
    expect(storedSentences(table, 7)).toEqual([20, 10, 0]);
  });
  it('counts a document once per key', () => {
    const table = new BucketTable(4);
    table.add(9, 0, 1);
    table.add(9, 0, 2);
    table.add(9, 1, 1);
    table.add(9, 1, 4);
    expect(table.docCount(table.find(9))).toBe(2);
    expect(stored(table, 9)).toEqual([1, 0]);
  });
  it('counts without storing when asked', () => {
    const table = new BucketTable(4);
    table.add(5, 0, 0, false);
    table.add(5, 1, 0);
    table.add(5, 2, 0, false);
    expect(table.countOf(5)).toBe(3);
    expect(stored(table, 5)).toEqual([1]);
  });
  it('finds nothing for an unknown key, and takes key 0', () => {
    const table = new BucketTable(4);
    expect(table.find(123)).toBe(-1);
    expect(table.countOf(123)).toBe(0);
    table.add(0, 3, 70000);
    expect(stored(table, 0)).toEqual([3]);
    expect(storedSentences(table, 0)).toEqual([0xffff]);
  });
  it('keeps every key through growth', () => {
    const table = new BucketTable(2, 16);
    for (let key = 1; key <= 5000; key++) table.add(Math.imul(key, 0x9e3779b1) >>> 0, key % 7, 0);
    const found = Array.from({ length: 5000 }, (_, i) => stored(table, Math.imul(i + 1, 0x9e3779b1) >>> 0).join());
    expect(found).toEqual(Array.from({ length: 5000 }, (_, i) => String((i + 1) % 7)));
    expect(table.size).toBe(5000);
  });
});
