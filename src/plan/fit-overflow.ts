// The overflow guard's fix pass: a post-pass over a planned Deck, given the slides the browser
// measured as overflowing. Pure: the loop that renders, measures and calls this lives in export/.
// A points slide is re-planned into two (its spoken passages split at a sentence boundary near
// the middle); anything else is shrunk in steps down to the theme's floor, then reported.
import type { Deck, InlineText, Problem, Slide, SlideKind, Stack } from '../core/model.js';
import { slidesOf } from '../core/model.js';
import { countWords } from '../core/text.js';
import {
  isListSlide,
  quoteAsPoints,
  renumberLists,
  shorterExcerpt,
  splitListSlide,
  withExcerpt,
} from './fit-fallbacks.js';
import { splitSpoken } from './fit-split.js';
import { headlineOf } from './headline.js';
import { keyPoints as plannerKeyPoints } from './key-points.js';

/** One slide whose content does not fit its box, as measured in the browser (px at deck size). */
export interface SlideOverflow {
  id: string;
  kind: SlideKind;
  /** Source line of the slide (`data-line`), 0 when generated. */
  line: number;
  overflowX: number;
  overflowY: number;
  /** Height of the box the content must fit in, px; lets the guard guess the scale it needs. */
  boxHeight?: number;
}

export interface FitChange {
  id: string;
  /**
   * `split` into two slides, `scale` smaller, `excerpt` a shorter part of a quotation, or
   * `points`: a quotation with no shorter excerpt shown as key points.
   */
  action: 'split' | 'scale' | 'excerpt' | 'points';
  /** For a split: the ids of the two slides it became. For a scale: the new scale. */
  into?: [string, string];
  scale?: number;
  line: number;
}

export interface FitOptions {
  /** The theme's smallest allowed scale (`--lectern-min-scale`); default 0.7. */
  minScale?: number;
  /** Step the scale goes down by each round; default 0.1. */
  step?: number;
  /**
   * The planner's key-point function (default: plan/key-points.ts); `false` to always share the
   * slide's bullets out between the halves by the text they came from.
   */
  keyPoints?: ((spoken: InlineText[], lang: string) => string[]) | false;
}

export interface FitResult {
  deck: Deck;
  changes: FitChange[];
  /** Slides already at the smallest size that still overflow: errors naming slide and line. */
  problems: Problem[];
}

export const DEFAULT_MIN_SCALE = 0.7;

const KIND_LABEL: Record<SlideKind, string> = {
  title: 'title',
  outline: 'outline',
  section: 'section title',
  points: 'key points',
  statement: 'statement',
  quote: 'quote',
  image: 'image',
  references: 'references',
  closing: 'closing',
};

const KIND_HINT: Record<SlideKind, string> = {
  title: 'shorten the title or subtitle',
  outline: 'shorten the section titles',
  section: 'shorten the section title',
  points: 'shorten the heading',
  statement: 'write shorter bullets for it with <!-- points -->',
  quote: 'shorten the quotation, or mark it <!-- quote: drop -->',
  image: 'shorten the caption or use a smaller image',
  references: 'shorten the footnotes',
  closing: 'shorten the closing text',
};

/** Describes an overflowing slide for a summary line: `slide s3-2 (key points)`. */
export function describeSlide(o: { id: string; kind: SlideKind }): string {
  return `slide ${o.id} (${KIND_LABEL[o.kind]})`;
}

export function fitOverflow(
  deck: Deck,
  overflowing: SlideOverflow[],
  options: FitOptions = {},
): FitResult {
  const minScale = options.minScale ?? DEFAULT_MIN_SCALE;
  const step = options.step ?? 0.1;
  const keyPoints =
    options.keyPoints === false ? undefined : (options.keyPoints ?? plannerKeyPoints);
  const byId = new Map(overflowing.map((o) => [o.id, o]));
  // Headings already in the deck: the second half of a split slide gets a headline of its own.
  const headlines = new Set(slidesOf(deck).map((s) => s.title.toLowerCase()));
  const changes: FitChange[] = [];
  const problems: Problem[] = [];

  const stacks: Stack[] = deck.stacks.map((stack) => {
    const slides: Slide[] = [];
    let touched = false;
    for (const slide of stack.slides) {
      const over = byId.get(slide.id);
      if (!over) {
        slides.push(slide);
        continue;
      }
      touched = true;
      // Lists are split before anything shrinks: two readable slides beat one small one.
      const halves =
        slide.kind === 'points' && (slide.scale ?? 1) === 1
          ? splitPointsSlide(slide, deck.meta.lang, keyPoints)
          : isListSlide(slide)
            ? splitListSlide(slide)
            : undefined;
      if (halves) {
        slides.push(halves[0], retitled(halves[1], deck.meta.lang, headlines));
        changes.push({ id: slide.id, action: 'split', line: slide.line });
        continue;
      }
      const current = slide.scale ?? 1;
      const wanted = neededScale(current, over, step);
      const next = roundScale(Math.max(minScale, wanted));
      // A quotation measured to need clearly less than the floor goes straight to a shorter
      // excerpt instead of shrinking round by round first.
      const hopeless =
        slide.quote !== undefined && over.boxHeight !== undefined && wanted < minScale - 0.05;
      if (next < current - 1e-9 && !hopeless) {
        slides.push({ ...slide, scale: next });
        changes.push({ id: slide.id, action: 'scale', scale: next, line: slide.line });
        continue;
      }
      if (slide.kind === 'quote' && slide.quote) {
        const shorter = shorterExcerpt(slide.quote.text, deck.meta.lang);
        const fixed: Slide = shorter
          ? { ...slide, quote: withExcerpt(slide.quote, shorter) }
          : quoteAsPoints(slide, deck.meta.lang, keyPoints);
        slides.push(fixed);
        changes.push({ id: slide.id, action: shorter ? 'excerpt' : 'points', line: slide.line });
        continue;
      }
      slides.push(slide);
      problems.push(unfixable(deck.file, over));
    }
    return touched
      ? { ...stack, slides: renumberLists(stack, renumberStack(stack, slides, changes)) }
      : stack;
  });
  return { deck: { ...deck, stacks }, changes, problems };
}

/**
 * The scale to try next. Wrapped text's height goes with the square of its size (smaller type
 * fits more words on each of fewer, shorter lines), so a measured vertical overflow gives a
 * guess, kept a little under, and at least one `step` smaller than now.
 */
function neededScale(current: number, over: SlideOverflow, step: number): number {
  const box = over.boxHeight ?? 0;
  if (box <= 0 || over.overflowY <= 0 || over.overflowX > 0) return current - step;
  const guess = Math.floor(current * Math.sqrt(box / (box + over.overflowY)) * 0.97 * 20) / 20;
  return Math.min(current - step / 2, guess);
}

function roundScale(x: number): number {
  return Math.round(x * 100) / 100;
}

function unfixable(file: string, o: SlideOverflow): Problem {
  const px = Math.ceil(Math.max(o.overflowY, o.overflowX));
  return {
    file,
    line: o.line,
    col: 0,
    severity: 'error',
    message: `${describeSlide(o)} overflows by ${px}px even at the smallest size`,
    hint: KIND_HINT[o.kind],
  };
}

/** Two slides from one, or undefined when the spoken text has a single sentence. */
function splitPointsSlide(
  slide: Slide,
  lang: string,
  keyPoints: ((spoken: InlineText[], lang: string) => string[]) | undefined,
): [Slide, Slide] | undefined {
  const parts = splitSpoken(slide.notes.spoken, lang);
  if (!parts) return undefined;
  const [first, second] = parts;
  const bullets = halfBullets(slide, first, second, lang, keyPoints);
  const words = [wordsOf(first, lang), wordsOf(second, lang)];
  const total = words[0]! + words[1]! || 1;
  const firstSeconds = Math.round((slide.seconds * words[0]!) / total);
  const make = (spoken: InlineText[], i: 0 | 1): Slide => {
    const labels = new Set(spoken.flatMap((p) => p.refs.map((r) => r.label)));
    const sources =
      i === 0
        ? slide.notes.sources.filter((s) => labels.has(s.label) || !citedIn(s.label, second))
        : slide.notes.sources.filter((s) => labels.has(s.label));
    return {
      ...slide,
      bullets: bullets[i],
      notes: { spoken, asides: i === 0 ? slide.notes.asides : [], sources },
      words: words[i]!,
      seconds: i === 0 ? firstSeconds : slide.seconds - firstSeconds,
    };
  };
  return [make(first, 0), make(second, 1)];
}

/** The second half of a split key-point slide, headed by a phrase of its own when one is left. */
function retitled(slide: Slide, lang: string, used: Set<string>): Slide {
  if (slide.kind !== 'points' || !slide.kicker) return slide;
  const spoken = slide.notes.spoken.map((p) => p.text).join(' ');
  const title = headlineOf({ bullets: slide.bullets ?? [], spoken, lang, used });
  return title ? { ...slide, title } : slide;
}

function citedIn(label: string, spoken: InlineText[]): boolean {
  return spoken.some((p) => p.refs.some((r) => r.label === label));
}

function wordsOf(spoken: InlineText[], lang: string): number {
  return spoken.reduce((n, p) => n + countWords(p.text, lang), 0);
}

/**
 * Bullets the planner extracted are extracted again for each half; the author's own points (or
 * bullets the key-point function would not give) are shared out by the half they came from.
 */
function halfBullets(
  slide: Slide,
  first: InlineText[],
  second: InlineText[],
  lang: string,
  keyPoints: ((spoken: InlineText[], lang: string) => string[]) | undefined,
): [string[], string[]] {
  const bullets = slide.bullets ?? [];
  if (keyPoints && sameList(keyPoints(slide.notes.spoken, lang), bullets)) {
    const again: [string[], string[]] = [keyPoints(first, lang), keyPoints(second, lang)];
    if (again[0].length > 0 && again[1].length > 0) return again;
  }
  const parted = partitionBullets(bullets, first, second, lang);
  if (bullets.length > 1 && parted.some((b) => b.length === 0)) {
    // Keep both halves showing something: move the boundary bullet across.
    const [a, b] = parted;
    if (a.length === 0) a.push(b.shift()!);
    else b.unshift(a.pop()!);
  }
  return parted;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Each bullet goes to the half whose text shares most of its words (ties to the first half). */
export function partitionBullets(
  bullets: string[],
  first: InlineText[],
  second: InlineText[],
  lang: string,
): [string[], string[]] {
  const vocab = (spoken: InlineText[]) =>
    new Set(tokens(spoken.map((p) => p.text).join(' '), lang));
  const a = vocab(first);
  const b = vocab(second);
  const out: [string[], string[]] = [[], []];
  let lastHalf = 0;
  for (const bullet of bullets) {
    const words = tokens(bullet, lang);
    const inA = words.filter((w) => a.has(w)).length;
    const inB = words.filter((w) => b.has(w)).length;
    // Bullets follow the text's order, so once in the second half, stay there on a tie.
    const half = inB > inA || (inB === inA && lastHalf === 1) ? 1 : 0;
    out[half].push(bullet);
    lastHalf = half;
  }
  return out;
}

const wordSegmenters = new Map<string, Intl.Segmenter>();
function tokens(text: string, lang: string): string[] {
  let seg = wordSegmenters.get(lang);
  if (!seg) wordSegmenters.set(lang, (seg = new Intl.Segmenter(lang, { granularity: 'word' })));
  return [...seg.segment(text.toLocaleLowerCase(lang))]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment);
}

/**
 * After a split, the stack's points slides are numbered again: `part` counts the points slides
 * of the stack, and ids follow the stack's pattern (`s2`, `s2-2`, `s2-3`…) when they did before.
 */
function renumberStack(original: Stack, slides: Slide[], changes: FitChange[]): Slide[] {
  // Only slides that share a heading are numbered as its parts.
  const points = slides.filter((s) => s.kind === 'points');
  const numbered = slides.map((s) => {
    if (s.kind !== 'points') return s;
    const same = points.filter((x) => x.title === s.title);
    const index = same.indexOf(s) + 1;
    return { ...s, part: same.length > 1 ? { index, count: same.length } : undefined };
  });
  // The planner numbers a section `s2`, `s2-1`, `s2-2`…; hand-made decks may start at `-2`.
  const base = original.slides[0]?.id ?? '';
  const start = original.slides[1]?.id === `${base}-2` ? 2 : 1;
  const idAt = (i: number) => (i === 0 ? base : `${base}-${i - 1 + start}`);
  const patterned = original.slides.every((s, i) => s.id === idAt(i));
  const used = new Set<string>();
  const renamed = numbered.map((s, i) => {
    let id = patterned ? idAt(i) : s.id;
    for (let n = 2; used.has(id); n++) id = `${s.id}-${n}`;
    used.add(id);
    return id === s.id ? s : { ...s, id };
  });
  // Record what each split became, by position: the two slides that replaced it are adjacent.
  for (const change of changes) {
    if (change.action !== 'split' || change.into) continue;
    const at = numbered.findIndex(
      (s, i) => s.id === change.id && numbered[i + 1]?.id === change.id,
    );
    if (at >= 0) change.into = [renamed[at]!.id, renamed[at + 1]!.id];
  }
  return renamed;
}
