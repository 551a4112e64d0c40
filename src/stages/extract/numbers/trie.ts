/**
 * Regex source matching exactly the given words, factored as a trie ("seven", "seventy",
 * "several" -> "seve(?:n(?:ty)?|ral)"): a backtracking engine then tries one branch per
 * letter instead of every word in turn. Words must be plain letters.
 *
 * @example
 * new RegExp(`^(?:${trieSource(['ten', 'tenth', 'two'])})$`).test('tenth'); // true
 */
export function trieSource(words: Iterable<string>): string {
  interface Node {
    readonly children: Map<string, Node>;
    isEnd: boolean;
  }
  const root: Node = { children: new Map(), isEnd: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.children.get(ch);
      if (child === undefined) {
        child = { children: new Map(), isEnd: false };
        node.children.set(ch, child);
      }
      node = child;
    }
    node.isEnd = true;
  }
  const emit = (node: Node): string => {
    const branches = [...node.children].map(([ch, child]) => ch + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] ?? '') : `(?:${branches.join('|')})`;
    return node.isEnd ? `(?:${body})?` : body;
  };
  return emit(root);
}
