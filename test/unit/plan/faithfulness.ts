// Is every sentence of the address in exactly one slide's speaker notes, whole, in order?
// Reusable against the raw source file: pass its sentences (see `sourceSentences`).
import type { Deck } from '../../../src/core/deck.js';
import { slidesOf } from '../../../src/core/deck.js';
import { splitSentences } from '../../../src/core/text.js';

/** Footnote markers (`[xiv]`, `[^3]`) removed, whitespace collapsed: how notes hold the text. */
export function normalize(text: string): string {
  return text
    .replace(/\[\^?[\w-]+\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of a source text, markers removed first so they cannot hide a sentence boundary. */
export function sourceSentences(text: string, lang = 'en'): string[] {
  return splitSentences(normalize(text), lang).map((s) => s.text);
}

function occurrences(haystack: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) at.push(i);
  return at;
}

/**
 * Problems, one line each: a sentence missing from the notes, held by more slides than the source
 * repeats it, or found before a sentence that precedes it. Empty when the deck is faithful.
 */
export function checkFaithfulness(sourceSentences: string[], deck: Deck): string[] {
  const slides = slidesOf(deck).map((s) => ({
    id: s.id,
    spoken: s.notes.spoken.map((p) => p.text).join('\n'),
  }));
  return checkSpokenNotes(sourceSentences, slides);
}

/**
 * The same check on notes as a built deck shows them: each slide's id and the spoken part of its
 * notes as text, in presentation order.
 */
export function checkSpokenNotes(
  sourceSentences: string[],
  slides: { id: string; spoken: string }[],
): string[] {
  const texts = slides.map((s) => normalize(s.spoken));
  const source = normalize(sourceSentences.join(' '));
  const problems: string[] = [];
  let cursor = { slide: 0, at: 0 };
  // Markers can hide a sentence boundary ("Seoul.[iii] This…"): split again once they are gone.
  const wanted = sourceSentences.flatMap((raw) =>
    splitSentences(normalize(raw)).map((s) => s.text),
  );
  for (const sentence of wanted) {
    const found = texts.flatMap((t, slide) =>
      occurrences(t, sentence).map((at) => ({ slide, at })),
    );
    const inSource = occurrences(source, sentence).length;
    if (found.length === 0) {
      problems.push(`missing: ${sentence}`);
      continue;
    }
    if (found.length > inSource) {
      const ids = found.map((f) => slides[f.slide]!.id).join(', ');
      problems.push(`duplicated (${ids}): ${sentence}`);
    }
    const next = found.find(
      (f) => f.slide > cursor.slide || (f.slide === cursor.slide && f.at >= cursor.at),
    );
    if (!next) {
      problems.push(`out of order (${slides[found[0]!.slide]!.id}): ${sentence}`);
      continue;
    }
    cursor = { slide: next.slide, at: next.at + sentence.length };
  }
  return problems;
}
