// `dist/<name>.html`: the whole deck in one file (stylesheet, script, fonts and images inlined
// as data: URLs) for mailing or a USB stick, made from the built index.html and its files.
// Fonts: @font-face blocks for characters the deck never uses are dropped, large ones subset.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { LecternError } from '../errors.js';
import { SCRIPT, STYLESHEET } from './bundle.js';
import {
  parseUnicodeRange,
  rangeIntersects,
  subsetFont,
  SUBSET_THRESHOLD_BYTES,
  usedCharacters,
} from './subset-fonts.js';

export interface SingleFileResult {
  path: string;
  bytes: number;
}

const MIME: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
};

const dataUrl = (file: string, bytes: Buffer) =>
  `data:${MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'};base64,${bytes.toString('base64')}`;

const URL_PATTERN = /url\((['"]?)([^'")]+)\1\)/g;
const isLocal = (url: string) => !/^(data:|https?:|#|\/)/.test(url);

/** Inlines one @font-face block's fonts, or drops the block when the deck uses none of its range. */
async function inlineFontFace(block: string, cssDir: string, chars: Set<number>): Promise<string> {
  const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1];
  if (range && !rangeIntersects(parseUnicodeRange(range), chars)) return '';
  const parts: string[] = [];
  let at = 0;
  for (const m of block.matchAll(URL_PATTERN)) {
    const url = m[2]!;
    parts.push(block.slice(at, m.index));
    at = m.index + m[0].length;
    if (!isLocal(url)) {
      parts.push(m[0]);
      continue;
    }
    const file = join(cssDir, url.split(/[?#]/)[0]!);
    let font = await readFile(file);
    if (font.length > SUBSET_THRESHOLD_BYTES) font = (await subsetFont(font, chars)) ?? font;
    parts.push(`url(${dataUrl(file, font)})`);
  }
  return parts.join('') + block.slice(at);
}

/** The stylesheet with its fonts and images as data: URLs. */
async function inlineCss(css: string, cssDir: string, chars: Set<number>): Promise<string> {
  const faces = /@font-face\s*{[^}]*}/g;
  const out: string[] = [];
  let at = 0;
  for (const m of css.matchAll(faces)) {
    out.push(css.slice(at, m.index), await inlineFontFace(m[0], cssDir, chars));
    at = m.index + m[0].length;
  }
  out.push(css.slice(at));
  const rest = out.join('');
  const urls = [...new Set([...rest.matchAll(URL_PATTERN)].map((m) => m[2]!).filter(isLocal))];
  const inlined = new Map<string, string>();
  for (const url of urls) {
    const file = join(cssDir, url.split(/[?#]/)[0]!);
    inlined.set(url, dataUrl(file, await readFile(file)));
  }
  return rest.replace(URL_PATTERN, (whole, _q: string, url: string) =>
    inlined.has(url) ? `url(${inlined.get(url)})` : whole,
  );
}

// Inline code must not close its own element early.
const inlineSafe = (code: string, tag: string) =>
  code.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');

/** Writes the one-file deck for the built folder `distDir` to `outPath`. */
export async function buildSingleFile(distDir: string, outPath: string): Promise<SingleFileResult> {
  let page = await readFile(join(distDir, 'index.html'), 'utf8');
  const link = `<link rel="stylesheet" href="${STYLESHEET}">`;
  const script = `<script defer src="${SCRIPT}"></script>`;
  if (!page.includes(link) || !page.includes(script)) {
    throw new LecternError(`${join(distDir, 'index.html')}: not a page Lectern built; rebuild it`);
  }
  const chars = usedCharacters(page);
  const css = await inlineCss(
    await readFile(join(distDir, STYLESHEET), 'utf8'),
    dirname(join(distDir, STYLESHEET)),
    chars,
  );
  const js = await readFile(join(distDir, SCRIPT), 'utf8');
  const images = new Map<string, string>();
  for (const m of page.matchAll(/ src="(images\/[^"]+)"/g)) {
    const rel = m[1]!;
    if (!images.has(rel)) images.set(rel, dataUrl(rel, await readFile(join(distDir, rel))));
  }
  page = page.replace(/ src="(images\/[^"]+)"/g, (_m, rel: string) => ` src="${images.get(rel)}"`);
  // Functions as replacements: `$` in the inlined code must stay literal.
  page = page.replace(link, () => `<style>${inlineSafe(css, 'style')}</style>`);
  // An inline script cannot be deferred: it moves after the deck's markup.
  page = page.replace(`  ${script}\n`, '').replace(script, '');
  page = page.replace('</body>', () => `<script>${inlineSafe(js, 'script')}</script>\n</body>`);
  await writeFile(outPath, page, 'utf8');
  return { path: outPath, bytes: Buffer.byteLength(page) };
}
