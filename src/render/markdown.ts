import { OUTPUT_MARK, type Dossier, type DossierEntity, type DossierEvent, type DossierEventDate, type DossierFigure, type DossierTimelineEntry } from '../model/dossier.js';
import { figureName } from './csv.js';

/** Escapes text for a Markdown table cell or line: pipes, newlines and Markdown markup characters. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function range(f: DossierFigure): string {
  if (f.low === f.best && f.high === f.best) return `${f.best}`;
  return `${f.best} (low ${f.low}, high ${f.high ?? 'open'})`;
}

function renderFigure(f: DossierFigure, lines: string[]): void {
  const sources = `${f.independentSources} independent source${f.independentSources === 1 ? '' : 's'}`;
  // A figure of the whole event, with no place or period of its own, is headed by its kind alone ("injured: 3").
  lines.push(`### ${escapeMarkdown(figureName(f))}: ${range(f)}`, '');
  lines.push(`*${f.agreement}*, ${sources}. ${escapeMarkdown(f.explanation)}`, '');
  lines.push('| value | as stated | report | source | attributed to |', '|---:|---|---|---|---|');
  for (const c of f.claims) {
    const interval = `${c.qualifier}${c.qualifier === 'exact' ? '' : ` [${c.interval[0]}, ${c.interval[1] ?? '∞'}]`}${c.certainty === 'implied' ? ', implied' : ''}`;
    lines.push(`| ${c.value} | ${interval} | ${escapeMarkdown(c.doc)} @${c.span[0]}-${c.span[1]} | “${escapeMarkdown(c.quote)}” | ${c.attributedTo ? escapeMarkdown(c.attributedTo) : ''} |`);
  }
  lines.push('');
}

const SEASON_NAMES: Readonly<Record<string, string>> = { '03': 'spring', '06': 'summer', '09': 'fall', '12': 'winter' };
const BASIS_WORDS: Readonly<Record<string, string>> = {
  stated: 'as the reports state it',
  relative: 'from weekdays or words like "yesterday" and the publication dates',
  anaphoric: 'from words like "that night" after a stated date',
  published: 'the first publication day (the reports give no date)',
};

/**
 * A date at its precision, as a reader says it: `1990-01-19`, `1989-12`, `1956`, `the 1980s`,
 * `fall 1989`, `the week of 2016-01-04`, `the 20th century`; a range as `start to end`.
 */
function formatDate(date: string, precision: string | undefined, end?: string): string {
  const year = date.slice(0, 4);
  if (precision === 'decade') {
    // "the late 80s" is 1987 to 1989 at decade precision: only a whole decade reads as "the 1980s".
    const endYear = end?.slice(0, 4);
    if (year.endsWith('0') && (endYear === undefined || Number(endYear) === Number(year) + 9)) return `the ${year}s`;
    return endYear !== undefined && endYear !== year ? `${year} to ${endYear}` : year;
  }
  if (precision === 'century') {
    const century = Math.floor(Number(year) / 100) + 1;
    return Number.isFinite(century) ? `the ${century}${ordinalSuffix(century)} century` : date;
  }
  if (precision === 'season') {
    const name = SEASON_NAMES[date.slice(5, 7)];
    if (name !== undefined) return `${name} ${year}${name === 'winter' && end !== undefined ? `-${end.slice(0, 4)}` : ''}`;
  }
  const start = precision === 'week' && end !== undefined ? `the week of ${date}` : date;
  if (end === undefined || end === date || precision === 'week') return start;
  return `${start} to ${end}`;
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

function renderWhen(date: DossierEventDate): string {
  const notes: string[] = [];
  const basis = date.basis !== undefined ? BASIS_WORDS[date.basis] : undefined;
  if (basis !== undefined) notes.push(basis);
  if (date.sources && date.sources.length > 0) {
    const reports = new Set(date.sources.map((s) => s.doc)).size;
    notes.push(`${date.sources.length} mention${date.sources.length === 1 ? '' : 's'} in ${reports} report${reports === 1 ? '' : 's'}`);
  }
  return `- **When:** ${formatDate(date.start, date.precision, date.end)}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`;
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  history: 'before',
  event: 'event',
  aftermath: 'after',
  commemoration: 'commemoration',
  publication: 'report',
};

function renderTimelineEntry(t: DossierTimelineEntry): string {
  const when = formatDate(t.date, t.precision, t.end) + (t.partOfDay ? `, ${t.partOfDay}` : '');
  const kind = t.kind !== undefined ? ` *${KIND_LABELS[t.kind] ?? t.kind}*` : '';
  const sources = t.sources.map((s) => `${escapeMarkdown(s.doc)} @${s.span[0]}-${s.span[1]}`).join('; ');
  return `- **${escapeMarkdown(when)}**${kind} ${escapeMarkdown(t.summary)} (${sources})`;
}

function renderEvent(e: DossierEvent, lines: string[]): void {
  lines.push(`## ${escapeMarkdown(e.title)}`, '');
  if (e.date) lines.push(renderWhen(e.date));
  if (e.places.length > 0) lines.push(`- **Where:** ${e.places.map(escapeMarkdown).join(', ')}`);
  lines.push(`- **Reports:** ${e.documents.length}`, '');
  if (e.figures.length === 0) lines.push('No figures were found in these reports.', '');
  for (const f of e.figures) renderFigure(f, lines);
  if (e.timeline.length > 0) {
    lines.push('### Timeline', '');
    for (const t of e.timeline) lines.push(renderTimelineEntry(t));
    lines.push('');
  }
  if (e.quotes.length > 0) {
    lines.push('### Quotes', '');
    for (const q of e.quotes) lines.push(`> ${escapeMarkdown(q.text)}`, `>`, `> — ${escapeMarkdown(q.speaker)} (${[q.doc, ...(q.alsoIn ?? []).map((o) => o.doc)].map(escapeMarkdown).join('; ')})`, '');
  }
}

/** Where a place entity is, when the dossier gives it (an optional addition to `DossierEntity`). */
interface PlaceFacts {
  readonly country?: string;
  readonly region?: string;
  readonly precision?: string;
}

const ENTITY_SECTIONS: readonly (readonly [DossierEntity['type'], string])[] = [
  ['person', 'People'],
  ['place', 'Places'],
  ['organization', 'Organizations'],
];

/**
 * The entities of the dossier by type, most mentioned first: each with its other spellings, and
 * for a place its region and country when the dossier gives them.
 */
function renderEntities(entities: readonly DossierEntity[], lines: string[]): void {
  if (entities.length === 0) return;
  lines.push('## Entities', '');
  for (const [type, heading] of ENTITY_SECTIONS) {
    const ofType = entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (ofType.length === 0) continue;
    lines.push(`### ${heading}`, '');
    for (const e of ofType) {
      const place = (e as DossierEntity & { readonly place?: PlaceFacts }).place;
      const where = [place?.region, place?.country].filter((x): x is string => x !== undefined && x !== '' && x !== e.name);
      const reports = new Set(e.mentions.map((m) => m.doc)).size;
      const aliases = e.aliases.filter((a) => a !== e.name);
      lines.push(
        `- **${escapeMarkdown(e.name)}**${where.length > 0 ? ` (${where.map(escapeMarkdown).join(', ')})` : ''}` +
          `${aliases.length > 0 ? `, also ${aliases.map((a) => `“${escapeMarkdown(a)}”`).join(', ')}` : ''}` +
          `: ${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'} in ${reports} report${reports === 1 ? '' : 's'}`,
      );
    }
    lines.push('');
  }
}

/**
 * Renders a dossier as a Markdown report a person can read: each figure with its reconciliation
 * and every claim quoted with its source, the quotes with their speakers, and the people, places
 * and organizations the reports name.
 *
 * @example
 * renderMarkdown(dossier).split('\n')[1] === '# Dossier';
 */
export function renderMarkdown(dossier: Dossier): string {
  // The mark first: a dossier saved among the reports is not read back as one of them (`OUTPUT_MARK`).
  const lines: string[] = [OUTPUT_MARK, '# Dossier', ''];
  lines.push(`${dossier.documents.length} report${dossier.documents.length === 1 ? '' : 's'}, ${dossier.events.length} event${dossier.events.length === 1 ? '' : 's'}.`, '');
  for (const e of dossier.events) renderEvent(e, lines);
  renderEntities(dossier.entities, lines);
  if (dossier.lineage.length > 0) {
    lines.push('## Reports that are not independent', '');
    lines.push('Reports that copy each other, or rewrite one origin, count as one source in the figures above.', '');
    const textOf = new Map(dossier.documents.map((d) => [d.id, d.text]));
    for (const l of dossier.lineage) {
      lines.push(`- ${l.docs.map(escapeMarkdown).join(' and ')}: ${l.relation}, ${l.sharedPassages} shared passage${l.sharedPassages === 1 ? '' : 's'}, for example:`);
      // The first two shared passages, one quote from each side.
      for (let i = 0; i + 1 < l.evidence.length && i < 4; i += 2) {
        const [a, b] = [l.evidence[i], l.evidence[i + 1]];
        if (!a || !b) continue;
        const quote = (e: { doc: string; span: readonly [number, number] }) => {
          const passage = (textOf.get(e.doc) ?? '').slice(e.span[0], e.span[1]);
          return `“${escapeMarkdown(passage.length > 160 ? `${passage.slice(0, 157)}...` : passage)}” (${escapeMarkdown(e.doc)} @${e.span[0]}-${e.span[1]})`;
        };
        lines.push(`  - ${quote(a)} ~ ${quote(b)}`);
      }
    }
    lines.push('');
  }
  lines.push('## Reports', '', '| id | published | title |', '|---|---|---|');
  for (const d of dossier.documents) {
    lines.push(`| ${escapeMarkdown(d.id)} | ${d.published ?? 'unknown'}${d.publishedBasis && d.publishedBasis !== 'metadata' ? ` (${d.publishedBasis})` : ''} | ${escapeMarkdown(d.title ?? '')} |`);
  }
  lines.push('');
  const problems = dossier.diagnostics?.filter((d) => d.severity !== 'info') ?? [];
  if (problems.length > 0) {
    lines.push('## Problems', '');
    for (const p of problems) lines.push(`- ${p.severity}: ${p.file ? `${escapeMarkdown(p.file)}${p.line ? `:${p.line}` : ''}: ` : ''}${escapeMarkdown(p.message)}`);
    lines.push('');
  }
  return lines.join('\n');
}
