/**
 * Web pages and PDFs cross to the workers with their page offset maps (a class, which structured
 * clone does not carry): the pooled build gives what the main thread gives, offsets included.
 * Runs the built CLI (`npm test` builds first).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newsPage } from '../stages/ingest/helpers/html-page.js';
import { layoutPdf, writePdf } from '../stages/ingest/helpers/pdf-writer.js';
import type { Dossier } from '../../src/model/dossier.js';

const BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const TEXT = 'Oskar Brantley and Lidia Farrow were shot dead on Quillon Street in Velmora on Monday, police said. Three others were wounded. Sergeant Tamsin Okafor said no one had been arrested.';

function build(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'build', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('web pages and PDFs on the worker pool', () => {
  it('build, build --store and build --format jsonl read them as the main thread does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-pool-formats-'));
    try {
      const inputs = join(dir, 'in');
      spawnSync('mkdir', [inputs]);
      writeFileSync(join(inputs, 'page.html'), newsPage({ title: 'Two killed in Velmora', text: TEXT, published: '2021-03-02' }));
      writeFileSync(join(inputs, 'report.pdf'), writePdf(layoutPdf([TEXT], { header: 'The Velmora Courier', footer: 'Page {page} of {pages}' })));
      const local = build([inputs, '--threads', '0']);
      const pooled = build([inputs, '--threads', '2']);
      expect(local.code, local.stderr).toBe(0);
      expect(pooled.code, pooled.stderr).toBe(0);
      const a = JSON.parse(local.stdout) as Dossier;
      expect(JSON.parse(pooled.stdout)).toEqual(a);
      expect(a.events.flatMap((e) => e.figures).find((f) => f.kind === 'killed')?.best).toBe(2);

      const stored = build([inputs, '--store', join(dir, 'corpus.db'), '--threads', '2']);
      expect(stored.code, stored.stderr).toBe(0);
      expect((JSON.parse(stored.stdout) as Dossier).events.map((e) => e.figures)).toEqual(a.events.map((e) => e.figures));

      const streamed = build([inputs, '--format', 'jsonl', '--threads', '2']);
      expect(streamed.code, streamed.stderr).toBe(0);
      const events = streamed.stdout.trim().split('\n').map((line) => JSON.parse(line) as Dossier['events'][number]);
      expect(events.map((e) => e.figures)).toEqual(a.events.map((e) => e.figures));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
