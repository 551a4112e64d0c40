import type { Dossier, DossierEvent, DossierFigure } from '../model/dossier.js';

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
  lines.push(`### ${f.kind} ${escapeMarkdown(f.scope.label)}: ${range(f)}`, '');
  lines.push(`*${f.agreement}*, ${sources}. ${escapeMarkdown(f.explanation)}`, '');
  lines.push('| value | as stated | report | source | attributed to |', '|---:|---|---|---|---|');
  for (const c of f.claims) {
    const interval = `${c.qualifier}${c.qualifier === 'exact' ? '' : ` [${c.interval[0]}, ${c.interval[1] ?? '∞'}]`}${c.certainty === 'implied' ? ', implied' : ''}`;
    lines.push(`| ${c.value} | ${interval} | ${escapeMarkdown(c.doc)} @${c.span[0]}-${c.span[1]} | “${escapeMarkdown(c.quote)}” | ${c.attributedTo ? escapeMarkdown(c.attributedTo) : ''} |`);
  }
  lines.push('');
}

function renderEvent(e: DossierEvent, lines: string[]): void {
  lines.push(`## ${escapeMarkdown(e.title)}`, '');
  if (e.date) lines.push(`- **When:** ${e.date.start}${e.date.end && e.date.end !== e.date.start ? ` to ${e.date.end}` : ''}`);
  if (e.places.length > 0) lines.push(`- **Where:** ${e.places.map(escapeMarkdown).join(', ')}`);
  lines.push(`- **Reports:** ${e.documents.length}`, '');
  if (e.figures.length === 0) lines.push('No figures were found in these reports.', '');
  for (const f of e.figures) renderFigure(f, lines);
  if (e.timeline.length > 0) {
    lines.push('### Timeline', '');
    for (const t of e.timeline) lines.push(`- **${t.date}** ${escapeMarkdown(t.summary)} (${t.sources.map((s) => escapeMarkdown(s.doc)).join(', ')})`);
    lines.push('');
  }
  if (e.quotes.length > 0) {
    lines.push('### Quotes', '');
    for (const q of e.quotes) lines.push(`> ${escapeMarkdown(q.text)}`, `>`, `> — ${escapeMarkdown(q.speaker)} (${escapeMarkdown(q.doc)})`, '');
  }
}

/**
 * Renders a dossier as a Markdown report a person can read: each figure with its reconciliation
 * and every claim quoted with its source.
 *
 * @example
 * renderMarkdown(dossier).startsWith('# Dossier');
 */
export function renderMarkdown(dossier: Dossier): string {
  const lines: string[] = ['# Dossier', ''];
  lines.push(`${dossier.documents.length} report${dossier.documents.length === 1 ? '' : 's'}, ${dossier.events.length} event${dossier.events.length === 1 ? '' : 's'}.`, '');
  for (const e of dossier.events) renderEvent(e, lines);
  if (dossier.lineage.length > 0) {
    lines.push('## Reports that are not independent', '');
    for (const l of dossier.lineage) lines.push(`- ${l.docs.map(escapeMarkdown).join(' and ')}: ${l.relation}, ${l.sharedPassages} shared passage${l.sharedPassages === 1 ? '' : 's'}`);
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
