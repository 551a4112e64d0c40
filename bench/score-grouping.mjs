#!/usr/bin/env node
// B-cubed score of a grouping on a synthetic dump: the events of `corroborate build --format jsonl`
// (one event a line, with its `documents`) against the gold of `bench/synth-dump.mjs --gold`.
//
//   node bench/score-grouping.mjs /tmp/events-100k.jsonl /tmp/gold-100k.jsonl
//
// Scored like `corroborate eval --dump` (src/stages/group bcubed): every gold article counts; one
// that no event lists is a singleton; an article in several events counts in the last one; an
// article in several gold incidents counts in its first. Streams the events; keeps one number per
// article (about 150 MB for 1M articles).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const [eventsPath, goldPath] = process.argv.slice(2);
if (!eventsPath || !goldPath) {
  process.stderr.write('usage: node bench/score-grouping.mjs events.jsonl gold.jsonl\n');
  process.exit(2);
}
async function* lines(path) {
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) if (line.trim() !== '') yield line;
}

// gold: article -> incident number, and incident sizes
const goldOf = new Map();
const incidentNumber = new Map();
const goldSize = [];
for await (const line of lines(goldPath)) {
  const { id, incident } = JSON.parse(line);
  let n = incidentNumber.get(incident);
  if (n === undefined) {
    incidentNumber.set(incident, (n = goldSize.length));
    goldSize.push(0);
  }
  goldOf.set(id, n);
  goldSize[n]++;
}

// events: article -> last event, event sizes, and (event, incident) overlaps
const eventOf = new Map();
const eventSize = [];
const overlap = new Map(); // `${event} ${incident}` -> articles
let events = 0;
let listed = 0;
let unknown = 0;
for await (const line of lines(eventsPath)) {
  const documents = JSON.parse(line).documents ?? [];
  const e = events++;
  eventSize.push(documents.length);
  for (const id of documents) {
    listed++;
    const g = goldOf.get(id);
    if (g === undefined) unknown++;
    eventOf.set(id, e);
    const key = `${e} ${g ?? `?${id}`}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  }
}

let precision = 0;
let recall = 0;
let missing = 0;
for (const [id, g] of goldOf) {
  const e = eventOf.get(id);
  if (e === undefined) {
    missing++;
    precision += 1;
    recall += 1 / goldSize[g];
    continue;
  }
  const both = overlap.get(`${e} ${g}`) ?? 0;
  precision += both / eventSize[e];
  recall += both / goldSize[g];
}
const n = goldOf.size || 1;
precision /= n;
recall /= n;
const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
const pct = (x) => (100 * x).toFixed(1);
process.stdout.write(
  `${goldOf.size} articles in ${goldSize.length} gold incidents; ${events} events listing ${listed} articles` +
    ` (${missing} gold articles in no event, ${unknown} listed articles not in the gold)\n` +
    `B-cubed precision ${pct(precision)}, recall ${pct(recall)}, F1 ${pct(f1)}\n`,
);
