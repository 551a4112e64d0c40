/**
 * Cutting a document's text around a highlighted passage. Spans are `[start, end)` UTF-16
 * offsets into the text (JavaScript string indices), as the dossier gives them.
 */

/** A piece of text: outside the passage, inside it, or the number words inside it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly kind: 'plain' | 'passage' | 'number';
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(Number.isFinite(value) ? Math.trunc(value) : low, low), high);
}

/**
 * Splits `[0, length)` into plain text, the passage and (inside it) the number words. Spans are
 * clamped to the text; an empty passage gives one plain segment; empty segments are dropped.
 *
 * @example
 * segmentText(20, [5, 15], [8, 11]);
 * // [{0,5,plain}, {5,8,passage}, {8,11,number}, {11,15,passage}, {15,20,plain}]
 */
export function segmentText(length: number, passage?: readonly [number, number], inner?: readonly [number, number]): Segment[] {
  const whole: Segment[] = length > 0 ? [{ start: 0, end: length, kind: 'plain' }] : [];
  if (!passage) return whole;
  const start = clamp(passage[0], 0, length);
  const end = clamp(passage[1], start, length);
  if (end === start) return whole;
  const innerStart = inner ? clamp(inner[0], start, end) : end;
  const innerEnd = inner ? clamp(inner[1], innerStart, end) : end;
  const segments: Segment[] = [
    { start: 0, end: start, kind: 'plain' },
    { start, end: innerStart, kind: 'passage' },
    { start: innerStart, end: innerEnd, kind: 'number' },
    { start: innerEnd, end, kind: 'passage' },
    { start: end, end: length, kind: 'plain' },
  ];
  return segments.filter((s) => s.end > s.start);
}

/**
 * The text as DOM: plain text nodes, the passage in one `<mark class="passage">` and the number
 * words in a `<strong class="number">` inside it. Returns the fragment and the mark (to scroll to).
 *
 * @example
 * const { fragment, mark } = passageFragment('Two died. Then more.', [0, 9], [0, 3]);
 * mark.textContent === 'Two died.';
 */
export function passageFragment(
  text: string,
  passage?: readonly [number, number],
  inner?: readonly [number, number],
): { readonly fragment: DocumentFragment; readonly mark: HTMLElement | undefined } {
  const fragment = document.createDocumentFragment();
  let mark: HTMLElement | undefined;
  for (const s of segmentText(text.length, passage, inner)) {
    const piece = document.createTextNode(text.slice(s.start, s.end));
    if (s.kind === 'plain') {
      fragment.appendChild(piece);
      continue;
    }
    if (!mark) {
      mark = document.createElement('mark');
      mark.className = 'passage';
      fragment.appendChild(mark);
    }
    if (s.kind === 'number') {
      const strong = document.createElement('strong');
      strong.className = 'number';
      strong.appendChild(piece);
      mark.appendChild(strong);
    } else mark.appendChild(piece);
  }
  return { fragment, mark };
}

/**
 * Splits a search snippet (hits between `\u0001` and `\u0002`) into text and hits.
 *
 * @example
 * snippetParts('the \u0001Baku\u0002 massacre'); // [{text:'the ',hit:false},{text:'Baku',hit:true},{text:' massacre',hit:false}]
 */
export function snippetParts(snippet: string): { readonly text: string; readonly hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let hit = false;
  let current = '';
  for (const ch of snippet) {
    if (ch === '\u0001' || ch === '\u0002') {
      if (current) parts.push({ text: current, hit });
      current = '';
      hit = ch === '\u0001';
      continue;
    }
    current += ch;
  }
  if (current) parts.push({ text: current, hit });
  return parts;
}
