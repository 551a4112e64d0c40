import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BLACK_JANUARY } from '../render/fixtures.js';

// The CLI as a user runs it: the built bin (npm test builds first).
const BIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'corroborate-serve-cli-'));
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

/** Starts `corroborate serve ...` and resolves with its URL once it says it is serving. */
function serve(args: string[]): Promise<{ child: ChildProcess; url: string; stderr: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = / at (http:\/\/\S+\/) /.exec(stdout);
      if (m?.[1]) resolve({ child, url: m[1], stderr: () => stderr });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code} before serving: ${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

describe('corroborate serve', () => {
  it('builds a store from the inputs, serves it on 127.0.0.1, and serves it again without inputs', async () => {
    expect(existsSync(BIN)).toBe(true);
    const store = join(folder, 'corpus.db');
    const first = await serve([BLACK_JANUARY, '--store', store, '--port', '0']);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(first.stderr()).toMatch(/5 reports added; dossier built in \d+ ms/);
    const page = await fetch(first.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/assets/app.js');
    expect(await (await fetch(`${first.url}api/status`)).json()).toMatchObject({ documents: 5, events: 1 });
    expect(await stop(first.child)).toBe(0);

    const second = await serve(['--store', store, '--port', '0']);
    expect(await (await fetch(`${second.url}api/status`)).json()).toMatchObject({ documents: 5, events: 1 });
    expect(await stop(second.child)).toBe(0);
  });

  it('exits 2 on a bad port', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    running.push(child);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port takes a number from 0 to 65535, not `eighty`');
  });
});
