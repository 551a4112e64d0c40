#!/usr/bin/env node
/**
 * Event-date accuracy and date-extraction speed on the GVA development set.
 *
 *   npm run build && node eval/time-gva.mjs [--dist dist] [--corpus ../shared/corpus/gva-dev]
 *     [--misses 15] [--repeat 5] [--share 0.5] [--window 7] [--dump file.json]
 *
 * Every document is cleaned (ingest) and split into sentences, then dated with `extractDates`
 * against its metadata `published`. Every incident gets `eventDate` over its documents, compared
 * with the incident's `date` (the event's `start`). Prints the share of incidents whose event date
 * equals the incident date (and what `fallbackToPublished` would add), the baseline of taking the
 * first publication date, the misses by distance in days, the share of sentences that pass the date
 * cue, and the speed of `extractDates` over all documents: MB/s of document text, one pass as a
 * build does (cold), then the best of `--repeat` passes (warm), wall clock and process CPU.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] !== undefined ? args[index + 1] : fallback;
};
const dist = resolve(option('--dist', new URL('../dist', import.meta.url).pathname));
const corpus = resolve(option('--corpus', new URL('../../shared/corpus/gva-dev', import.meta.url).pathname));
const missCount = Number(option('--misses', '15'));
const repeat = Number(option('--repeat', '5'));
const share = option('--share', undefined);
const window = option('--window', undefined);
const dump = option('--dump', undefined);
const eventOptions = {
  ...(share === undefined ? {} : { earliestShare: Number(share) }),
  ...(window === undefined ? {} : { earliestWindow: Number(window) }),
};

const load = (path) => import(pathToFileURL(resolve(dist, path)).href);
const { extractDates, cueSentences } = await load('stages/extract/dates/index.js');
const { eventDate } = await load('stages/time/event-date.js');
const { cleanDoc } = await load('stages/ingest/clean.js');
const { splitSentences } = await load('stages/segment/sentences.js');
const { createContext } = await load('pipeline/stage.js');

const lines = readFileSync(resolve(corpus, 'documents.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '');
const incidents = JSON.parse(readFileSync(resolve(corpus, 'incidents.json'), 'utf8')).incidents;

// Clean and split first: the timing below is of the date stage alone.
const ctx = createContext({ now: new Date('2026-01-01T00:00:00Z') });
const sources = [];
let bytes = 0;
for (const [index, line] of lines.entries()) {
  const record = JSON.parse(line);
  const raw = { id: record.id, path: 'documents.jsonl', line: index + 1, text: record.text ?? '', ...(record.title ? { title: record.title } : {}), ...(record.published ? { published: record.published } : {}) };
  const source = cleanDoc(raw, ctx);
  sources.push({ record, source, sentences: splitSentences(source) });
  bytes += Buffer.byteLength(record.text ?? '', 'utf8');
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const docs = new Map();
const passes = [];
for (let pass = 0; pass < Math.max(1, repeat); pass++) {
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  for (const { record, source, sentences } of sources) {
    const dates = extractDates({ id: source.id, text: source.text }, sentences, { published: record.published });
    if (pass === 0) docs.set(record.id, { id: source.id, text: source.text, published: record.published, sentences, dates, title: record.title });
  }
  passes.push({ wall: performance.now() - wall0, cpu: cpuMs() - cpu0 });
}

let sentencesTotal = 0;
let sentencesCued = 0;
for (const { source, sentences } of sources) {
  sentencesTotal += sentences.length;
  sentencesCued += cueSentences(source.text, sentences).length;
}

let correct = 0;
let none = 0;
let noneRightByPublished = 0;
let baseline = 0;
const misses = [];
const offBy = new Map();
const rows = [];
for (const incident of incidents) {
  const own = incident.documents.map((id) => docs.get(id)).filter(Boolean);
  const earliest = own.map((doc) => doc.published).filter(Boolean).sort()[0];
  if (earliest === incident.date) baseline++;
  const event = eventDate(own, eventOptions);
  rows.push({ incident, event, own });
  if (!event) {
    none++;
    if (earliest === incident.date) noneRightByPublished++;
    misses.push({ incident, event, own });
  } else if (event.start === incident.date) correct++;
  else {
    const diff = Math.round((Date.parse(event.start) - Date.parse(incident.date)) / 86_400_000);
    offBy.set(diff, (offBy.get(diff) ?? 0) + 1);
    misses.push({ incident, event, own });
  }
}

const mb = bytes / 1e6;
const n = incidents.length;
const pct = (count) => `${((100 * count) / n).toFixed(1)}%`;
const rate = (ms) => `${(mb / (ms / 1000)).toFixed(1)} MB/s`;
const warm = passes.slice(1).length > 0 ? passes.slice(1) : passes;
const bestWall = Math.min(...warm.map((pass) => pass.wall));
const bestCpu = Math.min(...warm.map((pass) => pass.cpu));
console.log(`incidents: ${n}, documents: ${docs.size}, text: ${mb.toFixed(2)} MB`);
console.log(`event date == incident date: ${correct}/${n} = ${pct(correct)} (no date: ${none}; options ${JSON.stringify(eventOptions)})`);
console.log(`  with fallbackToPublished: ${correct + noneRightByPublished}/${n} = ${pct(correct + noneRightByPublished)} (${noneRightByPublished}/${none} dateless incidents have their date as first publication day)`);
console.log(`baseline, first publication date == incident date: ${baseline}/${n} = ${pct(baseline)}`);
console.log(`misses by (event - incident) days: ${[...offBy.entries()].sort((a, b) => a[0] - b[0]).map(([d, c]) => `${d}:${c}`).join(' ')}`);
console.log(`sentences with a date cue: ${sentencesCued}/${sentencesTotal} = ${((100 * sentencesCued) / sentencesTotal).toFixed(1)}%`);
console.log(
  `extractDates speed: first pass ${rate(passes[0].wall)} wall, ${rate(passes[0].cpu)} CPU; ` +
    `best of ${warm.length} later passes ${rate(bestWall)} wall, ${rate(bestCpu)} CPU`,
);
if (dump) {
  writeFileSync(
    dump,
    JSON.stringify(
      rows.map(({ incident, event, own }) => ({
        id: incident.id,
        date: incident.date,
        event,
        docs: own.map((doc) => ({
          id: doc.id,
          published: doc.published,
          dates: doc.dates.map((date) => ({
            text: date.text,
            start: date.start,
            kind: date.kind,
            sentence: date.sentence,
            tense: date.tense,
            sentenceText: doc.text.slice(doc.sentences[date.sentence].start, doc.sentences[date.sentence].end),
          })),
        })),
      })),
    ),
  );
}
for (const { incident, event, own } of misses.slice(0, missCount)) {
  console.log(`\n- incident ${incident.id} date ${incident.date}: got ${event ? `${event.start}${event.end ? `/${event.end}` : ''} (${event.basis}, support ${event.support})` : 'nothing'}`);
  for (const doc of own) {
    const shown = doc.dates.filter((date) => date.precision === 'day').slice(0, 6);
    console.log(`    ${doc.id.slice(0, 8)} published ${doc.published} "${(doc.title ?? '').slice(0, 60)}": ${shown.map((date) => `[${date.text}]=${date.start ?? '?'}`).join(' ')}`);
  }
}
