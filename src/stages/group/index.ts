import type { DocId } from '../../model/span.js';

/**
 * Grouping a dump into events (cross-document event coreference), first cut.
 *
 * Reports of one incident name the same rare things: the victims, the street, the town, the
 * officer who spoke. Each document is reduced to its capitalised name tokens; tokens that are rare
 * in the collection (and so say which incident this is) are indexed, and two documents are linked
 * when the rare names they share weigh enough (inverse document frequency), and their dates do not
 * rule it out. Linked documents form one event (union-find). Blocking by rare name keeps the cost
 * near-linear: a token found in more than `maxTokenDocs` documents is never used to find pairs.
 */

/** What grouping reads of a document. */
export interface GroupInput {
  readonly id: DocId;
  readonly text: string;
  /** ISO date the document was published, when known. */
  readonly published?: string;
  /** ISO date of the happening the document reports, when known. */
  readonly eventDate?: string;
}

/** Options of `groupDocuments`. */
export interface GroupOptions {
  /** Shared weight (sum of IDF of shared rare names) needed to link two documents. */
  readonly minSharedWeight: number;
  /** Share of the smaller document's name weight that must be shared. */
  readonly minOverlap: number;
  /** A token in more documents than this is too common to find candidates by. */
  readonly maxTokenDocs: number;
  /** Reports whose event dates are further apart than this (days) are different events. */
  readonly maxDaysApart: number;
  /** Documents added to the collection's size when weighing names (see `DEFAULT_GROUP_OPTIONS`). */
  readonly background: number;
}

/**
 * Defaults, measured on gva-dev (1,252 articles, 738 incidents; `corroborate eval --dump`).
 * `background` is a virtual collection of that many documents that contain none of the names: in a
 * folder of five reports of one event, "Baku" in all five is still a telling name.
 */
export const DEFAULT_GROUP_OPTIONS: GroupOptions = { minSharedWeight: 7, minOverlap: 0.25, maxTokenDocs: 12, maxDaysApart: 120, background: 50 };

/** Capitalised words, with internal apostrophes and hyphens ("O'Neal", "Flores-Vargas"). */
const NAME_TOKEN = /\b[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\b/g;

/** Capitalised words that name nothing in particular: sentence starts, days, months, titles. */
const COMMON = new Set(
  (
    'The A An And But Or If In On At By For From With Without To Of As After Before When While Where What Who Why How ' +
    'This That These Those There Here He She It They We You I His Her Their Its Our My Your Police Officers Officer ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Mr Mrs Ms Dr Sgt Lt Capt Chief Det Deputy Sheriff County City State ' +
    'Street Avenue Road Drive Boulevard Lane Court Place North South East West Northeast Northwest Southeast Southwest ' +
    'According Authorities Investigators Detectives Officials Anyone Copyright All Rights Reserved Read More Related ' +
    'Click Share Email Facebook Twitter Comments News Photo Video Updated Posted Story Report Reports One Two Three ' +
    'Also Some Many Most No Not Now Then Later Earlier However Meanwhile Still Yet So Just Only Both Each Every'
  ).split(' '),
);

function nameTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  NAME_TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_TOKEN.exec(text)) !== null) {
    const word = m[0].replace(/[’']s$/, '');
    if (word.length < 3 || COMMON.has(word)) continue;
    tokens.add(word.toLowerCase());
  }
  return tokens;
}

function daysBetween(a: string, b: string): number {
  const t = (s: string) => Date.parse(s.length === 4 ? `${s}-07-01` : s.length === 7 ? `${s}-15` : s.slice(0, 10));
  const d = Math.abs(t(a) - t(b)) / 86_400_000;
  return Number.isFinite(d) ? d : 0;
}

/**
 * Groups documents into events. Returns groups of document ids, each sorted, largest first;
 * every document is in exactly one group.
 *
 * @example
 * groupDocuments([{ id: 'a', text: 'Jose Flores-Vargas and Alejandro Ramirez were killed on Sunrise Street in Salinas.' },
 *                 { id: 'b', text: 'Salinas police named Jose Flores-Vargas and Alejandro Ramirez, shot on Sunrise Street.' }])
 * // [['a', 'b']]
 */
export function groupDocuments(docs: readonly GroupInput[], options: Partial<GroupOptions> = {}): DocId[][] {
  const opts = { ...DEFAULT_GROUP_OPTIONS, ...options };
  const tokens = docs.map((d) => nameTokens(d.text));
  const df = new Map<string, number>();
  for (const set of tokens) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = (t: string) => Math.log((n + opts.background) / ((df.get(t) ?? 0) + 0.5));
  const weightOf = tokens.map((set) => [...set].reduce((sum, t) => sum + ((df.get(t) ?? 0) <= opts.maxTokenDocs ? idf(t) : 0), 0));

  // Inverted index over rare tokens: candidates share at least one.
  const postings = new Map<string, number[]>();
  tokens.forEach((set, i) => {
    for (const t of set) {
      const count = df.get(t) ?? 0;
      if (count < 2 || count > opts.maxTokenDocs) continue;
      const list = postings.get(t) ?? [];
      list.push(i);
      postings.set(t, list);
    }
  });

  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] ?? i] ?? i;
      i = parent[i] ?? i;
    }
    return i;
  };
  for (let i = 0; i < n; i++) {
    const shared = new Map<number, number>();
    for (const t of tokens[i] ?? []) {
      const list = postings.get(t);
      if (!list) continue;
      const w = idf(t);
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + w);
    }
    for (const [j, weight] of shared) {
      const smaller = Math.min(weightOf[i] ?? 0, weightOf[j] ?? 0);
      if (weight < opts.minSharedWeight || smaller === 0 || weight / smaller < opts.minOverlap) continue;
      const a = docs[i];
      const b = docs[j];
      const dateA = a?.eventDate ?? a?.published;
      const dateB = b?.eventDate ?? b?.published;
      if (dateA && dateB && daysBetween(dateA, dateB) > opts.maxDaysApart) continue;
      const ri = find(i);
      const rj = find(j);
      if (ri !== rj) parent[rj] = ri;
    }
  }
  const groups = new Map<number, DocId[]>();
  docs.forEach((d, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(d.id);
    groups.set(root, list);
  });
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/**
 * B-cubed precision, recall and F1 of a grouping against gold groups (items missing from either
 * side are scored as singletons of their own).
 *
 * @example
 * bcubed([['a', 'b']], [['a', 'b']]).f1 === 1;
 */
export function bcubed(predicted: readonly (readonly string[])[], gold: readonly (readonly string[])[]): { precision: number; recall: number; f1: number } {
  const clusterOf = (groups: readonly (readonly string[])[]) => {
    const map = new Map<string, Set<string>>();
    for (const g of groups) {
      const set = new Set(g);
      for (const id of g) map.set(id, set);
    }
    return map;
  };
  const p = clusterOf(predicted);
  const g = clusterOf(gold);
  const items = [...g.keys()];
  let precision = 0;
  let recall = 0;
  for (const id of items) {
    const pc = p.get(id) ?? new Set([id]);
    const gc = g.get(id) ?? new Set([id]);
    let both = 0;
    for (const x of pc) if (gc.has(x)) both++;
    precision += both / pc.size;
    recall += both / gc.size;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
