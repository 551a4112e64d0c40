import { describe, expect, it } from 'vitest';
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { buildDossier } from '../../src/pipeline/build.js';
import { createContext } from '../../src/pipeline/stage.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { readInputs } from '../../src/stages/ingest/read.js';
import type { RawDoc } from '../../src/model/document.js';

// Golden dossier of the bundled sample. Refresh with `UPDATE_GOLDEN=1 npx vitest run test/golden`
// and review the diff like code.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(ROOT, 'sample');
const EXPECTED = join(ROOT, 'fixtures/sample');

async function sampleDocs(): Promise<RawDoc[]> {
  const docs: RawDoc[] = [];
  const files = (await readdir(SAMPLE)).sort().map((f) => join(SAMPLE, f));
  // Paths relative to the project root, so the golden file does not depend on the checkout's place.
  for await (const item of readInputs(files)) if ('text' in item) docs.push({ ...item, path: relative(ROOT, item.path) });
  return docs;
}

async function compare(name: string, actual: string): Promise<void> {
  const path = join(EXPECTED, name);
  if (process.env['UPDATE_GOLDEN']) await writeFile(path, actual);
  expect(actual).toBe(await readFile(path, 'utf8'));
}

describe('golden dossier of the bundled sample', () => {
  it('matches fixtures/sample/expected.json and expected.md', async () => {
    const docs = await sampleDocs();
    expect(docs).toHaveLength(5);
    const dossier = buildDossier(docs, createContext({ now: new Date('2026-01-01T00:00:00Z') }));
    await compare('expected.json', renderJson(dossier));
    await compare('expected.md', renderMarkdown(dossier));
  });
});
