/**
 * Dossiers for the renderer, store, server and browser tests: the seed corpus (read in place from
 * ../shared/corpus, never copied), a hostile one, and a small hand-made one.
 */
import { fileURLToPath } from 'node:url';
import type { RawDoc } from '../../src/model/document.js';
import type { Dossier, DossierClaim, DossierFigure } from '../../src/model/dossier.js';
import { buildDossier } from '../../src/pipeline/build.js';
import { createContext } from '../../src/pipeline/stage.js';
import { isDiagnostic, readInputs } from '../../src/stages/ingest/read.js';

/** The five reports of one event (../shared/corpus/black-january). */
export const BLACK_JANUARY = fileURLToPath(new URL('../../../shared/corpus/black-january/', import.meta.url));
/** The dev dump (../shared/corpus/gva-dev/documents.jsonl). */
export const GVA_DEV = fileURLToPath(new URL('../../../shared/corpus/gva-dev/documents.jsonl', import.meta.url));

/** A fixed reference date, so dossiers do not depend on the clock. */
export const NOW = new Date('2026-01-01T00:00:00Z');

/** Reads inputs with the library's reader; throws on an error diagnostic (a fixture must read cleanly). */
export async function readDocs(paths: readonly string[]): Promise<RawDoc[]> {
  const docs: RawDoc[] = [];
  for await (const item of readInputs(paths)) {
    if (!isDiagnostic(item)) docs.push(item);
    else if (item.severity === 'error') throw new Error(`fixture input could not be read: ${item.message}`);
  }
  return docs;
}

/** The dossier of the five black-january reports, as `corroborate build` makes it. */
export async function blackJanuaryDossier(): Promise<Dossier> {
  const docs = await readDocs([BLACK_JANUARY]);
  if (docs.length !== 5) throw new Error(`expected the 5 black-january reports, read ${docs.length}`);
  return buildDossier(docs, createContext({ now: NOW }));
}

/** Markup that runs code if a renderer ever parses source text as HTML: it sets `window.__pwned`. */
export const HOSTILE_SCRIPT = '<script>window.__pwned=1</script>';
export const HOSTILE_IMG = '<img src=x onerror="window.__pwned=1">';

/** Raw reports whose text, title and URL carry hostile markup, around sentences that state figures. */
export function hostileDocs(): RawDoc[] {
  return [
    {
      id: 'hostile',
      path: 'hostile.txt',
      title: `Attack ${HOSTILE_IMG} report`,
      url: 'javascript:window.__pwned=1',
      published: '2024-05-02',
      text: [
        `Breaking ${HOSTILE_SCRIPT} news from the market.`,
        `Two people were killed and five were injured in the attack on the market on Saturday ${HOSTILE_IMG}.`,
        `Police said three men were arrested. </script><script>window.__pwned=1</script> <!-- <svg onload="window.__pwned=1">`,
      ].join('\n\n'),
    },
    {
      id: 'hostile-2',
      path: 'hostile-2.txt',
      title: '</title><script>window.__pwned=1</script>',
      text: `Three people were killed in the attack on the market, officials said. ${HOSTILE_IMG}`,
    },
  ];
}

/** The dossier of {@link hostileDocs}. */
export function hostileDossier(): Dossier {
  return buildDossier(hostileDocs(), createContext({ now: NOW }));
}

function claim(doc: string, value: number, quote: string, start: number, numberWords: string, scopeKey: DossierClaim['scope']['key'] = 'main'): DossierClaim {
  const offset = quote.indexOf(numberWords);
  return {
    doc,
    value,
    qualifier: 'exact',
    interval: [value, value],
    span: [start, start + quote.length],
    quote,
    attributedTo: null,
    certainty: 'stated',
    numberSpan: [start + offset, start + offset + numberWords.length],
    scope: { key: scopeKey },
    rule: 'test/claim',
  };
}

function figure(kind: DossierFigure['kind'], key: DossierFigure['scope']['key'], label: string, values: [number, number, number | null], claims: DossierClaim[], agreement: DossierFigure['agreement'], explanation: string): DossierFigure {
  return {
    kind,
    scope: { key, place: null, period: null, label },
    low: values[0],
    best: values[1],
    high: values[2],
    agreement,
    independentSources: 1,
    explanation,
    resolution: 'majority',
    claims,
  };
}

const TEXT_A = 'Two people died in Springfield on Saturday. In total, 9 people have died this year.';
const TEXT_B = 'Three people died in Springfield, police said. =HYPERLINK("http://evil.example")';
const TEXT_C = 'A copy: Two people died in Springfield on Saturday.';

/**
 * Two events over three documents: `e1` with a conflict (2 vs 3 killed) and a total (9), `b` and
 * `c` linked by lineage; `e2` with a hostile, formula-like title and no figure.
 */
export function handmadeDossier(): Dossier {
  return {
    version: 1,
    documents: [
      { id: 'a', path: 'a.txt', title: 'Report A', published: '2024-05-04', publishedBasis: 'metadata', language: 'en', url: 'https://example.org/a', text: TEXT_A },
      { id: 'b', path: 'b.txt', title: null, published: '2024-05-05', publishedBasis: 'metadata', language: 'en', url: null, text: TEXT_B },
      { id: 'c', path: 'c.txt', title: 'Copy', published: null, publishedBasis: null, language: 'en', text: TEXT_C },
    ],
    events: [
      {
        id: 'e1',
        title: 'Shooting in Springfield, "market" attack',
        date: { start: '2024-05-04', precision: 'day' },
        places: ['Springfield', 'Illinois'],
        documents: ['a', 'b', 'c'],
        figures: [
          figure(
            'killed',
            'total',
            'in total',
            [9, 9, 9],
            [claim('a', 9, 'In total, 9 people have died this year.', TEXT_A.indexOf('In total'), '9', 'total')],
            'single',
            '9 (1 report: a)',
          ),
          figure(
            'killed',
            'main',
            'in Springfield',
            [2, 2, 3],
            [
              claim('a', 2, 'Two people died in Springfield on Saturday.', 0, 'Two'),
              claim('b', 3, 'Three people died in Springfield, police said.', 0, 'Three'),
              claim('c', 2, 'Two people died in Springfield on Saturday.', TEXT_C.indexOf('Two'), 'Two'),
            ],
            'conflicting',
            '2 (2 reports: a, c) vs 3 (1 report: b); best 2: lower',
          ),
        ],
        timeline: [{ date: '2024-05-04', precision: 'day', summary: 'Two people died in Springfield', sources: [{ doc: 'a', span: [0, 43] }] }],
        quotes: [],
      },
      {
        id: 'e2',
        title: '=cmd|\' /C calc\'!A0',
        date: null,
        places: [],
        documents: ['b'],
        figures: [],
        timeline: [],
        quotes: [],
      },
    ],
    entities: [],
    lineage: [{ docs: ['a', 'c'], relation: 'duplicate', sharedPassages: 1, evidence: [{ doc: 'a', span: [0, 43] }, { doc: 'c', span: [8, 51] }] }],
    diagnostics: [],
  };
}
