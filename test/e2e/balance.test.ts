// Content balanced on the slide: measured in Chromium on the address and the sample addresses, no
// key-point or statement slide leaves more than 40% of its height empty below what it shows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDeck } from './helpers/browser.js';
import { runCli } from './helpers/cli.js';
import { showSlide } from './helpers/reveal.js';

const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-balance-'));
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ width: 1280, height: 720 });
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

/** The share of the slide's height left empty below its last line of content. */
async function emptyBelow(page: import('puppeteer-core').Page, id: string): Promise<number> {
  await showSlide(page, id);
  return page.evaluate((slideId) => {
    const slide = document.getElementById(slideId)!;
    const box = slide.getBoundingClientRect();
    let bottom = box.top;
    for (const el of slide.querySelectorAll('h1, h2, h3, p, li, blockquote, figure, img')) {
      if (el.closest('aside')) continue;
      const r = el.getBoundingClientRect();
      if (r.height > 0) bottom = Math.max(bottom, r.bottom);
    }
    return (box.bottom - bottom) / box.height;
  }, id);
}

describe.each([
  'content/address.md',
  'test/fixtures/addresses/harbour-resilience.md',
  'test/fixtures/addresses/libraries-future.md',
  'test/fixtures/addresses/eau-partagee.md',
  'test/fixtures/addresses/energiewende-kommunen.md',
])('the key-point and statement slides of %s', (input) => {
  it('leave no more than 40% of their height empty below their content', async () => {
    const out = join(root, basename(input, '.md'));
    const built = await runCli('build', input, '--out', out, '--no-pdf', '--quiet');
    expect(built.code, built.err).toBe(0);
    const { page } = await openDeck(browser, pathToFileURL(join(out, 'index.html')).href, {
      reducedMotion: true,
    });
    try {
      const ids = await page.$$eval('section.kind-points, section.kind-statement', (all) =>
        all.map((s) => s.id),
      );
      expect(ids.length).toBeGreaterThan(3);
      const empty: Record<string, number> = {};
      for (const id of ids) empty[id] = Math.round((await emptyBelow(page, id)) * 100) / 100;
      const tooEmpty = Object.entries(empty).filter(([, share]) => share > 0.4);
      expect(tooEmpty, JSON.stringify(empty)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
