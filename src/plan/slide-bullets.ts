// A draft's bullets, planned once per run of sentences: the section's slides ask for the same
// runs again and again while they merge, and extraction is the planner's slow part.
import type { Footnote } from '../core/address.js';
import type { InlineText } from '../core/inline-text.js';
import type { PlanOptions } from '../core/plan-options.js';
import { countWords } from '../core/text.js';
import {
  planPoints,
  wholeSentence,
  withoutSpare,
  type BulletSource,
  type PointsPlan,
} from './key-points.js';
import { sentenceText, type Sentence } from './units.js';

export interface SlideContext {
  lang: string;
  wpm: number;
  options: PlanOptions;
  footnotes: Footnote[];
  /** Headings the deck already shows, lower-cased: each key-point headline is new. */
  headlines: Set<string>;
  /**
   * Statements the slides so far show, as `shownKey` gives them: a quote's point is not a line
   * the audience has read before (an address may say its thesis twice; the screen says it once).
   */
  shown: Set<string>;
}

/** A statement as compared for repetition: case, punctuation and quotation marks aside. */
export function shownKey(text: string): string {
  return text
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function wordsOf(spoken: InlineText[], lang: string): number {
  return spoken.reduce((n, p) => n + countWords(p.text, lang), 0);
}

const bulletCache = new WeakMap<SlideContext, Map<string, PointsPlan>>();

export function planned(sentences: Sentence[], ctx: SlideContext): PointsPlan {
  let cache = bulletCache.get(ctx);
  if (!cache) bulletCache.set(ctx, (cache = new Map()));
  const key = sentences
    .map(
      (s) =>
        `${s.key}:${s.start}:${s.end}:${s.first ? 1 : 0}:${s.quoteFrom ?? ''}:${s.leans ? 1 : 0}`,
    )
    .join('|');
  const known = cache.get(key);
  if (known) return { ...known, bullets: [...known.bullets] };
  const plan = planPoints(sourcesOf(sentences), ctx.options, ctx.lang);
  cache.set(key, plan);
  return { ...plan, bullets: [...plan.bullets] };
}

/** The bullets a run of sentences gives for sure (a spare may yet head its slide, or go). */
export function extracted(sentences: Sentence[], ctx: SlideContext): string[] {
  return withoutSpare(planned(sentences, ctx));
}

export function sourcesOf(sentences: Sentence[]): BulletSource[] {
  return sentences.map((s) => ({
    text: sentenceText(s),
    first: s.first,
    quoteFrom: s.quoteFrom,
    ...(s.leans ? { leans: true } : {}),
  }));
}

export function lastResort(sentences: Sentence[], ctx: SlideContext): string[] {
  return wholeSentence(sourcesOf(sentences), ctx.options, ctx.lang);
}
