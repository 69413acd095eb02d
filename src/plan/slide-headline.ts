// A key-point slide's headline: the enumeration's name, a strong phrase of the address, the
// slide's own short statement (an assertion headline, taken off the bullets), or a weaker phrase.
import { withoutSpare, type PointsPlan } from './key-points.js';
import { headlineOf, STRONG_HEADLINE } from './headline.js';
import { pointsBack } from './back-reference.js';
import { isClaim } from './salience.js';
import { isEnglish } from './tokens.js';
import { countWords } from '../core/text.js';

export interface HeadlineChoice {
  title?: string;
  /** The bullets the slide shows under it (an assertion headline leaves them). */
  bullets: string[];
}

/**
 * The headline for a points slide planned as `plan` with `bullets`. `fixed`: the bullets are the
 * author's or a continued list's, shown as they are; `continued`: the slide goes on with a list
 * the slide before began, so it keeps that list's name.
 */
export function headlineFor(
  plan: PointsPlan,
  bullets: string[],
  o: {
    spoken: string;
    lang: string;
    used: Set<string>;
    fixed: boolean;
    continued: boolean;
    /** Words the bullets under a headline may hold in all. */
    maxWords: number;
  },
): HeadlineChoice {
  // A spare bullet came past the word budget so that one short bullet can head the slide and
  // the rest fit below it; when none can, the spare goes.
  if (plan.spare !== undefined) {
    const heads = plan.signpost
      ? undefined
      : assertionOf(bullets, plan.lead ?? 0, o.used, o.lang, o.spoken);
    const body = heads && bullets.filter((_, i) => i !== heads.index);
    if (heads && countWords(body!.join(' '), o.lang) <= o.maxWords)
      return { title: heads.text, bullets: body! };
    if (heads) o.used.delete(heads.text.toLowerCase());
    const rest = withoutSpare(plan);
    const lead = Math.max(0, rest.indexOf(bullets[plan.lead ?? 0]!));
    return headlineFor({ ...plan, bullets: rest, spare: undefined, lead }, rest, o);
  }
  const named = plan.signpost ? capitalise(plan.signpost) : undefined;
  const listed = o.continued ? named : named && claim(named, o.used);
  const input = {
    bullets: leadFirst(bullets, plan.lead),
    spoken: o.spoken,
    lang: o.lang,
    used: o.used,
  };
  // A strong phrase, else the slide's own short statement as an assertion headline over the
  // bullets that support it (always so outside English, where no phrase is found), else a phrase.
  const phrase = listed ?? headlineOf(input, STRONG_HEADLINE);
  if (phrase) return { title: phrase, bullets };
  const asserted =
    plan.ordered || o.fixed
      ? undefined
      : assertionOf(bullets, plan.lead ?? 0, o.used, o.lang, o.spoken);
  if (asserted)
    return { title: asserted.text, bullets: bullets.filter((_, i) => i !== asserted.index) };
  return { title: headlineOf(input), bullets };
}

/** Longest bullet that may serve as a slide's headline: a headline is read at a glance. */
const MAX_ASSERTION_WORDS = 16;

/**
 * The bullet that can head its slide: the one that says most, when it is short enough and no
 * question; it leaves the bullets, so the slide does not say it twice.
 */
function assertionOf(
  bullets: string[],
  lead: number,
  used: Set<string>,
  lang: string,
  spoken = '',
): { text: string; index: number } | undefined {
  // One bullet at least stays below it: the slide still says two things.
  if (bullets.length < 2) return undefined;
  const words = (b: string) => b.split(/\s+/u).length;
  const fitting = bullets
    .map((b, index) => ({ text: b.replace(/\.$/u, ''), index, words: words(b) }))
    .filter(
      (b) =>
        b.words <= MAX_ASSERTION_WORDS &&
        !used.has(b.text.toLowerCase()) &&
        !/\?$/u.test(b.text) &&
        // Fragments and the line they set up ("Zwölf Jahre. So lange …") are one bullet, no
        // headline; two short lines that turn on each other may head it ("Die Energiewende
        // beginnt nicht im Gesetzblatt. Sie beginnt vor der Haustür").
        (!/[.!?…]\s/u.test(b.text) || pairedLines(b.text)) &&
        // "This has consistently been Russia’s position …" heads nothing it points back to.
        !POINTS_BACK.test(b.text),
    );
  // One that points back anywhere ("I have come to think that this is the right image") heads
  // the slide only when no other can: a section title numbered as a part says less.
  const own = fitting.filter((b) => !pointsBack(b.text, lang));
  const best = bestOf(own, lead, lang, spoken) ?? bestOf(fitting, lead, lang, spoken);
  if (best) used.add(best.text.toLowerCase());
  return best && { text: best.text, index: best.index };
}

/**
 * The bullet that says most, else one that takes a position, else (where the tagger checked its
 * grammar and no filler became a bullet) the first; untagged, the first that is a whole sentence
 * of the address as spoken, which is grammatical as written ("Manterremo aperte tutte le
 * pluriclassi con almeno otto alunni").
 */
function bestOf<T extends { text: string; index: number }>(
  fit: T[],
  lead: number,
  lang: string,
  spoken: string,
): T | undefined {
  return (
    fit.find((b) => b.index === lead) ??
    fit.find((b) => isClaim(b.text, lang)) ??
    (isEnglish(lang) ? fit[0] : fit.find((b) => wholeIn(b.text, spoken)))
  );
}

/** `text` stands in `spoken` as a sentence of its own: a capital after a sentence's end before it. */
function wholeIn(text: string, spoken: string): boolean {
  const at = spoken.indexOf(text);
  if (at < 0 || !/^[.!]/u.test(spoken.slice(at + text.length))) return false;
  return at === 0 || /[.!?…»”“"]\s+$/u.test(spoken.slice(Math.max(0, at - 3), at));
}

/** Words each of two lines heading a slide together has at least, and both at most. */
const MIN_PAIRED_WORDS = 4;
const MAX_PAIRED_WORDS = 14;

function pairedLines(text: string): boolean {
  const lines = text.split(/(?<=[.!?])\s+/u);
  const words = lines.map((l) => l.split(/\s+/u).length);
  return (
    lines.length === 2 &&
    words.every((n) => n >= MIN_PAIRED_WORDS) &&
    words.reduce((a, b) => a + b, 0) <= MAX_PAIRED_WORDS
  );
}

/** Openings that point back to what was said before, or go on from it ("Und wenn wir …"). */
const POINTS_BACK =
  /^(?:this|that|these|those|it|such|and|but|so|ce|c’|cela|ceci|et|mais|das|dies|es|und|aber|esto|eso|esta|y|pero|questo|e|ma|isso|dit|dat|en|maar)\b/iu;

/** The bullets with the one that says most first: the headline looks there first. */
function leadFirst(bullets: string[], lead = 0): string[] {
  const first = bullets[lead];
  return first === undefined ? bullets : [first, ...bullets.filter((_, i) => i !== lead)];
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** `text` when the deck has not used it yet (it is then taken). */
function claim(text: string, used: Set<string>): string | undefined {
  if (used.has(text.toLowerCase())) return undefined;
  used.add(text.toLowerCase());
  return text;
}
