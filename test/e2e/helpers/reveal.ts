// Asking a deck's Reveal about itself from a test: slide count, config, notes as the speaker
// view shows them, and whether injected script ran.
import type { Page } from 'puppeteer-core';

export interface RevealApi {
  getTotalSlides(): number;
  getConfig(): Record<string, unknown>;
  getSlides(): HTMLElement[];
  getSlideNotes(slide: HTMLElement): string | null;
  slide(h: number, v?: number): void;
  getIndices(slide: HTMLElement): { h: number; v: number };
  isReady(): boolean;
}

export interface RevealState {
  total: number;
  navigationMode: unknown;
  /** Slide id → notes text (the notes' HTML read back as text). */
  notes: Record<string, string>;
  /** Set only if an injected payload ran. */
  pwned: unknown;
  lang: string;
}

export function revealState(page: Page): Promise<RevealState> {
  return page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
    return {
      total: reveal.getTotalSlides(),
      navigationMode: reveal.getConfig().navigationMode,
      notes: Object.fromEntries(
        reveal.getSlides().map((s) => {
          const box = document.createElement('div');
          box.innerHTML = reveal.getSlideNotes(s) ?? '';
          return [s.id, box.textContent ?? ''];
        }),
      ),
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      lang: document.documentElement.lang,
    };
  });
}

/** Shows the slide with this id and waits until reveal.js has made it the present one. */
export async function showSlide(page: Page, id: string): Promise<void> {
  await page.evaluate((slideId) => {
    const reveal = (window as unknown as { Reveal: RevealApi }).Reveal;
    const { h, v } = reveal.getIndices(document.getElementById(slideId)!);
    reveal.slide(h, v);
  }, id);
  await page.waitForFunction(
    (slideId) => document.getElementById(slideId)?.classList.contains('present') === true,
    {},
    id,
  );
}
