/**
 * English web boilerplate: lines that come from the page around an article (comment forms,
 * share buttons, login walls, newsletter prompts, copyright notices), not from the report.
 * Data, not logic: `stages/ingest/clean.ts` decides where these may be dropped.
 * Every pattern is tested against one trimmed line; none names a site or a story.
 */

/**
 * Lines that are noise wherever they stand: player and ad placeholders left by the scraper.
 * They must match the whole line.
 *
 * @example
 * NOISE_LINE_PATTERNS.some((re) => re.test('Advertisement')) === true;
 */
export const NOISE_LINE_PATTERNS: readonly RegExp[] = [
  /^advertisements?$/i,
  /^(?:story continues below )?advertisement$/i,
  /^(?:please )?(?:enable|turn on) javascript(?: to (?:watch|view|see|play) this (?:video|content|slideshow|gallery))?\.?$/i,
  /^this (?:slideshow|video|content|gallery|page|feature) requires javascript\.?$/i,
  /^(?:hide transcript\s*)?show transcript$|^hide transcript$/i,
  /^copy link(?: copy)?$/i,
  /^(?:skip|jump) to (?:main )?content$/i,
  /^loading\.{0,3}$/i,
];

/**
 * Lines that are boilerplate when they sit in a block at the start or the end of a document.
 * A pattern may match part of the line; {@link CASUALTY_GUARD} still protects a line that
 * reports casualties.
 *
 * @example
 * EDGE_BOILERPLATE_PATTERNS.some((re) => re.test('Leave a Reply')) === true;
 */
export const EDGE_BOILERPLATE_PATTERNS: readonly RegExp[] = [
  // comment forms
  /^leave a (?:reply|comment)\b/i,
  /\byour email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /^(?:\d+\s+)?comments?\s*(?:\(\d+\))?:?$/i,
  /^(?:view|show|hide|add|post|load|read) (?:\d+ |all |the )?comments?\b/i,
  /^(?:join|start) the (?:conversation|discussion)\b/i,
  // weather alert widgets of local news sites ("Tornado Watch issued May 8 at 7:41PM CDT expiring ...
  // in effect for: Erie, Wyoming"): their county lists read as places of the report
  /\b(?:warning|watch|advisory|statement|emergency) issued\b.{0,120}\bin effect for:/i,
  // sharing
  /^share (?:this|on|via|the)\b/i,
  /^like this:/i,
  /^(?:facebook|twitter|google\+?|pinterest|linkedin|reddit|tumblr|whatsapp|pocket|e-?mail|print|more|close|share|tweet|pin it|sms|messenger|instagram|youtube|flipboard)$/i,
  /^(?:play|share on|share to) (?:facebook|twitter|email)$/i,
  /^read or share this story\b/i,
  /^(?:follow|find|like) (?:us|@?[\w.]+(?: [\w.]+){0,3}) on (?:twitter|facebook|instagram|linkedin)\b/i,
  /^stay up to date\b/i,
  // subscriptions, registration, login walls
  /^subscribe\b/i,
  /\bsubscribe to (?:our|the)\b/i,
  /\b(?:e-?mail )?newsletters?\b/i,
  /^(?:please )?(?:sign|log) ?(?:in|up|on)\b/i,
  /\b(?:please|to) (?:sign|log) ?in\b/i,
  /\bsign (?:in|up) (?:for|to|using|with|today|now|here)\b/i,
  /^log ?in here\b/i,
  /\blog ?in if you already\b/i,
  /\balready (?:have an account|a (?:subscriber|member)|registered)\b/i,
  /\bthank you for (?:registering|subscribing|signing up)\b/i,
  /\b(?:registration|verification|confirmation|activation) (?:information|email|e-mail|message|link|code)\b/i,
  /\bactivate your (?:\S+ )?(?:account|profile)\b/i,
  /\bcreate (?:an|your) (?:free )?account\b/i,
  /\b(?:terms of (?:service|use)|privacy policy|cookie policy)\b/i,
  /\bcookies?\b.*\b(?:accept|consent|settings|policy|this site|our site|browsing)\b/i,
  /\b(?:digital|premium|unlimited|subscriber) (?:access|subscription|content)\b/i,
  /\bpremium clicks?\b/i,
  /\bhome delivery\b/i,
  /^click (?:here|on the button|the button)\b/i,
  /\bclick here to\b/i,
  /\b(?:email|e-mail|push) (?:notifications?|alerts?)\b/i,
  /\bnotification has been saved\b/i,
  /\bproblem saving your notification\b/i,
  /\bget (?:email |news |breaking news |breaking )?alerts?\b/i,
  /\bget alerted\b/i,
  /\bdownload (?:the|our) (?:free )?.{0,40}\bapps?\b/i,
  /\bdeliverable area\b/i,
  /\b(?:delivered|sent) (?:right )?to your inbox\b/i,
  /\bwithout a subscription\b/i,
  /\benjoyed your (?:free )?preview\b/i,
  /\bmaximum number of (?:free )?(?:stories|articles)\b/i,
  /\b(?:current|print) subscribers?\b/i,
  /\bzip ?code\b.*\b(?:subscription|delivery|re-?enter)\b/i,
  // posting metadata
  /^posted (?:in|under)\b/i,
  /^filed under\b/i,
  /^tags?:/i,
  /^categor(?:y|ies):/i,
  // copyright
  /\ball rights reserved\b/i,
  /^\(?\s*(?:©|\(c\)|copyright\b)/i,
  /\bthis material may not be (?:published|broadcast|rewritten|redistributed)\b/i,
  // related links and teasers
  /^related(?: articles| stories| posts| links| coverage| content| news| videos?)?\s*:?/i,
  /^(?:more|other) (?:from|coverage|stories|news|videos?|headlines)\b/i,
  /^(?:read|see|view) (?:the )?(?:full|original|more|complete|latest) (?:story|article|coverage|stories)\b/i,
  /^read more\b/i,
  /^see also\b/i,
  /^(?:also read|what others are (?:clicking on|reading)|you may also like|around the web|recommended(?: for you)?|most (?:read|popular|viewed)|trending(?: stories| now| news)?|previous stories|top stories|sponsored(?: content| links)?|promoted(?: stories)?)\b/i,
  /^(?:watch|listen to) (?:this|the) (?:story|video|report)\b/i,
  /^for (?:more|the latest)\b.*\b(?:news|updates|coverage|stories)\b/i,
  /^keep checking\b/i,
  /\b(?:this is a|on this) developing story\b/i,
  /^(?:check back|stay tuned)\b/i,
  /^(?:report|submit) a (?:typo|correction|news tip)\b/i,
  /^(?:have|got) a (?:news )?tip\b/i,
];

/**
 * Words that mark a line as reporting casualties or violence. A line with one of these is
 * never dropped as boilerplate, however it looks ("RELATED: 2 killed in ..." stays).
 *
 * @example
 * CASUALTY_GUARD.test('Two people were killed.') === true;
 */
export const CASUALTY_GUARD =
  /\b(?:kill(?:s|ed|ing|er|ers)?|dead|deaths?|died|dies|dying|shot|shoot(?:s|ing|ings|er|ers)?|gunfire|gun(?:man|men)|wound(?:s|ed|ing)?|injur(?:y|ies|ed|ing)|murder(?:s|ed|er|ers)?|homicides?|victims?|stabb(?:ed|ing|ings)|fatal(?:ly|ity|ities)?|slain|massacres?|casualt(?:y|ies)|attack(?:s|ed|er|ers)?|bomb(?:s|ed|ing|ings)?|explosions?|hostages?|missing|arrest(?:s|ed)?|troops|soldiers|civilians)\b/i;
