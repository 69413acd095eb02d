// The slides around the address: title (with the preamble in its notes), outline, section
// dividers and closing.
import type { AddressMeta, Notes, Section, Slide } from '../model.js';
import { slideSeconds } from './timing.js';

/** Fresh each time: slides must not share mutable notes. */
const noNotes = (): Notes => ({ spoken: [], asides: [], sources: [] });

export function bylineOf(meta: AddressMeta): string[] {
  const place = [meta.venue, meta.date].filter(Boolean).join(' · ');
  return [meta.speaker, meta.event, place].filter((s): s is string => Boolean(s));
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

export function outlineSlide(sections: Section[], wpm: number): Slide {
  return {
    id: 'outline',
    kind: 'outline',
    title: 'Outline',
    outline: sections.map((s) => s.title),
    notes: noNotes(),
    words: 0,
    seconds: slideSeconds('outline', 0, wpm),
    line: 0,
  };
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

export function closingSlide(meta: AddressMeta, wpm: number): Slide {
  return {
    id: 'closing',
    kind: 'closing',
    title: 'Thank you',
    byline: [meta.speaker, meta.event].filter((s): s is string => Boolean(s)),
    notes: noNotes(),
    words: 0,
    seconds: slideSeconds('closing', 0, wpm),
    line: 0,
  };
}
