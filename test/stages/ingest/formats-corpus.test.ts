/**
 * Web pages and PDFs of real articles give the same figures as the articles' plain text.
 * The pages and PDFs are built at test time from ../shared/corpus/gva-dev/documents.jsonl
 * (read in place, never copied): each article is wrapped in a realistic news page (navigation,
 * ads, scripts, related stories and comments full of other figures, footer), or typeset as
 * a PDF with running headers, page numbers and hyphenated line ends.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../../../src/model/document.js';
import { analyzeDocument } from '../../../src/pipeline/analyze.js';
import { buildDossier } from '../../../src/pipeline/build.js';
import { createContext } from '../../../src/pipeline/stage.js';
import { extractHtml } from '../../../src/stages/ingest/html.js';
import { extractPdf } from '../../../src/stages/ingest/pdf.js';
import { isoDate } from '../../../src/stages/ingest/read.js';
import { newsPage, type PageStyle } from './helpers/html-page.js';
import { layoutPdf, winAnsiText, writePdf } from './helpers/pdf-writer.js';

const CORPUS = new URL('../../../../shared/corpus/gva-dev/documents.jsonl', import.meta.url);
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`formats-corpus: skipped, ${CORPUS.pathname} is absent (the dev corpus lives in ../shared next to this repository)`);

interface Article {
  readonly id: string;
  readonly title: string;
  readonly published?: string;
  readonly url?: string;
  readonly text: string;
}

const NOW = new Date('2020-01-01');

function figures(raw: RawDoc): [string, number | null, number | null, number | null][] {
  const dossier = buildDossier([raw], createContext({ now: NOW }));
  return (dossier.events[0]?.figures ?? []).map((f) => [f.kind, f.best, f.low, f.high] as [string, number | null, number | null, number | null]).sort();
}

/** The first articles (in file order) whose plain text yields at least one figure. */
function articlesWithFigures(count: number): Article[] {
  const chosen: Article[] = [];
  for (const line of readFileSync(CORPUS, 'utf8').split('\n')) {
    if (chosen.length === count) break;
    if (line.trim() === '') continue;
    const article = JSON.parse(line) as Article;
    if (figures({ id: article.id, path: 'a.jsonl', title: article.title, text: article.text }).length > 0) chosen.push(article);
  }
  return chosen;
}

/**
 * Claims whose number is not where the offset map says in the page: the first word of the
 * number must stand at its raw offset. Numbers read from the headline (added from metadata,
 * mapped to the start) are left out.
 */
function misplacedNumbers(raw: RawDoc): string[] {
  const analysis = analyzeDocument(raw, createContext({ now: NOW }));
  const { doc } = analysis;
  const lead = doc.title !== undefined && doc.text.startsWith(`${doc.title}\n\n`) && !raw.text.startsWith(doc.title) ? doc.title.length + 2 : 0;
  const misplaced: string[] = [];
  for (const claim of analysis.claims) {
    if (claim.numberSpan.start < lead || claim.numberSpan.end <= claim.numberSpan.start) continue;
    const word = doc.text.slice(claim.numberSpan.start, claim.numberSpan.end).split(/\s/)[0] as string;
    const at = doc.offsets.toRaw(claim.numberSpan.start);
    // A word the PDF layout hyphenated at a line end ("suspe-\ncts") still starts at its offset.
    if (!doc.raw.slice(at, at + word.length + 3).replace(/-\r?\n/, '').startsWith(word)) misplaced.push(`${word} -> ${JSON.stringify(doc.raw.slice(at, at + 20))}`);
  }
  return misplaced;
}

describe.skipIf(!hasCorpus)('web pages and PDFs of dev articles give the figures of their plain text', () => {
  const articles = hasCorpus ? articlesWithFigures(9) : [];
  const styles: PageStyle[] = [{}, { useEntities: true, dateIn: 'json-ld' }, { useBreaks: true, dateIn: 'time' }];

  it.each(articles.map((article, index) => [article.id, article, styles[index % styles.length] as PageStyle] as const))(
    'HTML page of %s',
    (_id, article, style) => {
      const page = newsPage(article, style);
      const extracted = extractHtml(page);
      if (extracted.isRejected) throw new Error(extracted.reason);
      const published = extracted.published !== undefined ? isoDate(extracted.published) : undefined;
      expect(published).toBe(article.published);
      expect(extracted.title).toBe(article.title);
      const fromPage: RawDoc = {
        id: article.id,
        path: `${article.id}.html`,
        title: extracted.title as string,
        ...(published !== undefined ? { published } : {}),
        text: extracted.text,
        page: { format: 'html', raw: page, offsets: extracted.offsets },
      };
      const plain: RawDoc = { id: article.id, path: 'a.jsonl', title: article.title, ...(article.published ? { published: article.published } : {}), text: article.text };
      const expected = figures(plain);
      expect(expected.length).toBeGreaterThan(0);
      expect(figures(fromPage)).toEqual(expected);
      expect(misplacedNumbers(fromPage)).toEqual([]);
    },
  );

  it.each(articles.slice(0, 6).map((article, index) => [article.id, article, index] as const))('PDF of %s', async (_id, article, index) => {
    const body = winAnsiText(article.text);
    const paragraphs = body.split(/\n/).map((p) => p.trim()).filter((p) => p.length > 0);
    const title = winAnsiText(article.title);
    const pdf = writePdf(
      layoutPdf(paragraphs, { header: 'THE COUNTY HERALD  |  Local News', footer: 'Page {page} of {pages}', hyphenate: index % 2 === 0, width: 64 + index * 6, linesPerPage: 30 }),
      { title },
    );
    const extracted = await extractPdf(pdf);
    if (extracted.isRejected) throw new Error(extracted.reason);
    expect(extracted.text).toBe(paragraphs.join('\n\n'));
    const fromPdf: RawDoc = { id: article.id, path: `${article.id}.pdf`, title, text: extracted.text, page: { format: 'pdf', raw: extracted.layer, offsets: extracted.offsets } };
    const plain: RawDoc = { id: article.id, path: 'a.txt', title, text: paragraphs.join('\n\n') };
    expect(figures(fromPdf)).toEqual(figures(plain));
    expect(misplacedNumbers(fromPdf)).toEqual([]);
  });
});
