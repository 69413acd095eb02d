// A sentence shortened the way a subeditor shortens one, by leaving words out and never adding
// one: an opening connective, asides between commas, dashes or brackets, dates and places, then
// a tail that only elaborates (because…, such as…, a participle, a trailing phrase). What stays is
// checked to be a statement of its own (grammar.ts). Conditions (if, unless), concessions
// (although), contrasts (but) and negations are never left out: they carry the claim.
import { isFinite, isStatement, marksPaired } from './grammar.js';
import { countWords } from '../core/text.js';
import { languageWords } from './languages.js';
import { has, isEnglish, LIGHT, render, tokensOf, type Token } from './tokens.js';

export interface CondenseOptions {
  maxWords: number;
  lang: string;
  /** The text is only the opening of a sentence (cut before a quotation shown elsewhere). */
  partial?: boolean;
}

/** A tail opening with one of these carries the claim and stays. */
const KEEPS_CLAIM = new Set(
  'but yet unless if until although though except only not nor whether otherwise provided'.split(
    ' ',
  ),
);
/** A tail holding one of these says what the claim depends on or denies: it is never left off. */
const CONDITIONS = new Set('unless if until except not never nor'.split(' '));
/** A tail opening with one of these only elaborates what came before it. */
const ELABORATES = new Set(
  'because since including like such as whereby thereby while whereas especially notably particularly namely along'.split(
    ' ',
  ),
);
/** An aside between commas opening with one of these can go. */
const ASIDE_OPENERS = new Set(
  'which who whom whose where both including especially notably albeit say firstly secondly thirdly for along'.split(
    ' ',
  ),
);

const DEMONSTRATIVE = new Set(['this', 'that']);
const OPENS_CLAUSE = new Set(
  'if unless when whenever because since although though while whereas until once as where'.split(
    ' ',
  ),
);

/** Verbs that introduce what someone said: a tail holding the quotation is their point. */
export const REPORTING = new Set(
  'said say says told tell tells put puts wrote write writes added add adds asked recalled warned stressed declared noted described explained emphasized emphasised elaborated replied answered'.split(
    ' ',
  ),
);

/** Verbs whose with-phrase is what they give ("provides South and North Korea [with a chance]"). */
const WITH_VERBS = new Set(
  'provide provides provided supply supplies supplied equip equips equipped furnish furnishes furnished present presents presented'.split(
    ' ',
  ),
);

interface Cut {
  from: number;
  to: number;
  cost: number;
}

/** Quotation depth before each token and after the last: cuts start and end outside quotations. */
function quoteDepths(tokens: Token[], lang: string): number[] {
  const german = lang.toLowerCase().startsWith('de');
  const opens = german ? /[„«»「『]/g : /[“«„「『]/g;
  const closes = german ? /[“”»«」』]/g : /[”»」』]/g;
  const depth: number[] = [];
  // A sentence inside a quotation that began in an earlier one closes more than it opens.
  const all = tokens.map((t) => t.pre + t.post).join('');
  let d = Math.max(0, (all.match(closes) ?? []).length - (all.match(opens) ?? []).length);
  for (const t of tokens) {
    d += (t.pre.match(opens) ?? []).length;
    depth.push(Math.max(0, d - (t.pre.match(closes) ?? []).length));
    d = Math.max(0, d - (t.pre.match(closes) ?? []).length);
    d = Math.max(0, d - (t.post.match(closes) ?? []).length + (t.post.match(opens) ?? []).length);
  }
  depth.push(d);
  return depth;
}

const pause = (t: Token | undefined) => !!t && /[,;:–—]/.test(t.post);
const dashAfter = (t: Token | undefined) => !!t && /\s[–—]\s|[–—]\s*$/.test(t.post);

/** The opening connective ("Summing up,", "In these circumstances", "Hence"): where the statement starts. */
function leadEnd(tokens: Token[], lang: string): number {
  const comma = tokens.findIndex((t) => /,/.test(t.post));
  const first = tokens[0];
  // A short opening phrase set off by a comma, with no verb of its own ("Speaking to the
  // journalists after the summit," may run longer: it opens on a preposition or participle).
  // A name before a comma is the subject with an appositive ("Dr. Anand-Cole, chief engineer, put
  // it…"), not a connective: in English the phrase must open on a connective's part of speech.
  // Outside English only the language's own connectives go ("Ich weiß," is a clause).
  const known = languageWords(lang).connectives.has(first?.lower ?? '');
  const connective = isEnglish(lang)
    ? has(first, 'Preposition', 'Gerund', 'Adverb', 'Conjunction', 'Ordinal') &&
      !has(first, 'ProperNoun')
    : known && comma <= 2;
  const reach = has(first, 'Preposition', 'Gerund', 'Adverb') ? 9 : 5;
  const verbless = !tokens.slice(0, comma + 1).some((_, i) => isFinite(tokens, i));
  if (comma >= 0 && comma <= reach && connective && verbless) return comma + 1;
  if (!isEnglish(lang)) return known && comma !== 0 && tokens.length > 4 ? 1 : 0;
  // "Hence", "And", "So": a lone connective; never "If", "When", "Because", which open a clause.
  const lone = has(first, 'Adverb', 'Conjunction') && !has(first, 'Noun', 'Condition');
  if (lone && !OPENS_CLAUSE.has(first!.lower) && tokens.length > 4) return 1;
  // "In these circumstances the Koreans …": a leading phrase ends where a new noun phrase starts.
  if (has(first, 'Preposition')) {
    let i = 1;
    while (
      i < tokens.length &&
      has(tokens[i], 'Determiner', 'Adjective') &&
      !has(tokens[i], 'Noun')
    )
      i++;
    while (i < tokens.length && has(tokens[i], 'Noun') && !has(tokens[i], 'Determiner')) i++;
    if (i > 1 && i <= 5 && has(tokens[i], 'Determiner', 'Pronoun', 'ProperNoun')) return i;
  }
  return 0;
}

/** Asides that can go from anywhere: between paired commas or dashes, in brackets, dates. */
function asides(tokens: Token[], depth: number[], lang: string, from: number): Cut[] {
  const out: Cut[] = [];
  const english = isEnglish(lang);
  const free = (a: number, b: number) => depth[a] === 0 && depth[b + 1] === 0;
  const noVerb = (a: number, b: number) =>
    !tokens.slice(a, b + 1).some((_, k) => isFinite(tokens, a + k));
  for (let i = Math.max(0, from - 1); i < tokens.length - 1; i++) {
    if (!pause(tokens[i]) || /[;:]/.test(tokens[i]!.post)) continue;
    const dash = dashAfter(tokens[i]);
    const a = i + 1;
    const opener = tokens[a]!;
    // "…, which …," and "…, and this is the lesson I least expected," are asides with a verb.
    const clause =
      ['which', 'who', 'whom', 'whose', 'where'].includes(opener.lower) ||
      (opener.lower === 'and' && DEMONSTRATIVE.has(tokens[a + 1]?.lower ?? ''));
    const aside =
      dash ||
      clause ||
      !english ||
      ASIDE_OPENERS.has(opener.lower) ||
      has(opener, 'Preposition', 'Adverb', 'Gerund') ||
      (has(opener, 'Verb') && has(opener, 'PastTense') && !has(opener, 'Copula'));
    if (!aside) continue;
    // The aside ends at a matching pause; one opening on a preposition may hold a list's commas.
    for (let j = a; j < tokens.length - 1 && j - i <= 20; j++) {
      if (!pause(tokens[j])) continue;
      if (/[;:]/.test(tokens[j]!.post)) break;
      const matches = dash === dashAfter(tokens[j]);
      if (matches && free(a, j) && (clause || noVerb(a, j)) && !listItem(tokens, i, j))
        out.push({ from: a, to: j, cost: dash ? 0.8 : 1 });
      if (!has(opener, 'Preposition') && !dash) break;
    }
  }
  tokens.forEach((t, i) => {
    if (!t.pre.includes('(')) return;
    const j = tokens.findIndex((u, k) => k >= i && u.post.includes(')'));
    if (j >= i && i >= from) out.push({ from: i, to: j, cost: 0.5 });
  });
  if (english)
    out.push(...datesAndPlaces(tokens, depth, from), ...nounModifiers(tokens, depth, from));
  return out;
}

const NOUN_PHRASE = ['Determiner', 'Adjective', 'Noun', 'Value', 'Possessive', 'Preposition'];

/**
 * What stands between a noun and its verb, modifying the noun: "cooperation [in a tripartite
 * format] can be", "summits [held in the 21st century] proved", "Koreans [both in the North and
 * in the South] to take".
 */
function nounModifiers(tokens: Token[], depth: number[], from: number): Cut[] {
  const out: Cut[] = [];
  const comma = (t: Token | undefined) =>
    !!t && /^,\s*$/.test(t.post.trim() ? t.post.trim() + ' ' : '');
  for (let i = Math.max(from, 1); i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    const opens =
      (has(t, 'Preposition') && t.lower !== 'of') ||
      (t.lower === 'both' && has(tokens[i + 1], 'Preposition')) ||
      // A participle opens a modifier only with its phrase: "held in", "aimed at", "approved by".
      (has(t, 'PastTense') && has(tokens[i + 1], 'Preposition'));
    if (!opens || !has(prev, 'Noun') || (pause(prev) && !comma(prev)) || depth[i] !== 0) continue;
    const subjectOnly = verbBefore(tokens, from, i);
    // The phrase runs on over commas that continue it ("format, between Russia, …, in the …").
    let j = i + 1;
    while (
      j < tokens.length &&
      (!pause(tokens[j - 1]) ||
        (comma(tokens[j - 1]) && has(tokens[j], 'Preposition', 'Determiner', 'ProperNoun'))) &&
      (has(tokens[j], ...NOUN_PHRASE) || tokens[j]!.lower === 'and') &&
      !isFinite(tokens, j)
    )
      j++;
    const next = tokens[j];
    // After the clause's verb, a noun is an object, and the verb that follows is another clause's
    // ("give every team a break of thirty minutes, with cover, so that nobody works …"); only
    // "for Koreans [both in the North …] to take", an infinitive's subject, still reads on.
    const infinitiveSubject = tokens.slice(Math.max(from, i - 3), i).some((t) => t.lower === 'for');
    const verbFollows =
      next &&
      (subjectOnly
        ? next.lower === 'to' && infinitiveSubject
        : isFinite(tokens, j) || next.lower === 'to') &&
      !pause(tokens[j - 1]);
    // The first phrase after a common noun often says which one is meant ("cooperation in a
    // tripartite format"): leaving it out costs more than a later one, or one after a name.
    const defining = !pause(prev) && !has(prev, 'ProperNoun');
    if (j > i + 1 && verbFollows && depth[j] === 0)
      out.push({ from: i, to: j - 1, cost: defining ? 3.5 : 1 });
  }
  return out;
}

/** A finite verb stands between the start of the clause that holds `i` and `i`. */
function verbBefore(tokens: Token[], from: number, i: number): boolean {
  let start = from;
  for (let k = i - 1; k >= from; k--)
    if (tokens[k]!.lower === 'that' || OPENS_CLAUSE.has(tokens[k]!.lower)) {
      start = k + 1;
      break;
    }
  for (let k = start; k < i; k++) if (isFinite(tokens, k)) return true;
  return false;
}

/** "the U.S.A., China, Japan and Russia": a comma between nouns of a list is no aside. */
function listItem(tokens: Token[], i: number, j: number): boolean {
  const inner = tokens.slice(i + 1, j + 1);
  if (inner.some((t) => has(t, 'Verb', 'Preposition'))) return false;
  const after = tokens.slice(j + 1, j + 6);
  return has(tokens[i], 'Noun') && after.some((t) => t.lower === 'and' || t.lower === 'or');
}

/** "in 2018", "on April 25, 2019", "in Vladivostok": when and where, which a slide can spare. */
function datesAndPlaces(tokens: Token[], depth: number[], from: number): Cut[] {
  const out: Cut[] = [];
  for (let i = Math.max(from, 1); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!has(t, 'Preposition') || !['in', 'on', 'at', 'during', 'since'].includes(t.lower))
      continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      has(tokens[j], 'Date', 'Value', 'Month', 'Place', 'City', 'Country')
    ) {
      if (pause(tokens[j]) && !/,/.test(tokens[j]!.post)) break;
      j++;
    }
    // "on a wet Tuesday in February, the only door": the comma after the date is the clause's.
    const comma = pause(tokens[j - 1]) && !pause(tokens[i - 1]);
    if (j > i + 1 && !comma && depth[i] === 0 && depth[j] === 0)
      out.push({ from: i, to: j - 1, cost: 0.4 });
  }
  return out;
}

/** Where a tail may be left off, and what leaving it off costs. */
function tails(tokens: Token[], depth: number[], lang: string, from: number): Cut[] {
  const out: Cut[] = [];
  const english = isEnglish(lang);
  const firstVerb = tokens.findIndex((_, i) => i >= from && isFinite(tokens, i));
  const bracketed = inBrackets(tokens);
  for (let k = from + 3; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (depth[k] !== 0 || KEEPS_CLAIM.has(t.lower)) continue;
    // "An old fisherman said to me the next morning: “…”" is about what he said: keep it whole.
    const quotes = depth.slice(k, tokens.length).some((d) => d > 0);
    if (quotes && tokens.slice(from, k).some((x) => has(x, 'Verb') && REPORTING.has(x.lower)))
      continue;
    const last = tokens.length - 1;
    // Untagged, a tail holding a quotation or a colon is likely the predicate itself ("Un vieil
    // agriculteur…, que j’ai rencontré…, m’a dit : « … »"; "nous proposerons…, trois engagements :").
    if (!english && (quotes || range(k, last).some((i) => /:/.test(tokens[i]!.post)))) continue;
    const dropped = last - k + 1;
    // A condition or negation after the cut would go with it; one in a clause of its own
    // ("…, and said that … not only …") belongs to that clause, which may go whole.
    const coordinated = (t.lower === 'and' || t.lower === 'or') && hasVerbFrom(tokens, k);
    if (
      !coordinated &&
      // (Words inside a quotation are someone else's: they condition nothing the bullet says.)
      range(k, last).some(
        (i) => CONDITIONS.has(tokens[i]!.lower) && !bracketed[i] && depth[i] === 0,
      )
    )
      continue;
    // "prompted by the realization[, …,] of the fact that …": an of-phrase completes its noun,
    // after an aside too.
    if (t.lower === 'of' && !ofCanGo(tokens, k)) continue;
    if (pause(tokens[k - 1])) out.push({ from: k, to: last, cost: 2 });
    else if (!english) continue;
    else if (ELABORATES.has(t.lower) || (t.lower === 'as' && k > firstVerb))
      out.push({ from: k, to: last, cost: 2 });
    else if (has(t, 'Gerund') && has(tokens[k - 1], 'Noun'))
      out.push({ from: k, to: last, cost: 2.5 });
    else if ((t.lower === 'and' || t.lower === 'or') && hasVerbFrom(tokens, k))
      out.push({ from: k, to: last, cost: 2.5 });
    else if (
      has(t, 'Preposition') &&
      t.lower !== 'of' &&
      firstVerb >= 0 &&
      k > firstVerb + 1 &&
      !(t.lower === 'with' && WITH_VERBS.has(tokens[firstVerb]!.lower))
    )
      out.push({ from: k, to: last, cost: 1.5 + 0.1 * dropped });
    // "a major factor [of security and stability]": an of-phrase completes most nouns ("the role
    // of", "Chairman of"), so it goes last, and only after a noun that has its own adjective.
    else if (t.lower === 'of' && k > firstVerb + 2 && firstVerb >= 0 && ofCanGo(tokens, k))
      out.push({ from: k, to: last, cost: 4.5 });
  }
  return out;
}

function ofCanGo(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1];
  const before = tokens[k - 2];
  return (
    has(noun, 'Noun') &&
    !has(noun, 'ProperNoun') &&
    !LIGHT.has(noun!.lower) &&
    has(before, 'Adjective')
  );
}

/** Which words stand inside brackets (an aside that goes before any tail is judged). */
function inBrackets(tokens: Token[]): boolean[] {
  let depth = 0;
  return tokens.map((t) => {
    depth += (t.pre.match(/\(/g) ?? []).length;
    const inside = depth > 0;
    depth = Math.max(0, depth - (t.post.match(/\)/g) ?? []).length);
    return inside;
  });
}

function hasVerbFrom(tokens: Token[], k: number): boolean {
  return tokens.some((_, i) => i > k && isFinite(tokens, i));
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
  const tokens = tokensOf(sentence.trim(), o.lang);
  if (tokens.length < 3) return undefined;
  const depth = quoteDepths(tokens, o.lang);
  const lead = leadEnd(tokens, o.lang);
  const whole = !o.partial;
  const all = tokens.map((_, i) => i).filter((i) => i >= lead);
  // Words as the rest of Lectern counts them (Intl.Segmenter: "inter-Korean" is two).
  const fits = (kept: number[], ended: boolean) => {
    if (!isStatement(tokens, kept, o.lang, ended)) return false;
    const text = render(tokens, (i) => kept.includes(i));
    return countWords(text, o.lang) <= o.maxWords && marksPaired(text, o.lang);
  };
  if (fits(all, whole))
    return finish(
      render(tokens, (i) => all.includes(i)),
      whole,
    );
  const cuts = asides(tokens, depth, o.lang, lead);
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
  return (
    best &&
    finish(
      render(tokens, (i) => best.kept.includes(i)),
      best.ended,
    )
  );
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}
