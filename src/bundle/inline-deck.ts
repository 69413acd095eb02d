// The one-file deck (`dist/address.html`) from a finished build: the built index.html with its
// stylesheet, script, fonts and images inlined, so a single file presents from file:// with no
// network. Made after the overflow guard (from the fitted page), with fonts cut to the deck's
// characters (subset-fonts.ts), so the file stays small even with a CJK font in the theme.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { LecternError } from '../core/errors.js';
import { mimeType } from '../core/mime-types.js';
import { faceCovers, subsetFont, usedCharacters } from './subset-fonts.js';

export interface FontReport {
  file: string;
  /** Bytes of the font file in dist/. */
  original: number;
  /** Bytes inlined (after subsetting); 0 when its unicode-range is unused and it was left out. */
  inlined: number;
}

export interface SingleFileResult {
  path: string;
  bytes: number;
  fonts: FontReport[];
}

const isLocal = (url: string) => !/^(data:|[a-z][\w+.-]*:|#|\/\/)/i.test(url);

async function readAsset(file: string, what: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    throw new LecternError(`one-file deck: ${what} ${file} is missing from the build`);
  }
}

async function dataUri(file: string): Promise<string> {
  const mime = mimeType(file) ?? 'application/octet-stream';
  return `data:${mime};base64,${(await readAsset(file, 'file')).toString('base64')}`;
}

/**
 * `text` with each match of `pattern` replaced by what `fn` gives for it, all matches worked on
 * at once (files read in parallel), and the `found` values `fn` gave, in the text's order whichever
 * finished first.
 */
async function replaceAll<T = never>(
  text: string,
  pattern: RegExp,
  fn: (...match: string[]) => Promise<string | { text: string; found: T[] }>,
): Promise<{ text: string; found: T[] }> {
  const matches = [...text.matchAll(pattern)];
  const results = await Promise.all(matches.map((m) => fn(...m)));
  let out = '';
  let last = 0;
  matches.forEach((m, i) => {
    const r = results[i]!;
    out += text.slice(last, m.index) + (typeof r === 'string' ? r : r.text);
    last = m.index + m[0].length;
  });
  const found = results.flatMap((r) => (typeof r === 'string' ? [] : r.found));
  return { text: out + text.slice(last), found };
}

/** One @font-face block: dropped when its range is unused, else its best source inlined (subset if large). */
async function inlineFontFace(block: string, cssDir: string, chars: Set<number>) {
  const sources = [
    ...block.matchAll(/url\((["']?)([^"')]+)\1\)\s*(?:format\((["']?)([\w-]+)\3\))?/gi),
  ];
  const local = sources.filter((s) => isLocal(s[2]!));
  if (local.length === 0) return block;
  const best = local.find((s) => s[4] === 'woff2') ?? local[0]!;
  const file = resolve(cssDir, best[2]!);
  const font = await readAsset(file, 'font');
  if (!faceCovers(block, chars))
    return { text: '', found: [{ file, original: font.length, inlined: 0 }] };
  const subset = await subsetFont(font, chars);
  const bytes = subset ?? font;
  const mime = subset ? 'font/woff2' : (mimeType(file) ?? 'font/woff2');
  const format = subset ? 'woff2' : (best[4] ?? 'woff2');
  const src = `src:url(data:${mime};base64,${bytes.toString('base64')}) format("${format}")`;
  return {
    text: block.replace(/src:[^;}]+/i, () => src),
    found: [{ file, original: font.length, inlined: bytes.length }],
  };
}

/** `css` with its fonts and images inlined, and a report on each font, in the stylesheet's order. */
export async function inlineCss(
  css: string,
  cssDir: string,
  chars: Set<number>,
): Promise<{ css: string; fonts: FontReport[] }> {
  const withFonts = await replaceAll(css, /@font-face\s*\{[^}]*\}/gi, (block) =>
    inlineFontFace(block!, cssDir, chars),
  );
  const { text } = await replaceAll(
    withFonts.text,
    /url\((["']?)([^"')]+)\1\)/gi,
    async (whole, _q, url) =>
      isLocal(url!) ? `url(${await dataUri(resolve(cssDir, url!.split(/[?#]/)[0]!))})` : whole!,
  );
  return { css: text, fonts: withFonts.found };
}

// `</script` would end the element early, and `<!--` would switch the parser into its escaped
// states (the notes plugin carries HTML in strings): both become equivalent JavaScript.
const safeScript = (js: string) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/** Inlines `distDir/index.html` and everything it loads into `outFile`. */
export async function buildSingleFile(distDir: string, outFile: string): Promise<SingleFileResult> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const chars = usedCharacters(html);
  const sheets = await replaceAll(
    html,
    /<link rel="stylesheet" href="([^"]+)">/g,
    async (_w, href) => {
      const file = join(distDir, href!);
      const inlined = await inlineCss(
        (await readAsset(file, 'stylesheet')).toString('utf8'),
        dirname(file),
        chars,
      );
      return { text: `<style>\n${inlined.css}\n</style>`, found: inlined.fonts };
    },
  );
  // Each script leaves its place, and is inlined at the end of the body in the page's order.
  const scripts = await replaceAll(
    sheets.text,
    /<script (?:defer )?src="([^"]+)"><\/script>/g,
    async (_w, src) => ({
      text: '',
      found: [(await readAsset(join(distDir, src!), 'script')).toString('utf8')],
    }),
  );
  const { text: page } = await replaceAll(
    scripts.text,
    /(<img\b[^>]*\bsrc=")([^"]+)"/g,
    async (whole, head, src) =>
      isLocal(src!) ? `${head}${await dataUri(join(distDir, src!))}"` : whole!,
  );
  // A deferred script ran after the document was parsed; inline, it goes at the end of the body.
  const at = page.lastIndexOf('</body>');
  if (at < 0) throw new LecternError('one-file deck: the built index.html has no </body>');
  const inline = scripts.found.map((js) => `<script>\n${safeScript(js)}\n</script>\n`).join('');
  const out = `${page.slice(0, at)}${inline}${page.slice(at)}`;
  await writeFile(outFile, out, 'utf8');
  return { path: outFile, bytes: Buffer.byteLength(out), fonts: sheets.found };
}
