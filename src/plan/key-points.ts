// Picks a points slide's bullets from the sentences it covers: 2–4 complete statements (at most
// `maxBullets`, about `maxSlideWords` words in all) chosen by what they say (salience.ts), shown in
// the address's order; a signposted enumeration gives one numbered bullet per item instead.
// A sentence that opens on a quotation is someone else's words: it is left to quote slides.
import type { InlineText } from '../core/inline-text.js';
import type { PlanOptions } from '../core/plan-options.js';
import { DEFAULT_PLAN_OPTIONS } from '../core/plan-options.js';
import { countWords, splitSentences } from '../core/text.js';
import { announcesThesis, bulletOf, THESIS_ROOM } from './bullet.js';
import { enumerationIn } from './enumeration.js';
import { parallelIn } from './parallel.js';
import { findQuoteSpans } from './extract-quotes.js';
import { marksPaired } from './grammar.js';
import { isClaim, salience } from './salience.js';
import { groupsOf } from './sentence-groups.js';

/** A sentence a bullet may come from. */
export interface BulletSource {
  text: string;
  /** First sentence of its paragraph: preferred. */
  first: boolean;
  /** Offset in `text` where a key quotation starts; 0 = the sentence opens on one. */
  quoteFrom?: number;
}

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

function chooseBullets(
  sources: BulletSource[],
  options: Options,
  lang: string,
): { bullets: string[]; lead: number } {
  const candidates = candidatesOf(sources, options, lang);
  // On a tie, the group that shows more of the passage ("Eleven centimetres. That is … It is …").
  const byScore = [...candidates].sort(
    (a, b) =>
      b.score - a.score || a.position - b.position || b.last - b.position - (a.last - a.position),
  );
  const chosen: typeof candidates = [];
  let words = 0;
  const limit = Math.min(WANTED, options.maxBullets);
  for (const c of byScore) {
    if (chosen.length >= limit) break;
    // A filler ("I will try not to.", "That is the width of my hand.") is not a point of its own:
    // the slide is better with fewer bullets (or joins its neighbour), and the notes keep it.
    if (c.score < FILLER) break;
    if (words + c.words > options.maxSlideWords) continue;
    if (chosen.some((x) => x.bullet === c.bullet || (c.position <= x.last && x.position <= c.last)))
      continue;
    chosen.push(c);
    words += c.words;
  }
  const lead = chosen[0];
  const inOrder = chosen.sort((a, b) => a.position - b.position);
  return { bullets: inOrder.map((c) => c.bullet), lead: lead ? inOrder.indexOf(lead) : 0 };
}

/** Salience a quote slide's lead-in needs to be shown above the quotation: a claim, not a link. */
const CLAIM = 2;

/**
 * The claim a quotation supports, from the sentences of its slide ("Russia’s conviction is that
 * “sanctions … are useless” since …, the North Koreans “will eat grass…”"): the best bullet that
 * says something and does not repeat the quotation shown (`quoted`), else undefined.
 */
export function claimOf(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxBulletWords'>,
  lang: string,
  quoted: string,
): string | undefined {
  const opening = quoted
    .replace(/^[…\s]+/u, '')
    .split(/\s+/u)
    .slice(0, 3)
    .join(' ')
    .toLowerCase();
  const best = candidatesOf(
    sources.map((s) => ({ ...s, quoteFrom: undefined })),
    options,
    lang,
  )
    .filter(
      (c) =>
        c.score >= CLAIM && isClaim(c.bullet, lang) && !c.bullet.toLowerCase().includes(opening),
    )
    .sort((a, b) => b.score - a.score || a.position - b.position)[0];
  return best?.bullet;
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
    .filter((s) => s.quoteFrom === undefined && s.text.trim())
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

interface Candidate {
  bullet: string;
  /** Where its first sentence stands, for the address's order. */
  position: number;
  /** The last sentence it shows (`position` unless it shows a group). */
  last: number;
  score: number;
  words: number;
}

function candidatesOf(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxBulletWords'>,
  lang: string,
): Candidate[] {
  const singles = sources.flatMap((s, position) => {
    if (s.quoteFrom === 0 || !s.text.trim()) return [];
    const before = sources[position - 1];
    const announced = !!before && announcesThesis(before.text, lang);
    // An announced thesis may run longer: it is the one line the address exists to say.
    const room = options.maxBulletWords * (announced ? THESIS_ROOM : 1);
    const bullet = bulletOf(s.text, Math.round(room), lang);
    if (!bullet) return [];
    const words = countWords(bullet, lang);
    const score = salience(
      {
        text: s.text,
        bullet,
        first: s.first,
        words: countWords(s.text, lang),
        bulletWords: words,
        announced,
      },
      lang,
    );
    return [{ bullet, position, last: position, score, words }];
  });
  return [...singles, ...groupCandidates(sources, options, lang)];
}

/** Words a group may run beyond a bullet: its fragments are short, and said for effect. */
const GROUP_ROOM = 8;

/**
 * Added to a group's score for each sentence beyond the first: fragments set up the line that
 * follows or echo the one before, and the longer chain says more of the passage.
 */
const GROUP_BONUS = 1;

function groupCandidates(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxBulletWords'>,
  lang: string,
): Candidate[] {
  const texts = sources.map((s) =>
    s.quoteFrom === undefined && s.text.trim() ? s.text : undefined,
  );
  const starts = sources.map((s) => s.first);
  return groupsOf(texts, starts, lang).flatMap((g) => {
    const parts = range(g.from, g.to).map((i) => sources[i]!.text.trim());
    const fragments = parts.filter((_, k) => g.from + k !== g.core);
    const room = options.maxBulletWords + GROUP_ROOM - countWords(fragments.join(' '), lang);
    const core = sources[g.core]!;
    const shown = bulletOf(core.text, room, lang);
    if (!shown) return [];
    const bullet = parts.map((p, k) => (g.from + k === g.core ? shown : p)).join(' ');
    const score =
      salience(
        {
          text: core.text,
          bullet: shown,
          first: sources[g.from]!.first,
          words: countWords(core.text, lang),
          bulletWords: countWords(shown, lang),
          anchored: g.core > g.from,
        },
        lang,
      ) +
      GROUP_BONUS * (g.to - g.from);
    return [{ bullet, position: g.from, last: g.to, score, words: countWords(bullet, lang) }];
  });
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
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
  const { bullets } = planPoints(sources, options, lang);
  return bullets.length > 0 ? bullets : wholeSentence(sources, options, lang);
}
