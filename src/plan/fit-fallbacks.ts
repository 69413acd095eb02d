// The overflow guard's fixes beyond splitting key points and shrinking: a long list (outline,
// references) is split in two, and a quotation still too long at the smallest size is excerpted
// at an earlier boundary or, when it has none, shown as key points. Pure; nothing of the address
// leaves the notes.
import { sliceMarks, withMarks } from '../core/inline-marks.js';
import type { InlineText } from '../core/inline-text.js';
import type { QuoteContent, Slide, Stack } from '../core/deck.js';
import { countWords } from '../core/text.js';
import { excerpt } from './quote-excerpt.js';

/** A quotation is not cut below this many words: shorter is no longer a quotation. */
const MIN_EXCERPT_WORDS = 8;

/** Share of the shown words an excerpt keeps at most, each time the guard shortens it. */
const EXCERPT_SHARE = 0.6;

export function isListSlide(slide: Slide): boolean {
  return (
    (slide.kind === 'outline' && (slide.outline?.length ?? 0) > 1) ||
    (slide.kind === 'references' && (slide.references?.length ?? 0) > 1)
  );
}

/** Two slides sharing out the items of an outline or references slide; notes stay on the first. */
export function splitListSlide(slide: Slide): [Slide, Slide] {
  const items = slide.kind === 'outline' ? slide.outline! : slide.references!;
  const half = Math.ceil(items.length / 2);
  const seconds = Math.round(slide.seconds / 2);
  const first: Slide = { ...slide, seconds };
  const second: Slide = {
    ...slide,
    notes: { spoken: [], asides: [], sources: [] },
    words: 0,
    seconds: slide.seconds - seconds,
  };
  if (slide.kind === 'outline') {
    first.outline = slide.outline!.slice(0, half);
    second.outline = slide.outline!.slice(half);
  } else {
    first.references = slide.references!.slice(0, half);
    second.references = slide.references!.slice(half);
  }
  return [first, second];
}

/**
 * The quotation cut at the last sentence boundary, else clause boundary, that keeps at most 60%
 * of its words and at least eight; undefined when there is no such boundary.
 */
export function shorterExcerpt(text: string, lang: string): string | undefined {
  const words = countWords(text, lang);
  const most = Math.floor(words * EXCERPT_SHARE);
  if (most < MIN_EXCERPT_WORDS) return undefined;
  const fits = (t: string) => {
    const n = countWords(t, lang);
    return n >= MIN_EXCERPT_WORDS && n <= most;
  };
  const sentences = excerpt(text, most, lang).text.trim();
  if (sentences.length < text.trim().length && fits(sentences)) return sentences;
  let best: string | undefined;
  for (const m of text.matchAll(/[,;:–—](?=\s)/gu)) {
    const head = text.slice(0, m.index).trim();
    if (fits(head)) best = `${head} …`;
  }
  return best;
}

/**
 * `quote` showing `shorter` (from shorterExcerpt), with the emphasis of the words it keeps: the
 * quotation's beginning, so its marks are cut there.
 */
export function withExcerpt(quote: QuoteContent, shorter: string): QuoteContent {
  const kept = shorter.endsWith(' …') ? shorter.slice(0, -2) : shorter;
  const marks = sliceMarks(quote.marks, 0, kept.length);
  return withMarks({ ...quote, text: shorter, excerpted: true }, marks);
}

/** A quote slide shown as a key-points slide instead: the quotation stays in its notes. */
export function quoteAsPoints(
  slide: Slide,
  lang: string,
  keyPoints: ((spoken: InlineText[], lang: string) => string[]) | undefined,
): Slide {
  const { quote: _quote, scale: _scale, ...rest } = slide;
  return { ...rest, kind: 'points', bullets: keyPoints?.(slide.notes.spoken, lang) ?? [] };
}

/**
 * Outline and references slides of a stack numbered again after a split: ids `outline`,
 * `outline-2`…, parts "1/3", and where each continued outline's numbering starts.
 */
export function renumberLists(stack: Stack, slides: Slide[]): Slide[] {
  let out = slides;
  for (const kind of ['outline', 'references'] as const) {
    const ofKind = out.filter((s) => s.kind === kind);
    if (ofKind.length < 2 && !stack.slides.some((s) => s.kind === kind && s.part)) continue;
    let next = 1;
    out = out.map((s) => {
      if (s.kind !== kind) return s;
      const index = ofKind.indexOf(s);
      const numbered: Slide = {
        ...s,
        id: index === 0 ? kind : `${kind}-${index + 1}`,
        part: ofKind.length > 1 ? { index: index + 1, count: ofKind.length } : undefined,
      };
      if (kind === 'outline') {
        numbered.start = next > 1 ? next : undefined;
        next += s.outline?.length ?? 0;
      }
      return numbered;
    });
  }
  return out;
}
