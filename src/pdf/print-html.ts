// Renders the handout/script templates to HTML and prints them in the export browser. The pages are
// served from a temporary folder of their own (HTML, print.css, and links to the @fontsource
// packages) so fonts load over the same loopback origin and nothing leaves the machine.
import { makeTempDir, removeTempDirSync } from '../core/temp-dirs.js';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { Page } from 'puppeteer-core';
import type { InlineText } from '../core/inline-text.js';
import { usedCharacters } from '../bundle/subset-fonts.js';
import { resolveFontImports } from './print-fonts.js';
import { inlineHtml } from '../render/helpers.js';

/** The project's templates folder (this file is src/export/ or lib/export/). */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const FONT_PACKAGES = ['source-serif-4', 'inter', 'noto-sans-kr'];

function fontPackageDir(name: string): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`@fontsource/${name}/400.css`));
}

/** CSS string-literal escape, for data placed inside `content: "…"` in a `<style>` element. */
export function cssString(value: string): string {
  return value.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

/** A template file's text (a stylesheet a designer may edit). */
export function readTemplate(name: string, templatesDir = TEMPLATES_DIR): string {
  return readFileSync(join(templatesDir, name), 'utf8');
}

export function renderTemplate(name: string, view: object, templatesDir = TEMPLATES_DIR): string {
  const hbs = Handlebars.create();
  hbs.registerHelper(
    'cssString',
    (value: unknown) => new Handlebars.SafeString(cssString(String(value ?? ''))),
  );
  // The script's spoken text: escaped, with the author's emphasis and plain [label] markers.
  hbs.registerHelper(
    'inline',
    (value: InlineText) =>
      new Handlebars.SafeString(
        inlineHtml(value, (label) => `[${Handlebars.escapeExpression(label)}]`),
      ),
  );
  const source = readFileSync(join(templatesDir, `${name}.hbs`), 'utf8');
  return hbs.compile(source, { strict: true })(view);
}

export interface PrintAssets {
  dir: string;
  dispose(): void;
}

/** A temporary folder with the fonts print.css imports (print.css itself: writePrintStyles). */
export function preparePrintAssets(): PrintAssets {
  const dir = makeTempDir('lectern-print-');
  mkdirSync(join(dir, 'fonts'));
  for (const name of FONT_PACKAGES)
    symlinkSync(fontPackageDir(name), join(dir, 'fonts', name), 'dir');
  return { dir, dispose: () => removeTempDirSync(dir) };
}

/**
 * Writes print.css into the assets folder with only the font faces that cover a character of
 * `pages` (their HTML) or of `extraText` (text set in CSS: the running header); ASCII and common
 * punctuation always (page numbers, counters).
 */
export function writePrintStyles(
  assets: PrintAssets,
  pages: string[],
  extraText: string,
  templatesDir = TEMPLATES_DIR,
): void {
  const chars = usedCharacters(pages.join('\n'));
  for (const ch of extraText) chars.add(ch.codePointAt(0)!);
  const css = resolveFontImports(
    readFileSync(join(templatesDir, 'print.css'), 'utf8'),
    chars,
    (path) => readFileSync(join(assets.dir, path), 'utf8'),
  );
  writeFileSync(join(assets.dir, 'print.css'), css);
}

/**
 * Writes `html` into the assets folder, opens it from `origin` and prints it with the page size and
 * margins its own CSS declares, once every font face print.css declares (writePrintStyles: those
 * the pages need) has loaded.
 */
export async function printHtml(
  page: Page,
  options: {
    assets: PrintAssets;
    origin: string;
    name: string;
    html: string;
    outline: boolean;
    timeoutMs: number;
  },
): Promise<Uint8Array> {
  writeFileSync(join(options.assets.dir, `${options.name}.html`), options.html);
  await page.goto(`${options.origin}${options.name}.html`, {
    waitUntil: 'load',
    timeout: options.timeoutMs,
  });
  // print.css hides the body until this has run. Laid out as soon as it loaded, the text would be
  // shaped again for every web font arriving after it (five layouts of a 200-slide script), so
  // the faces are loaded first and the page is laid out once, with its fonts.
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((face) => face.load().catch(() => undefined)));
    document.documentElement.classList.add('lectern-fonts-ready');
    await document.fonts.ready;
  });
  return page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: options.outline,
    timeout: options.timeoutMs,
  });
}
