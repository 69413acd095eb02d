// The references slides: every footnote with its full source, `maxReferencesPerSlide` a slide.
import type { Footnote, Slide } from '../model.js';
import { slideSeconds } from './timing.js';

export function referenceSlides(
  footnotes: Footnote[],
  perSlide: number,
  wordsPerMinute: number,
  title = 'References',
): Slide[] {
  const size = Math.max(1, perSlide);
  const pages: Footnote[][] = [];
  for (let i = 0; i < footnotes.length; i += size) pages.push(footnotes.slice(i, i + size));
  return pages.map((page, i) => ({
    id: i === 0 ? 'references' : `references-${i + 1}`,
    kind: 'references',
    title,
    references: page.map((f) => ({ label: f.label, text: f.source })),
    part: pages.length > 1 ? { index: i + 1, count: pages.length } : undefined,
    notes: { spoken: [], asides: [], sources: [] },
    words: 0,
    seconds: slideSeconds('references', 0, wordsPerMinute),
    line: page[0]?.line ?? 0,
  }));
}
