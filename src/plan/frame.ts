// The slides around the address: title (with the preamble in its notes), outline, section
// dividers and closing.
import type { AddressMeta } from '../core/address-meta.js';
import type { Notes, Slide } from '../core/deck.js';
import type { Section } from '../core/address.js';
import { slideSeconds } from './timing.js';

/** Fresh each time: slides must not share mutable notes. */
const noNotes = (): Notes => ({ spoken: [], asides: [], sources: [] });

export function bylineOf(meta: AddressMeta): string[] {
  const place = [meta.venue, meta.date].filter(Boolean).join(' · ');
  return [meta.speaker, meta.role, meta.event, place].filter((s): s is string => Boolean(s));
}

export function titleSlide(meta: AddressMeta, notes: Notes, words: number, wpm: number): Slide {
  return {
    id: 'title',
    kind: 'title',
    title: meta.title,
    subtitle: meta.subtitle,
    byline: bylineOf(meta),
    notes,
    words,
    seconds: slideSeconds('title', words, wpm),
    line: 1,
  };
}

/** Section titles one outline slide lists at most; a longer outline goes on over more slides. */
export const OUTLINE_PER_SLIDE = 8;

/** The outline: one slide, or several of about equal length numbered on from each other. */
export function outlineSlides(
  sections: Section[],
  wpm: number,
  title = 'Outline',
  perSlide = OUTLINE_PER_SLIDE,
): Slide[] {
  const titles = sections.map((s) => s.title);
  const count = Math.max(1, Math.ceil(titles.length / Math.max(1, perSlide)));
  const size = Math.ceil(titles.length / count);
  return Array.from({ length: count }, (_, i) => ({
    id: i === 0 ? 'outline' : `outline-${i + 1}`,
    kind: 'outline' as const,
    title,
    outline: titles.slice(i * size, (i + 1) * size),
    start: i > 0 ? i * size + 1 : undefined,
    part: count > 1 ? { index: i + 1, count } : undefined,
    notes: noNotes(),
    words: 0,
    seconds: slideSeconds('outline', 0, wpm),
    line: 0,
  }));
}

export function dividerSlide(section: Section, asides: string[], wpm: number): Slide {
  return {
    id: `s${section.index + 1}`,
    kind: 'section',
    section: section.index,
    title: section.title,
    notes: { ...noNotes(), asides },
    words: 0,
    seconds: slideSeconds('section', 0, wpm),
    line: section.line,
  };
}

export function closingSlide(meta: AddressMeta, wpm: number, title = 'Thank you'): Slide {
  return {
    id: 'closing',
    kind: 'closing',
    title,
    byline: [meta.speaker, meta.event].filter((s): s is string => Boolean(s)),
    notes: noNotes(),
    words: 0,
    seconds: slideSeconds('closing', 0, wpm),
    line: 0,
  };
}
