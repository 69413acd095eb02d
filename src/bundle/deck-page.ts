// The deck page, written one way for `lectern build`, `lectern dev` and the theme preview: the
// slides rendered through the templates, the entry script (reveal.js, its plugins, the theme's
// stylesheets), the images, and index.html. Built, the entry is bundled by Vite into assets/;
// live (`lectern dev`), it is written as main.js for Vite's dev server, with code run after
// reveal.js starts (the overflow bar).
import { writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import type { Deck } from '../core/deck.js';
import { renderDeck, renderPage } from '../render/index.js';
import { collectAssets, copyAssets } from './assets.js';
import { entrySource } from './entry.js';
import { bundle, SCRIPT, STYLESHEET } from './vite-build.js';
import {
  makeWorkDir,
  removeDir,
  resolvePackage,
  revealModules,
  speakerViewCss,
} from './work-dir.js';

export interface DeckPageOptions {
  templatesDir?: string;
  /** The theme's stylesheets, in order (resolveTheme's `css`). */
  themeCss: string[];
  /** `lectern dev`: main.js for Vite's dev server, and code run once reveal.js has started. */
  live?: { after: string };
}

/** Stylesheets the deck imports, in order: reveal's reset and base, then the theme's files. */
export function deckStyles(themeCss: string[]): string[] {
  const styles = [resolvePackage('reveal.js/reset.css'), resolvePackage('reveal.js/reveal.css')];
  for (const css of themeCss) styles.push(isAbsolute(css) ? css : resolvePackage(css));
  return styles;
}

/** Writes index.html, its script and styles, and the deck's images into `dir`. */
export async function writeDeckPage(deck: Deck, dir: string, options: DeckPageOptions) {
  const assets = collectAssets(deck);
  const body = renderDeck(deck, { templatesDir: options.templatesDir, assetUrl: assets.assetUrl });
  const entry = entrySource(deck, {
    styles: deckStyles(options.themeCss),
    modules: revealModules(),
    speakerCss: speakerViewCss(),
    ...(options.live ? { after: options.live.after } : {}),
  });
  if (options.live) await writeFile(join(dir, 'main.js'), entry);
  else {
    const workDir = await makeWorkDir();
    try {
      await bundle(entry, workDir, dir);
    } finally {
      await removeDir(workDir);
    }
  }
  await copyAssets(deck, assets, dir);
  const page = options.live
    ? renderPage({ meta: deck.meta, body, script: '/main.js', styles: [], module: true })
    : renderPage({ meta: deck.meta, body, script: SCRIPT, styles: [STYLESHEET] });
  await writeFile(join(dir, 'index.html'), page, 'utf8');
}
