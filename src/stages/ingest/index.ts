/**
 * The ingest stage: read inputs, then clean each into a `SourceDoc` whose `text` every
 * later stage points into. Reading is async (files, stdin); cleaning is pure.
 */
import type { SourceDoc } from '../../model/document.js';
import type { Context } from '../../pipeline/stage.js';
import { cleanDoc } from './clean.js';
import { isDiagnostic, readInputs, type ReadOptions } from './read.js';

export { cleanDoc, CLEAN_RULES, type CleanEdit } from './clean.js';
export { AnchorOffsetMap, TextBuilder, composeMaps, identityMap } from './offset-map.js';
export { DEFAULT_MAX_BYTES, READ_RULES, derivedId, isDiagnostic, isoDate, readInputs, type ReadOptions } from './read.js';

/**
 * Reads and cleans every input, reporting the reader's diagnostics through `ctx.report`.
 *
 * @example
 * for await (const doc of ingestInputs(['reports/'], ctx)) docs.push(doc);
 */
export async function* ingestInputs(paths: readonly string[], ctx: Context, options: ReadOptions = {}): AsyncGenerator<SourceDoc> {
  for await (const item of readInputs(paths, options)) {
    if (isDiagnostic(item)) ctx.report(item);
    else yield cleanDoc(item, ctx);
  }
}
