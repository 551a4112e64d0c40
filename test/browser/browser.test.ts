/**
 * The HTML report and the app in a real browser (playwright-core driving /usr/bin/chromium): clicks
 * open the sentence behind a figure, hostile markup runs nothing, a report added through the form
 * is listed, and a screenshot of the event page is written to the OS temp folder.
 * One chromium serves every test in this file (starting it is most of the cost).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dossier, DossierClaim } from '../../src/model/dossier.js';
import { renderHtml } from '../../src/render/html.js';
import { createApp } from '../../src/server/app.js';
import { StoreBuilder } from '../../src/store/builder.js';
import { openStore, type Store } from '../../src/store/store.js';
import { BLACK_JANUARY, HOSTILE_IMG, HOSTILE_SCRIPT, NOW, blackJanuaryDossier, handmadeDossier, hostileDocs, hostileDossier, readDocs } from '../render/fixtures.js';
import { launchChromium, openPage, type Chromium } from './chromium.js';

const folder = mkdtempSync(join(tmpdir(), 'corroborate-browser-'));
let launching: Promise<Chromium> | undefined;

/**
 * The one chromium of this file, started by the first test that needs it. Without chromium every
 * test fails with the reason (a failed beforeAll would only mark them skipped).
 */
function browserOnce(): Promise<Chromium> {
  launching ??= launchChromium();
  return launching;
}

let seeds: Promise<Dossier> | undefined;
/** The seed dossier, built once for this file. */
function seedDossier(): Promise<Dossier> {
  seeds ??= blackJanuaryDossier();
  return seeds;
}

afterAll(async () => {
  const browser = await launching?.catch(() => undefined);
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Writes a dossier's HTML report to a file and opens it (file://, no server: it must work offline). */
async function openReport(dossier: Dossier, name: string): Promise<{ page: Page; errors: string[] }> {
  const path = join(folder, `${name}.html`);
  writeFileSync(path, renderHtml(dossier));
  const opened = await openPage(await browserOnce());
  await opened.page.goto(pathToFileURL(path).href);
  await opened.page.waitForSelector('article.event');
  return opened;
}

/**
 * What the document pane shows once it shows `doc` at `span`: which document, and the highlighted
 * passage with its stressed number.
 */
async function pane(page: Page, doc: string, span: readonly [number, number]): Promise<{ doc: string | null; passage: string | null; number: string | null }> {
  await page.waitForSelector(`.document-pane[data-doc="${doc}"][data-span="${span[0]}-${span[1]}"] mark.passage`);
  return {
    doc: await page.getAttribute('.document-pane', 'data-doc'),
    passage: await page.textContent('.document-pane mark.passage'),
    number: (await page.locator('.document-pane mark.passage strong.number').count()) > 0 ? await page.textContent('.document-pane mark.passage strong.number') : null,
  };
}

function slice(dossier: Dossier, doc: string, span: readonly [number, number]): string {
  const text = dossier.documents.find((d) => d.id === doc)?.text;
  if (text === undefined) throw new Error(`no document ${doc}`);
  return text.slice(span[0], span[1]);
}

describe('the HTML report of the seed dossier', () => {
  it('shows the 130/141 conflict with its explanation, and a click on "141" highlights the sentence that states it', async () => {
    const dossier = await seedDossier();
    const figure = dossier.events[0]?.figures.find((f) => f.kind === 'killed' && f.claims.some((c) => c.value === 141));
    const claim141 = figure?.claims.find((c) => c.value === 141) as DossierClaim;
    expect(figure?.agreement).toBe('conflicting');
    const { page, errors } = await openReport(dossier, 'black-january');

    const card = page.locator('section.figure[data-kind="killed"]', { has: page.locator('.claim[data-value="141"]') });
    await expect.poll(() => card.locator('.badge.agreement').textContent()).toBe('conflicting');
    const explanation = await card.locator('.explanation').textContent();
    expect(explanation).toBe(figure?.explanation);
    expect(explanation).toMatch(/\b130\b[^]*\b141\b/);
    expect(await card.locator('.values .best').textContent()).toBe(String(figure?.best));

    await card.locator('.claim', { has: page.locator('.value', { hasText: /^141$/ }) }).click();
    const shown = await pane(page, claim141.doc, claim141.span);
    expect(shown.doc).toBe(claim141.doc);
    expect(shown.passage).toBe(slice(dossier, claim141.doc, claim141.span));
    expect(shown.passage).toBe(claim141.quote);
    expect(shown.number).toBe(slice(dossier, claim141.doc, claim141.numberSpan));
    expect(shown.number).toBe('141');
    // The highlight is scrolled into the pane's view.
    const box = await page.locator('.document-pane mark.passage').boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens every claim of the seed dossier at its own sentence', async () => {
    const dossier = await seedDossier();
    const claims = dossier.events[0]?.figures.flatMap((f) => f.claims) ?? [];
    const { page, errors } = await openReport(dossier, 'black-january-all');
    for (const button of await page.locator('button.show-all').all()) await button.click();
    const items = page.locator('.claim');
    expect(await items.count()).toBe(claims.length);
    for (const [i, claim] of claims.entries()) {
      await items.nth(i).click();
      const shown = await pane(page, claim.doc, claim.span);
      expect([shown.doc, shown.passage]).toEqual([claim.doc, claim.quote]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the timeline, quotes and lineage of the report', () => {
  it('draws the timeline as SVG; an entry, a lineage passage and a report open their text', async () => {
    const dossier = handmadeDossier();
    const { page, errors } = await openReport(dossier, 'handmade');
    const entry = dossier.events[0]!.timeline[0]!;
    const rows = page.locator('article[data-event="e1"] svg.timeline .timeline-row');
    // one happening and two reports' publications (report c has no date)
    expect(await rows.evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-date')} ${g.getAttribute('data-kind')}`))).toEqual([
      '2024-05-04 event',
      '2024-05-04 publication',
      '2024-05-05 publication',
    ]);
    expect(await rows.first().getAttribute('data-date')).toBe(entry.date);
    await rows.first().click();
    expect(await pane(page, 'a', entry.sources[0]!.span)).toMatchObject({ doc: entry.sources[0]?.doc, passage: slice(dossier, 'a', entry.sources[0]!.span) });

    const link = dossier.lineage[0]!;
    expect(await page.locator('article[data-event="e1"] .lineage-group .members').textContent()).toBe('Report A (a) · Copy (c)');
    await page.locator('article[data-event="e1"] .lineage-group .source-link', { hasText: '1b' }).click();
    expect(await pane(page, 'c', link.evidence[1]!.span)).toMatchObject({ doc: 'c', passage: slice(dossier, 'c', link.evidence[1]!.span) });

    await page.locator('article[data-event="e1"] .report[data-doc="b"] .report-title').click();
    await page.waitForSelector('.document-pane[data-doc="b"][data-span=""]');
    expect(await page.locator('.document-pane mark').count()).toBe(0);
    expect(await page.textContent('.document-pane .document-text')).toBe(dossier.documents[1]?.text);
    // A link to the original goes to its http(s) URL only.
    expect(await page.locator('.report[data-doc="a"] a.original').getAttribute('href')).toBe('https://example.org/a');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('hostile markup', () => {
  async function expectNothingRan(page: Page): Promise<void> {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    // Nothing from the source text became an element.
    expect(await page.locator('.content img, .document-pane img, .content iframe').count()).toBe(0);
  }

  it('the report shows it as text and runs nothing, after load and after every click', async () => {
    const dossier = hostileDossier();
    const { page, errors } = await openReport(dossier, 'hostile');
    await expectNothingRan(page);
    const claims = page.locator('.claim');
    expect(await claims.count()).toBeGreaterThan(0);
    for (const claim of await claims.all()) {
      await claim.click();
      await pane(page, (await claim.getAttribute('data-doc')) ?? '', [Number(await claim.getAttribute('data-start')), Number(await claim.getAttribute('data-end'))]);
      await expectNothingRan(page);
    }
    for (const report of await page.locator('.report-title').all()) {
      await report.click();
      await expectNothingRan(page);
    }
    await page.locator('.report[data-doc="hostile"] .report-title').click();
    await page.waitForSelector('.document-pane[data-doc="hostile"][data-span=""]');
    const text = await page.textContent('.document-pane .document-text');
    expect(text).toContain(HOSTILE_SCRIPT);
    expect(text).toContain(HOSTILE_IMG);
    // The javascript: URL of the report is never a link.
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('.claims').first().textContent()).toContain(HOSTILE_IMG);
    await expectNothingRan(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the app', () => {
  let store: Store;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    store = openStore();
    const builder = new StoreBuilder(store, { now: () => NOW });
    builder.add(await readDocs([BLACK_JANUARY]));
    const app = await createApp({ builder, maxUploadBytes: 64 * 1024 });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    close = () => app.close();
  });
  afterAll(async () => {
    await close?.();
    store?.close();
  });

  it('lists the events, adds a pasted and an uploaded report through the form, and lists them', async () => {
    const { page, errors } = await openPage(await browserOnce());
    const started = performance.now();
    await page.goto(url);
    await page.waitForSelector('#events .event-item');
    console.log(`app first page (shell + event list rendered) in ${Math.round(performance.now() - started)} ms`);
    expect(await page.textContent('#store-status')).toBe('5 reports · 1 event');

    const title = 'Springfield market attack (browser test)';
    await page.fill('#report-title', title);
    await page.fill('#report-published', '2024-05-04');
    await page.fill('#report-text', 'Four people were killed and nine were injured in an attack on a market in Springfield on Saturday, police said.');
    await page.click('#add-report button[type="submit"]');
    await expect.poll(() => page.textContent('#add-status')).toMatch(/^Added 1 report: Springfield market attack \(browser test\) \([0-9a-f]{16}\)\. The dossier was rebuilt in \d+ ms\.$/);
    await expect.poll(() => page.textContent('#documents .document-item:first-child .document-title')).toBe(title);
    // a report of another event (another place, decades later) becomes an event of its own
    await expect.poll(() => page.textContent('#store-status')).toBe('6 reports · 2 events');
    expect(await page.inputValue('#report-text')).toBe('');

    await page.setInputFiles('#report-files', { name: 'lakeside.txt', mimeType: 'text/plain', buffer: Buffer.from('Seven people were arrested after the clashes in Lakeside on Sunday.') });
    await page.click('#add-report button[type="submit"]');
    await expect.poll(() => page.textContent('#add-status')).toMatch(/^Added 1 report: lakeside\./);
    await expect.poll(() => page.getAttribute('#documents .document-item:first-child', 'data-doc')).toBe('lakeside');

    await page.fill('#search', 'Lakeside');
    await page.press('#search', 'Enter');
    await expect.poll(() => page.textContent('.result-count')).toBe('1 event matches “Lakeside”.');
    expect(await page.textContent('#events .event-item .snippet mark')).toBe('Lakeside');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the event page, opens the sentence of the added report, and takes a screenshot', async () => {
    const sentence = 'Five people were killed and two were injured in a shooting at a bus stop in Riverton on Monday, officials said.';
    const response = await fetch(`${url}api/reports`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Riverton shooting', text: sentence }) });
    const { added } = (await response.json()) as { added: { id: string }[] };
    const id = added[0]?.id;
    // The report is an event of its own (grouping): open it from its document's event.
    const eventId = store.listDocuments({ limit: 1, offset: 0, ids: [id ?? ''] }).items[0]?.events[0];
    const { page, errors } = await openPage(await browserOnce());
    await page.goto(url);
    await page.click(`#events .event-item h3 a[href$="/events/${eventId}"]`);
    await page.waitForSelector('article.event section.figure');
    expect(new URL(page.url()).pathname).toBe(`/events/${eventId}`);
    for (const button of await page.locator('button.show-all').all()) await button.click();
    const claim = page.locator(`.claim[data-doc="${id}"][data-value="5"]`);
    await claim.click();
    const shown = await pane(page, id ?? '', [Number(await claim.getAttribute('data-start')), Number(await claim.getAttribute('data-end'))]);
    expect(shown.doc).toBe(id);
    expect(shown.passage).toBe(sentence);
    expect(shown.number).toBe('Five');

    // one file, written again by each run (it is kept to be looked at, not piled up)
    const path = join(tmpdir(), 'corroborate-event-page.png');
    await page.screenshot({ path, fullPage: false });
    console.log(`screenshot of the event page: ${path}`);
    expect(statSync(path).size).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs nothing from a hostile report added through the form', async () => {
    const { page, errors } = await openPage(await browserOnce());
    await page.goto(url);
    await page.waitForSelector('#events .event-item');
    const [hostile] = hostileDocs();
    await page.fill('#report-title', hostile?.title ?? '');
    await page.fill('#report-text', hostile?.text ?? '');
    await page.click('#add-report button[type="submit"]');
    await expect.poll(() => page.textContent('#add-status')).toMatch(/^Added 1 report/);
    await expect.poll(() => page.textContent('#documents .document-item:first-child .document-title')).toBe(hostile?.title);
    const id = store.listDocuments({ limit: 1, offset: 0 }).items[0]?.id;
    const eventId = store.listDocuments({ limit: 1, offset: 0 }).items[0]?.events[0];
    await page.click(`#events .event-item h3 a[href$="/events/${eventId}"]`);
    await page.waitForSelector('article.event section.figure');
    for (const button of await page.locator('button.show-all').all()) await button.click();
    const claims = page.locator(`.claim[data-doc="${id}"]`);
    expect(await claims.count()).toBeGreaterThan(0);
    for (const claim of await claims.all()) {
      await claim.click();
      await pane(page, id ?? '', [Number(await claim.getAttribute('data-start')), Number(await claim.getAttribute('data-end'))]);
    }
    expect(await page.textContent('.document-pane .document-text')).toContain(HOSTILE_SCRIPT);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('.content img, .document-pane img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
