import { describe, expect, it } from 'vitest';
import { HTML_LIMITS, HTML_RULES, extractHtml, type HtmlArticle, type HtmlRejection } from '../../../src/stages/ingest/html.js';
import { newsPage } from './helpers/html-page.js';

const ARTICLE = {
  title: 'Two killed, three hurt in market shooting',
  text: [
    'SPRINGFIELD — Two people were killed and three were wounded when gunmen opened fire at a crowded market on Saturday morning, police said.',
    'The attack began at about 10 a.m. near the main entrance. “It was chaos,” said one vendor, who asked not to be named.',
    'Officials said the gunmen fled on motorcycles & no arrests had been made by Saturday evening.',
  ].join('\n\n'),
  published: '2021-03-06',
  url: 'https://news9.example/story/market-shooting',
  byline: 'Ann Lee',
};

function article(result: HtmlArticle | HtmlRejection): HtmlArticle {
  if (result.isRejected) throw new Error(`rejected: ${result.reason}`);
  return result;
}

function rejection(result: HtmlArticle | HtmlRejection): HtmlRejection {
  if (!result.isRejected) throw new Error(`accepted: ${result.text.slice(0, 80)}`);
  return result;
}

/**
 * Every non-space character of the text maps to the same character in the page, or to the
 * `&` of the entity that encodes it. Returns the offsets that do not.
 */
function unmapped(page: string, result: HtmlArticle): number[] {
  const bad: number[] = [];
  for (let i = 0; i < result.text.length; i++) {
    const character = result.text[i] as string;
    if (/\s/.test(character)) continue;
    const raw = result.offsets.toRaw(i);
    if (page[raw] !== character && page[raw] !== '&') bad.push(i);
  }
  return bad;
}

describe('extractHtml: the article of a news page', () => {
  it.each([
    ['one <p> a paragraph', {}],
    ['entities for typography', { useEntities: true, dateIn: 'json-ld' as const }],
    ['<br> line breaks', { useBreaks: true, dateIn: 'time' as const }],
  ])('keeps the article text and drops navigation, ads, scripts, related stories, comments and footer (%s)', (_name, style) => {
    const page = newsPage(ARTICLE, style);
    const result = article(extractHtml(page));
    expect(result.isArticle).toBe(true);
    expect(result.text).toBe(`${ARTICLE.text}\n\nCopyright 2016 Channel 9 News. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`);
    for (const furniture of ['Home', 'Advertisement', 'Related Stories', 'pileup', 'My cousin', 'Leave a Reply', 'Privacy Policy', 'cookies', 'dataLayer', 'Share on Facebook']) {
      expect(result.text).not.toContain(furniture);
    }
    expect(unmapped(page, result)).toEqual([]);
    expect(result.approximateNodes).toBe(0);
  });

  it('maps every character back to the page, through entities and collapsed whitespace', () => {
    const page = '<html><body><article><p>Police said a   third   victim\n was taken to hospital&nbsp;in &ldquo;critical&rdquo; condition &amp; 2 others &#x2014; &#8220;stable&#8221;.</p><p>Second   paragraph.</p></article></body></html>';
    const result = article(extractHtml(page));
    expect(result.text).toBe('Police said a third victim was taken to hospital\u00a0in “critical” condition & 2 others — “stable”.\n\nSecond paragraph.');
    const at = (needle: string): number => result.offsets.toRaw(result.text.indexOf(needle));
    expect(page.slice(at('third'), at('third') + 5)).toBe('third');
    expect(page.slice(at('“critical'), at('“critical') + 7)).toBe('&ldquo;');
    expect(page.slice(at('critical'), at('critical') + 8)).toBe('critical');
    expect(page.slice(at('& 2'), at('& 2') + 5)).toBe('&amp;');
    expect(page.slice(at('2 others'), at('2 others') + 8)).toBe('2 others');
    expect(page.slice(at('—'), at('—') + 8)).toBe('&#x2014;');
    expect(page.slice(at('Second'), at('Second') + 6)).toBe('Second');
    expect(unmapped(page, result)).toEqual([]);
  });

  it('drops the headline and byline that repeat the metadata', () => {
    const result = article(extractHtml(newsPage(ARTICLE)));
    expect(result.text.startsWith('SPRINGFIELD — Two people')).toBe(true);
    expect(result.title).toBe(ARTICLE.title);
  });
});

describe('extractHtml: metadata', () => {
  it.each([
    ['meta article:published_time', { dateIn: 'meta' as const }, '2021-03-06T14:32:00-05:00', 'meta article:published_time'],
    ['JSON-LD datePublished in an @graph', { dateIn: 'json-ld' as const }, '2021-03-06T09:05:00Z', 'JSON-LD datePublished'],
    ['<time datetime> in the article (not the comments)', { dateIn: 'time' as const }, '2021-03-06T08:00:00Z', '<time datetime>'],
  ])('reads the publication date from %s', (_name, style, published, source) => {
    const result = article(extractHtml(newsPage(ARTICLE, style)));
    expect(result.published).toBe(published);
    expect(result.publishedSource).toBe(source);
  });

  it('has no publication date when the page states none (a comment date is not one)', () => {
    expect(article(extractHtml(newsPage(ARTICLE, { dateIn: 'none' }))).published).toBeUndefined();
  });

  it('reads title, byline and canonical URL', () => {
    const result = article(extractHtml(newsPage(ARTICLE, { dateIn: 'json-ld' })));
    expect(result).toMatchObject({ title: ARTICLE.title, byline: 'Ann Lee', url: ARTICLE.url });
  });

  it.each([
    ['<time pubdate>', '<time datetime="2019-05-01">May 1</time><time pubdate datetime="2019-04-30T22:00">Apr 30</time>', '2019-04-30T22:00'],
    ['itemprop=datePublished on a meta', '<meta itemprop="datePublished" content="2018-02-03">', '2018-02-03'],
    ['a date meta that is not ISO, kept for the caller to judge', '<meta name="date" content="March 3, 2018">', 'March 3, 2018'],
  ])('%s', (_name, markup, published) => {
    const page = `<html><head><title>T</title></head><body>${markup}<article><p>${'Two people were hurt in the crash on the highway, police said. '.repeat(10)}</p></article></body></html>`;
    expect(article(extractHtml(page)).published).toBe(published);
  });
});

describe('extractHtml: unusual but valid pages', () => {
  it.each([
    ['a fragment without <html>', '<p>Two people were killed in the blast, officials said on Monday.</p>'],
    ['<html> without <body>', '<html><p>Two people were killed in the blast, officials said on Monday.</p></html>'],
    ['a doctype and a title, then text', '<!doctype html><title>Blast</title><p>Two people were killed in the blast, officials said on Monday.</p>'],
    ['unclosed paragraphs', '<html><body><div><p>Two people were killed in the blast, officials said on Monday.<p></div></body></html>'],
  ])('%s', (_name, page) => {
    const result = article(extractHtml(page));
    expect(result.text).toBe('Two people were killed in the blast, officials said on Monday.');
    expect(unmapped(page, result)).toEqual([]);
  });

  it('keeps list items, headings and table cells apart, and <pre> as written', () => {
    const page = `<html><body><article><h2>Casualties</h2><ul><li>Killed: 4</li><li>Injured: 12</li></ul><table><tr><td>Dead</td><td>4</td></tr></table><pre>line one\n  line two</pre><p>${'The toll may rise, officials said. '.repeat(12)}</p></article></body></html>`;
    const result = article(extractHtml(page));
    expect(result.text.split('\n\n').slice(0, 5)).toEqual(['Casualties', 'Killed: 4', 'Injured: 12', 'Dead 4', 'line one\n  line two']);
    expect(unmapped(page, result)).toEqual([]);
  });

  it('reads a page of one short line without its navigation, header and footer', () => {
    const page = '<html><body><header>Site name</header><nav><a href="/">Home</a></nav><div>Two hurt.</div><footer>Contact</footer></body></html>';
    expect(article(extractHtml(page)).text).toBe('Two hurt.');
  });

  it('keeps a page wrapped in one <form>, as ASP.NET pages are', () => {
    const page = `<html><body><form id="aspnetForm"><nav>Home</nav><div id="content"><p>${'Two people were hurt in the crash on the highway, police said. '.repeat(10)}</p></div></form></body></html>`;
    const result = article(extractHtml(page));
    expect(result.text).toContain('Two people were hurt');
    expect(result.text).not.toContain('Home');
  });

  it('gives empty text for a page of markup only', () => {
    expect(article(extractHtml('<html><head><script>var a = "3 killed";</script></head><body><nav>Home</nav></body></html>')).text).toBe('');
  });
});

describe('extractHtml: hostile pages', () => {
  const paragraph = '<p>Two people were killed in the blast, officials said on Monday.</p>';

  it.each([
    ['nested 5,000 <div>s deep', `<html><body>${'<div>'.repeat(5000)}${paragraph}${'</div>'.repeat(5000)}</body></html>`, HTML_RULES.tooDeep],
    ['20,000 unclosed <b> tags', `<html><body>${'<b>x'.repeat(20_000)}</body></html>`, HTML_RULES.tooDeep],
    ['80,000 elements', `<html><body>${'<span>x</span>'.repeat(80_000)}</body></html>`, HTML_RULES.tooManyElements],
    ['a million tags', '<i>'.repeat(1_000_000), HTML_RULES.tooManyElements],
    ['a million stray <', `<html><body>${'<'.repeat(1_000_000)}</body></html>`, HTML_RULES.tooManyElements],
    ['a million entities', `<html><body><p>${'&lt;'.repeat(1_000_000)}</p></body></html>`, HTML_RULES.tooManyElements],
  ])('refuses a page %s, quickly, saying why and what to do', (_name, page, ruleId) => {
    const started = performance.now();
    const result = rejection(extractHtml(page));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(result.ruleId).toBe(ruleId);
    expect(result.reason).toMatch(/more than/);
    expect(result.advice).toMatch(/save the article/);
  });

  it(`accepts a page nested ${HTML_LIMITS.maxDepth - 10} deep`, () => {
    const depth = HTML_LIMITS.maxDepth - 10;
    const page = `<html><body>${'<div>'.repeat(depth)}${paragraph.repeat(8)}${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    expect(article(extractHtml(page)).text).toContain('Two people were killed');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it.each([
    ['a 2 MB attribute', `<html><body><img src="data:image/png;base64,${'A'.repeat(2_000_000)}">${paragraph}</body></html>`],
    ['an unclosed comment', `<html><body>${paragraph}<!-- ${'x'.repeat(100_000)}`],
    ['a flood of entities', `<html><body><p>${'&amp;'.repeat(20_000)} ${paragraph}</p></body></html>`],
    ['a run of stray <', `<html><body>${'<'.repeat(100_000)}${paragraph}</body></html>`],
    ['quotes that never close in a tag', `<html><body>${paragraph}<a href="x title='y>${'z '.repeat(10_000)}</body></html>`],
  ])('reads %s without stalling', (_name, page) => {
    const started = performance.now();
    const result = extractHtml(page);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.isRejected).toBe(false);
    if (!result.isRejected) expect(result.text).toContain('Two people were killed');
  });
});
