// Stage-ready checks in a real Chromium: overflow guard, accessibility, one-file deck, overview.
// One browser for the file; decks are hand-made and opened without a Vite build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { buildDeck } from '../../src/pipeline/build-deck.js';
import { main } from '../../src/cli/main.js';
import { captureOutput } from '../../src/cli/output.js';
import { locateBrowser } from '../../src/browser/find-browser.js';
import { createBrowserManager, type BrowserManager } from '../../src/browser/launch-browser.js';
import {
  measureOverflow,
  waitForReveal,
  type RevealWindow,
} from '../../src/checks/measure-overflow.js';
import { guardOverflow } from '../../src/checks/overflow-guard.js';
import { captureOverview } from '../../src/checks/overview.js';
import { PNG } from 'pngjs';
import { checkA11y, checkReducedMotion } from '../../src/checks/check-a11y.js';
import { formatProblem } from '../../src/core/errors.js';
import { slidesOf, type Deck } from '../../src/core/deck.js';
import { renderDeck } from '../../src/render/index.js';
import { LONG_PARAGRAPH, LONG_QUOTE, deck, slide } from '../fixtures/stage/make-deck.js';
import { openStaticDeck } from '../fixtures/stage/static-page.js';
import { showSlide } from './helpers/reveal.js';
import { splitSentences } from '../../src/core/text.js';

let manager: BrowserManager;
let browser: Browser;

beforeAll(async () => {
  manager = createBrowserManager({ executablePath: (await locateBrowser()).path });
  browser = await manager.get();
});
afterAll(async () => {
  await manager?.dispose();
});

const render = (d: Deck) => renderDeck(d);

function longDeck(): Deck {
  const sentences = splitSentences(LONG_PARAGRAPH).map((s) => s.text);
  return deck([
    [slide({ id: 'title', kind: 'title', title: 'An Address', line: 0 })],
    [
      slide({ id: 's1', kind: 'section', section: 0, title: 'Dialogue', line: 10 }),
      slide({
        id: 's1-2',
        kind: 'points',
        section: 0,
        title: 'Dialogue',
        line: 12,
        bullets: sentences.filter((_, i) => i % 2 === 0).map((s) => s.replace(/,.*$/, '')),
        notes: { spoken: [{ text: LONG_PARAGRAPH, refs: [] }], asides: [], sources: [] },
      }),
      slide({
        id: 's1-3',
        kind: 'quote',
        section: 0,
        title: 'Dialogue',
        line: 20,
        quote: { text: LONG_QUOTE, attribution: 'A Speaker', excerpted: false },
      }),
      slide({
        id: 'references',
        kind: 'references',
        title: 'References',
        line: 0,
        references: [
          {
            label: 'i',
            text: `See https://example.org/${'very-long-path-segment-'.repeat(12)}end`,
          },
        ],
      }),
    ],
  ]);
}

describe('overflow guard', () => {
  it('splits the long paragraph and shrinks the quote until nothing overflows, losing no words', async () => {
    const original = longDeck();
    const { page, cleanup } = await openStaticDeck(browser, original);
    try {
      const before = await measureOverflow(page);
      expect(before.map((o) => o.id)).toEqual(['s1-2', 's1-3']);
      const result = await guardOverflow(page, original, { render });
      expect(result.problems).toEqual([]);
      expect(await measureOverflow(page)).toEqual([]);
      const slides = slidesOf(result.deck);
      const points = slides.filter((s) => s.kind === 'points');
      expect(points.length).toBeGreaterThan(1);
      expect(points.flatMap((s) => s.bullets)).toEqual(slidesOf(original)[2]!.bullets);
      expect(points.flatMap((s) => s.notes.spoken.map((p) => p.text)).join(' ')).toBe(
        LONG_PARAGRAPH,
      );
      const quote = slides.find((s) => s.kind === 'quote')!;
      expect(quote.quote!.text).toBe(LONG_QUOTE);
      expect(quote.scale).toBeLessThan(1);
      expect(quote.scale).toBeGreaterThanOrEqual(0.7);
      // The page shows what the deck says: one section per slide, in order.
      const ids = await page.$$eval('section.lectern-slide', (els) => els.map((e) => e.id));
      expect(ids).toEqual(slides.map((s) => s.id));
    } finally {
      await cleanup();
    }
  });

  it('wraps a long URL in the references instead of overflowing sideways', async () => {
    const { page, cleanup } = await openStaticDeck(browser, longDeck());
    try {
      const over = await measureOverflow(page);
      expect(over.find((o) => o.id === 'references')).toBeUndefined();
      const wrap = await page.$eval('.lectern-ref-text', (el) => getComputedStyle(el).overflowWrap);
      expect(wrap).toBe('anywhere');
    } finally {
      await cleanup();
    }
  });

  it('fails on a 150-word section title, naming the slide, its line and the overflow', async () => {
    const title = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
    const d = deck([[slide({ id: 's4', kind: 'section', title, line: 42 })]]);
    const { page, cleanup } = await openStaticDeck(browser, d);
    try {
      const result = await guardOverflow(page, d, { render });
      expect(result.problems).toHaveLength(1);
      expect(formatProblem(result.problems[0]!)).toMatch(
        /^content\/address\.md:42:1: error: slide s4 \(section title\) overflows by \d+px even at the smallest size — shorten the section title$/,
      );
    } finally {
      await cleanup();
    }
  });
});

describe('accessibility', () => {
  it('finds no serious violations in a deck of every slide kind, and turns transitions off for reduced motion', async () => {
    const d = longDeck();
    const { page, cleanup } = await openStaticDeck(browser, d);
    try {
      const url = page.url();
      expect(await checkA11y(page, d.file)).toEqual([]);
      expect(await checkReducedMotion(page, url, d.file)).toEqual([]);
    } finally {
      await cleanup();
    }
  });

  it('reports an image without alt text as a warning with its line, and an h1 off the title slide', async () => {
    const d = deck([
      [
        slide({ id: 'title', kind: 'title', title: 'An Address' }),
        slide({
          id: 's1',
          kind: 'image',
          line: 7,
          image: { src: 'map.png', path: '/x/map.png', alt: '' },
        }),
      ],
    ]);
    // Markup no template makes: an h1 and faint text on the second slide.
    const { page, cleanup } = await openStaticDeck(browser, d, (html) =>
      html.replace(
        /(<section id="s1"[^>]*>\s*<div class="lectern-frame">)/,
        '$1<h1>Oops</h1><p style="color:#f4f4f4">faint</p>',
      ),
    );
    try {
      const problems = (await checkA11y(page, d.file)).map(formatProblem);
      expect(problems).toContain(
        'content/address.md:7:1: warning: slide s1: image map.png has no alt text — describe it: ![what it shows](file)',
      );
      expect(problems).toContain(
        'content/address.md:7:1: error: slide s1: h1 belongs on the title slide only (found 1) — fix the template',
      );
      expect(
        problems.some((p) =>
          /^content\/address\.md:7:1: error: slide s1: .*\[axe color-contrast, serious\]/.test(p),
        ),
      ).toBe(true);
    } finally {
      await cleanup();
    }
  });
});

describe('overview picture', () => {
  it('lays every slide out in a numbered grid whose size follows the slide count', async () => {
    const d = longDeck();
    const { page, cleanup } = await openStaticDeck(browser, d);
    try {
      const sheet = await captureOverview(page);
      const png = PNG.sync.read(Buffer.from(sheet.png));
      expect(sheet.slides).toBe(5);
      expect([sheet.columns, sheet.rows]).toEqual([4, 2]);
      expect([png.width, png.height]).toEqual([4 * 336 + 16, 2 * (180 + 16) + 16]);
      // The fifth tile (second row, first column) holds a slide; the sixth cell is empty background.
      const pixel = (x: number, y: number) => png.data.readUInt32BE((y * png.width + x) * 4);
      const background = pixel(2, 2);
      expect(pixel(16 + 160, 16 + 90)).not.toBe(background);
      expect(pixel(16 + 160, 16 + 196 + 90)).not.toBe(background);
      expect(pixel(16 + 336 + 160, 16 + 196 + 90)).toBe(background);
    } finally {
      await cleanup();
    }
  });

  it("draws the deck's footer on every tile, as the slides PDF prints it on every page", async () => {
    const sheets: PNG[] = [];
    for (const footer of ['', 'ILC 2019 · Seoul']) {
      const d = longDeck();
      d.meta.branding.footer = footer;
      const { page, cleanup } = await openStaticDeck(browser, d);
      try {
        sheets.push(PNG.sync.read(Buffer.from((await captureOverview(page)).png)));
      } finally {
        await cleanup();
      }
    }
    const [plain, branded] = sheets as [PNG, PNG];
    /** Pixels that differ between the two sheets inside a box of tile `i` (4 columns of 320×180). */
    const changed = (i: number, box: { x: number; y: number; w: number; h: number }) => {
      let n = 0;
      const left = 16 + (i % 4) * 336;
      const top = 16 + Math.floor(i / 4) * 196;
      for (let y = top + box.y; y < top + box.y + box.h; y++)
        for (let x = left + box.x; x < left + box.x + box.w; x++) {
          const at = (y * plain.width + x) * 4;
          if (plain.data.readUInt32BE(at) !== branded.data.readUInt32BE(at)) n++;
        }
      return n;
    };
    for (let i = 0; i < 5; i++) {
      // The footer sits at the bottom left (24 px in, 14 px up at full size: 6 and 3.5 here)...
      expect(changed(i, { x: 0, y: 160, w: 80, h: 20 })).toBeGreaterThan(10);
      // ...and changes nothing else of the tile.
      expect(changed(i, { x: 0, y: 0, w: 320, h: 150 })).toBe(0);
    }
  });
});

describe('build: one-file deck and overview', () => {
  let dir: string;
  let files: string[];
  let fitted: Deck;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lectern-stage-build-'));
    const d = longDeck();
    d.stacks[0]!.slides[0]!.title = 'An Address — 한반도의 평화';
    const summary = await buildDeck(d, { outDir: join(dir, 'dist'), pdf: false });
    files = summary.files;
    fitted = JSON.parse(readFileSync(join(dir, 'dist', 'lectern.json'), 'utf8')) as Deck;
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes address.html and address-overview.png beside the deck, with the fitted slides', () => {
    expect(files).toEqual(
      expect.arrayContaining(['address.html', 'address-overview.png', 'index.html']),
    );
    expect(slidesOf(fitted).filter((s) => s.kind === 'points').length).toBeGreaterThan(1);
    const png = PNG.sync.read(readFileSync(join(dir, 'dist', 'address-overview.png')));
    const count = slidesOf(fitted).length;
    const rows = Math.ceil(count / 4);
    expect([png.width, png.height]).toEqual([4 * 336 + 16, rows * 196 + 16]);
  });

  it('presents from file:// with every request blocked: all slides, fonts (Korean subset) and no request', async () => {
    // Alone in a folder of its own, so nothing beside it could be loaded.
    const alone = join(dir, 'alone');
    mkdirSync(alone);
    copyFileSync(join(dir, 'dist', 'address.html'), join(alone, 'address.html'));
    const url = pathToFileURL(join(alone, 'address.html')).href;
    const page = await browser.newPage();
    const requests: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const u = request.url();
      if (u === url || u.startsWith(`${url}#`) || u.startsWith('data:')) {
        void request.continue();
      } else {
        requests.push(u);
        void request.abort('blockedbyclient');
      }
    });
    try {
      await page.setViewport({ width: 1280, height: 720 });
      await page.goto(url, { waitUntil: 'load' });
      await waitForReveal(page);
      const total = await page.evaluate(() =>
        (window as unknown as RevealWindow).Reveal.getTotalSlides(),
      );
      expect(total).toBe(slidesOf(fitted).length);
      for (const { id } of slidesOf(fitted)) {
        await showSlide(page, id);
        const shown = await page.$eval(`section#${id}`, (el) => ({
          present: el.classList.contains('present'),
          text: (el.querySelector('.lectern-frame')?.textContent ?? '').trim().length,
        }));
        expect(shown.present).toBe(true);
        expect(shown.text).toBeGreaterThan(0);
      }
      const fonts = await page.evaluate(async () => {
        await document.fonts.ready;
        await Promise.all([
          document.fonts.load('34px "Source Serif 4"', 'A'),
          document.fonts.load('34px "Noto Sans KR"', '평'),
        ]);
        return {
          serif: document.fonts.check('34px "Source Serif 4"', 'A'),
          korean: document.fonts.check('34px "Noto Sans KR"', '평'),
        };
      });
      expect(fonts).toEqual({ serif: true, korean: true });
      expect(requests).toEqual([]);
      // Subset to the deck's characters: far smaller than the Korean font file alone (540 KB).
      expect(statSync(join(alone, 'address.html')).size).toBeLessThan(500 * 1024);
    } finally {
      await page.close();
    }
  });

  it('opens the speaker view with the notes from the one-file deck', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(dir, 'dist', 'address.html')).href, { waitUntil: 'load' });
      await waitForReveal(page);
      const popup = new Promise<Page>((ok) => page.once('popup', (p) => ok(p!)));
      await page.keyboard.press('s');
      const notes = await popup;
      // The speaker view shows the current slide's notes: move to the long points slide.
      await page.evaluate(() => {
        const reveal = (window as unknown as RevealWindow).Reveal;
        const { h, v } = reveal.getIndices(document.querySelector('section.kind-points')!);
        reveal.slide(h, v);
      });
      await notes.waitForFunction(
        () =>
          (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').includes(
            'Sentence 1 argues',
          ),
        { timeout: 15_000 },
      );
      await notes.close();
    } finally {
      await page.close();
    }
  });
});

describe('the real pipeline: lectern build and lectern check', () => {
  const run = async (argv: string[]) => {
    let err = '';
    const restore = captureOutput({ out: () => undefined, err: (t) => void (err += t) });
    try {
      return { code: await main(argv), err };
    } finally {
      restore();
    }
  };
  const words = (text: string) =>
    [...new Intl.Segmenter('en', { granularity: 'word' }).segment(text)]
      .filter((s) => s.isWordLike)
      .map((s) => s.segment);

  it('builds a paragraph and a quotation far too long for one slide: nothing overflows, no word lost', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lectern-stage-long-'));
    try {
      const { code, err } = await run([
        'build',
        'test/fixtures/stage/too-long.md',
        '-o',
        out,
        '--no-pdf',
      ]);
      expect(err).not.toMatch(/error/);
      expect(code).toBe(0);
      const built = JSON.parse(readFileSync(join(out, 'lectern.json'), 'utf8')) as Deck;
      const source = readFileSync('test/fixtures/stage/too-long.md', 'utf8')
        .split('## ')[1]!
        .split('\n')
        .slice(1)
        .filter((l) => !l.startsWith('> —'))
        .join(' ');
      const spoken = slidesOf(built)
        .flatMap((s) => s.notes.spoken.map((p) => p.text))
        .join(' ');
      expect(words(spoken)).toEqual(words(source));
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 1280, height: 720 });
        await page.goto(pathToFileURL(join(out, 'index.html')).href, { waitUntil: 'load' });
        await waitForReveal(page);
        expect(await measureOverflow(page)).toEqual([]);
      } finally {
        await page.close();
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('lectern check fails on a 150-word section title, naming file, line and slide; dist/ untouched', async () => {
    const { code, err } = await run(['check', 'test/fixtures/stage/long-title.md']);
    expect(code).toBe(1);
    expect(err).toMatch(
      /^test\/fixtures\/stage\/long-title\.md:6:1: error: slide s1 \(section title\) overflows by \d+px even at the smallest size — shorten the section title$/m,
    );
    // Worded for check, which never builds (no "nothing was built").
    expect(err).toMatch(
      /^lectern: test\/fixtures\/stage\/long-title\.md: \d+ slides? still overflows? at the smallest size; shorten (it|them) and run again$/m,
    );
    expect(existsSync('dist/long-title.html')).toBe(false);
  });

  it('lectern check passes the address: no overflow, no serious axe violations, contrast AA', async () => {
    const { code, err } = await run(['check', 'content/address.md']);
    expect(err).toMatch(/check passed: \d+ slides fit/);
    expect(code).toBe(0);
  });
});
