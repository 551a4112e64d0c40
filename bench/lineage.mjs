// Lineage detection benchmark. Not part of `npm test`.
//
// Build first (`npx tsc -p .`), then:
//   node bench/lineage.mjs gva [--clean] [--runs 5]      time over the gva-dev dump, list the pairs
//   node bench/lineage.mjs gva-cold [--clean] [--runs 7] cold start: one run in each of N fresh processes
//   node bench/lineage.mjs synthetic 10000 50000 ...     synthetic dumps, one fresh process per size
//   node bench/lineage.mjs synthetic-links 20000         every link of a synthetic dump (to diff two builds)
// LINEAGE_OPTIONS='{"bands":6}' sets options of the index; LINEAGE_DIST=path runs another build than dist/.
// The machine may be shared: CPU times (process.cpuUsage) are reported next to wall times.
//
// The synthetic dump is made from the gva-dev articles: document i takes article i mod 1252 into
// "universe" floor(i / 1252), where every word outside the corpus' most frequent words (names,
// places, rare words) and every number is replaced by a pseudo-word or number of that universe;
// then its sentences are shuffled (30%) and some dropped (10-20%). So each universe is a
// corpus of the same genre with its own names and figures, and keeps the lineage the dev corpus has.
// Besides, 5% of the documents are planted copies of a recent synthetic document (a sentence
// dropped, sentences shuffled, one number changed); the run reports how many of them it links.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './random.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Compiled code to run: `dist` unless LINEAGE_DIST names another build (to compare two builds). */
const DIST = process.env.LINEAGE_DIST ?? join(ROOT, 'dist');
const DUMP = join(ROOT, '../shared/corpus/gva-dev/documents.jsonl');
const [mode, ...rest] = process.argv.slice(2);
// Note: not imported for a cold run, which times the import itself
const { detectLineage, LineageIndex, lineageGroups } = mode === 'gva-cold-one' ? {} : await import(join(DIST, 'stages/lineage/index.js'));

const MB = 1e6;
/** Options for the index, as JSON in the LINEAGE_OPTIONS environment variable (default: none). */
const OPTIONS = JSON.parse(process.env.LINEAGE_OPTIONS ?? '{}');

function loadDocs() {
  return readFileSync(DUMP, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

function bytesOf(docs) {
  return docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
}

/** A bare tokenizing pass (letters/digits runs, hashed): how fast this machine is right now. */
function referenceScan(texts) {
  const CLASS = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) CLASS[c] = 1;
  for (let c = 65; c <= 90; c++) CLASS[c] = 1;
  for (let c = 97; c <= 122; c++) CLASS[c] = 1;
  let x = 0;
  const start = performance.now();
  for (const t of texts) {
    for (let i = 0; i < t.length; ) {
      if (CLASS[t.charCodeAt(i)] === 0) {
        i++;
        continue;
      }
      let h = 0;
      while (i < t.length && CLASS[t.charCodeAt(i)] !== 0) h = Math.imul(h ^ t.charCodeAt(i++), 0x01000193);
      x ^= h;
    }
  }
  return { ms: performance.now() - start, x };
}

/** CPU milliseconds of this process (every thread: the JIT compiles and the GC helpers count too). */
function cpuMs(since) {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

/** CPU milliseconds of this process's main thread, from /proc (Linux), or NaN. */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function gvaInput(args) {
  let docs = loadDocs();
  if (args.includes('--clean')) {
    const { cleanDoc } = await import(join(DIST, 'stages/ingest/clean.js'));
    const { createContext } = await import(join(DIST, 'pipeline/stage.js'));
    const ctx = createContext({ now: new Date('2026-01-01T00:00:00Z') });
    docs = docs.map((d) => ({ ...d, text: cleanDoc({ id: d.id, path: DUMP, text: d.text }, ctx).text }));
  }
  return { docs, input: docs.map((d) => ({ id: d.id, text: d.text })), bytes: bytesOf(docs) };
}

async function gva(args) {
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 5) || 5;
  const { docs, input, bytes } = await gvaInput(args);
  const times = [];
  const cpus = [];
  let links = [];
  for (let r = 0; r < runs; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    links = detectLineage(input, OPTIONS);
    times.push(performance.now() - start);
    cpus.push(cpuMs(cpu));
  }
  const reference = [0, 1, 2].map(() => referenceScan(input.map((d) => d.text)).ms).sort((a, b) => a - b)[1];
  const warm = median(times.slice(1)) ?? times[0];
  const warmCpu = median(cpus.slice(1)) ?? cpus[0];
  const byRelation = {};
  for (const l of links) byRelation[l.relation] = (byRelation[l.relation] ?? 0) + 1;
  const groups = lineageGroups(input.map((d) => d.id), links);
  const rate = (ms) => (bytes / MB / (ms / 1000)).toFixed(1);
  console.log(`gva-dev${args.includes('--clean') ? ' (cleaned)' : ''}: ${docs.length} documents, ${(bytes / MB).toFixed(2)} MB`);
  console.log(`  first run (cold, in this process): ${times[0].toFixed(0)} ms wall = ${rate(times[0])} MB/s; ${cpus[0].toFixed(0)} ms CPU (all threads)`);
  console.log(`  warm runs: median ${warm.toFixed(0)} ms wall = ${rate(warm)} MB/s, median ${warmCpu.toFixed(0)} ms CPU = ${rate(warmCpu)} MB/s (wall: ${times.map((t) => t.toFixed(0)).join(', ')} ms)`);
  console.log(`  reference bare tokenizing pass: ${reference.toFixed(0)} ms = ${(bytes / MB / (reference / 1000)).toFixed(0)} MB/s (machine load indicator)`);
  console.log(`  links: ${links.length} ${JSON.stringify(byRelation)}; lineage groups: ${new Set(groups.values()).size} for ${docs.length} documents`);
  if (args.includes('--list')) {
    for (const l of links) console.log(`  ${l.docs[0]} ${l.docs[1]} ${l.relation} passages=${l.sharedPassages} score=${l.score}`);
  }
}

/**
 * Cold start as a build meets it: N fresh processes, each importing the module and running
 * detectLineage once. Reports medians and minima of wall time, CPU of all threads (the JIT
 * compiles on background threads) and CPU of the main thread (what a build waits for when a core
 * is free for the compiler).
 */
function gvaCold(args) {
  const runs = Number(args[args.indexOf('--runs') + 1] ?? 7) || 7;
  const rows = [];
  for (let r = 0; r < runs; r++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'gva-cold-one', ...args.filter((a) => a === '--clean')], { encoding: 'utf8', env: process.env });
    if (child.status !== 0) throw new Error(child.stderr);
    rows.push(JSON.parse(child.stdout.trim().split('\n').pop()));
  }
  const column = (key) => rows.map((row) => row[key]);
  const show = (key) => `median ${median(column(key)).toFixed(0)}, min ${Math.min(...column(key)).toFixed(0)} ms`;
  const { bytes, links } = rows[0];
  console.log(`gva-dev, cold (${runs} fresh processes, one run each): ${(bytes / MB).toFixed(2)} MB, ${links} links`);
  console.log(`  import of the module: CPU ${show('importCpu')}`);
  console.log(`  run: wall ${show('wall')} (${(bytes / MB / (median(column('wall')) / 1000)).toFixed(1)} MB/s)`);
  console.log(`  run: CPU, all threads ${show('cpu')} (${(bytes / MB / (median(column('cpu')) / 1000)).toFixed(1)} MB/s)`);
  console.log(`  run: CPU, main thread ${show('mainCpu')} (${(bytes / MB / (median(column('mainCpu')) / 1000)).toFixed(1)} MB/s; /proc, 10 ms ticks)`);
}

async function gvaColdOne(args) {
  const { input, bytes } = await gvaInput(args);
  const importCpu = process.cpuUsage();
  const { detectLineage: detect } = await import(join(DIST, 'stages/lineage/index.js'));
  const importMs = cpuMs(importCpu);
  const main = mainThreadCpuMs();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const links = detect(input, OPTIONS);
  const wall = performance.now() - start;
  const mainCpu = mainThreadCpuMs() - main;
  // Note: background compiles of the run may finish after it; they are its cost too
  await new Promise((resolve) => setTimeout(resolve, 50));
  console.log(JSON.stringify({ bytes, links: links.length, importCpu: importMs, wall, cpu: cpuMs(cpu), mainCpu }));
}

// ---------------------------------------------------------------------------------------------
// synthetic dump

function hash32(text, seed) {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}


const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aeiou';

function pseudoWord(word, universe) {
  let h = hash32(word.toLowerCase(), universe * 7919 + 17);
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pool = i % 2 === 1 ? VOWELS : LETTERS;
    out += pool[h % pool.length];
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  if (word[0] === word[0].toUpperCase() && word[0] !== word[0].toLowerCase()) out = out[0].toUpperCase() + out.slice(1);
  return out;
}

function pseudoNumber(digits, universe) {
  let h = hash32(digits, universe * 104729 + 3);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    out += String((i === 0 && digits.length > 1 ? 1 : 0) + (h % (i === 0 && digits.length > 1 ? 9 : 10)));
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
  }
  return out;
}

const TOKEN = /[A-Za-z][A-Za-z'’]*|\d+/g;
/** A sentence (up to terminal punctuation and closing quotes) and the space after it. */
const SENTENCE = /[^.!?\n]+[.!?]*["”’)]*[^\S\n]*(\n*)/g;

/** Sentences of a text, each ending in the separator it had (a space, or a blank line). */
function splitSentences(text) {
  const sentences = [];
  for (const match of text.matchAll(SENTENCE)) {
    const body = match[0].trim();
    if (body !== '') sentences.push(body + (match[1] ? '\n\n' : ' '));
  }
  return sentences.length > 0 ? sentences : [text];
}

function makeGenerator(sources) {
  // the corpus' most frequent words stay: they are the genre (and the stopwords)
  const frequency = new Map();
  for (const d of sources) for (const w of d.text.toLowerCase().match(/[a-z]+/g) ?? []) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const keep = new Set([...frequency.entries()].sort((a, b) => b[1] - a[1]).slice(0, 300).map(([w]) => w));
  const sentencesOf = sources.map((d) => splitSentences(d.text));
  let cacheUniverse = -1;
  let cache = new Map();
  const transform = (sentence, universe) =>
    sentence.replace(TOKEN, (token) => {
      if (/^\d/.test(token)) return pseudoNumber(token, universe);
      if (keep.has(token.toLowerCase())) return token;
      if (cacheUniverse !== universe) {
        cacheUniverse = universe;
        cache = new Map();
      }
      let replaced = cache.get(token);
      if (replaced === undefined) {
        replaced = pseudoWord(token, universe);
        cache.set(token, replaced);
      }
      return replaced;
    });
  return { sentencesOf, transform };
}

function* syntheticDump(sources, count, seed = 42) {
  const random = mulberry32(seed);
  const { sentencesOf, transform } = makeGenerator(sources);
  const recent = []; // [id, sentences] of the last documents, for planted copies
  for (let i = 0; i < count; i++) {
    const id = `s${String(i).padStart(7, '0')}`;
    if (recent.length > 50 && random() < 0.05) {
      // a planted copy of a recent document: one sentence dropped, shuffled, one number changed
      const [originId, origin] = recent[Math.floor(random() * recent.length)];
      const dropped = Math.floor(random() * origin.length);
      const copy = origin.filter((_, k) => k !== dropped);
      if (random() < 0.5) shuffle(copy, random);
      const text = copy.join('').replace(/\d+/, (digits) => String(Number(digits) + 1));
      yield { id, text, plantedFrom: originId, originWords: origin.join('').split(/\s+/).length };
      continue;
    }
    const source = i % sources.length;
    const universe = Math.floor(i / sources.length);
    let sentences = sentencesOf[source].map((s) => transform(s, universe));
    if (random() < 0.3) shuffle(sentences, random);
    const dropShare = 0.1 + random() * 0.1;
    if (sentences.length > 4) sentences = sentences.filter(() => random() >= dropShare);
    recent.push([id, sentences]);
    if (recent.length > 2000) recent.shift();
    yield { id, text: sentences.join('') };
  }
}

function shuffle(array, random) {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [array[i], array[j]] = [array[j], array[i]];
  }
}

function syntheticOne(count) {
  const sources = loadDocs();
  const index = new LineageIndex(OPTIONS);
  let bytes = 0;
  let addMs = 0;
  let cpuMsTotal = 0;
  const planted = [];
  const checkpoints = [];
  const wall = performance.now();
  for (const doc of syntheticDump(sources, count)) {
    bytes += Buffer.byteLength(doc.text);
    const start = performance.now();
    const cpu = process.cpuUsage();
    index.add(doc);
    cpuMsTotal += cpuMs(cpu);
    addMs += performance.now() - start;
    if (doc.plantedFrom !== undefined) planted.push([doc.plantedFrom, doc.id, doc.originWords]);
    if ((index.size & 8191) === 0) checkpoints.push([index.size, addMs]);
  }
  const start = performance.now();
  const cpu = process.cpuUsage();
  const links = index.links();
  cpuMsTotal += cpuMs(cpu);
  const linksMs = performance.now() - start;
  const ids = [];
  for (const [a, b] of planted) ids.push(a, b);
  const groups = lineageGroups(ids, links);
  const found = planted.filter(([a, b]) => groups.get(a) === groups.get(b)).length;
  // planted copies of documents of at least 100 words (shorter ones may not hold 3 sentences to match)
  const long = planted.filter(([, , words]) => words >= 100);
  const foundLong = long.filter(([a, b]) => groups.get(a) === groups.get(b)).length;
  const stats = index.stats();
  const result = {
    documents: count,
    megabytes: +(bytes / MB).toFixed(1),
    addSeconds: +(addMs / 1000).toFixed(2),
    linksSeconds: +(linksMs / 1000).toFixed(2),
    totalLineageSeconds: +((addMs + linksMs) / 1000).toFixed(2),
    mbPerSecond: +(bytes / MB / ((addMs + linksMs) / 1000)).toFixed(1),
    lineageCpuSeconds: +(cpuMsTotal / 1000).toFixed(2),
    wallSeconds: +((performance.now() - wall) / 1000).toFixed(2),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / MB),
    indexTypedArrayMB: +(stats.typedArrayBytes / MB).toFixed(1),
    bandKeyMB: +(stats.bandKeyBytes / MB).toFixed(1),
    profileMB: +(stats.profileBytes / MB).toFixed(1),
    wordStatsMB: +(stats.wordStatsBytes / MB).toFixed(1),
    bandKeys: stats.bandKeys,
    verifiedPairs: stats.verifiedPairs,
    links: links.length,
    planted: planted.length,
    plantedFound: found,
    plantedLong: long.length,
    plantedLongFound: foundLong,
    curve: checkpoints.map(([n, ms]) => [n, +(ms / 1000).toFixed(2)]),
  };
  console.log(JSON.stringify(result));
}

function synthetic(sizes) {
  console.log('documents  MB     lineage s  MB/s   CPU s      s per 10k docs  peak RSS MB  index typed MB  links   planted found (origin >= 100 words)');
  for (const size of sizes) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', fileURLToPath(import.meta.url), 'synthetic-one', String(size)], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`size ${size} failed: ${child.stderr}`);
      continue;
    }
    const r = JSON.parse(child.stdout.trim().split('\n').pop());
    console.log(
      [
        String(r.documents).padEnd(10),
        String(r.megabytes).padEnd(6),
        String(r.totalLineageSeconds).padEnd(10),
        String(r.mbPerSecond).padEnd(6),
        String(r.lineageCpuSeconds).padEnd(10),
        String(((r.totalLineageSeconds / r.documents) * 10000).toFixed(2)).padEnd(15),
        String(r.peakRssMB).padEnd(12),
        String(r.indexTypedArrayMB).padEnd(15),
        String(r.links).padEnd(7),
        `${r.plantedFound}/${r.planted} (${r.plantedLongFound}/${r.plantedLong})`,
      ].join(' '),
    );
    console.log(`  curve (documents, cumulative add seconds): ${r.curve.filter((_, k) => k % 3 === 0).map(([n, s]) => `${n}:${s}`).join(' ')}`);
    console.log(`  verified pairs ${r.verifiedPairs}, band keys ${r.bandKeys}, links() ${r.linksSeconds} s, wall ${r.wallSeconds} s (with generation)`);
    console.log(`  index typed arrays: band keys ${r.bandKeyMB} MB, profiles ${r.profileMB} MB, word stats ${r.wordStatsMB} MB`);
  }
}

/** Every link of a synthetic dump, one a line (to compare two builds). */
function syntheticLinks(count) {
  const index = new LineageIndex(OPTIONS);
  for (const doc of syntheticDump(loadDocs(), count)) index.add(doc);
  for (const l of index.links()) console.log(`${l.docs[0]} ${l.docs[1]} ${l.relation} ${l.sharedPassages} ${l.score} ${l.evidence.map((s) => `${s.start}-${s.end}`).join(',')}`);
}

if (mode === 'gva') await gva(rest);
else if (mode === 'gva-cold') gvaCold(rest);
else if (mode === 'gva-cold-one') await gvaColdOne(rest);
else if (mode === 'synthetic') synthetic(rest.map(Number).filter((n) => n > 0));
else if (mode === 'synthetic-one') syntheticOne(Number(rest[0]));
else if (mode === 'synthetic-links') syntheticLinks(Number(rest[0]));
else console.log('usage: node bench/lineage.mjs gva [--clean] [--runs N] [--list] | gva-cold [--clean] [--runs N] | synthetic N [N ...] | synthetic-links N');
