// A sentence shortened the way a subeditor shortens one, by leaving words out and never adding
// one: an opening connective, asides between commas, dashes or brackets, dates and places, then
// a tail that only elaborates (because…, such as…, a participle, a trailing phrase). What stays is
// checked to be a statement of its own (grammar.ts). Conditions (if, unless), concessions
// (although), contrasts (but) and negations are never left out: they carry the claim.
import { marksPaired, isStatement } from './grammar.js';
import { countWords } from '../core/text.js';
import { rememberTokens, render, tokensOf, type Token } from './tokens.js';
import { asides, leadEnd } from './cut-asides.js';
import { tails } from './cut-tails.js';
import { quoteDepths, range, type Cut } from './cut-words.js';

export { REPORTING } from './cut-words.js';

export interface CondenseOptions {
  maxWords: number;
  lang: string;
  /** The text is only the opening of a sentence (cut before a quotation shown elsewhere). */
  partial?: boolean;
}

/** Fewer words than this say too little to be a slide's point ("It is high time."). */
const MIN_WORDS = 6;

/** Words as a reader counts them: "confidence-building" is one, the "is" of "It’s" none. */
const wordCount = (tokens: Token[], kept: number[]) =>
  kept.filter((i) => tokens[i]!.text && tokens[i - 1]?.post !== '-').length;

/** A finished bullet: capitalised, its end punctuation its own when whole, else a full stop. */
function finish(text: string, whole: boolean): string {
  let body = text.replace(/[\s,;:–—-]+$/u, '');
  if (!whole || !/[.!?]["”’»“)]?$/u.test(body)) body = `${body.replace(/[.!?…]+$/u, '')}.`;
  // A closing quotation mark goes before the full stop we add, as the sentence had it.
  body = body.replace(/([^.!?])([”’»“"])\.$/u, '$1$2.');
  return body.charAt(0).toLocaleUpperCase() + body.slice(1);
}

/** Subsets of the asides, fewest first: each candidate leaves out some of them. */
function subsets(items: Cut[], max = 7): Cut[][] {
  // The cheapest cuts first: a long sentence offers more than can be tried together.
  const some = [...items].sort((a, b) => a.cost - b.cost || a.from - b.from).slice(0, max);
  const out: Cut[][] = [];
  for (let m = 0; m < 1 << some.length; m++) out.push(some.filter((_, i) => m & (1 << i)));
  return out.sort((a, b) => a.length - b.length);
}

/**
 * The sentence as a bullet of at most `maxWords` words, or undefined when no shortening made only
 * by leaving words out reads as a statement.
 */
export function condense(sentence: string, o: CondenseOptions): string | undefined {
  // Every slide that tries a sentence asks again (bullets, headlines, claims, the overflow guard).
  const key = `${o.lang}\u0000${o.maxWords}\u0000${o.partial ? 1 : 0}\u0000${sentence}`;
  if (condensed.has(key)) return condensed.get(key);
  if (condensed.size >= MAX_CACHED) condensed.clear();
  const result = search(sentence, o);
  condensed.set(key, result);
  return result;
}

const condensed = new Map<string, string | undefined>();
const MAX_CACHED = 20_000;

function search(sentence: string, o: CondenseOptions): string | undefined {
  const tokens = tokensOf(sentence.trim(), o.lang);
  if (tokens.length < 3) return undefined;
  const depth = quoteDepths(tokens, o.lang);
  const lead = leadEnd(tokens, o.lang);
  const whole = !o.partial;
  const cuts = asides(tokens, depth, o.lang, lead);
  // "Enfin — et c'est, à mes yeux, le plus important — nous confions …": ranking goes first.
  const ranked = new Set(cuts.filter((c) => c.always).flatMap((c) => range(c.from, c.to)));
  const all = tokens.map((_, i) => i).filter((i) => i >= lead && !ranked.has(i));
  // Words as the rest of Lectern counts them (Intl.Segmenter: "inter-Korean" is two).
  const fits = (kept: number[], ended: boolean) => {
    if (!isStatement(tokens, kept, o.lang, ended)) return false;
    const keep = new Set(kept);
    const text = render(tokens, (i) => keep.has(i));
    return countWords(text, o.lang) <= o.maxWords && marksPaired(text, o.lang);
  };
  if (fits(all, whole)) return finished(tokens, all, whole, o.lang);
  const ends = [undefined, ...tails(tokens, depth, o.lang, lead)];
  let best: { kept: number[]; cost: number; ended: boolean } | undefined;
  for (const chosen of subsets(cuts)) {
    const gone = new Set(chosen.flatMap((c) => range(c.from, c.to)));
    const base = chosen.reduce((n, c) => n + c.cost, 0);
    for (const end of ends) {
      const kept = all.filter((i) => !gone.has(i) && (!end || i < end.from));
      const ended = whole && !end;
      const n = wordCount(tokens, kept);
      const cost = base + (end?.cost ?? 0) - 0.04 * n;
      if ((best && cost >= best.cost) || n > o.maxWords || n < MIN_WORDS) continue;
      if (!fits(kept, ended)) continue;
      best = { kept, cost, ended };
    }
  }
  return best && finished(tokens, best.kept, best.ended, o.lang);
}

/** The bullet of the kept words, its tokens remembered for the stages that read it again. */
function finished(tokens: Token[], kept: number[], whole: boolean, lang: string): string {
  const keep = new Set(kept);
  const text = finish(
    render(tokens, (i) => keep.has(i)),
    whole,
  );
  rememberTokens(text, tokens, kept, lang);
  return text;
}
