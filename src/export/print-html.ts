// Renders the handout/script templates to HTML and prints them in the export browser. The pages are
// served from a temporary folder of their own (HTML, print.css, and links to the @fontsource
// packages) so fonts load over the same loopback origin and nothing leaves the machine.
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { Page } from 'puppeteer-core';
import type { InlineText } from '../model.js';
import { parseUnicodeRange, rangeIntersects } from '../build/subset-fonts.js';
import { inlineHtml } from '../render/helpers.js';

/** Printable ASCII: counters, list numbers and generated labels need it whatever the text is. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

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

/** A temporary folder with print.css and the fonts it imports. */
export function preparePrintAssets(templatesDir = TEMPLATES_DIR): PrintAssets {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-print-'));
  copyFileSync(join(templatesDir, 'print.css'), join(dir, 'print.css'));
  mkdirSync(join(dir, 'fonts'));
  for (const name of FONT_PACKAGES)
    symlinkSync(fontPackageDir(name), join(dir, 'fonts', name), 'dir');
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Writes `html` into the assets folder, opens it from `origin` and prints it with the page size and
 * margins its own CSS declares. Waits for every font the text (and `extraText`) needs, so a
 * margin-box header in Korean is not printed in a fallback face.
 */
export async function printHtml(
  page: Page,
  options: {
    assets: PrintAssets;
    origin: string;
    name: string;
    html: string;
    extraText: string;
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
  // shaped again for every web font arriving after it: five layouts of a 200-slide script, 0.3 s
  // of text shaping. So every face whose unicode-range covers a character of the page (its text,
  // the running header, and ASCII for counters and generated labels) is loaded first, and the
  // page is laid out once, with its fonts.
  const seen = await page.evaluate(() => ({
    // Each character once: the script of a long address is hundreds of kilobytes.
    text: [...new Set(document.body.textContent ?? '')].join(''),
    ranges: [...document.fonts].map((face) => face.unicodeRange),
  }));
  const chars = new Set<number>();
  for (const ch of `${seen.text}${options.extraText}${ASCII}`) chars.add(ch.codePointAt(0)!);
  const needed = seen.ranges.flatMap((range, i) =>
    rangeIntersects(parseUnicodeRange(range), chars) ? [i] : [],
  );
  await page.evaluate(async (indices: number[]) => {
    const faces = [...document.fonts];
    await Promise.all(indices.map((i) => faces[i]!.load().catch(() => undefined)));
    document.documentElement.classList.add('lectern-fonts-ready');
    await document.fonts.ready;
  }, needed);
  return page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    tagged: true,
    outline: options.outline,
    timeout: options.timeoutMs,
  });
}
