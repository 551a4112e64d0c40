import { describe, expect, it } from 'vitest';
import { buildDossier } from '../../src/pipeline/build.js';
import { createContext } from '../../src/pipeline/stage.js';

describe('a rising toll', () => {
  it.each([
    ['Death toll from Velmora market strike rises to 34'],
    ["The number of people killed in Tuesday's airstrike on the market in Velmora has risen to 34."],
    ['The toll from the strike on the Velmora market climbs to 34, officials said.'],
  ])('%s: a later report updates the toll', (update) => {
    const dossier = buildDossier(
      [
        { id: 'first', path: 'first.txt', published: '2023-09-12', text: 'An airstrike hit the market in Velmora on Tuesday. The United Nations put the death toll at 31.' },
        { id: 'later', path: 'later.txt', published: '2023-09-16', text: `${update}\n\nThe strike on the Velmora market was the deadliest this year.` },
      ],
      createContext({ now: new Date(0) }),
      undefined,
      { grouping: 'one' },
    );
    const killed = dossier.events[0]?.figures.find((f) => f.kind === 'killed' && f.scope.key === 'main');
    expect(killed).toMatchObject({ best: 34, low: 31, high: 34, resolution: 'update' });
  });
});
