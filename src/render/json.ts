import type { Dossier } from '../model/dossier.js';

/**
 * Renders a dossier as the JSON of the contract (`shared/spec/dossier.md`), two-space indented.
 *
 * @example
 * JSON.parse(renderJson(dossier)).version === 1;
 */
export function renderJson(dossier: Dossier): string {
  return `${JSON.stringify(dossier, null, 2)}\n`;
}
