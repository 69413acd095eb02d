// The overflow guard's fix pass: a post-pass over a planned Deck, given the slides the browser
// measured as overflowing. Pure: the loop that renders, measures and calls this lives in checks/.
// A points slide is re-planned into two (its spoken passages split at a sentence boundary near
// the middle); anything else is shrunk in steps down to the theme's floor, then reported.
import type { Deck, Slide, SlideKind, Stack } from '../core/deck.js';
import type { InlineText } from '../core/inline-text.js';
import type { Problem } from '../core/problems.js';
import { slidesOf } from '../core/deck.js';
import {
  isListSlide,
  quoteAsPoints,
  renumberLists,
  shorterExcerpt,
  splitListSlide,
  withExcerpt,
} from './fit-fallbacks.js';
import { retitled, splitPointsSlide } from './fit-points.js';
import { keyPoints as plannerKeyPoints } from './key-points.js';

export { partitionBullets } from './fit-points.js';

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
  const ctx: FitContext = {
    deck,
    minScale: options.minScale ?? DEFAULT_MIN_SCALE,
    step: options.step ?? 0.1,
    keyPoints: options.keyPoints === false ? undefined : (options.keyPoints ?? plannerKeyPoints),
    // Headings already in the deck: the second half of a split slide gets a headline of its own.
    headlines: new Set(slidesOf(deck).map((s) => s.title.toLowerCase())),
  };
  const byId = new Map(overflowing.map((o) => [o.id, o]));
  const changes: FitChange[] = [];
  const problems: Problem[] = [];

  const stacks: Stack[] = deck.stacks.map((stack) => {
    if (!stack.slides.some((s) => byId.has(s.id))) return stack;
    const slides = stack.slides.flatMap((slide) => {
      const over = byId.get(slide.id);
      if (!over) return [slide];
      const fit = fitSlide(slide, over, ctx);
      if (fit.change) changes.push(fit.change);
      else problems.push(unfixable(deck.file, over));
      return fit.slides;
    });
    return { ...stack, slides: renumberLists(stack, renumberStack(stack, slides, changes)) };
  });
  return { deck: { ...deck, stacks }, changes, problems };
}

interface FitContext {
  deck: Deck;
  minScale: number;
  step: number;
  keyPoints: Exclude<FitOptions['keyPoints'], false>;
  headlines: Set<string>;
}

/** One overflowing slide fitted: split, scaled, excerpted or made points; no change if none works. */
function fitSlide(
  slide: Slide,
  over: SlideOverflow,
  ctx: FitContext,
): { slides: Slide[]; change?: FitChange } {
  const lang = ctx.deck.meta.lang;
  const keyPoints = ctx.keyPoints;
  // Lists are split before anything shrinks: two readable slides beat one small one.
  const halves =
    slide.kind === 'points' && (slide.scale ?? 1) === 1
      ? splitPointsSlide(slide, lang, keyPoints)
      : isListSlide(slide)
        ? splitListSlide(slide)
        : undefined;
  if (halves)
    return {
      slides: [halves[0], retitled(halves[1], lang, ctx.headlines)],
      change: { id: slide.id, action: 'split', line: slide.line },
    };
  const current = slide.scale ?? 1;
  const wanted = neededScale(current, over, ctx.step);
  const next = roundScale(Math.max(ctx.minScale, wanted));
  // A quotation measured to need clearly less than the floor goes straight to a shorter
  // excerpt instead of shrinking round by round first.
  const hopeless =
    slide.quote !== undefined && over.boxHeight !== undefined && wanted < ctx.minScale - 0.05;
  if (next < current - 1e-9 && !hopeless)
    return {
      slides: [{ ...slide, scale: next }],
      change: { id: slide.id, action: 'scale', scale: next, line: slide.line },
    };
  if (slide.kind === 'quote' && slide.quote) {
    const shorter = shorterExcerpt(slide.quote.text, lang);
    const fixed: Slide = shorter
      ? { ...slide, quote: withExcerpt(slide.quote, shorter) }
      : quoteAsPoints(slide, lang, keyPoints);
    return {
      slides: [fixed],
      change: { id: slide.id, action: shorter ? 'excerpt' : 'points', line: slide.line },
    };
  }
  return { slides: [slide] };
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
