import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { RawDoc } from '../model/document.js';
import { createContext } from '../pipeline/stage.js';
import { buildDossier } from '../pipeline/build.js';
import { eventForDocuments, goldGroups, isSamePlace, scoreGva, type GvaIncident, type GvaReport } from '../eval/gva.js';
import { bcubed } from '../stages/group/index.js';
import { formatDiagnostic, readAll } from './inputs.js';

const INCIDENTS = z.object({
  incidents: z.array(
    z.object({
      id: z.string(),
      date: z.string(),
      location: z.object({ city_or_county: z.string(), state: z.string(), address: z.string().optional() }),
      killed: z.number().int().nonnegative(),
      injured: z.number().int().nonnegative(),
      arrested: z.number().int().nonnegative(),
      documents: z.array(z.string()).min(1),
    }),
  ),
});

/** Pinned floors: scores in percent, with the hash of the corpus they were measured on. */
const FLOORS = z.object({
  corpus: z.string(),
  minDocs: z.number(),
  scores: z.record(z.string(), z.number()),
});
type Floors = z.infer<typeof FLOORS>;

/** How far below a floor a score may fall before the gate fails (percentage points). */
const NOISE_MARGIN = 0.5;

const DEFAULT_FLOORS = fileURLToPath(new URL('../../eval/floors.json', import.meta.url));

function percent(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((1000 * n) / d) / 10;
}

/** The scores of a report, in percent, keyed as in the floors file. */
export function scoresOf(report: GvaReport): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const [kind, s] of Object.entries(report.kinds)) {
    scores[`${kind}.exact`] = percent(s.exact, s.total);
    scores[`${kind}.within`] = percent(s.within, s.total);
  }
  scores['within'] = Math.round(report.within * 1000) / 10;
  scores['eventDate.exact'] = percent(report.eventDate.exact, report.eventDate.total);
  scores['place.city'] = percent(report.place.city, report.place.total);
  scores['place.state'] = percent(report.place.state, report.place.total);
  return scores;
}

async function loadFloors(path: string): Promise<Floors | undefined> {
  try {
    return FLOORS.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * `corroborate eval`: builds one dossier per incident, prints accuracy, and gates on pinned floors.
 * Returns the exit code: 0 at or above the floors, 3 below them, 1 when inputs were rejected.
 */
export async function runEval(
  documentsPath: string,
  incidentsPath: string,
  options: { minDocs: number; floors?: string; pin?: boolean; allowLower?: boolean; misses?: string; dump?: boolean },
): Promise<number> {
  const started = performance.now();
  const [{ docs, problems }, incidentsText] = await Promise.all([readAll([documentsPath]), readFile(incidentsPath, 'utf8')]);
  for (const p of problems) process.stderr.write(`${formatDiagnostic(p)}\n`);
  const parsed = INCIDENTS.safeParse(JSON.parse(incidentsText));
  if (!parsed.success) {
    process.stderr.write(`${incidentsPath}: not an incidents file: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}\n`);
    return 1;
  }
  const incidents: GvaIncident[] = parsed.data.incidents.filter((i) => i.documents.length >= options.minDocs);
  const byId = new Map<string, RawDoc>(docs.map((d) => [d.id, d]));
  // Per incident: the incident's documents are handed over as one event (grouping is scored by --dump).
  const report = scoreGva(incidents, byId, (group) => buildDossier(group, createContext({ now: new Date(0) }), undefined, { grouping: 'one' }));
  const seconds = (performance.now() - started) / 1000;
  const scores = scoresOf(report);
  const dumpLines: string[] = [];
  let dumpReport: ReturnType<typeof scoreGva> | undefined;
  if (options.dump) {
    // One build over every document, grouped by corroborate itself; each incident is scored on the
    // event that holds most of its documents.
    const dumpStarted = performance.now();
    const dossier = buildDossier(docs, createContext({ now: new Date(0) }));
    const dumpSeconds = (performance.now() - dumpStarted) / 1000;
    const grouping = bcubed(dossier.events.map((e) => e.documents), goldGroups(parsed.data.incidents));
    dumpReport = scoreGva(incidents, byId, (group) => eventForDocuments(dossier, group.map((d) => d.id)));
    const dump = scoresOf(dumpReport);
    scores['dump.bcubed.precision'] = Math.round(grouping.precision * 1000) / 10;
    scores['dump.bcubed.recall'] = Math.round(grouping.recall * 1000) / 10;
    scores['dump.bcubed.f1'] = Math.round(grouping.f1 * 1000) / 10;
    for (const [k, v] of Object.entries(dump)) scores[`dump.${k}`] = v;
    dumpLines.push(
      `--dump: one build over all ${docs.length} documents (${dumpSeconds.toFixed(1)} s): ${dossier.events.length} events for ${parsed.data.incidents.length} incidents`,
      `grouping, B-cubed against incidents: precision ${scores['dump.bcubed.precision']}, recall ${scores['dump.bcubed.recall']}, F1 ${scores['dump.bcubed.f1']}`,
      '',
      `| figure (event holding most of the incident's articles) | exact | per incident | difference |`,
      '|---|---:|---:|---:|',
    );
    for (const key of Object.keys(dump)) {
      const diff = (dump[key] ?? 0) - (scores[key] ?? 0);
      dumpLines.push(`| ${key} | ${dump[key]}% | ${scores[key]}% | ${diff >= 0 ? '+' : ''}${diff.toFixed(1)} |`);
    }
    dumpLines.push('');
  }

  const lines = [`corroborate eval: ${incidents.length} incidents with >= ${options.minDocs} articles (${seconds.toFixed(1)} s)`, ''];
  lines.push('| figure | exact | within [low, high] | n |', '|---|---:|---:|---:|');
  for (const [kind, s] of Object.entries(report.kinds)) {
    const label = kind === 'detained' ? 'arrested (detained)' : kind;
    lines.push(`| ${label} | ${scores[`${kind}.exact`]}% | ${scores[`${kind}.within`]}% | ${s.total} |`);
  }
  lines.push(`| all | | ${scores['within']}% | |`);
  lines.push(`| event date | ${scores['eventDate.exact']}% | | ${report.eventDate.total} |`);
  lines.push(`| most specific place = city_or_county | ${scores['place.city']}% | | ${report.place.total} |`);
  lines.push(`| state | ${scores['place.state']}% | | ${report.place.total} |`, '');
  lines.push(...dumpLines);
  process.stdout.write(`${lines.join('\n')}\n`);

  if (options.misses) {
    const missesOf = (results: typeof report.results) =>
      results.filter(
        (r) => Object.entries(r.truth).some(([k, v]) => r.predicted[k]?.best !== v) || r.date.predicted !== r.date.truth || (r.place !== undefined && !isSamePlace(r.place.predicted[0] ?? '', r.place.truth.replace(/, [^,]*$/, ''))),
      );
    const misses = missesOf(report.results);
    await writeFile(options.misses, JSON.stringify(misses, null, 1));
    process.stdout.write(`${misses.length} incidents with a wrong figure or event date written to ${options.misses}\n`);
    // The dump's misses beside them: the event holding most of each incident's articles.
    if (dumpReport) {
      const path = options.misses.replace(/(\.json)?$/, '.dump.json');
      const dumpMisses = missesOf(dumpReport.results);
      await writeFile(path, JSON.stringify(dumpMisses, null, 1));
      process.stdout.write(`${dumpMisses.length} incidents with a wrong figure or event date in the dump written to ${path}\n`);
    }
  }

  const corpus = createHash('sha256').update(incidentsText).update(docs.map((d) => d.id).join('\n')).digest('hex').slice(0, 16);
  const floorsPath = options.floors ?? DEFAULT_FLOORS;
  const floors = await loadFloors(floorsPath);
  if (options.pin && floors && (floors.corpus !== corpus || floors.minDocs !== options.minDocs)) {
    // Floors of another incident set would be mixed with this one's (and the gate then turned off).
    process.stderr.write(`corroborate eval: the floors in ${floorsPath} are for another corpus or --min-docs (${floors.minDocs}); pin them with --min-docs ${floors.minDocs} on their corpus, or give --floors FILE for a set of your own\n`);
    return 2;
  }
  if (options.pin) {
    const next: Record<string, number> = { ...(floors?.scores ?? {}) };
    const lowered: string[] = [];
    for (const [k, v] of Object.entries(scores)) {
      const old = floors?.scores[k];
      if (old !== undefined && v < old && !options.allowLower) continue;
      if (old !== undefined && v < old) lowered.push(`${k} ${old} -> ${v}`);
      next[k] = old === undefined || v > old || options.allowLower ? v : old;
    }
    await writeFile(floorsPath, `${JSON.stringify({ corpus, minDocs: options.minDocs, scores: next }, null, 2)}\n`);
    process.stdout.write(`floors pinned in ${floorsPath}${lowered.length ? `; LOWERED: ${lowered.join(', ')}` : ''}\n`);
    return 0;
  }
  if (!floors) {
    process.stdout.write(`no floors at ${floorsPath}; pin them with --pin\n`);
    return 0;
  }
  if (floors.corpus !== corpus || floors.minDocs !== options.minDocs) {
    process.stdout.write(`floors in ${floorsPath} were pinned on another corpus or --min-docs; not gated\n`);
    return 0;
  }
  // Floors of rows this run did not measure (the --dump rows without --dump) are not gated.
  const below = Object.entries(floors.scores).filter(([k, floor]) => scores[k] !== undefined && scores[k] < floor - NOISE_MARGIN);
  for (const [k, floor] of below) process.stdout.write(`BELOW FLOOR: ${k} ${scores[k]} < ${floor}\n`);
  // Scores below a floor by less than the margin pass, but are named: a small loss is still a loss.
  const slight = Object.entries(floors.scores).filter(([k, floor]) => scores[k] !== undefined && scores[k] < floor && scores[k] >= floor - NOISE_MARGIN);
  for (const [k, floor] of slight) process.stdout.write(`below its floor within the ${NOISE_MARGIN}-point margin: ${k} ${scores[k]} < ${floor}\n`);
  if (below.length === 0) process.stdout.write(slight.length === 0 ? `all scores at or above the floors in ${floorsPath}\n` : `no score below the floors in ${floorsPath} by more than ${NOISE_MARGIN} points\n`);
  return below.length > 0 ? 3 : problems.some((p) => p.severity === 'error') ? 1 : 0;
}
