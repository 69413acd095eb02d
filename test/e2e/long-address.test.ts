// A generated 60-section address (about 190 slides) through `lectern build`: the overflow guard
// fits every slide — long outline, quotations too long for a slide even with no boundary to cut
// at — and loses no sentence; the overview has a tile per slide.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureOverflow } from '../../src/checks/measure-overflow.js';
import { overviewColumns, overviewSize } from '../../src/checks/overview.js';
import { slidesOf, type Deck } from '../../src/core/deck.js';
import { longAddress } from '../fixtures/stage/long-address.js';
import { checkSpokenNotes, sourceSentences } from '../unit/plan/faithfulness.js';
import { runCli } from './helpers/cli.js';
import { launchBrowser, openDeck } from './helpers/browser.js';
import { readSlides } from './helpers/reveal.js';

const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-long-'));
const out = join(root, 'dist');
const generated = longAddress(60);
let browser: Browser;
let deck: Deck;
let log = '';

beforeAll(async () => {
  const input = join(root, 'address.md');
  writeFileSync(input, generated.markdown);
  const built = await runCli('build', input, '--out', out, '--no-pdf');
  log = built.err;
  expect(built.code, log).toBe(0);
  deck = JSON.parse(readFileSync(join(out, 'lectern.json'), 'utf8')) as Deck;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a generated 60-section address', () => {
  it('builds with no slide overflowing, and says what the guard changed', async () => {
    expect(deck.stacks.filter((s) => s.section !== undefined)).toHaveLength(60);
    expect(slidesOf(deck).filter((s) => s.kind === 'outline').length).toBeGreaterThan(1);
    expect(log).toMatch(/overflow guard: /);
    const { page } = await openDeck(browser, pathToFileURL(join(out, 'index.html')).href);
    try {
      expect(await measureOverflow(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('keeps every sentence whole, once and in order in the notes', async () => {
    const { page } = await openDeck(browser, pathToFileURL(join(out, 'index.html')).href);
    const slides = await readSlides(page);
    await page.close();
    const sentences = generated.paragraphs.flatMap((p) => sourceSentences(p));
    expect(checkSpokenNotes(sentences, slides)).toEqual([]);
  });

  it('draws an overview with one tile per slide', () => {
    const png = PNG.sync.read(readFileSync(join(out, 'address-overview.png')));
    const count = slidesOf(deck).length;
    const size = overviewSize(count, overviewColumns(count), { width: 320, height: 180 });
    expect({ width: png.width, height: png.height }).toEqual({
      width: size.width,
      height: size.height,
    });
  });
});
