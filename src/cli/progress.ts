/**
 * A progress line on stderr for long builds: documents, documents/s, MB/s and, when the input's size
 * is known, the share done and the time left. Drawn only when stderr is a terminal (pipes and CI
 * logs stay clean) and at most every 200 ms.
 */
import { stat } from 'node:fs/promises';

const REDRAW_MS = 200;

/** Bytes of the input files (folders and stdin are not counted; the ETA is left out when unknown). */
export async function inputBytes(paths: readonly string[]): Promise<number | undefined> {
  let total = 0;
  for (const p of paths) {
    if (p === '-') return undefined;
    try {
      const s = await stat(p);
      if (!s.isFile()) return undefined;
      total += s.size;
    } catch {
      return undefined;
    }
  }
  return total;
}

/** A progress line; `update` with counts so far, `done` to clear it. */
export class Progress {
  readonly #stream: NodeJS.WriteStream;
  readonly #total: number | undefined;
  readonly #started = performance.now();
  #drawn = 0;
  #active: boolean;

  constructor(stream: NodeJS.WriteStream, totalBytes: number | undefined) {
    this.#stream = stream;
    this.#total = totalBytes;
    this.#active = stream.isTTY === true;
  }

  update(documents: number, bytes: number, events: number): void {
    if (!this.#active) return;
    const now = performance.now();
    if (now - this.#drawn < REDRAW_MS) return;
    this.#drawn = now;
    const seconds = (now - this.#started) / 1000;
    const rate = bytes / 1e6 / Math.max(seconds, 1e-3);
    let line = `${documents.toLocaleString('en')} documents, ${events.toLocaleString('en')} events, ${Math.round(documents / Math.max(seconds, 1e-3))} docs/s, ${rate.toFixed(2)} MB/s`;
    if (this.#total !== undefined && this.#total > 0 && bytes > 0) {
      const share = Math.min(1, bytes / this.#total);
      const left = share > 0 ? (seconds * (1 - share)) / share : 0;
      line += `, ${(share * 100).toFixed(0)}%, ETA ${formatSeconds(left)}`;
    }
    this.#stream.write(`\r\x1b[K${line}`);
  }

  done(): void {
    if (this.#active) this.#stream.write('\r\x1b[K');
    this.#active = false;
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
