import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: string[] } {
  const written: string[] = [];
  const stream = { isTTY, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('Progress', () => {
  it('draws documents, events, rates and an ETA on a terminal, and clears the line when done', async () => {
    const { stream, written } = fakeStream(true);
    const progress = new Progress(stream, 4_000_000);
    await new Promise((resolve) => setTimeout(resolve, 250));
    progress.update(1200, 1_000_000, 7);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^\r\x1b\[K1,200 documents, 7 events, \d+ docs\/s, \d+\.\d\d MB\/s, 25%, ETA \d+s$/);
    progress.update(1300, 1_100_000, 7); // too soon after the last draw: skipped
    expect(written).toHaveLength(1);
    progress.done();
    expect(written[1]).toBe('\r\x1b[K');
  });

  it('writes nothing when stderr is not a terminal', async () => {
    const { stream, written } = fakeStream(false);
    const progress = new Progress(stream, undefined);
    await new Promise((resolve) => setTimeout(resolve, 250));
    progress.update(10, 1000, 1);
    progress.done();
    expect(written).toEqual([]);
  });
});
