// One way for e2e tests to start Debian's Chromium and watch a page: console errors, page errors
// and every request it makes, so a test can assert the deck stays offline and quiet.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserArgs } from '../../../src/browser/launch-browser.js';

export const CHROMIUM = process.env.LECTERN_TEST_BROWSER ?? '/usr/bin/chromium';

export function launchBrowser(options: { width?: number; height?: number } = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The flags Lectern itself launches with, so tests see the browser users get.
    args: browserArgs(),
    defaultViewport: { width: options.width ?? 1280, height: options.height ?? 720 },
  });
}

export interface WatchedPage {
  page: Page;
  /** Console messages of type error, and uncaught page errors. */
  errors: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
}

/** Opens a new page that records errors and requests from the start. */
export async function watchedPage(browser: Browser): Promise<WatchedPage> {
  const page = await browser.newPage();
  const watched: WatchedPage = { page, errors: [], requests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watched.errors.push(msg.text());
  });
  page.on('pageerror', (err) => watched.errors.push(String(err)));
  page.on('request', (req) => watched.requests.push(req.url()));
  return watched;
}

/** Opens a built deck and waits until reveal.js is ready. */
export async function openDeck(
  browser: Browser,
  url: string,
  options: { reducedMotion?: boolean } = {},
): Promise<WatchedPage> {
  const watched = await watchedPage(browser);
  if (options.reducedMotion) {
    await watched.page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  }
  await watched.page.goto(url, { waitUntil: 'load' });
  await watched.page.waitForFunction(
    () => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true,
    { timeout: 20_000 },
  );
  return watched;
}

/** Requests that left the page's origin (file:// pages: anything not file:, data: or blob:). */
export function foreignRequests(requests: string[], origin: string): string[] {
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    if (origin === 'file://') return !url.startsWith('file://');
    return !url.startsWith(origin);
  });
}
