// The overflow guard's loop: measure the built deck, fix the plan, swap the re-rendered slides into
// the same page and measure again — no Vite build per round. The page must already show the deck
// rendered from `deck` with the built CSS and JS (reveal.js exposed as `window.Reveal`).
import type { Page } from 'puppeteer-core';
import type { Problem } from '../core/problems.js';
import type { InlineText } from '../core/inline-text.js';
import type { Deck } from '../core/deck.js';
import {
  describeSlide,
  fitOverflow,
  type FitChange,
  type SlideOverflow,
} from '../plan/fit-overflow.js';
import { measureOverflow, readMinScale, type RevealWindow } from './measure-overflow.js';

export interface GuardOptions {
  /** Renders the deck body exactly as the build does (renderDeck with the build's options). */
  render: (deck: Deck) => string;
  maxRounds?: number;
  keyPoints?: ((spoken: InlineText[], lang: string) => string[]) | false;
}

export interface GuardResult {
  deck: Deck;
  changes: FitChange[];
  /** Slides that still overflow: errors naming the slide, its source line and the pixels. */
  problems: Problem[];
  rounds: number;
}

export async function guardOverflow(
  page: Page,
  deck: Deck,
  options: GuardOptions,
): Promise<GuardResult> {
  const maxRounds = options.maxRounds ?? 5;
  const minScale = await readMinScale(page);
  await rememberImages(page, options.render(deck));
  let current = deck;
  const changes: FitChange[] = [];
  for (let round = 1; ; round++) {
    const overflowing = await measureOverflow(page);
    if (overflowing.length === 0) return { deck: current, changes, problems: [], rounds: round };
    const fit = fitOverflow(current, overflowing, { minScale, keyPoints: options.keyPoints });
    if (fit.changes.length === 0)
      return { deck: current, changes, problems: fit.problems, rounds: round };
    if (round >= maxRounds) {
      return {
        deck: current,
        changes,
        problems: overflowing.map((o) => gaveUp(deck.file, o, round)),
        rounds: round,
      };
    }
    changes.push(...fit.changes);
    current = fit.deck;
    await swapSlides(page, options.render(current));
  }
}

function gaveUp(file: string, o: SlideOverflow, rounds: number): Problem {
  const px = Math.ceil(Math.max(o.overflowX, o.overflowY));
  return {
    file,
    line: o.line,
    col: 0,
    severity: 'error',
    message: `${describeSlide(o)} still overflows by ${px}px after ${rounds} rounds of fitting`,
    hint: 'shorten the passage, or add a <!-- break --> to split the section',
  };
}

/** One line per change, for the build summary. */
export function describeChanges(changes: FitChange[]): string[] {
  return changes.map((c) => {
    const at = c.line > 0 ? ` (line ${c.line})` : '';
    switch (c.action) {
      case 'split':
        return `split slide ${c.id}${at} into ${c.into?.join(' and ') ?? 'two'}`;
      case 'scale':
        return `shrank slide ${c.id}${at} to ${Math.round((c.scale ?? 1) * 100)}%`;
      case 'excerpt':
        return `showed a shorter excerpt of the quotation on slide ${c.id}${at} (all of it is in the notes)`;
      case 'points':
        return `showed the quotation of slide ${c.id}${at} as key points: too long for a slide, it has no shorter excerpt (all of it is in the notes)`;
    }
  });
}

/**
 * Vite rewrote image URLs in the built page; markup rendered again has the URLs as rendered. The
 * built URLs are paired with the rendered ones by order, once, so later swaps can restore them.
 */
async function rememberImages(page: Page, renderedBody: string): Promise<void> {
  await page.evaluate((html) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    const rendered = [...t.content.querySelectorAll('.slides img')].map((i) =>
      i.getAttribute('src'),
    );
    const live = [...document.querySelectorAll('.reveal .slides img')].map((i) =>
      i.getAttribute('src'),
    );
    const map: Record<string, string> = {};
    rendered.forEach((src, i) => {
      if (src && live[i]) map[src] = live[i];
    });
    (window as unknown as { __lecternImages: Record<string, string> }).__lecternImages = map;
  }, renderedBody);
}

/** Replaces the slides with freshly rendered ones and lets reveal.js pick them up. */
export async function swapSlides(page: Page, renderedBody: string): Promise<void> {
  await page.evaluate(async (html) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    const fresh = t.content.querySelector('.slides');
    const target = document.querySelector('.reveal .slides');
    if (!target) throw new Error('the page has no .reveal .slides');
    const map =
      (window as unknown as { __lecternImages?: Record<string, string> }).__lecternImages ?? {};
    for (const img of (fresh ?? t.content).querySelectorAll('img')) {
      const src = img.getAttribute('src');
      if (src && map[src]) img.setAttribute('src', map[src]);
    }
    target.innerHTML = fresh ? fresh.innerHTML : html;
    const reveal = (window as unknown as RevealWindow).Reveal;
    reveal.sync();
    reveal.slide(0, 0);
    await Promise.all(
      [...target.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)),
    );
  }, renderedBody);
}
