// Every built-in theme, rendered with its bundled fonts: legible (WCAG AA) on every slide kind,
// drawn in the theme's own fonts, making no network request; custom themes layer over them.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/server/static-server.js';
import { checkContrast, formatFinding, measureContrast } from '../../src/checks/check-contrast.js';
import { browserArgs } from '../../src/browser/launch-browser.js';
import { THEME_CATALOG } from '../../src/render/theme-catalog.js';
import { BUILTIN_THEMES, resolveTheme } from '../../src/render/themes.js';
import { runCli } from './helpers/cli.js';
import { renderDeck } from '../../src/render/index.js';
import { fixtureDeck } from '../fixtures/render/deck.js';
import { buildThemePages, type ThemePage } from '../fixtures/themes/build-pages.js';

const BROWSER = process.env.LECTERN_BROWSER ?? '/usr/bin/chromium';
const SHOTS = process.env.LECTERN_THEME_SHOTS; // a folder: keep screenshots to look at

let dir: string;
let out: string;
let server: StaticServer;
let browser: Browser;
const offsite: string[] = [];

function customTheme(file: string, css: string): ThemePage {
  writeFileSync(join(dir, file), css);
  const theme = resolveTheme(file, dir);
  return { name: theme.name, css: theme.css };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-custom-themes-'));
  const pages = BUILTIN_THEMES.map((name) => ({ name, css: resolveTheme(name, dir).css }));
  pages.push(
    customTheme('green.css', ':root { --lectern-accent: #0a5c36; }\n'),
    customTheme('faint.css', ':root { --lectern-muted: #b0b0b0; }\n'),
    customTheme(
      'teal-night.css',
      '/* lectern-theme: extends night */\n:root { --lectern-accent: #7fd1c7; }\n',
    ),
  );
  // The deck as the real templates render it (every slide kind, a logo), not hand-written markup.
  const planned = fixtureDeck();
  planned.meta.branding.logo = '/fixtures/logo.svg';
  out = await buildThemePages(
    pages,
    renderDeck(planned, {
      assetUrl: (path) => (path.endsWith('logo.svg') ? 'logo.svg' : 'map.svg'),
    }),
  );
  server = await startStaticServer(out);
  browser = await puppeteer.launch({ executablePath: BROWSER, args: browserArgs() });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const d of [dir, out]) if (d) rmSync(d, { recursive: true, force: true });
});

async function open(name: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) {
      offsite.push(`${name}: ${request.url()}`);
    }
  });
  await page.goto(new URL(`${name}.html`, server.url).href, { waitUntil: 'networkidle0' });
  await page.waitForSelector('body[data-ready]');
  await page.evaluate('document.fonts.ready');
  return page;
}

/** The families Chromium really drew the node's text with, most glyphs first, via CDP. */
async function renderedFamilies(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.createCDPSession();
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount).map((f) => f.familyName);
}

async function renderedFamily(page: Page, selector: string): Promise<string> {
  return (await renderedFamilies(page, selector))[0] ?? '';
}

const family = (name: string) => new RegExp(`^${name}( |$)`);

async function show(page: Page, id: string): Promise<void> {
  await page.evaluate(`(function () {
    var d = window.Reveal; var at = d.getIndices(document.getElementById(${JSON.stringify(id)}));
    d.slide(at.h, at.v);
  })()`);
  await page.evaluate(
    'new Promise(function (r) { requestAnimationFrame(function () { r(1); }); })',
  );
}

describe.each(THEME_CATALOG)('theme $name', (theme) => {
  it('is legible on every slide kind and drawn in its own fonts', async () => {
    const page = await open(theme.name);
    try {
      const failures = await checkContrast(page, theme.name);
      expect(failures.map(formatFinding)).toEqual([]);
      // Chromium names the face it drew with: "Source Serif 4 SemiBold" is Source Serif 4.
      expect(await renderedFamily(page, 'h1.lectern-title')).toMatch(family(theme.fonts.heading));
      await show(page, 's1-2');
      expect(await renderedFamily(page, 'ul.lectern-bullets > li')).toMatch(
        family(theme.fonts.body),
      );
      if (SHOTS) {
        for (const id of ['title', 's1-3', 's2']) {
          await show(page, id);
          await page.screenshot({ path: join(SHOTS, `${theme.name}-${id}.png`) });
        }
      }
    } finally {
      await page.close();
    }
  });
});

describe('custom themes and the check itself', () => {
  it('makes no request outside the deck in any theme', () => {
    expect(offsite).toEqual([]);
  });

  // Over Lectern's own theme, and over a reveal.js theme, whose markers and links the bridge
  // takes from the accent too.
  it.each([
    ['green', 'address', 'rgb(10, 92, 54)', '#0a5c36'],
    ['teal-night', 'reveal.js night', 'rgb(127, 209, 199)', '#7fd1c7'],
  ])(
    'a one-line theme file (%s, over %s) changes the accent: the rule and the list numbers follow it',
    async (name, _over, rule, marker) => {
      const page = await open(name);
      try {
        const ruleOf = `getComputedStyle(document.querySelector('#title .lectern-frame'), '::before').backgroundColor`;
        expect(await page.evaluate(ruleOf)).toBe(rule);
        const all = await measureContrast(page, name);
        const number = all.find((f) => f.role === 'list number' && f.slideKind === 'outline');
        expect(number?.fg).toBe(marker);
      } finally {
        await page.close();
      }
    },
  );

  it('reports text below AA with its ratio', async () => {
    const page = await open('faint');
    try {
      const lines = (await checkContrast(page, 'faint')).map(formatFinding);
      expect(lines).toContain(
        'theme faint, key quote source: #b0b0b0 on #fbfaf7 is 2.07:1, needs 4.5:1',
      );
    } finally {
      await page.close();
    }
  });
});

describe('the legibility check in lectern build and lectern check', () => {
  const address = 'test/fixtures/themes/address.md';
  let work: string;
  let grey: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'lectern-legibility-'));
    grey = join(work, 'grey.css');
    writeFileSync(grey, ':root { --lectern-fg: #aaa; }\n');
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const findings = (err: string, severity: string) =>
    err.split('\n').filter((l) => l.startsWith(grey) && l.includes(`: ${severity}: theme grey, `));

  it('warns about each failing pair of a custom theme; --strict fails and keeps the previous dist/', async () => {
    const dist = join(work, 'dist');
    const warned = await runCli('build', address, '--theme', grey, '-o', dist, '--no-pdf');
    expect(warned.code).toBe(0);
    expect(warned.err).toContain(
      // At the line and column where the theme sets the failing colour (#aaa).
      `${grey}:1:23: warning: theme grey, key points bullet: #aaaaaa on #fbfaf7 is 2.22:1, needs 3:1 — use a darker text colour (or a lighter background) in the theme\n`,
    );
    const pairs = findings(warned.err, 'warning');
    expect(pairs.length).toBeGreaterThan(1);
    expect(warned.out).toContain(`${pairs.length} warnings (above)`);

    writeFileSync(join(dist, 'kept.txt'), 'the previous build');
    const strict = await runCli(
      'build',
      address,
      '--theme',
      grey,
      '-o',
      dist,
      '--no-pdf',
      '--strict',
    );
    expect(strict.code).toBe(1);
    expect(findings(strict.err, 'warning')).toEqual(pairs);
    expect(strict.err.trimEnd().split('\n').at(-1)).toBe(
      `lectern: ${address}: ${pairs.length} warnings in the legibility check (--strict); nothing was built`,
    );
    expect(strict.err).not.toMatch(/^\s+at /m);
    expect(readFileSync(join(dist, 'kept.txt'), 'utf8')).toBe('the previous build');

    // A theme below AA is not stage-ready: lectern check fails on the same pairs.
    const checked = await runCli('check', address, '--theme', grey);
    expect(checked.code).toBe(1);
    expect(findings(checked.err, 'error')).toHaveLength(pairs.length);
  });

  it('finds the same failing pairs when the theme writes its grey in oklch()', async () => {
    const hex = await runCli('check', address, '--theme', grey);
    const oklch = join(work, 'grey-oklch.css');
    // #aaa as oklch(): Chromium reports the computed colour in oklch(), not rgb().
    writeFileSync(oklch, ':root { --lectern-fg: oklch(0.7494 0 0); }\n');
    const checked = await runCli('check', address, '--theme', oklch);
    expect(checked.code).toBe(1);
    const failing = (err: string, file: string) =>
      err.split('\n').filter((l) => l.startsWith(file) && l.includes(': error: theme grey'));
    expect(failing(checked.err, oklch)).toHaveLength(failing(hex.err, grey).length);
    expect(failing(checked.err, oklch).length).toBeGreaterThan(1);
  });

  it('gives no contrast warning with the built-in default theme', async () => {
    const built = await runCli('build', address, '-o', join(work, 'plain'), '--no-pdf');
    expect(built.code).toBe(0);
    expect(built.out).toContain('theme address');
    expect(built.err).not.toMatch(/warning/);
  });
});

describe('lectern themes --preview', () => {
  it('draws the title and a quote slide of the address in each theme, with the check', async () => {
    const { previewThemes } = await import('../../src/pipeline/theme-preview.js');
    const { THEME_CATALOG: catalog } = await import('../../src/render/theme-catalog.js');
    const outDir = mkdtempSync(join(tmpdir(), 'lectern-preview-'));
    try {
      const index = await previewThemes({
        input: join(import.meta.dirname, '../fixtures/themes/address.md'),
        outDir,
        browserPath: BROWSER,
        themes: catalog.filter((t) => t.name === 'address' || t.name === 'plenary'),
      });
      expect(index).toBe(join(outDir, 'themes', 'index.html'));
      const html = readFileSync(index, 'utf8');
      for (const png of ['address-title.png', 'plenary-title.png']) {
        expect(html).toContain(png);
        expect(existsSync(join(outDir, 'themes', png))).toBe(true);
      }
      expect(html.match(/-s\d[\w-]*\.png/g)?.length).toBe(2);
      expect(html.match(/every text passes WCAG AA/g)?.length).toBe(2);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
