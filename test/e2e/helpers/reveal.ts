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

/** A slide as the built deck shows it, and its speaker notes split into their parts. */
export interface SlideSeen {
  id: string;
  kind: string;
  heading: string;
  spoken: string;
  sources: string[];
  references: string[];
}

/** Every slide as the built deck shows it: its heading, and its notes split into their parts. */
export async function readSlides(page: Page): Promise<SlideSeen[]> {
  return page.evaluate(() => {
    type Api = { getSlides(): HTMLElement[]; getSlideNotes(s: HTMLElement): string | null };
    const reveal = (window as unknown as { Reveal: Api }).Reveal;
    const texts = (root: ParentNode, selector: string) =>
      [...root.querySelectorAll(selector)].map((e) => (e.textContent ?? '').trim());
    return reveal.getSlides().map((slide) => {
      const notes = document.createElement('div');
      notes.innerHTML = reveal.getSlideNotes(slide) ?? '';
      return {
        id: slide.id,
        kind: slide.dataset.kind ?? '',
        heading: texts(slide, '.lectern-heading')[0] ?? '',
        spoken: texts(notes, '.lectern-spoken').join('\n'),
        sources: texts(notes, '.lectern-source-note'),
        references: texts(slide, '.lectern-references li').map((t) => t.replace(/\s+/g, ' ')),
      };
    });
  });
}
