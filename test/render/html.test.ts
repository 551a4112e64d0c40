import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, renderHtml, REPORT_CSP } from '../../src/render/html.js';
import { HOSTILE_IMG, HOSTILE_SCRIPT, blackJanuaryDossier, handmadeDossier, hostileDossier } from './fixtures.js';

function parse(html: string) {
  return parseHTML(html).document;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

describe('escapeHtml', () => {
  const CASES: readonly [string, string][] = [
    ['plain text', 'plain text'],
    ['<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    [`"double" 'single'`, '&quot;double&quot; &#39;single&#39;'],
    ['&amp;', '&amp;amp;'],
  ];
  it.each(CASES)('%j -> %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('jsonForScript', () => {
  const VALUES: readonly unknown[] = [
    { text: '</script><script>alert(1)</script>' },
    { text: '<!-- <script>' },
    { text: 'a & b > c' },
    { text: 'line\u2028separator\u2029paragraph' },
    ['plain', 1, null, true],
  ];
  it.each(VALUES)('round-trips %j with no <, >, & or line separator left raw', (value) => {
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
  it('writes < as \\u003c', () => {
    expect(jsonForScript('</script>')).toBe('"\\u003c/script\\u003e"');
  });
});

describe('renderHtml', () => {
  it('is one self-contained page: no external resource, two scripts, a CSP that allows only the inline script and style', () => {
    const html = renderHtml(handmadeDossier());
    const document = parse(html);
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/json', null]);
    expect(scripts.some((s) => s.hasAttribute('src'))).toBe(false);
    expect(document.querySelectorAll('img, iframe, object, embed').length).toBe(0);
    expect([...document.querySelectorAll('link')].map((l) => [l.getAttribute('rel'), l.getAttribute('href')])).toEqual([['icon', 'data:,']]);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(REPORT_CSP);
    expect(csp).toContain("default-src 'none'");
    // The hashes in the policy are those of the inline script and style as written.
    expect(csp).toContain(`'sha256-${sha256(scripts[1]?.textContent ?? '')}'`);
    expect(csp).toContain(`'sha256-${sha256(document.querySelector('style')?.textContent ?? '')}'`);
  });

  it('embeds the dossier as JSON that parses back to it', () => {
    const dossier = handmadeDossier();
    const data = parse(renderHtml(dossier)).getElementById('dossier-data');
    expect(JSON.parse(data?.textContent ?? '')).toEqual(dossier);
  });

  it('never writes source markup raw: a hostile report stays inside the JSON, escaped', () => {
    const dossier = hostileDossier();
    const html = renderHtml(dossier);
    const document = parse(html);
    // Only our own two scripts exist; no element from the source text was created.
    expect(document.querySelectorAll('script').length).toBe(2);
    expect(document.querySelectorAll('img, svg, iframe').length).toBe(0);
    expect(html).not.toContain(HOSTILE_SCRIPT);
    expect(html).not.toContain(HOSTILE_IMG);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
    expect(JSON.parse(document.getElementById('dossier-data')?.textContent ?? '')).toEqual(dossier);
    // The first event's title (the earliest titled report) carries markup; it is escaped in <title>.
    expect(document.title).toBe(`${dossier.events[0]?.title} · dossier`);
  });

  it('escapes the page title it is given', () => {
    const html = renderHtml(handmadeDossier(), { title: '</title><script>alert(1)</script>' });
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });

  it('renders the seed dossier whole', async () => {
    const dossier = await blackJanuaryDossier();
    const data = parse(renderHtml(dossier)).getElementById('dossier-data');
    const embedded = JSON.parse(data?.textContent ?? '') as typeof dossier;
    expect(embedded.documents.map((d) => d.text)).toEqual(dossier.documents.map((d) => d.text));
    expect(embedded.events).toEqual(dossier.events);
  });
});
