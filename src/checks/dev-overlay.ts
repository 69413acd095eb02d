// `lectern dev` runs no browser of its own, so the overflow guard that `lectern build` runs in
// Chromium cannot run there. The dev page measures itself instead, with the guard's own in-page
// measurement, and shows a bar naming each slide that spills out of its box: the author sees it
// while editing, not only at build time.
import { measureCurrent, measureEverySlide } from './measure-overflow.js';
import type { SlideOverflow } from '../plan/fit-overflow.js';

/** Source for the dev page's entry: runs once reveal.js is ready. */
export function devOverlaySource(): string {
  const measureAll = `() => (${measureEverySlide.toString()})(${measureCurrent.toString()})`;
  return `(${overflowBar.toString()})(${measureAll});`;
}

interface DevReveal {
  isReady(): boolean;
  on(event: string, fn: () => void): void;
  getIndices(slide?: Element): { h: number; v?: number };
  slide(h: number, v?: number): void;
}

// Runs in the page: no references to anything outside this function and its argument.
function overflowBar(measureAll: () => Promise<SlideOverflow[]>): void {
  const reveal = (window as unknown as { Reveal: DevReveal }).Reveal;
  const run = async () => {
    const slides = [...document.querySelectorAll<HTMLElement>('section.lectern-slide')];
    // As the build's guard measures (checks/measure-overflow.ts).
    const over = (await measureAll())
      .map((m, i) => ({ i, m }))
      .filter(({ m }) => m.overflowX > 1 || m.overflowY > 1);
    document.documentElement.dataset.lecternOverflowChecked = String(over.length);
    if (over.length === 0) return;
    const bar = document.createElement('div');
    bar.id = 'lectern-dev-overflow';
    bar.setAttribute('role', 'status');
    bar.style.cssText =
      'position:fixed;top:0;left:0;right:0;z-index:100;padding:6px 12px;background:#8a1c1c;' +
      'color:#fff;font:14px/1.4 system-ui,sans-serif;display:flex;flex-wrap:wrap;gap:6px 12px;' +
      'align-items:center';
    const lead = document.createElement('span');
    lead.textContent =
      `${over.length} slide${over.length === 1 ? '' : 's'} overflow${over.length === 1 ? 's' : ''}: ` +
      '`lectern build` will shrink or split them; shorten the text to keep them as planned.';
    bar.append(lead);
    for (const { i, m } of over) {
      const go = document.createElement('button');
      const px = Math.ceil(Math.max(m.overflowY, m.overflowX));
      const way = m.overflowY >= m.overflowX ? 'too tall' : 'too wide';
      go.textContent = `slide ${i + 1}${m.line ? ` (line ${m.line})` : ''}: ${px} px ${way}`;
      go.style.cssText =
        'font:inherit;color:inherit;background:#0003;border:1px solid #fff8;border-radius:3px;cursor:pointer';
      go.addEventListener('click', () => {
        const { h, v } = reveal.getIndices(slides[i]);
        reveal.slide(h, v ?? 0);
      });
      bar.append(go);
    }
    const close = document.createElement('button');
    close.textContent = '×';
    close.setAttribute('aria-label', 'Hide');
    close.style.cssText =
      'margin-left:auto;font:inherit;color:inherit;background:none;border:0;cursor:pointer';
    close.addEventListener('click', () => bar.remove());
    bar.append(close);
    document.body.append(bar);
  };
  if (reveal.isReady()) void run();
  else reveal.on('ready', () => void run());
}
