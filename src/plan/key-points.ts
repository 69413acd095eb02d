// Picks a points slide's bullets from the sentences it covers: 2–4 short statements (at most
// `maxBullets`, about `maxSlideWords` words in all), the first sentence of each paragraph first,
// shown in the address's order. Quoted words are left to quote slides and the notes.
import type { InlineText, PlanOptions } from '../model.js';
import { DEFAULT_PLAN_OPTIONS } from '../model.js';
import { countWords, splitSentences } from '../text.js';
import { balanced, bulletOf } from './bullet.js';
import { findQuoteSpans } from './extract-quotes.js';

/** A sentence a bullet may come from. */
export interface BulletSource {
  text: string;
  /** First sentence of its paragraph: preferred. */
  first: boolean;
  /** Offset in `text` where a quotation starts (the bullet must end before it); 0 = starts quoted. */
  quoteFrom?: number;
}

/** Bullets wanted on a slide when the text gives enough. */
const WANTED = 4;

export function pickBullets(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxBullets' | 'maxBulletWords' | 'maxSlideWords'>,
  lang: string,
): string[] {
  const strict = candidatesOf(sources, options, lang, false);
  const candidates = strict.length >= 2 ? strict : candidatesOf(sources, options, lang, true);
  const byPreference = [...candidates].sort(
    (a, b) => Number(b.first) - Number(a.first) || a.position - b.position,
  );
  const chosen: typeof candidates = [];
  let words = 0;
  const limit = Math.min(WANTED, options.maxBullets);
  for (const c of byPreference) {
    if (chosen.length >= limit) break;
    if (words + c.words > options.maxSlideWords) continue;
    if (chosen.some((x) => x.bullet === c.bullet)) continue;
    chosen.push(c);
    words += c.words;
  }
  return chosen.sort((a, b) => a.position - b.position).map((c) => c.bullet);
}

/**
 * For a points slide left with no bullet (no sentence gives a short statement, and no neighbour
 * took its sentences): the shortest whole sentence that fits the slide, as it stands, rather than
 * a title alone.
 */
export function wholeSentence(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxSlideWords'>,
  lang: string,
): string[] {
  const fitting = sources
    .filter((s) => s.quoteFrom === undefined && s.text.trim())
    .map((s) => ({ text: s.text.trim(), words: countWords(s.text, lang) }))
    .filter((s) => s.words <= options.maxSlideWords && balanced(s.text));
  const shortest = fitting.reduce<(typeof fitting)[number] | undefined>(
    (best, s) => (!best || s.words < best.words ? s : best),
    undefined,
  );
  return shortest ? [shortest.text] : [];
}

function candidatesOf(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxBulletWords'>,
  lang: string,
  loose: boolean,
) {
  return sources.flatMap((s, position) => {
    // A sentence that opens with a quotation is someone else's words; one that quotes later may
    // yield its own opening, with any whole quotation in it (the quote marks must balance).
    if (s.quoteFrom === 0) return [];
    const text = s.text;
    const bullet = text.trim() ? bulletOf(text, options.maxBulletWords, lang, loose) : undefined;
    return bullet ? [{ bullet, position, first: s.first, words: countWords(bullet, lang) }] : [];
  });
}

/** Sentences of passages as bullet sources; quotations of `minQuoteWords`+ words are fenced off. */
export function bulletSources(
  passage: InlineText,
  lang: string,
  minQuoteWords: number,
  firstIsParagraphStart = true,
): BulletSource[] {
  const sentences = splitSentences(passage.text, lang);
  const quotes = findQuoteSpans(passage.text, sentences).filter(
    (q) => countWords(passage.text.slice(q.start, q.end), lang) >= minQuoteWords,
  );
  return sentences.map((s, i) => {
    const q = quotes.find((q) => q.open < s.end && q.close > s.start);
    return {
      text: s.text,
      first: i === 0 && firstIsParagraphStart,
      quoteFrom: q ? Math.max(0, q.open - s.start) : undefined,
    };
  });
}

/**
 * Bullets for spoken passages (each taken as starting a paragraph), for callers that re-plan a
 * slide, such as the overflow guard's split: a slide made there has no neighbour to join, so it
 * falls back to a whole sentence (wholeSentence) rather than showing none.
 */
export function keyPoints(
  spoken: InlineText[],
  lang = 'en',
  options: Pick<
    PlanOptions,
    'maxBullets' | 'maxBulletWords' | 'maxSlideWords' | 'minQuoteWords'
  > = DEFAULT_PLAN_OPTIONS,
): string[] {
  const sources = spoken.flatMap((p) => bulletSources(p, lang, options.minQuoteWords));
  const bullets = pickBullets(sources, options, lang);
  return bullets.length > 0 ? bullets : wholeSentence(sources, options, lang);
}
