#!/usr/bin/env node
// Benchmark: a whole build over a JSONL dump (default ../shared/corpus/gva-dev/documents.jsonl).
// Prints MB/s of article text, documents/s and peak RSS, with a note of the machine, and compares
// with the floors pinned in bench/floors.json (`--pin` raises them; `--allow-lower` may lower them).
// `--runs N` repeats the build in one process after two warm-up builds and reports the median.
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { spawnSync } from 'node:child_process';

// Note: `npm run bench` runs node with `--no-regexp-tier-up`, as the `corroborate` bin does (see src/cli/main.ts).
const { buildDossier, createContext, readInputs } = await import('../dist/index.js');
const { AnalysisPool, defaultThreads } = await import('../dist/pipeline/pool.js');
const { assembleDossier, lineageFromLinks } = await import('../dist/pipeline/build.js');
const { LineageIndex } = await import('../dist/stages/lineage/index.js');
const cliThreads = defaultThreads();

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, pin: { type: 'boolean' }, 'allow-lower': { type: 'boolean' } },
  allowPositionals: true,
});
const input = positionals[0] ?? fileURLToPath(new URL('../../shared/corpus/gva-dev/documents.jsonl', import.meta.url));
const floorsPath = fileURLToPath(new URL('./floors.json', import.meta.url));

const docs = [];
for await (const item of readInputs([input])) if ('text' in item) docs.push(item);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

const times = [];
const runs = Math.max(1, Number(values.runs));
// Warm-up: two whole builds. V8 keeps optimizing over the first builds of a process (on gva-dev,
// EPYC: 2.6, 1.3, 1.0, then 0.85-0.95 s a build); a warm-up of 50 documents left the median in
// that slope (1.3 s), below what a long build over a dump runs at. The cold figure is below.
for (let i = 0; i < 2; i++) buildDossier(docs, createContext({ now: new Date(0) }));
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const dossier = buildDossier(docs, createContext({ now: new Date(0) }));
  times.push((performance.now() - t0) / 1000);
  if (dossier.documents.length !== docs.length) throw new Error('the build lost documents');
}
times.sort((a, b) => a - b);
const seconds = times[Math.floor(times.length / 2)];
const result = {
  documents: docs.length,
  megabytes: +(bytes / 1e6).toFixed(2),
  seconds: +seconds.toFixed(3),
  mbPerSecond: +(bytes / 1e6 / seconds).toFixed(2),
  docsPerSecond: Math.round(docs.length / seconds),
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};
// All cores: analysis on a worker pool of one worker per core but one, beside the main thread, which
// analyses batches too (AnalysisPool's `analyzeAll`), then groups and assembles. (Until 2026-11-24 the
// bench ran one worker per core beside a main thread that only waited, indexed and assembled; on 2
// cores, 1 worker and the main thread analysed gva-dev in 650-675 ms warm, 2 workers in 700-750.)
// The CLI's default (`defaultThreads`) is the same but for two cores, where it starts no worker: a
// worker's start-up (its modules and its JIT warm-up) costs more than it saves on a folder or a
// dump of a few thousand reports.
const cores = availableParallelism();
const threads = Math.max(1, cores - 1);
const poolTimes = [];
let cpuShare = 0;
const pool = new AnalysisPool({ now: new Date(0), threads });
// Warm-up as for the one-core build, two passes' worth of documents on each thread: a pass shares its
// batches among the workers and the main thread, so each takes about one pass in `threads + 1`.
// (A long build's threads are warm: on 2 cores, 1 worker and the main thread analysed gva-dev in
// 730 ms a pass after 6 passes, 590 ms after 20.)
for (let i = 0; i < 2 * (threads + 1); i++) await pool.analyzeAll(docs);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // as `corroborate build` runs: lineage indexes analyses as they come back, then grouping and assembly
  const index = new LineageIndex();
  const { analyses } = await pool.analyzeAll(docs, undefined, (batch) => {
    for (const a of batch) index.add({ id: a.doc.id, text: a.doc.text });
  });
  const dossier = assembleDossier(analyses, createContext({ now: new Date(0) }), lineageFromLinks(analyses.map((a) => a.doc.id), index.links()));
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  poolTimes.push(wall);
  cpuShare = Math.max(cpuShare, (cpu.user + cpu.system) / 1e6 / wall / cores);
  if (dossier.documents.length !== docs.length) throw new Error('the pooled build lost documents');
}
await pool.close();
poolTimes.sort((a, b) => a - b);
const poolSeconds = poolTimes[Math.floor(poolTimes.length / 2)];
result.allCores = { cores, threads, seconds: +poolSeconds.toFixed(3), mbPerSecond: +(bytes / 1e6 / poolSeconds).toFixed(2), mbPerSecondPerCore: +(bytes / 1e6 / poolSeconds / cores).toFixed(2), cpuBusy: +(cpuShare * 100).toFixed(0) };
result.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
// Cold: a fresh process, one build on one thread, as a CLI run on a folder is. Reported, not gated.
const coldRun = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(new URL('./cold.mjs', import.meta.url)), input], { encoding: 'utf8' });
const cold = coldRun.status === 0 ? JSON.parse(coldRun.stdout) : undefined;
if (cold) result.cold = { importCpuSeconds: cold.importCpuMs / 1000, buildCpuSeconds: cold.buildCpuMs / 1000, mbPerCpuSecond: +(cold.bytes / 1e6 / (cold.buildCpuMs / 1000)).toFixed(2) };

const machine = `${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`;
console.log(`corroborate bench: build over ${input}`);
console.log(`machine: ${machine}`);
console.log(`${result.documents} documents, ${result.megabytes} MB of text, median of ${runs} runs: ${result.seconds} s`);
console.log(`one core: ${result.mbPerSecond} MB/s  ${result.docsPerSecond} documents/s`);
console.log(`all ${cores} cores (${threads} worker thread(s) and the main thread analysing; the CLI's default here: ${cliThreads}): ${result.allCores.mbPerSecond} MB/s, ${result.allCores.mbPerSecondPerCore} MB/s per core, cores ${result.allCores.cpuBusy}% busy (median ${result.allCores.seconds} s, warm workers)`);
console.log(`peak RSS ${result.peakRssMb} MB (main thread and workers)`);
if (result.cold) console.log(`cold process, one build on one thread (as the CLI runs): ${result.cold.mbPerCpuSecond} MB per CPU second (${result.cold.buildCpuSeconds} s CPU, plus ${result.cold.importCpuSeconds} s to load the modules); not gated`);
else console.log(`cold process: failed (${coldRun.stderr?.split('\n')[0] ?? 'no output'})`);

let floors;
try {
  floors = JSON.parse(await readFile(floorsPath, 'utf8'));
} catch {
  floors = undefined;
}
if (values.pin) {
  const next = { mbPerSecond: result.mbPerSecond, maxPeakRssMb: result.peakRssMb, machine };
  if (floors && !values['allow-lower']) {
    next.mbPerSecond = Math.max(floors.mbPerSecond, result.mbPerSecond);
    next.maxPeakRssMb = Math.min(floors.maxPeakRssMb, result.peakRssMb);
  }
  await writeFile(floorsPath, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`floors pinned in ${floorsPath}`);
} else if (floors) {
  // Speed varies with the machine's load: allow 15% below the pinned speed before failing.
  const slow = result.mbPerSecond < floors.mbPerSecond * 0.85;
  const fat = result.peakRssMb > floors.maxPeakRssMb * 1.15;
  if (slow) console.log(`BELOW FLOOR: ${result.mbPerSecond} MB/s < ${floors.mbPerSecond} MB/s pinned`);
  if (fat) console.log(`ABOVE CEILING: peak RSS ${result.peakRssMb} MB > ${floors.maxPeakRssMb} MB pinned`);
  if (!slow && !fat) console.log(`within the floors of ${floorsPath} (${floors.mbPerSecond} MB/s, ${floors.maxPeakRssMb} MB)`);
  process.exitCode = slow || fat ? 3 : 0;
}
