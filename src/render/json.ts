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

/**
 * The text of `renderJson`, a piece at a time: each key of the dossier, and each item of its lists
 * (documents, events, entities, ...) on its own, so that a large dossier is written without ever
 * holding its whole text. The pieces joined are `renderJson(dossier)`, byte for byte.
 * Note: the whole text of a dossier of 10,000 synthetic reports is 152 million characters: with
 * curly quotes in the reports, a two-byte string of 305 MB, then a buffer of 152 MB to write it,
 * beside the dossier itself (about 270 MB).
 *
 * @example
 * [...jsonChunks(dossier)].join('') === renderJson(dossier);
 */
export function* jsonChunks(dossier: Dossier): Generator<string> {
  // JSON.stringify leaves out keys whose value it cannot write (undefined, functions, symbols).
  const entries = Object.entries(dossier).filter(([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    const head = `  ${JSON.stringify(key)}: `;
    const tail = i < entries.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      yield `${head}[\n`;
      for (let k = 0; k < value.length; k++) yield `${indented(value[k], '    ')}${k < value.length - 1 ? ',' : ''}\n`;
      yield `  ]${tail}`;
    } else yield `${head}${indented(value, '  ').slice(2)}${tail}`;
  }
  yield '}\n';
}

/**
 * A value as `JSON.stringify(value, null, 2)` writes it, every line indented by `indent` (a list
 * item that JSON cannot write is `null`, as in a list). Line breaks in the text are only between
 * its parts: JSON escapes those in strings.
 */
function indented(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return indent + text.replaceAll('\n', `\n${indent}`);
}
