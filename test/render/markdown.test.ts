import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/model/dossier.js';
import { renderMarkdown } from '../../src/render/markdown.js';

/** A dossier with no events: only its entities matter here. */
function dossierOf(entities: Dossier['entities']): Dossier {
  return { version: 1, documents: [], events: [], entities, lineage: [] };
}

describe('renderMarkdown: entities', () => {
  it('lists people, places and organizations, most mentioned first, with their other spellings', () => {
    const md = renderMarkdown(
      dossierOf([
        { id: 'place-1', type: 'place', name: 'Baku', aliases: ['Baky'], mentions: [{ doc: 'a', span: [0, 4] }, { doc: 'b', span: [9, 13] }] },
        { id: 'person-1', type: 'person', name: 'Khazar Ibrahim', aliases: ['Ibrahim'], mentions: [{ doc: 'a', span: [20, 34] }] },
        { id: 'org-1', type: 'organization', name: 'Human Rights Watch', aliases: [], mentions: [{ doc: 'b', span: [40, 58] }] },
        { id: 'place-2', type: 'place', name: 'Lankaran', aliases: ['Lenkeran', 'Lankyaran'], mentions: [{ doc: 'a', span: [60, 68] }, { doc: 'a', span: [70, 78] }, { doc: 'b', span: [1, 9] }] },
      ]),
    );
    const section = md.slice(md.indexOf('## Entities'), md.indexOf('## Reports'));
    expect(section.split('\n').filter(Boolean)).toEqual([
      '## Entities',
      '### People',
      '- **Khazar Ibrahim**, also “Ibrahim”: 1 mention in 1 report',
      '### Places',
      '- **Lankaran**, also “Lenkeran”, “Lankyaran”: 3 mentions in 2 reports',
      '- **Baku**, also “Baky”: 2 mentions in 2 reports',
      '### Organizations',
      '- **Human Rights Watch**: 1 mention in 1 report',
    ]);
  });

  it('writes no entities section when there are none, and escapes markup in names', () => {
    expect(renderMarkdown(dossierOf([]))).not.toContain('## Entities');
    const md = renderMarkdown(dossierOf([{ id: 'org-1', type: 'organization', name: 'A*B|C', aliases: [], mentions: [{ doc: 'a', span: [0, 5] }] }]));
    expect(md).toContain('- **A\\*B\\|C**: 1 mention in 1 report');
  });
});
