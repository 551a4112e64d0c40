import { afterAll, describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CLI as a user runs it: the built bin (npm test builds first).
const BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

/** The folders the tests write in, deleted when they are done. */
const folders: string[] = [];
function tempFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  folders.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: input ?? '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('corroborate CLI', () => {
  let dir: string;
  beforeAll(() => {
    expect(existsSync(BIN)).toBe(true);
    dir = tempFolder('corroborate-cli-');
    writeFileSync(join(dir, 'a.txt'), 'Two people were killed and three were wounded in Springfield on Saturday.\n');
    writeFileSync(
      join(dir, 'dump.jsonl'),
      [
        JSON.stringify({ id: 'b', title: 'B', published: '2020-05-02', url: 'http://x', text: 'Police said three people were wounded.' }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'c', text: 'A man was shot dead.' }),
      ].join('\n'),
    );
  });

  it('builds a JSON dossier with sourced figures', () => {
    const r = run(['build', join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
    const dossier = JSON.parse(r.stdout);
    expect(dossier.version).toBe(1);
    const killed = dossier.events[0].figures.find((f: { kind: string }) => f.kind === 'killed');
    expect(killed.best).toBe(2);
    const [claim] = killed.claims;
    expect(dossier.documents[0].text.slice(claim.span[0], claim.span[1])).toBe(claim.quote);
  });

  it('reports a malformed JSONL line as file:line, keeps the rest, exits 1', () => {
    const r = run(['build', join(dir, 'dump.jsonl'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'dump.jsonl')}:2`);
    const dossier = JSON.parse(r.stdout);
    expect(dossier.documents.map((d: { id: string }) => d.id)).toEqual(['b', 'c']);
    expect(dossier.documents[0].published).toBe('2020-05-02');
    expect(dossier.documents[0].publishedBasis).toBe('metadata');
  });

  it('prints 20 warnings of one rule and counts the rest in one line', () => {
    const many = tempFolder('corroborate-cli-many-');
    for (let i = 0; i < 25; i++) {
      writeFileSync(join(many, `r${i}.txt`), `Au moins ${i + 2} personnes ont été tuées dans la nuit lors d'une attaque contre le marché, selon les autorités. Les assaillants ont pris la fuite après avoir ouvert le feu sur la foule. Une enquête a été ouverte.\n`);
    }
    const r = run(['build', many, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes(': warning: ') && l.endsWith('(ingest/language)'))).toHaveLength(20);
    expect(r.stderr).toContain('5 more warnings like these (ingest/language) not shown, 25 in all');
    expect(JSON.parse(r.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'ingest/language')).toHaveLength(25);
  });

  it('eval --pin refuses to write floors of another --min-docs into a floors file (it would mix them and turn the gate off)', () => {
    const evalDir = tempFolder('corroborate-eval-');
    const docs = join(evalDir, 'documents.jsonl');
    const incidents = join(evalDir, 'incidents.json');
    const floors = join(evalDir, 'floors.json');
    writeFileSync(docs, [
      JSON.stringify({ id: 'd1', title: 'T', published: '2020-05-02', url: 'http://x/1', text: 'Two people were killed in Springfield, Illinois, on Saturday, police said.' }),
      JSON.stringify({ id: 'd2', title: 'T', published: '2020-05-02', url: 'http://x/2', text: 'Police said two people were killed in Springfield on Saturday.' }),
      JSON.stringify({ id: 'd3', title: 'T', published: '2020-06-01', url: 'http://x/3', text: 'A man was shot and wounded in Peoria on Monday.' }),
    ].join('\n'));
    const location = (city: string) => ({ city_or_county: city, state: 'Illinois' });
    writeFileSync(incidents, JSON.stringify({ incidents: [
      { id: 'i1', date: '2020-05-02', location: location('Springfield'), killed: 2, injured: 0, arrested: 0, documents: ['d1', 'd2'] },
      { id: 'i2', date: '2020-06-01', location: location('Peoria'), killed: 0, injured: 1, arrested: 0, documents: ['d3'] },
    ] }));
    expect(run(['eval', docs, incidents, '--floors', floors, '--min-docs', '2', '--pin']).code).toBe(0);
    const pinned = readFileSync(floors, 'utf8');
    const r = run(['eval', docs, incidents, '--floors', floors, '--min-docs', '1', '--pin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-docs (2)');
    expect(readFileSync(floors, 'utf8')).toBe(pinned);
    expect(run(['eval', docs, incidents, '--floors', floors, '--min-docs', '2']).stdout).toContain('at or above the floors');
  });

  it('prints --debug records as JSON lines on stderr', () => {
    const r = run(['build', join(dir, 'a.txt'), '--debug']);
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('debug: '));
    expect(lines.length).toBeGreaterThan(0);
    expect(r.stderr).not.toContain('[object Object]');
    expect(JSON.parse(lines[0]!.slice('debug: '.length))).toMatchObject({ stage: 'ingest', doc: 'a' });
  });

  it('reads stdin with -', () => {
    const r = run(['build', '-', '--format', 'md'], 'Four people were injured in the crash of the tour bus... No one was killed.');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Dossier');
    expect(r.stdout).toMatch(/### injured(?: [^:\n]*)?: 4/);
  });

  it('locates event places with the offline gazetteer in CSV and GeoJSON', () => {
    const corpus = fileURLToPath(new URL('../../../shared/corpus/black-january/', import.meta.url));
    const csv = run(['build', corpus, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const [header, row] = csv.stdout.split('\n');
    const cells = Object.fromEntries((header ?? '').split(',').map((name, i) => [name, (row ?? '').match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.[i]?.replace(/,$/, '')]));
    expect(cells['location']).toBe('Baku');
    expect(Number(cells['latitude'])).toBeCloseTo(40.38, 1);
    expect(Number(cells['longitude'])).toBeCloseTo(49.89, 1);
    const geo = JSON.parse(run(['build', corpus, '--format', 'geojson']).stdout);
    expect(geo.features[0].geometry.coordinates[1]).toBeCloseTo(40.38, 1);
  });

  it('writes --out and exits 2 on a usage error', () => {
    const out = join(dir, 'out.md');
    expect(run(['build', join(dir, 'a.txt'), '--format', 'md', '--out', out]).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(run(['build', join(dir, 'a.txt'), '--format', 'pdf']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('writes a dossier of several megabytes in pieces, the same to a file and to stdout', () => {
    // 400 reports of about 4,000 characters: the JSON (which holds every text) is written in many writes
    const body = 'Police said a man was shot on Velmora Street on Monday night and taken to the hospital. '.repeat(45);
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `r${i}`, title: `Report ${i}`, published: '2021-03-02', text: `Report ${i}. ${body}` }));
    const dump = join(dir, 'many.jsonl');
    writeFileSync(dump, `${lines.join('\n')}\n`);
    const out = join(dir, 'many.json');
    const toFile = run(['build', dump, '--threads', '0', '--out', out]);
    expect(toFile.code).toBe(0);
    // a small input gets no note of its size
    expect(toFile.stderr).not.toContain('MB of input');
    const written = readFileSync(out, 'utf8');
    expect(written.length).toBeGreaterThan(3 * (1 << 20));
    expect(JSON.parse(written).documents).toHaveLength(400);
    const toStdout = spawnSync(process.execPath, [BIN, 'build', dump, '--threads', '0'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(toStdout.status).toBe(0);
    expect(toStdout.stdout).toBe(written);
  });

  it.runIf(existsSync('/dev/full'))('names a full disk when the output cannot be written, exit 1', () => {
    const full = run(['build', join(dir, 'a.txt'), '--out', '/dev/full']);
    expect(full.code).toBe(1);
    expect(full.stderr).toContain('ENOSPC');
    // the events of a store, one a line, as the dossier: no stack trace
    const store = join(tempFolder('corroborate-cli-full-'), 'corpus.db');
    expect(run(['build', join(dir, 'a.txt'), '--store', store]).code).toBe(0);
    const lines = run(['build', '--store', store, '--format', 'jsonl', '--out', '/dev/full']);
    expect(lines.code).toBe(1);
    expect(lines.stderr).toContain('ENOSPC');
    expect(lines.stderr).not.toContain('    at ');
    // a streamed build's events, and its temporary file deleted
    const tmp = tempFolder('corroborate-cli-full-tmp-');
    const streamed = spawnSync(process.execPath, [BIN, 'build', join(dir, 'dump.jsonl'), '--format', 'jsonl', '--out', '/dev/full'], { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } });
    expect(streamed.status).toBe(1);
    expect(streamed.stderr).toContain('cannot write the output: ENOSPC');
    expect(streamed.stderr).not.toContain('    at ');
    expect(readdirSync(tmp)).toEqual([]);
  });

  it('checks where --out and --store write before the build: a missing folder or a folder as the file is a usage error, exit 2', () => {
    const a = join(dir, 'a.txt');
    const missing = run(['build', a, '--out', join(dir, 'nodir', 'x.json')]);
    expect([missing.code, missing.stdout]).toEqual([2, '']);
    expect(missing.stderr).toContain(`--out ${join(dir, 'nodir', 'x.json')}: the folder ${join(dir, 'nodir')} does not exist`);
    expect(run(['build', a, '--out', dir]).stderr).toContain('is a folder; give a file name');
    expect(run(['build', a, '--store', join(dir, 'nodir', 'x.db')]).code).toBe(2);
    expect(run(['build', a, '--max-bytes', '0']).code).toBe(2);
    // a file that is no store is named, and left as it was
    const notStore = join(dir, 'notes.md');
    writeFileSync(notStore, 'my notes');
    const r = run(['build', a, '--store', notStore]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the store ${notStore} cannot be opened (file is not a database)`);
    expect(readFileSync(notStore, 'utf8')).toBe('my notes');
  });

  it('refuses another report under an id the store holds, and skips the same one again', () => {
    const folder = tempFolder('corroborate-cli-store-');
    const store = join(folder, 'corpus.db');
    const first = run(['build', '-', '--store', store], 'Two people were killed in Springfield on Saturday.');
    expect(first.code).toBe(0);
    const same = run(['build', '-', '--store', store], 'Two people were killed in Springfield on Saturday.');
    expect([same.code, same.stderr]).toEqual([0, expect.stringContaining('0 reports added')]);
    const other = run(['build', '-', '--store', store], 'Three people were wounded in Dayton on Sunday.');
    expect(other.code).toBe(1);
    expect(other.stderr).toContain(`the store ${store} holds another report with id \`stdin\``);
    expect(JSON.parse(other.stdout).documents.map((d: { text: string }) => d.text)).toEqual(['Two people were killed in Springfield on Saturday.']);
  });

  it('writes what a store holds with --store and no input; no input and no store is a usage error', () => {
    const folder = tempFolder('corroborate-cli-export-');
    const store = join(folder, 'corpus.db');
    expect(run(['build', join(dir, 'a.txt'), '--store', store]).code).toBe(0);
    const csv = run(['build', '--store', store, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[1]).toMatch(/^e1,/);
    expect(run(['build']).code).toBe(2);
  });

  it('prints a file name with a newline in it on one line', () => {
    const folder = tempFolder('corroborate-cli-name-');
    writeFileSync(join(folder, 'odd\nname.txt'), '');
    const r = run(['build', folder]);
    expect(r.stderr).toContain('odd\\u000aname.txt: error:');
  });

  it('ends quietly when the reader closes the output early', () => {
    // an output far larger than a pipe's buffer, so the writes go on after the reader is gone
    const many = join(dir, 'many.jsonl');
    writeFileSync(many, Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `r${i}`, published: '2020-05-02', text: `Police said ${i + 2} people were wounded in Springfield ward ${i} on Saturday, and a man was arrested.` })).join('\n'));
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" build "${many}" --format md | head -1`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toMatch(/^<!-- corroborate dossier/);
    expect(r.stderr).not.toContain('EPIPE');
  });

  it('does not read back a dossier written into the folder of its reports, in any format', () => {
    const folder = tempFolder('corroborate-cli-out-');
    writeFileSync(join(folder, 'a.txt'), 'Two people were killed and three were wounded in Springfield on Saturday.\n');
    writeFileSync(join(folder, 'b.txt'), 'A third victim of the Springfield shooting died on Monday, the police said.\n');
    // each build finds the outputs of the builds before it among the reports (the second, its own --out)
    for (const [format, name] of [['md', 'dossier.md'], ['md', 'dossier.md'], ['html', 'dossier.html'], ['jsonl', 'events.jsonl']] as const) {
      expect(run(['build', folder, '--format', format, '--out', join(folder, name)]).code).toBe(0);
    }
    const r = run(['build', folder]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['a', 'b']);
  });

  it('warns of a document whose dates were read only in part, names its file and line, exits 0', () => {
    const file = join(dir, 'wall.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'ok', text: 'A man was shot dead on Saturday.' }), JSON.stringify({ id: 'wall', text: 'Monday '.repeat(10_000) })].join('\n'));
    const r = run(['build', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${file}:2: warning: Document \`wall\` holds more dates than a report does`);
    expect(JSON.parse(r.stdout).documents).toHaveLength(2);
  });

  it('warns of a document whose numbers were read only in part', () => {
    const file = join(dir, 'numbers.txt');
    writeFileSync(file, `Two people were shot.\n${'7 '.repeat(40_000)}`);
    const r = run(['build', file, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`${file}: warning: Document \`numbers\` holds more numbers than a report does`);
  });
});
