/**
 * Builds a realistic news web page around an article's text, at test time: a site header
 * with navigation and a search form, an ad slot, scripts and styles, the article with its
 * headline, byline and `<time>`, share buttons, a "related stories" sidebar and a comment
 * section (both full of other casualty figures that must not reach the article text), and
 * a footer. Typographic characters are written as entities in part of the pages, as many
 * publishing systems do, so the offset map is tested over entities too.
 */

/** An article to wrap. */
export interface PageArticle {
  readonly title: string;
  readonly text: string;
  /** ISO date, YYYY-MM-DD. */
  readonly published?: string;
  readonly url?: string;
  readonly byline?: string;
}

/** How the page states its metadata and writes its characters. */
export interface PageStyle {
  /** Where the publication date is stated; default `meta`. */
  readonly dateIn?: 'meta' | 'json-ld' | 'time' | 'none';
  /** Write quotes, dashes and non-ASCII letters as named or numeric entities. */
  readonly useEntities?: boolean;
  /** Split each paragraph's lines with `<br>` instead of one `<p>` each (older templates). */
  readonly useBreaks?: boolean;
}

const NAMED: ReadonlyMap<string, string> = new Map([
  ['’', '&rsquo;'],
  ['‘', '&lsquo;'],
  ['“', '&ldquo;'],
  ['”', '&rdquo;'],
  ['—', '&mdash;'],
  ['–', '&ndash;'],
  ['…', '&hellip;'],
  ['\u00a0', '&nbsp;'],
]);

/**
 * The text as HTML character data: `&`, `<`, `>` escaped; with `useEntities`, typographic
 * characters as named entities and other non-ASCII as numeric ones.
 *
 * @example
 * escapeHtml('A & B’s', true) === 'A &amp; B&rsquo;s'
 */
export function escapeHtml(text: string, useEntities = false): string {
  let out = '';
  for (const character of text) {
    if (character === '&') out += '&amp;';
    else if (character === '<') out += '&lt;';
    else if (character === '>') out += '&gt;';
    else if (useEntities && NAMED.has(character)) out += NAMED.get(character) as string;
    else if (useEntities && (character.codePointAt(0) as number) > 0x7e) out += `&#${character.codePointAt(0)};`;
    else out += character;
  }
  return out;
}

function attributeValue(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;');
}

const NAVIGATION = ['Home', 'News', 'Local', 'Crime', 'Politics', 'Sports', 'Weather', 'Traffic', 'Entertainment', 'Opinion', 'Obituaries', 'Contact']
  .map((label) => `<li class="menu-item"><a href="/${label.toLowerCase()}/">${label}</a></li>`)
  .join('\n        ');

/** Headlines of other stories, with figures of their own, as a sidebar lists them. */
const RELATED = [
  '3 killed, 12 hurt in highway pileup near the interchange',
  'Police: 45 arrested after protest turns violent downtown',
  'Fire at apartment complex leaves 7 dead, dozens displaced',
  '2 teens wounded in drive-by shooting on the east side',
  'Officials confirm 19 injured when stage collapsed at festival',
];

/** Reader comments, with figures that are not the report's. */
const COMMENTS = [
  'This is terrible. My cousin said 15 people were shot there last year and nobody did anything.',
  'Praying for the families. At least 30 people were killed in this city since January.',
  'Why does the news never say how many were arrested? I heard 6 suspects were taken into custody.',
];

/**
 * The page of an article: everything a saved news page has around the text.
 *
 * @example
 * const html = newsPage({ title: 'Two hurt', text: 'Two people were hurt.', published: '2016-12-24' });
 */
export function newsPage(article: PageArticle, style: PageStyle = {}): string {
  const dateIn = style.dateIn ?? 'meta';
  const entities = style.useEntities === true;
  const title = escapeHtml(article.title, entities);
  const paragraphs = article.text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  const body = style.useBreaks === true
    ? `<div class="story-text">\n${paragraphs.map((p) => p.split('\n').map((line) => escapeHtml(line, entities)).join('<br>\n')).join('<br><br>\n')}\n</div>`
    : paragraphs.map((p) => `<p>${p.split('\n').map((line) => escapeHtml(line, entities)).join('<br>\n')}</p>`).join('\n      ');
  const published = article.published ?? '2016-01-01';
  const meta = dateIn === 'meta' ? `<meta property="article:published_time" content="${published}T14:32:00-05:00">` : '';
  const jsonLd =
    dateIn === 'json-ld'
      ? `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', name: 'Channel 9 News', url: 'https://news9.example' },
            { '@type': 'NewsArticle', headline: article.title, datePublished: `${published}T09:05:00Z`, author: [{ '@type': 'Person', name: article.byline ?? 'Staff Reporter' }] },
          ],
        })}</script>`
      : '';
  const time = dateIn === 'time' ? `<time class="published" datetime="${published}T08:00:00Z">Posted ${published}</time>` : '<span class="updated">Updated: 4 hours ago</span>';
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} | Channel 9 News</title>
  <meta property="og:title" content="${attributeValue(article.title)}">
  <meta property="og:type" content="article">
  ${meta}
  <meta name="author" content="${attributeValue(article.byline ?? 'Staff Reporter')}">
  <link rel="canonical" href="${attributeValue(article.url ?? 'https://news9.example/story/1')}">
  <link rel="stylesheet" href="/assets/site.css">
  <style>.ad-slot{min-height:250px}.menu-item{display:inline-block}p{margin:0 0 1em}</style>
  ${jsonLd}
  <script>
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({ event: "pageview", section: "crime", words: 512, template: "<div class='x'>3 killed</div>" });
    if (window.innerWidth < 600 && document.cookie.indexOf("consent=1") < 0) { console.log("show banner"); }
  </script>
</head>
<body class="article-template">
  <div id="cookie-banner" class="consent-banner">We use cookies to improve your experience. <button>Accept</button></div>
  <header class="site-header">
    <a class="logo" href="/"><img src="/logo.png" alt="Channel 9 News"></a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        ${NAVIGATION}
      </ul>
    </nav>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
  </header>
  <div class="ad-slot ad leaderboard" id="ad-top">Advertisement <iframe src="https://ads.example/slot?id=123"></iframe></div>
  <main id="main-content">
    <article class="story">
      <h1 class="headline">${title}</h1>
      <div class="byline">By <a rel="author" href="/staff/1">${escapeHtml(article.byline ?? 'Staff Reporter')}</a></div>
      ${time}
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
      <div class="story-body">
      ${body}
      </div>
      <div class="ad-slot ad inline-ad">Advertisement</div>
      <p class="copyright-note">Copyright 2016 Channel 9 News. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>
    </article>
    <aside class="sidebar related-stories">
      <h3>Related Stories</h3>
      <ul>
        ${RELATED.map((headline, index) => `<li><a href="/story/${index + 2}">${headline}</a></li>`).join('\n        ')}
      </ul>
    </aside>
    <section id="comments" class="comments-area">
      <h3 class="comments-title">${COMMENTS.length} Comments</h3>
      <ol class="comment-list">
        ${COMMENTS.map((comment, index) => `<li class="comment" id="comment-${index + 1}"><div class="comment-author">reader${index + 1}</div><time datetime="2020-01-0${index + 1}T10:00:00Z">Jan ${index + 1}</time><div class="comment-content"><p>${comment}</p></div></li>`).join('\n        ')}
      </ol>
      <div id="respond"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea><button>Post Comment</button></form></div>
    </section>
  </main>
  <footer class="site-footer">
    <p>&copy; 2016 Channel 9 News, a Example Media station. 1234 Broadcast Way, Springfield.</p>
    <ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li><li><a href="/eeo">EEO Report</a></li></ul>
  </footer>
  <script src="/assets/app.js" async></script>
  <script>(function(){var s=document.createElement("script");s.src="https://tracker.example/t.js?n=5&m=10";document.body.appendChild(s);})();</script>
</body>
</html>
`;
}
