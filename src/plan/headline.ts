// A key-point slide's headline: a short phrase in the address's words that names its point ("No
// alternative to inter-Korean dialogue"), unique in the deck. English takes a noun phrase of the
// slide's bullets by part of speech; other languages a run of words between function words.
// Never the opening words of a bullet: the headline must add to what the bullets say.
import { firstWord, languageWords } from './languages.js';
import { isEnglish, render, tokensOf, type Token } from './tokens.js';

export interface HeadlineInput {
  /** The slide's bullets, most important first. */
  bullets: string[];
  /** The text the slide covers, for what the slide keeps returning to. */
  spoken: string;
  lang: string;
  /** Headlines (and section titles) already in the deck, lower-cased. */
  used: Set<string>;
}

const has = (t: Token | undefined, ...tags: string[]) => !!t && tags.some((x) => t.tags.has(x));

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
    if (end < 0) continue;
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

function englishCandidates(input: HeadlineInput): { text: string; score: number }[] {
  return input.bullets.flatMap((bullet, rank) => {
    const tokens = tokensOf(bullet, input.lang);
    return phrases(tokens).map(({ from, to }) => {
      const text = tidy(render(tokens, (k) => k >= from && k <= to));
      const words = text.split(/\s+/).length;
      const names = tokens
        .slice(from, to + 1)
        .every((t) => has(t, 'ProperNoun') || !t.text.match(CONTENT));
      const negated = has(tokens[from], 'Negative') ? 2 : 0;
      const score =
        weight(text, input.spoken) +
        negated -
        rank * 1.5 +
        (words >= 3 && words <= 6 ? 1 : 0) -
        (names ? 2 : 0);
      return { text, score };
    });
  });
}

/** Forms of "be" and "have" and the commonest auxiliaries: a phrase holding one is a clause. */
const AUXILIARY =
  /^(?:est|sont|était|étaient|sera|seront|a|ont|avait|avaient|ist|sind|war|waren|wird|werden|hat|haben|hatte|kann|muss|es|son|era|fue|ha|han|è|sono|era|ha|hanno|é|são|foi|tem|is|zijn|was|heeft|hebben)$/iu;

/** Words a headline may hold inside but not end on: "de", "der", "of" between two nouns. */
const LINKING = /^(?:de|d’|du|des|der|von|del|di|da|do|van)$/iu;

/**
 * Outside English: a noun phrase found by its article ("la gestion commune du fleuve", "die
 * Wärme der Dörfer"), two to four words on, ending before a linking word that leads nowhere.
 */
function foreignCandidates(input: HeadlineInput): { text: string; score: number }[] {
  const { articles, subordinators } = languageWords(input.lang);
  const german = input.lang.toLowerCase().startsWith('de');
  return input.bullets.flatMap((bullet, rank) => {
    const out: { text: string; score: number }[] = [];
    for (const clause of bullet.split(/[,;:.!?«»„“”()–—]/u)) {
      const words = clause.trim().split(/\s+/).filter(Boolean);
      words.forEach((w, a) => {
        const article = firstWord(w);
        if (!articles.has(article)) return;
        // "l’eau" carries its article: the phrase starts in that word.
        const from = article.endsWith('’') && w.length > article.length ? a : a + 1;
        for (let b = from + 1; b < Math.min(words.length, from + 4); b++) {
          const last = words[b]!.toLowerCase();
          if (LINKING.test(last) || articles.has(firstWord(last)) || subordinators.has(last))
            continue;
          const phrase = words.slice(from, b + 1);
          if (phrase.slice(1).some((x) => subordinators.has(x.toLowerCase()))) break;
          if (phrase.some((x) => AUXILIARY.test(x))) break;
          // German capitalises its nouns: the phrase ends on one.
          if (german && !/^\p{Lu}/u.test(words[b]!)) continue;
          const text = tidy(phrase.join(' ').replace(/^[\p{L}]+’(?=\p{L})/u, ''));
          const score = weight(text, input.spoken) - rank * 1.5;
          // A phrase the slide does not come back to says little about it.
          if (score >= 2) out.push({ text, score });
        }
      });
    }
    return out;
  });
}

/** The slide's headline, or undefined when its bullets offer no phrase the deck has not used. */
export function headlineOf(input: HeadlineInput): string | undefined {
  const candidates = isEnglish(input.lang) ? englishCandidates(input) : foreignCandidates(input);
  const best = candidates
    .filter((c) => acceptable(c.text, input))
    .sort((a, b) => b.score - a.score || a.text.length - b.text.length)[0];
  if (best) input.used.add(best.text.toLowerCase());
  return best?.text;
}
