/**
 * Launching Debian's chromium with playwright-core for the browser tests: a fresh profile, no
 * network chatter of its own. A missing chromium fails the tests with a clear message (CI installs
 * it in .ci/run); it never skips them.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where the tests look for chromium (`CHROMIUM_PATH` overrides). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A running chromium with its own throw-away profile. */
export interface Chromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Starts chromium headless with a fresh `--user-data-dir`. Throws when chromium is not installed. */
export async function launchChromium(): Promise<Chromium> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`the browser tests need chromium at ${CHROMIUM}; install it with \`apt-get update && apt-get install -y chromium\` (.ci/run does this)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'corroborate-chromium-'));
  // Note: playwright passes the profile as --user-data-dir (launch() refuses the flag in args).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a page that records console errors, uncaught exceptions and CSP violations. */
export async function openPage(browser: Chromium): Promise<{ readonly page: Page; readonly errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, errors };
}
