// The images a deck shows (ImageBlocks and the logo): each gets a stable name under images/,
// the rendered page points at that name, and the build copies the file there.
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fileImageKind } from '../content/image-bytes.js';
import { LecternError } from '../core/errors.js';
import type { Deck } from '../core/deck.js';
import type { AssetUrl } from '../render/index.js';
import { copySanitizedSvg } from './sanitize-svg.js';

export interface DeckAssets {
  /** Absolute source path → path relative to the deck (e.g. `images/map.png`). */
  files: Map<string, string>;
  assetUrl: AssetUrl;
}

/** Names every image of the deck; two different files with one base name get `-2`, `-3`… */
export function collectAssets(deck: Deck): DeckAssets {
  const files = new Map<string, string>();
  const taken = new Set<string>();
  const add = (path: string) => {
    const abs = resolve(path);
    if (files.has(abs)) return;
    const ext = extname(abs);
    const stem = basename(abs, ext).replace(/[^\w.-]+/g, '-') || 'image';
    let name = `${stem}${ext}`;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}${ext}`;
    taken.add(name);
    files.set(abs, `images/${name}`);
  };
  if (deck.meta.branding.logo) add(deck.meta.branding.logo);
  for (const stack of deck.stacks) {
    for (const slide of stack.slides) if (slide.image) add(slide.image.path);
  }
  return {
    files,
    assetUrl: (path) => files.get(resolve(path)) ?? basename(path),
  };
}

/** Where the deck names `source`: the slide's line, or the content file for the logo. */
function namedAt(deck: Deck, source: string): string {
  const slide = deck.stacks
    .flatMap((s) => s.slides)
    .find((s) => s.image && resolve(s.image.path) === source);
  return slide ? `${deck.file}:${slide.line}:1` : deck.file;
}

/**
 * Copies the deck's images into `dir` (an SVG sanitised on the way); a missing image names the
 * slide's source line.
 */
export async function copyAssets(deck: Deck, assets: DeckAssets, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [source, rel] of assets.files) {
    if (!existsSync(source)) {
      throw new LecternError(
        `${namedAt(deck, source)}: image not found: ${source} — check the path in the Markdown`,
      );
    }
    await mkdir(join(dir, 'images'), { recursive: true });
    if ((await fileImageKind(source)) === 'svg') {
      await copySanitizedSvg(source, join(dir, rel), namedAt(deck, source));
    } else {
      await copyFile(source, join(dir, rel));
    }
    written.push(rel);
  }
  return written;
}
