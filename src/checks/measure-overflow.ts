// Measures, in the browser, which slides' content does not fit their box at the deck's size.
// Slides outside reveal's viewDistance are display:none, so for measuring that distance is lifted
// and every slide laid out at once.
import type { Page } from 'puppeteer-core';
import type { SlideKind } from '../core/deck.js';
import { DEFAULT_MIN_SCALE, type SlideOverflow } from '../plan/fit-overflow.js';

/** Overflow of a pixel or less is rounding, not content that spills. */
const TOLERANCE_PX = 1;

interface RevealApi {
  getIndices(slide?: Element): { h: number; v?: number };
  getCurrentSlide(): Element | undefined;
  slide(h: number, v?: number, f?: number): void;
  sync(): void;
  getConfig(): Record<string, unknown>;
  configure(options: Record<string, unknown>): void;
  isReady(): boolean;
  getTotalSlides(): number;
}

/** The deck's reveal.js instance, as the built bundle exposes it on `window.Reveal`. */
export type RevealWindow = Window & { Reveal: RevealApi };

/** Resolves once reveal.js has initialised the page (the bundle sets `window.Reveal`). */
export async function waitForReveal(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const reveal = (window as unknown as Partial<RevealWindow>).Reveal;
      return Boolean(reveal && typeof reveal.isReady === 'function' && reveal.isReady());
    },
    { timeout: timeoutMs },
  );
}

/** The theme's floor for the overflow guard's shrinking (`--lectern-min-scale`). */
export async function readMinScale(page: Page): Promise<number> {
  const raw = await page.evaluate(() => {
    const el = document.querySelector('.lectern-slide') ?? document.documentElement;
    return getComputedStyle(el).getPropertyValue('--lectern-min-scale');
  });
  const value = Number.parseFloat(raw);
  return Number.isFinite(value) && value > 0 && value <= 1 ? value : DEFAULT_MIN_SCALE;
}

/**
 * Every slide whose content reaches outside its frame's padding box, or outside the slide box of
 * the deck's configured width × height. Measured in layout px (reveal's zoom/transform undone).
 * All slides are laid out at once (reveal's viewDistance lifted) and measured in one call: the
 * guard measures the whole deck each round, and visiting 200 slides one frame at a time took
 * seconds a round.
 */
export async function measureOverflow(page: Page): Promise<SlideOverflow[]> {
  // Sent as source, in one round trip: transitions off (a slide caught mid-transition would
  // measure displaced; the guard's page never animates again), then measureCurrent on each slide.
  const measured = (await page.evaluate(`(() => {
    window.Reveal.configure({ transition: 'none', backgroundTransition: 'none' });
    return (${measureEverySlide.toString()})(${measureCurrent.toString()});
  })()`)) as SlideOverflow[];
  return measured
    .filter((m) => m.overflowX > TOLERANCE_PX || m.overflowY > TOLERANCE_PX)
    .map((m) => ({ ...m, overflowX: Math.ceil(m.overflowX), overflowY: Math.ceil(m.overflowY) }));
}

/**
 * Runs in the page (the build's guard, and `lectern dev`'s overflow bar): every slide laid out at
 * once, as in a narrow window too (not reveal's scroll view), once its images and fonts are in;
 * each measured with `measure`; then reveal's settings put back, as every slide laid out makes
 * each later frame (the overview's screenshots, the author's next keypress) ~3× slower.
 * No references to anything outside this function.
 */
export async function measureEverySlide(
  measure: (i: number) => SlideOverflow,
): Promise<SlideOverflow[]> {
  const reveal = (window as unknown as RevealWindow).Reveal;
  const n = document.querySelectorAll('section.lectern-slide').length;
  const { viewDistance, mobileViewDistance, scrollActivationWidth } = reveal.getConfig();
  reveal.configure({
    viewDistance: n + 1,
    mobileViewDistance: n + 1,
    scrollActivationWidth: null,
  });
  reveal.sync();
  // An image not yet decoded has no size: its slide would measure short.
  await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
  await document.fonts.ready;
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const measured = Array.from({ length: n }, (_, i) => measure(i));
  reveal.configure({ viewDistance, mobileViewDistance, scrollActivationWidth });
  return measured;
}

// Runs in the page: no references to anything outside this function.
export function measureCurrent(i: number): SlideOverflow {
  const reveal = (window as unknown as RevealWindow).Reveal;
  const section = document.querySelectorAll<HTMLElement>('section.lectern-slide')[i]!;
  const frame = section.querySelector<HTMLElement>('.lectern-frame') ?? section;
  const config = reveal.getConfig();
  const fr = frame.getBoundingClientRect();
  const k = fr.width / (frame.offsetWidth || 1) || 1;
  const cs = getComputedStyle(frame);
  const px = (v: string) => Number.parseFloat(v) || 0;
  // Relative to the slide's own box: during a transition reveal.js translates the whole section.
  const slides = section.getBoundingClientRect();
  const width = Number(config.width) || slides.width / k;
  const height = Number(config.height) || slides.height / k;
  const box = {
    top: Math.max(fr.top / k + px(cs.paddingTop), slides.top / k),
    bottom: Math.min(fr.bottom / k - px(cs.paddingBottom), slides.top / k + height),
    left: Math.max(fr.left / k + px(cs.paddingLeft), slides.left / k),
    right: Math.min(fr.right / k - px(cs.paddingRight), slides.left / k + width),
  };
  const ext = { top: Infinity, bottom: -Infinity, left: Infinity, right: -Infinity };
  for (const el of frame.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    ext.top = Math.min(ext.top, r.top / k);
    ext.bottom = Math.max(ext.bottom, r.bottom / k);
    ext.left = Math.min(ext.left, r.left / k);
    ext.right = Math.max(ext.right, r.right / k);
    // Text that cannot wrap spills out of its own box without growing it.
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
      ext.right = Math.max(ext.right, r.left / k + el.scrollWidth);
    }
  }
  const over = (a: number) => (Number.isFinite(a) ? Math.max(0, a) : 0);
  return {
    id: section.id,
    kind: (section.dataset.kind ?? 'points') as SlideKind,
    line: Number(section.dataset.line) || 0,
    overflowY: over(box.top - ext.top) + over(ext.bottom - box.bottom),
    overflowX: over(box.left - ext.left) + over(ext.right - box.right),
    boxHeight: Math.max(0, box.bottom - box.top),
  };
}
