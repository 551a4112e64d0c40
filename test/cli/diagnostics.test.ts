import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/cli/inputs.js';

describe('formatDiagnostic', () => {
  it('names the file and line once, then the severity, the message and the rule', () => {
    expect(formatDiagnostic({ severity: 'error', ruleId: 'ingest/read/jsonl-syntax', stage: 'ingest', file: 'd.jsonl', line: 2, message: 'd.jsonl:2: invalid JSON; fix the line or remove it' }))
      .toBe('d.jsonl:2: error: invalid JSON; fix the line or remove it (ingest/read/jsonl-syntax)');
    expect(formatDiagnostic({ severity: 'warning', ruleId: 'x/y', stage: 'ingest', file: 'a.txt', message: 'cut at 100 KB' })).toBe('a.txt: warning: cut at 100 KB (x/y)');
    // a message that names its file but not the line the diagnostic gives
    expect(formatDiagnostic({ severity: 'warning', ruleId: 'ingest/read/lossy-decode', stage: 'ingest', file: 'b.txt', line: 1, message: 'b.txt: 1 character could not be decoded' }))
      .toBe('b.txt:1: warning: 1 character could not be decoded (ingest/read/lossy-decode)');
  });
});
