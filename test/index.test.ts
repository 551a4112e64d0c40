import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public surface', () => {
  it('exports exactly these names (a change here is an API change: review it)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ConfigError',
      'InputError',
      'PipelineError',
      'analyzeDocument',
      'assembleDossier',
      'attributionOf',
      'buildDossier',
      'cleanDoc',
      'createContext',
      'extractClaims',
      'extractNumbers',
      'readInputs',
      'reconcileFigures',
      'renderJson',
      'renderMarkdown',
      'scopeOf',
      'splitSentences',
    ]);
  });
});
