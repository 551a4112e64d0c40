import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public surface', () => {
  it('exports exactly these names (a change here is an API change: review it)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ConfigError',
      'InputError',
      'LineageIndex',
      'PipelineError',
      'addTimeScopes',
      'analyzeDocument',
      'analyzeDocuments',
      'assembleDossier',
      'attributionOf',
      'buildDossier',
      'buildTimeline',
      'claimBudget',
      'cleanDoc',
      'createContext',
      'dateBudget',
      'detectLineage',
      'eventDate',
      'extractClaims',
      'extractDates',
      'extractNumbers',
      'extractQuotes',
      'inferPublished',
      'lineageGroups',
      'mergeEntities',
      'numberBudget',
      'parseDates',
      'readInputs',
      'recognizeEntities',
      'reconcileFigures',
      'renderJson',
      'renderMarkdown',
      'resolveDates',
      'scopeOf',
      'splitSentences',
      'timeDocument',
      'timeScopeOf',
    ]);
  });
});
