import type { LineageLink } from '../../model/lineage.js';
import type { DocId } from '../../model/span.js';

/**
 * Groups documents by lineage: union-find over `duplicate` and `shared-origin` links (documents
 * that copy or rewrite one source). `quotes` links do not merge groups: a report that quotes
 * another, with attribution, still carries its own reporting; what it quotes is attributed.
 * A group's id is the smallest document id (string order) in its connected component, counting
 * documents reached only through links, so a document gets the same group id whichever subset
 * of ids is asked about. Every id of `ids` is in the result (alone, it is its own group).
 *
 * @example
 * lineageGroups(['a', 'b', 'c'], [{ docs: ['a', 'c'], relation: 'shared-origin', ... }]);
 * // Map { 'a' => 'a', 'b' => 'b', 'c' => 'a' }
 */
export function lineageGroups(ids: readonly DocId[], links: readonly LineageLink[]): Map<DocId, string> {
  const parent = new Map<DocId, DocId>();
  const find = (id: DocId): DocId => {
    let root = id;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    // path compression
    let node = id;
    while (node !== root) {
      const up = parent.get(node) as DocId;
      parent.set(node, root);
      node = up;
    }
    return root;
  };
  for (const id of ids) if (!parent.has(id)) parent.set(id, id);
  for (const link of links) {
    if (link.relation === 'quotes') continue;
    const [x, y] = link.docs;
    if (!parent.has(x)) parent.set(x, x);
    if (!parent.has(y)) parent.set(y, y);
    const rootX = find(x);
    const rootY = find(y);
    if (rootX === rootY) continue;
    // the smaller id stays the root, so the root is the group id
    if (rootX < rootY) parent.set(rootY, rootX);
    else parent.set(rootX, rootY);
  }
  const groups = new Map<DocId, string>();
  for (const id of ids) groups.set(id, find(id));
  return groups;
}
