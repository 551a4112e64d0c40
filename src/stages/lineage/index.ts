/**
 * Lineage detection: which reports copy each other or share an origin.
 * `detectLineage` for a batch, `LineageIndex` for a stream, `lineageGroups` to count
 * independent sources.
 */
import type { LineageLink } from '../../model/lineage.js';
import { LineageIndex } from './lineage-index.js';
import type { LineageInput } from './lineage-index.js';
import type { LineageOptions } from './options.js';

export { LineageIndex } from './lineage-index.js';
export type { LineageIndexStats, LineageInput } from './lineage-index.js';
export { lineageGroups } from './groups.js';
export { DEFAULT_LINEAGE_OPTIONS, resolveLineageOptions } from './options.js';
export type { LineageOptions, ResolvedLineageOptions } from './options.js';

/**
 * Finds the pairs of documents that are not independent: `duplicate`, `shared-origin` or
 * `quotes`, with the shared passages as evidence spans into each document's `text`.
 * Documents are read once, in order, through a {@link LineageIndex}: the cost grows near-linearly
 * with the number of documents. Returns links sorted by `docs[0]`, then `docs[1]`, each pair once.
 * Throws an `InputError` for a repeated id and a `ConfigError` for a bad option.
 *
 * @example
 * const links = detectLineage([{ id: '002', text: t2 }, { id: '004', text: t4 }]);
 * links[0].relation === 'shared-origin'; links[0].docs; // ['002', '004']
 */
export function detectLineage(docs: Iterable<LineageInput>, options?: LineageOptions): LineageLink[] {
  const index = new LineageIndex(options);
  for (const doc of docs) index.add(doc);
  return index.links();
}
