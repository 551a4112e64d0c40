/**
 * Building DOM without markup: every piece of text goes in through `textContent` (a Text node),
 * never `innerHTML`, so source text shows as text whatever it contains.
 */

/** What an element can hold: nodes, or text (numbers are shown as text). Falsy values are skipped. */
export type Child = Node | string | number | null | undefined | false;

/** Attributes and listeners an element may get. `on*` attributes and `style` are never set. */
export interface Props {
  readonly class?: string;
  readonly data?: Readonly<Record<string, string>>;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: (event: MouseEvent) => void;
  /** Makes the element act as a button (role, tab stop, Enter and Space) that calls `onClick`. */
  readonly isAction?: boolean;
}

const SAFE_URL = /^https?:\/\//i;
const EVENT_ATTRIBUTE = /^on/i;

/**
 * An http(s) URL as given, or `undefined` for any other scheme (`javascript:`, `data:`, ...).
 *
 * @example
 * safeUrl('https://example.org/a'); // 'https://example.org/a'
 * safeUrl('javascript:alert(1)'); // undefined
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url || !SAFE_URL.test(url.trim())) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function setAttributes(element: Element, attrs: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(attrs)) {
    // Note: listeners go through `onClick`; an inline handler or style would need a looser CSP anyway.
    if (EVENT_ATTRIBUTE.test(name) || name === 'style') continue;
    if (name === 'href') {
      const url = value.startsWith('/') || value.startsWith('#') ? value : safeUrl(value);
      if (url !== undefined) element.setAttribute('href', url);
      continue;
    }
    element.setAttribute(name, value);
  }
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/**
 * Creates an HTML element with text and child nodes.
 *
 * @example
 * h('p', { class: 'quote' }, 'He said "<b>hi</b>"'); // <p class="quote">He said "&lt;b&gt;hi&lt;/b&gt;"</p>
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.data) for (const [key, value] of Object.entries(props.data)) element.dataset[key] = value;
  if (props.attrs) setAttributes(element, props.attrs);
  const onClick = props.onClick;
  if (onClick) {
    const target: HTMLElement = element;
    target.addEventListener('click', onClick);
    if (props.isAction) {
      target.setAttribute('role', 'button');
      target.tabIndex = 0;
      target.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        target.click();
      });
    }
  }
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an SVG element; attribute values are set with `setAttribute` (never parsed as markup).
 *
 * @example
 * svg('circle', { cx: 10, cy: 10, r: 4 });
 */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (EVENT_ATTRIBUTE.test(name) || name === 'style' || name === 'href') continue;
    element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

/** Removes every child of an element. */
export function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}
