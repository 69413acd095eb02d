// Fonts for the one-file deck: keep only the @font-face blocks whose unicode-range covers a
// character the deck uses, and cut large fonts (CJK) down to exactly those characters with
// harfbuzz (npm `subset-font`, a wasm build shipped in the package). Without subset-font the
// whole files are inlined — bigger, never broken.
import { createRequire } from 'node:module';
import { decodeEntities } from '../content/entities.js';

const require = createRequire(import.meta.url);

/** Fonts smaller than this are inlined whole: subsetting them saves little. */
export const SUBSET_THRESHOLD_BYTES = 8 * 1024;

/** Characters always kept: what the controls, numbers and punctuation of any deck may need. */
const ALWAYS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00a0\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026';

/** Every character of the page's text (tags removed, entities decoded), plus the basics. */
export function usedCharacters(html: string): Set<number> {
  const text = decodeEntities(
    html
      .replace(/<script[\s\S]*?<\/script>/gi, ' ')
      .replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]*>/g, ' '),
  );
  const out = new Set<number>();
  for (const ch of ALWAYS + text) out.add(ch.codePointAt(0)!);
  return out;
}

/** `U+0000-00FF, U+0131, U+4??` → inclusive ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      if (part.includes('?')) {
        return [parseInt(part.replace(/\?/g, '0'), 16), parseInt(part.replace(/\?/g, 'F'), 16)];
      }
      const [a, b] = part.split('-');
      const start = parseInt(a!, 16);
      return [start, b ? parseInt(b, 16) : start];
    });
}

export function rangeIntersects(ranges: [number, number][], chars: Set<number>): boolean {
  for (const c of chars) {
    if (ranges.some(([a, b]) => c >= a && c <= b)) return true;
  }
  return false;
}

/** Whether an @font-face block is needed for `chars`: one without a unicode-range always is. */
export function faceCovers(face: string, chars: Set<number>): boolean {
  const range = /unicode-range:\s*([^;}]+)/i.exec(face)?.[1];
  return !range || rangeIntersects(parseUnicodeRange(range), chars);
}

type SubsetFn = (font: Buffer, text: string, options: { targetFormat: 'woff2' }) => Promise<Buffer>;

let subsetter: SubsetFn | null | undefined;
function loadSubsetter(): SubsetFn | null {
  if (subsetter === undefined) {
    try {
      subsetter = require('subset-font') as SubsetFn;
    } catch {
      subsetter = null;
    }
  }
  return subsetter;
}

/**
 * A woff2 font with only `chars`, or undefined when the font is small or subsetting is not
 * available (then the caller inlines the original).
 */
export async function subsetFont(font: Buffer, chars: Set<number>): Promise<Buffer | undefined> {
  if (font.length < SUBSET_THRESHOLD_BYTES) return undefined;
  const subset = loadSubsetter();
  if (!subset) return undefined;
  const text = String.fromCodePoint(...[...chars].sort((a, b) => a - b));
  try {
    return await subset(font, text, { targetFormat: 'woff2' });
  } catch {
    return undefined;
  }
}
