// Picks a points slide's bullets from the sentences it covers: 2–4 complete statements (at most
// `maxBullets`, about `maxSlideWords` words in all) chosen by what they say (salience.ts), shown in
// the address's order; a signposted enumeration gives one numbered bullet per item instead.
// A sentence that opens on a quotation is someone else's words: it is left to quote slides.
import type { InlineText } from '../core/inline-text.js';
import type { PlanOptions } from '../core/plan-options.js';
import { DEFAULT_PLAN_OPTIONS } from '../core/plan-options.js';
import { countWords, splitSentences } from '../core/text.js';
import { enumerationIn } from './enumeration.js';
import { parallelIn } from './parallel.js';
import { findQuoteSpans } from './extract-quotes.js';
import { marksPaired } from './grammar.js';
import { salience } from './salience.js';
import { isEnglish } from './tokens.js';
import { candidatesOf, type BulletSource } from './candidates.js';

export type { BulletSource } from './candidates.js';

/** What a points slide shows. */
export interface PointsPlan {
  bullets: string[];
  /** The bullets are the items of an enumeration the speaker numbered. */
  ordered: boolean;
  /**
   * The phrase announcing the enumeration ("three lessons"), or the sentence a parallel list
   * follows ("Wir werden deshalb in Hallerbeck nicht warten"), for the headline.
   */
  signpost?: string;
  /** The bullet that says most (by salience): the headline names its point first. */
  lead?: number;
  /** An enumeration across sentences that a later slide may continue: the next item's number. */
  next?: number;
  /**
   * A short bullet taken past the slide's word budget because it can head the slide (an
   * assertion headline leaves the bullets); the slide drops it when it does not.
   */
  spare?: number;
}

/** The plan's bullets without its spare: what the slide shows when the spare heads nothing. */
export function withoutSpare(plan: PointsPlan): string[] {
  return plan.bullets.filter((_, i) => i !== plan.spare);
}

type Options = Pick<PlanOptions, 'maxBullets' | 'maxBulletWords' | 'maxSlideWords'>;

/** Bullets wanted on a slide when the text gives enough. */
const WANTED = 3;

/** Salience below which a sentence only leans on its neighbours (see salience.ts). */
const FILLER = -1.5;

/**
 * What a points slide shows. `from`: the slide before listed items up to `from - 1`; this one
 * shows the rest of that list when its sentences go on with it (else no bullets).
 */
export function planPoints(
  sources: BulletSource[],
  options: Options,
  lang: string,
  from = 1,
): PointsPlan {
  const spoken = sources.map((s) => (s.quoteFrom === 0 ? '' : s.text));
  const listed = enumerationIn(spoken, { maxWords: options.maxBulletWords, lang, from });
  if (listed && listed.items.length <= options.maxBullets)
    return {
      bullets: listed.items,
      ordered: true,
      signpost: listed.signpost,
      ...(listed.open ? { next: from + listed.items.length } : {}),
    };
  if (from > 1) return { bullets: [], ordered: false };
  const parallel = parallelIn(spoken, {
    maxWords: options.maxBulletWords,
    maxSlideWords: options.maxSlideWords,
    lang,
  });
  if (parallel && parallel.items.length <= options.maxBullets) {
    // The list is the slide's body; the sentence that leads into it ("What we need to do is to
    // stop apologising for what the library has become."), else the best of the others, heads it.
    const start = parallel.sentences[0]!;
    const only = (keep: (i: number) => boolean) =>
      chooseBullets(
        sources.map((s, i) => (keep(i) ? s : { ...s, text: '' })),
        { ...options, maxBullets: 1 },
        lang,
      ).bullets[0];
    const head = only((i) => i === start - 1) ?? only((i) => !parallel.sentences.includes(i));
    const title = head && countWords(head, lang) <= MAX_HEAD_WORDS ? head : undefined;
    return {
      bullets: parallel.items,
      ordered: false,
      ...(title ? { signpost: title.replace(/[.!]$/u, '') } : {}),
    };
  }
  return { ...chooseBullets(sources, options, lang), ordered: false };
}

/** Longest sentence that may head a parallel list: a headline is read at a glance. */
const MAX_HEAD_WORDS = 16;

/** Longest bullet taken past the word budget to head its slide (see slide-headline.ts). */
export const MAX_SPARE_WORDS = 16;
const MIN_SPARE_WORDS = 6;

function chooseBullets(
  sources: BulletSource[],
  options: Options,
  lang: string,
): { bullets: string[]; lead: number; spare?: number } {
  const candidates = candidatesOf(sources, options, lang);
  // On a tie, the group that shows more of the passage ("Eleven centimetres. That is … It is …").
  const byScore = [...candidates].sort(
    (a, b) =>
      b.score - a.score || a.position - b.position || b.last - b.position - (a.last - a.position),
  );
  const chosen: typeof candidates = [];
  let words = 0;
  let spare: (typeof candidates)[number] | undefined;
  const limit = Math.min(WANTED, options.maxBullets);
  const overlaps = (c: (typeof candidates)[number]) =>
    chosen.some((x) => x.bullet === c.bullet || (c.position <= x.last && x.position <= c.last));
  for (const c of byScore) {
    if (chosen.length >= limit) break;
    // A filler ("I will try not to.", "That is the width of my hand.") is not a point of its own:
    // the slide is better with fewer bullets (or joins its neighbour), and the notes keep it.
    if (c.score < FILLER) break;
    if (overlaps(c)) continue;
    if (words + c.words > options.maxSlideWords) {
      // "Summing up, the summits were aimed at …" may still head the slide over the others.
      // Only where the tagger checked its grammar, and long enough to say something of its own
      // ("Io ero una di loro." points back to a sentence the slide does not show).
      const heads = isEnglish(lang) && c.words >= MIN_SPARE_WORDS && c.words <= MAX_SPARE_WORDS;
      if (!spare && heads && chosen.length > 0) spare = c;
      continue;
    }
    chosen.push(c);
    words += c.words;
  }
  const lead = chosen[0];
  if (spare && chosen.length < limit && !overlaps(spare)) chosen.push(spare);
  else spare = undefined;
  const inOrder = chosen.sort((a, b) => a.position - b.position);
  return {
    bullets: inOrder.map((c) => c.bullet),
    lead: lead ? inOrder.indexOf(lead) : 0,
    ...(spare ? { spare: inOrder.indexOf(spare) } : {}),
  };
}

/** Longest whole sentence shown when nothing shorter reads as a statement. */
const MAX_WHOLE_WORDS = 30;

/**
 * For a points slide left with no bullet (no sentence shortens to a statement, and no neighbour
 * took its sentences): the whole sentence that says most and fits the slide, as it stands, rather
 * than a title alone; of two that say as much, the shorter.
 */
export function wholeSentence(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxSlideWords'>,
  lang: string,
): string[] {
  const limit = Math.min(options.maxSlideWords, MAX_WHOLE_WORDS);
  const fitting = sources
    .filter((s) => s.quoteFrom === undefined && s.text.trim() && !s.leans)
    .map((s) => {
      const text = s.text.trim();
      const words = countWords(text, lang);
      const input = { text, bullet: text, first: s.first, words, bulletWords: words };
      return { text, words, score: salience(input, lang) };
    })
    .filter((s) => s.words <= limit && marksPaired(s.text, lang));
  const best = fitting.reduce<(typeof fitting)[number] | undefined>(
    (b, s) => (!b || s.score > b.score || (s.score === b.score && s.words < b.words) ? s : b),
    undefined,
  );
  return best ? [best.text] : [];
}

/** Sentences of passages as bullet sources; quotations of `minQuoteWords`+ words are fenced off. */
export function bulletSources(
  passage: InlineText,
  lang: string,
  minQuoteWords: number,
  firstIsParagraphStart = true,
): BulletSource[] {
  const sentences = splitSentences(passage.text, lang);
  const quotes = findQuoteSpans(passage.text, sentences, lang).filter(
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
  const bullets = withoutSpare(planPoints(sources, options, lang));
  return bullets.length > 0 ? bullets : wholeSentence(sources, options, lang);
}
