import { describe, expect, it } from 'vitest';
import { timeScopeOf } from '../../../src/stages/time/scope.js';
import { timed } from './helpers.js';

function scopes(text: string, published?: string): ReturnType<typeof timeScopeOf>[] {
  const doc = timed('d', text, published);
  return doc.sentences.map((sentence) => timeScopeOf(sentence, doc.dates));
}

describe('timeScopeOf', () => {
  it('gives the period and the words of the date a figure sentence states', () => {
    expect(scopes('January 19, 1990, troops entered Baku. On that night, 130 civilians died in Baku.')).toEqual([
      { period: '1990-01-19', label: 'January 19, 1990' },
      { period: '1990-01-19', label: 'On that night' },
    ]);
  });

  it('keeps the preposition and writes ranges as start/end', () => {
    expect(scopes('More than 100 civilians were killed on January 20, 1990.')).toEqual([{ period: '1990-01-20', label: 'on January 20, 1990' }]);
    expect(scopes('In the night of January 19-20, 1990, 130 people died.')).toEqual([
      { period: '1990-01-19/1990-01-20', label: 'night of January 19-20, 1990' },
    ]);
  });

  it('prefers the finest date and gives nothing without one', () => {
    expect(scopes('In 1990, on January 20, 147 people died.', '2021-01-20')).toEqual([{ period: '1990-01-20', label: 'on January 20' }]);
    expect(scopes('Some 744 people were injured.')).toEqual([{}]);
    expect(scopes('Every year on January 20, thousands gather.')).toEqual([{}]);
  });
});
