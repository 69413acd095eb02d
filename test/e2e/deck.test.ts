// The built deck in a real Chromium: from file:// and over HTTP, Reveal sees every slide, the
// notes carry their sources, nothing leaves the page's origin and injected markup never runs.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/pipeline/build-deck.js';
import { LecternError } from '../../src/core/errors.js';
import { devServer } from '../../src/pipeline/dev-server.js';
import { startStaticServer, type StaticServer } from '../../src/server/static-server.js';
import { slidesOf, type Deck } from '../../src/core/deck.js';
import { fixtureDeck } from '../fixtures/render/deck.js';
import { foreignRequests, launchBrowser, openDeck } from './helpers/browser.js';
import { runCli } from './helpers/cli.js';
import { revealState, showSlide, type RevealApi } from './helpers/reveal.js';

const SHOTS = '/tmp/lectern-shots';
const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-deck-'));
const dist = join(root, 'dist');
const deck: Deck = fixtureDeck();
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  await buildDeck(deck, { outDir: dist, pdf: false });
  browser = await launchBrowser();
  server = await startStaticServer(dist);
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/** What the page's Reveal reports about the deck. */
async function inspect(url: string, options: { reducedMotion?: boolean } = {}) {
  const watched = await openDeck(browser, url, options);
  return { ...(await revealState(watched.page)), ...watched };
}

describe.each([
  ['file://', () => pathToFileURL(join(dist, 'index.html')).href, 'file://'],
  ['the static server', () => server.url, ''],
])('the built deck opened from %s', (_name, url, origin) => {
  it('shows every slide to Reveal, in linear navigation, with sourced notes and no errors', async () => {
    const seen = await inspect(url());
    try {
      expect(seen.total).toBe(slidesOf(deck).length);
      expect(seen.navigationMode).toBe('linear');
      expect(seen.lang).toBe('en');
      for (const slide of slidesOf(deck)) {
        for (const source of slide.notes.sources) {
          expect(seen.notes[slide.id], `notes of ${slide.id}`).toContain(
            `[${source.label}] ${source.text}`,
          );
        }
      }
      expect(seen.errors).toEqual([]);
      expect(foreignRequests(seen.requests, origin || server.url)).toEqual([]);
      expect(seen.pwned).toBeUndefined();
    } finally {
      await seen.page.close();
    }
  });
});

describe('the one-file deck', () => {
  it('opens from file:// loading nothing but itself', async () => {
    const page = pathToFileURL(join(dist, 'address.html')).href;
    const seen = await inspect(page);
    try {
      expect(seen.total).toBe(slidesOf(deck).length);
      expect(seen.errors).toEqual([]);
      expect(seen.requests.filter((url) => url !== page && !url.startsWith('data:'))).toEqual([]);
      expect(seen.pwned).toBeUndefined();
    } finally {
      await seen.page.close();
    }
  });
});

describe('the Content-Security-Policy of the built pages', () => {
  it.each([
    ['index.html from file://', () => pathToFileURL(join(dist, 'index.html')).href],
    ['index.html over HTTP', () => server.url],
    ['the one-file deck from file://', () => pathToFileURL(join(dist, 'address.html')).href],
  ])('lets %s run but reach no other origin', async (_name, url) => {
    const watched = await openDeck(browser, url());
    const answered: string[] = [];
    watched.page.on('response', (response) => void answered.push(response.url()));
    try {
      const refused = await watched.page.evaluate(async () => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.blockedURI));
        const img = document.createElement('img');
        img.src = 'https://example.com/tracker.png';
        document.body.append(img);
        await fetch('https://example.com/beacon').catch(() => undefined);
        const style = document.createElement('link');
        style.rel = 'stylesheet';
        style.href = 'http://example.com/x.css';
        document.head.append(style);
        await new Promise((done) => setTimeout(done, 300));
        return seen;
      });
      expect(refused).toEqual(
        expect.arrayContaining([
          'https://example.com/tracker.png',
          'https://example.com/beacon',
          'http://example.com/x.css',
        ]),
      );
      // Refused by the page itself, before any answer could come.
      expect(answered.filter((r) => r.includes('example.com'))).toEqual([]);
    } finally {
      await watched.page.close();
    }
  });
});

describe('the speaker view', () => {
  it('opens from file:// with S and shows the current slide and its notes', async () => {
    const watched = await openDeck(browser, pathToFileURL(join(dist, 'index.html')).href);
    const popup = new Promise<import('puppeteer-core').Page>((resolvePage) => {
      browser.once('targetcreated', (target: import('puppeteer-core').Target) => {
        void target.page().then((p) => p && resolvePage(p));
      });
    });
    await watched.page.evaluate(() => {
      const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
      reveal.slide(1, 0);
    });
    await watched.page.keyboard.press('s');
    const speaker = await popup;
    const popupErrors: string[] = [];
    speaker.on('console', (msg) => void (msg.type() === 'error' && popupErrors.push(msg.text())));
    await speaker.waitForFunction(
      () =>
        (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').includes(
          'Sources:',
        ),
      { timeout: 20_000 },
    );
    const notes = await speaker.evaluate(
      () => document.querySelector('.speaker-controls-notes')!.textContent,
    );
    expect(notes).toContain('There is no alternative');
    expect(notes).toContain('[i] A. Zhebin');
    // Under the page's Content-Security-Policy, the current and next slides show in its frames.
    const frames = speaker.frames().filter((frame) => frame.url().includes('receiver'));
    expect(frames.length).toBeGreaterThanOrEqual(2);
    for (const frame of frames) {
      await frame.waitForFunction(
        () => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true,
        { timeout: 20_000 },
      );
    }
    expect(popupErrors).toEqual([]);
    expect(watched.errors).toEqual([]);
    await speaker.close();
    await watched.page.close();
  });
});

describe('the speaker view at 1440×900', () => {
  it('shows a minute of spoken text (150 words) without scrolling, beside the slides', async () => {
    const long = fixtureDeck();
    const slide = slidesOf(long).find((s) => s.kind === 'points')!;
    const words = Array.from({ length: 150 }, (_, i) => (i % 15 === 14 ? `end${i}.` : `word${i}`));
    slide.notes.spoken = [{ text: words.join(' '), refs: [] }];
    const out = join(root, 'speaker-dist');
    await buildDeck(long, { outDir: out, pdf: false });
    const watched = await openDeck(browser, pathToFileURL(join(out, 'index.html')).href);
    const popup = new Promise<import('puppeteer-core').Page>((resolvePage) => {
      browser.once('targetcreated', (target: import('puppeteer-core').Target) => {
        void target.page().then((p) => p && resolvePage(p));
      });
    });
    await showSlide(watched.page, slide.id);
    await watched.page.keyboard.press('s');
    const speaker = await popup;
    await speaker.setViewport({ width: 1440, height: 900 });
    const seen = await speaker
      .waitForFunction(
        () =>
          (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').includes(
            'end149.',
          ),
        { timeout: 20_000 },
      )
      .catch(() => speaker.evaluate(() => document.body.innerText.slice(0, 400)));
    expect(typeof seen === 'string' ? seen : 'shown').toBe('shown');
    const fit = await speaker.evaluate(() => {
      const box = document.querySelector('.speaker-controls-notes')!.getBoundingClientRect();
      const spoken = [...document.querySelectorAll('.speaker-controls-notes .lectern-spoken')];
      const last = spoken.at(-1)!.getBoundingClientRect();
      return {
        layout: document.body.dataset.speakerLayout,
        bottom: last.bottom,
        limit: Math.min(box.bottom, innerHeight),
      };
    });
    await speaker.screenshot({ path: join(SHOTS, 'speaker-1440.png') });
    expect(fit.layout).toBe('tall');
    expect(fit.bottom).toBeLessThanOrEqual(fit.limit);
    await speaker.close();
    await watched.page.close();
  });
});

describe('footer and slide number in a smaller window', () => {
  it('scale down with the slides and never run into each other', async () => {
    const branded = fixtureDeck();
    branded.meta.branding = {
      footer:
        'International Leadership Conference 2019 · Seoul, Republic of Korea · May 15–17, 2019',
      slideNumbers: true,
    };
    const out = join(root, 'branded');
    await buildDeck(branded, { outDir: out, pdf: false });
    const url = `${pathToFileURL(join(out, 'index.html')).href}#/${slidesOf(branded).length - 1}`;
    // Full size, a laptop window, the speaker view's next-slide pane.
    for (const [width, height] of [
      [1920, 1080],
      [800, 450],
      [640, 360],
    ] as const) {
      const { page } = await openDeck(browser, url);
      await page.setViewport({ width, height });
      await page.waitForFunction(
        (w: number) => document.documentElement.clientWidth === w,
        {},
        width,
      );
      const seen = await page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
        const reveal = (window as unknown as { Reveal: { getScale(): number } }).Reveal;
        return {
          footer: box('.lectern-footer').toJSON() as DOMRect,
          number: box('.slide-number').toJSON() as DOMRect,
          size: parseFloat(getComputedStyle(document.querySelector('.lectern-footer')!).fontSize),
          scale: reveal.getScale(),
        };
      });
      const where = `${width}×${height}`;
      expect(seen.number.width, where).toBeGreaterThan(0);
      expect(seen.footer.right, where).toBeLessThan(seen.number.left);
      expect(seen.size, where).toBeCloseTo(15 * Math.min(1, seen.scale), 1);
      await page.close();
    }
  });
});

describe('screenshots', () => {
  it('renders the title, quote and references slides, without transitions under reduced motion', async () => {
    const url = pathToFileURL(join(dist, 'index.html')).href;
    const { page } = await openDeck(browser, url, { reducedMotion: true });
    const transition = await page.evaluate(
      () => (window as unknown as { Reveal: RevealApi }).Reveal.getConfig().transition,
    );
    expect(transition).toBe('none');
    for (const id of ['title', 's1-3', 'references', 's1-2', 'outline']) {
      await showSlide(page, id);
      await page.screenshot({ path: join(SHOTS, `${id}.png`) });
    }
    await page.close();
  });
});

describe('build output', () => {
  it('is byte-identical when built twice', async () => {
    const again = join(root, 'again');
    await buildDeck(fixtureDeck(), { outDir: again, pdf: false });
    const files = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dist.length + 1))
      .sort();
    expect(files).toContain('index.html');
    expect(files).toContain('lectern.json');
    expect(files).toContain('images/map.png');
    for (const file of files) {
      expect(readFileSync(join(again, file)).equals(readFileSync(join(dist, file))), file).toBe(
        true,
      );
    }
  });

  it('leaves the previous dist/ intact when a build fails', async () => {
    const marker = join(dist, 'marker.txt');
    writeFileSync(marker, 'previous build');
    const broken = fixtureDeck();
    broken.stacks[1]!.slides[3]!.image!.path = join(root, 'missing.png');
    await expect(buildDeck(broken, { outDir: dist, pdf: false })).rejects.toThrow(
      /address\.md:24:1: image not found/,
    );
    expect(readFileSync(marker, 'utf8')).toBe('previous build');
    expect(readdirSync(root).filter((f) => f.startsWith('.dist-'))).toEqual([]);
  });

  it('names the theme file, line and column of a CSS syntax error or a missing font', async () => {
    const marker = join(dist, 'marker.txt');
    writeFileSync(marker, 'previous build');
    const theme = join(root, 'broken.css');
    const build = () =>
      buildDeck(fixtureDeck(), { outDir: dist, pdf: false, theme, themeBaseDir: root });
    const problemOf = async () => {
      const error = await build().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LecternError);
      return (error as LecternError).problems.map((p) => `${p.line}:${p.col} ${p.message}`);
    };
    // A declaration left open runs on into the next rule, whose brace is then never closed.
    writeFileSync(theme, ':root { --lectern-accent: #0a5c36\n.reveal h1 { color: red;\n');
    expect(await problemOf()).toEqual(['2:12 CSS syntax: Unclosed bracket']);
    writeFileSync(
      theme,
      ':root { --lectern-accent: #0a5c36; }\n@font-face { font-family: B; src: url(fonts/b.woff2); }\n',
    );
    expect(await problemOf()).toEqual([
      `2:35 fonts/b.woff2 is not there (${join(root, 'fonts', 'b.woff2')})`,
    ]);
    // A sheet the theme imports is read by Vite alone: its error still names its line.
    writeFileSync(join(root, 'part.css'), '.reveal h2 { color: rgb(1, 2, 3;\n');
    writeFileSync(theme, "@import './part.css';\n:root { --lectern-accent: #0a5c36; }\n");
    expect(await problemOf()).toEqual(['1:24 CSS syntax: Unclosed bracket']);
    expect(readFileSync(marker, 'utf8')).toBe('previous build');
  });
});

describe.each([
  ['the Markdown fixture', 'test/fixtures/render/address.md'],
  ['the real address', 'content/address.md'],
])('lectern build of %s', (_name, input) => {
  const out = join(root, `cli-${basename(input, '.md')}-${input.length}`);

  it('opens with every planned slide, sourced notes, no errors and no injected script', async () => {
    const built = await runCli('build', input, '--out', out, '--no-pdf', '--json');
    expect(built.err).not.toMatch(/\n\s+at /);
    expect(built.code, built.err).toBe(0);
    const summary = JSON.parse(built.out) as { slides: number };
    const planned = JSON.parse(readFileSync(join(out, 'lectern.json'), 'utf8')) as Deck;
    expect(summary.slides).toBe(slidesOf(planned).length);
    // Reduced motion: no transition, so the screenshots below show the slide, not a slide moving.
    const seen = await inspect(pathToFileURL(join(out, 'index.html')).href, {
      reducedMotion: true,
    });
    try {
      expect(seen.total).toBe(slidesOf(planned).length);
      expect(seen.navigationMode).toBe('linear');
      let cited = 0;
      for (const slide of slidesOf(planned)) {
        for (const source of slide.notes.sources) {
          cited++;
          expect(seen.notes[slide.id], `notes of ${slide.id}`).toContain(
            `[${source.label}] ${source.text}`,
          );
        }
      }
      expect(cited).toBeGreaterThan(0);
      expect(seen.errors).toEqual([]);
      expect(foreignRequests(seen.requests, 'file://')).toEqual([]);
      expect(seen.pwned).toBeUndefined();
      const kinds = ['title', 'quote', 'references'] as const;
      for (const kind of kinds) {
        const slide = slidesOf(planned).find((s) => s.kind === kind);
        if (!slide) continue;
        await showSlide(seen.page, slide.id);
        await seen.page.screenshot({ path: join(SHOTS, `${basename(out)}-${kind}.png`) });
      }
    } finally {
      await seen.page.close();
    }
  });
});

describe('a failed lectern build', () => {
  it('exits 1 with a file:line:col error, no stack, and leaves the previous dist/ intact', async () => {
    const out = join(root, 'cli-fail');
    expect(
      (await runCli('build', 'test/fixtures/render/address.md', '--out', out, '--no-pdf')).code,
    ).toBe(0);
    const before = readFileSync(join(out, 'index.html'));
    const bad = join(root, 'bad.md');
    writeFileSync(bad, '---\ntitle: [unclosed\n---\n\n## A\n\nText.\n');
    const failed = await runCli('build', bad, '--out', out, '--no-pdf');
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(
      new RegExp(`^${bad.replaceAll('/', '\\/')}:\\d+:\\d+: error: `, 'm'),
    );
    expect(failed.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(out, 'index.html')).equals(before)).toBe(true);
    expect(readdirSync(root).filter((f) => f.includes('-building-'))).toEqual([]);
  });
});

describe('lectern dev', () => {
  it('serves the deck and reloads it when the content file changes', async () => {
    const dir = join(root, 'dev');
    mkdirSync(dir, { recursive: true });
    const input = join(dir, 'address.md');
    copyFileSync('test/fixtures/render/address.md', input);
    copyFileSync('test/fixtures/render/map.png', join(dir, 'map.png'));
    const server = await devServer({ input, port: 0, log: { info: () => {}, warn: () => {} } });
    try {
      const { page, errors } = await openDeck(browser, server.url);
      const title = () => page.$eval('.lectern-title', (h) => h.textContent);
      expect(await title()).toBe('Peace on the Peninsula');
      // The page measured itself and found nothing spilling: no overflow bar.
      await page.waitForFunction(() => document.documentElement.dataset.lecternOverflowChecked);
      expect(await page.$('#lectern-dev-overflow')).toBeNull();
      const source = readFileSync(input, 'utf8');
      writeFileSync(input, source.replace('title: Peace on the Peninsula', 'title: A New Title'));
      await page.waitForFunction(
        () => document.querySelector('.lectern-title')?.textContent === 'A New Title',
        { timeout: 30_000 },
      );
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('names the slides that overflow in a bar over the deck, which the build would shrink', async () => {
    const dir = join(root, 'dev-overflow');
    mkdirSync(dir, { recursive: true });
    const input = join(dir, 'address.md');
    const title = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    writeFileSync(
      input,
      `---\ntitle: Overflow\n---\n\n## Short\n\nOne sentence here.\n\n## ${title}\n\nAnother sentence.\n`,
    );
    const server = await devServer({ input, port: 0, log: { info: () => {}, warn: () => {} } });
    try {
      const { page, errors } = await openDeck(browser, server.url);
      await page.waitForSelector('#lectern-dev-overflow', { timeout: 20_000 });
      const bar = await page.$eval('#lectern-dev-overflow', (el) => el.textContent ?? '');
      // The divider shows the 60-word title (the statement slide under it too, small, as its kicker).
      expect(bar).toMatch(/^[12] slides? overflows?: `lectern build` will shrink or split them/);
      expect(bar).toMatch(/slide \d+ \(line 9\): \d+ px too (tall|wide)/);
      // Its button goes to that slide.
      await page.click('#lectern-dev-overflow button');
      const current = await page.evaluate(
        () =>
          (
            window as unknown as { Reveal: { getCurrentSlide(): HTMLElement } }
          ).Reveal.getCurrentSlide().dataset.line,
      );
      expect(current).toBe('9');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });

  it('reloads when the theme file or a template changes', async () => {
    const dir = join(root, 'dev-theme');
    mkdirSync(join(dir, 'templates'), { recursive: true });
    const input = join(dir, 'address.md');
    const source = readFileSync('test/fixtures/render/address.md', 'utf8');
    writeFileSync(input, source.replace('lang: en', 'lang: en\ntheme: brand.css'));
    copyFileSync('test/fixtures/render/map.png', join(dir, 'map.png'));
    const theme = join(dir, 'brand.css');
    writeFileSync(
      theme,
      '/* lectern-theme: extends address */\n:root { --lectern-bg: #fbfaf7; }\n',
    );
    const partial = join(dir, 'templates', 'slide-title.hbs');
    copyFileSync('templates/partials/slide-title.hbs', partial);
    const server = await devServer({
      input,
      port: 0,
      templatesDir: join(dir, 'templates'),
      log: { info: () => {}, warn: () => {} },
    });
    try {
      const { page, errors } = await openDeck(browser, server.url);
      const background = () =>
        page.evaluate(
          () => getComputedStyle(document.querySelector('.reveal-viewport')!).backgroundColor,
        );
      expect(await background()).toBe('rgb(251, 250, 247)');
      writeFileSync(
        theme,
        '/* lectern-theme: extends address */\n:root { --lectern-bg: #fff5e0; }\n',
      );
      await page.waitForFunction(
        () =>
          getComputedStyle(document.querySelector('.reveal-viewport')!).backgroundColor ===
          'rgb(255, 245, 224)',
        { timeout: 30_000 },
      );
      const template = readFileSync(partial, 'utf8');
      writeFileSync(partial, `${template}<p class="brand-mark">Seoul 2019</p>\n`);
      await page.waitForFunction(
        () => document.querySelector('.kind-title .brand-mark')?.textContent === 'Seoul 2019',
        { timeout: 30_000 },
      );
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  });
});
