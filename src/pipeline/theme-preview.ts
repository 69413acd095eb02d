// `lectern themes --preview`: bundles the address once per built-in theme (the deck page only:
// no PDFs, no overflow fitting, so about a second per theme), then draws its title slide and first
// quote slide in each, and writes <out>/themes/index.html with the pictures and the legibility
// check's findings. I/O: build, browser, files.
import { makeTempDir, removeTempDirSync } from '../core/temp-dirs.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import type { Page } from 'puppeteer-core';
import { writeDeckPage } from '../bundle/deck-page.js';
import { loadDeck } from './build.js';
import { startStaticServer } from '../server/static-server.js';
import { checkContrast, formatFinding } from '../checks/check-contrast.js';
import { managerFor } from '../browser/manager-for.js';
import { THEME_CATALOG, type ThemeInfo } from '../render/theme-catalog.js';
import { resolveTheme } from '../render/themes.js';

export interface PreviewOptions {
  input: string;
  outDir: string;
  browserPath?: string;
  themes?: ThemeInfo[];
  log?: (message: string) => void;
}

interface Drawn {
  theme: ThemeInfo;
  images: string[];
  findings: string[];
}

const esc = (text: string) => Handlebars.escapeExpression(text);

async function draw(page: Page, url: string, theme: ThemeInfo, dir: string): Promise<Drawn> {
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForFunction('window.Reveal && window.Reveal.isReady()');
  await page.evaluate('document.fonts.ready');
  const findings = (await checkContrast(page, theme.name)).map(formatFinding);
  const ids = (await page.evaluate(`(function () {
    var q = document.querySelector('section.kind-quote') || document.querySelector('section.kind-points');
    return ['title', q && q.id].filter(Boolean);
  })()`)) as string[];
  const images: string[] = [];
  for (const id of ids) {
    await page.evaluate(`(function (id) {
      var d = window.Reveal; var at = d.getIndices(document.getElementById(id));
      d.configure({ transition: 'none' }); d.slide(at.h, at.v, 1000);
    })(${JSON.stringify(id)})`);
    await page.evaluate('new Promise(function (r) { setTimeout(r, 100); })');
    const file = `${theme.name}-${id}.png`;
    await page.screenshot({ path: join(dir, file) });
    images.push(file);
  }
  return { theme, images, findings };
}

function indexHtml(drawn: Drawn[], title: string): string {
  const cards = drawn.map(({ theme, images, findings }) => {
    const pictures = images.map((src) => `<img src="${esc(src)}" alt="" loading="lazy">`).join('');
    const legibility = findings.length
      ? `<ul class="bad">${findings.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>`
      : '<p class="ok">Legibility: every text passes WCAG AA.</p>';
    return `<section><h2>${esc(theme.name)} <small>${theme.dark ? 'dark' : 'light'} · ${esc(theme.fonts.heading)} / ${esc(theme.fonts.body)}</small></h2><div>${pictures}</div>${legibility}<p>Use it: <code>theme: ${esc(theme.name)}</code></p></section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lectern themes — ${esc(title)}</title>
<style>body{font:16px/1.4 system-ui,sans-serif;margin:2rem;background:#f4f4f4;color:#222}
section{background:#fff;padding:1rem;margin:0 0 1.5rem;border-radius:6px}
section div{display:flex;gap:1rem;flex-wrap:wrap}img{width:min(48%,640px);border:1px solid #ccc}
small{color:#555;font-weight:400}.bad{color:#9b1c1c}.ok{color:#1d5b2f}</style></head>
<body><h1>Lectern themes — ${esc(title)}</h1>${cards.join('\n')}</body></html>\n`;
}

export async function previewThemes(options: PreviewOptions): Promise<string> {
  const log = options.log ?? (() => undefined);
  const themes = options.themes ?? THEME_CATALOG;
  const { deck } = await loadDeck({ input: options.input, outDir: options.outDir });
  const outDir = resolve(options.outDir, 'themes');
  mkdirSync(outDir, { recursive: true });
  const work = makeTempDir('lectern-themes-');
  // Always a browser of its own (owned): disposed below.
  const { manager: browser } = await managerFor({ browserPath: options.browserPath });
  try {
    for (const theme of themes) {
      log(`building the deck in theme ${theme.name}`);
      mkdirSync(join(work, theme.name));
      // The deck page alone, as `lectern build` writes it, in this theme.
      await writeDeckPage(deck, join(work, theme.name), {
        themeCss: resolveTheme(theme.name, '.').css,
      });
    }
    const server = await startStaticServer(work);
    try {
      const page = await (await browser.get()).newPage();
      await page.setViewport({ width: deck.meta.size.width, height: deck.meta.size.height });
      const drawn: Drawn[] = [];
      for (const theme of themes) {
        drawn.push(
          await draw(page, new URL(`${theme.name}/index.html`, server.url).href, theme, outDir),
        );
      }
      writeFileSync(join(outDir, 'index.html'), indexHtml(drawn, deck.meta.title), 'utf8');
    } finally {
      await server.close();
    }
  } finally {
    await browser.dispose();
    removeTempDirSync(work);
  }
  return join(outDir, 'index.html');
}
