// A key-point slide's headline: a short phrase in the address's words that names its point ("No
// alternative to inter-Korean dialogue"), unique in the deck. English takes a noun phrase of the
// slide's bullets by part of speech; other languages keep the section's title, numbered as parts.
// Never the opening words of a bullet: the headline must add to what the bullets say.
import { has, isEnglish, LIGHT, render, tokensOf, type Token } from './tokens.js';

export interface HeadlineInput {
  /** The slide's bullets, most important first. */
  bullets: string[];
  /** The text the slide covers, for what the slide keeps returning to. */
  spoken: string;
  lang: string;
  /** Headlines (and section titles) already in the deck, lower-cased. */
  used: Set<string>;
}

const LINKS = new Set([
  'of',
  'to',
  'for',
  'between',
  'with',
  'on',
  'in',
  'against',
  'toward',
  'towards',
]);
const LEADING = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'those',
  'that',
  'such',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'all',
  'any',
  'each',
  'every',
  'some',
  'own',
  'most',
]);

const inPhrase = (t: Token) =>
  has(t, 'Noun', 'Adjective', 'Determiner', 'Value', 'Negative', 'Possessive') &&
  !has(t, 'Pronoun', 'Verb');

/** Noun phrases of `tokens`, each with an of-/to-phrase when one follows ("alternative to X"). */
function phrases(tokens: Token[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const nounEnd = (from: number) => {
    let j = from;
    let last = -1;
    while (
      j < tokens.length &&
      (inPhrase(tokens[j]!) || (tokens[j]!.lower === 'and' && last >= 0))
    ) {
      // A determiner inside opens the next phrase ("money | the councils", "likely | that …").
      if (j > from && has(tokens[j], 'Determiner')) break;
      if (has(tokens[j], 'Noun') && !has(tokens[j], 'Pronoun')) last = j;
      if (/[,;:.!?]/.test(tokens[j]!.post)) break;
      j++;
    }
    return last;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (
      !inPhrase(tokens[i]!) ||
      (i > 0 && inPhrase(tokens[i - 1]!) && !/[,;:]/.test(tokens[i - 1]!.post))
    )
      continue;
    const end = nounEnd(i);
    // "38 per | cent of visitors": the rest of a quantity is no phrase of its own; nor is the
    // second half of a pair ("South and | North Korea").
    const conjoined =
      ['and', 'or'].includes(tokens[i - 1]?.lower ?? '') && inPhrase(tokens[i - 2]!);
    if (end < 0 || conjoined || has(tokens[i - 1], 'Value') || tokens[i - 1]?.lower === 'per')
      continue;
    out.push({ from: i, to: end });
    const link = tokens[end + 1];
    if (link && LINKS.has(link.lower) && !/[,;:.]/.test(tokens[end]!.post)) {
      const more = nounEnd(end + 2);
      if (more > end + 1) out.push({ from: i, to: more });
    }
  }
  return out;
}

function tidy(text: string): string {
  const words = text
    .replace(/[\s,;:.!?”’"»)]+$/u, '')
    .replace(/^[“‘"«(]+/u, '')
    .split(/\s+/);
  while (words.length > 1 && LEADING.has(words[0]!.toLowerCase())) words.shift();
  const s = words.join(' ');
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

const CONTENT = /[\p{L}\p{N}][\p{L}\p{N}’'-]{3,}/gu;

/** How often the slide's text comes back to the phrase's words. */
function weight(phrase: string, spoken: string): number {
  const text = spoken.toLowerCase();
  const words = phrase.toLowerCase().match(CONTENT) ?? [];
  return words.reduce((n, w) => n + Math.min(3, text.split(w).length - 1), 0);
}

function acceptable(h: string, input: HeadlineInput): boolean {
  const n = h.split(/\s+/).length;
  const key = h.toLowerCase();
  if (n < 2 || n > 7 || input.used.has(key)) return false;
  if (!/\p{Ll}/u.test(h) && n < 3) return false;
  return !input.bullets.some((b) => b.toLowerCase().startsWith(key));
}

/** What the slide's lead bullet is about: the subject of a "that" clause ("believes that X …"). */
function clauseSubject(tokens: Token[], from: number): boolean {
  return tokens[from - 1]?.lower === 'that' && has(tokens[from - 2], 'Verb', 'Noun', 'Adjective');
}

function englishCandidates(input: HeadlineInput): { text: string; score: number }[] {
  return input.bullets.flatMap((bullet, rank) => {
    const tokens = tokensOf(bullet, input.lang);
    return phrases(tokens).map(({ from, to }) => {
      const text = tidy(render(tokens, (k) => k >= from && k <= to));
      const words = text.split(/\s+/).length;
      const span = tokens.slice(from, to + 1);
      const names = span.every((t) => has(t, 'ProperNoun') || !t.text.match(CONTENT));
      const negated = has(tokens[from], 'Negative') ? 2 : 0;
      // "this morning", "for forty-one years", "five days a week": when, not what.
      const when = span.some((t) => has(t, 'Date', 'Duration', 'Time') || TIME.has(t.lower))
        ? 3
        : 0;
      // "their own way for …", "the current situation on …": the phrase names no point.
      const heads = span.filter((t) => has(t, 'Noun') && !has(t, 'Pronoun'));
      const light = heads.length > 0 && LIGHT.has(heads[0]!.lower) ? 3 : 0;
      const score =
        weight(text, input.spoken) +
        negated +
        (clauseSubject(tokens, from) ? 2 : 0) -
        rank * 1.5 +
        (words >= 3 && words <= 6 ? 1 : 0) -
        (names ? 2 : 0) -
        when -
        light;
      return { text, score };
    });
  });
}

/**
 * A phrase scoring less says too little about the slide ("Larger share", "Best mornings"): the
 * slide's own short statement serves better (section-slides.ts), or else the section's title.
 */
const MIN_SCORE = 3;

/**
 * A phrase scoring this names the point as well as a sentence would ("No alternative to
 * inter-Korean dialogue and cooperation"); below it, the slide's own short statement heads it
 * when there is one, as reviewers preferred ("Better relations … suit Russia’s national
 * interests" over "President Putin’s first presidential term").
 */
export const STRONG_HEADLINE = 6;

/** Nouns of a span of time: "President Putin’s first presidential term" says when, not what. */
const TIME = new Set('term terms period periods decade decades century centuries era'.split(' '));

/** The slide's headline, or undefined when its bullets offer no phrase the deck has not used. */
export function headlineOf(input: HeadlineInput, min = MIN_SCORE): string | undefined {
  // Outside English no tagger finds the phrase, and a run of words cut at its articles proved a
  // fragment more often than a phrase ("Ersten Städte im Land"): such slides keep the section's
  // title, numbered as its parts.
  if (!isEnglish(input.lang)) return undefined;
  const candidates = englishCandidates(input);
  const best = candidates
    .filter((c) => c.score >= Math.max(min, MIN_SCORE) && acceptable(c.text, input))
    .sort((a, b) => b.score - a.score || a.text.length - b.text.length)[0];
  if (best) input.used.add(best.text.toLowerCase());
  return best?.text;
}
