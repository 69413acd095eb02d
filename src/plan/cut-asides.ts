// Cuts a subeditor makes anywhere in a sentence: the opening connective, asides between commas,
// dashes or brackets, dates and places, and what stands between a subject and its verb.
import { isFinite } from './grammar.js';
import { keepsClaim, languageWords } from './languages.js';
import { has, isEnglish, type Token } from './tokens.js';
import {
  ASIDE_OPENERS,
  dashAfter,
  DEMONSTRATIVE,
  OPENS_CLAUSE,
  pause,
  type Cut,
} from './cut-words.js';

/** The opening connective ("Summing up,", "In these circumstances", "Hence"): where the statement starts. */
export function leadEnd(tokens: Token[], lang: string): number {
  const comma = tokens.findIndex((t) => /,/.test(t.post));
  const first = tokens[0];
  // A short opening phrase set off by a comma, with no verb of its own ("Speaking to the
  // journalists after the summit," may run longer: it opens on a preposition or participle).
  // A name before a comma is the subject with an appositive ("Dr. Anand-Cole, chief engineer, put
  // it…"), not a connective: in English the phrase must open on a connective's part of speech.
  // Outside English only the language's own connectives go ("Ich weiß," is a clause).
  const known = languageWords(lang).connectives.has(first?.lower ?? '');
  const connective = isEnglish(lang)
    ? has(first, 'Preposition', 'Gerund', 'Participle', 'Adverb', 'Conjunction', 'Ordinal') &&
      !has(first, 'ProperNoun')
    : known && comma <= 2;
  const reach = has(first, 'Preposition', 'Gerund', 'Participle', 'Adverb') ? 9 : 5;
  const verbless = !tokens.slice(0, comma + 1).some((_, i) => isFinite(tokens, i));
  // "In these circumstances the harbour board, which …,": the opening phrase ends where the
  // subject starts, before the comma.
  const phrase = has(first, 'Preposition') ? phraseEnd(tokens) : 0;
  if (phrase > 0 && isEnglish(lang) && (comma < 0 || phrase < comma)) return phrase;
  if (comma >= 0 && comma <= reach && connective && verbless) return comma + 1;
  // In German and Dutch the verb comes second: "Deshalb müssen die Kommunen …" without its
  // "Deshalb" would read as a question ("Müssen die Kommunen …?").
  const verbSecond = /^(?:de|nl)/iu.test(lang);
  if (!isEnglish(lang)) return known && comma !== 0 && tokens.length > 4 && !verbSecond ? 1 : 0;
  // "Hence", "And", "So": a lone connective; never "If", "When", "Because", which open a clause.
  const lone = has(first, 'Adverb', 'Conjunction') && !has(first, 'Noun', 'Condition');
  if (lone && !OPENS_CLAUSE.has(first!.lower) && tokens.length > 4) return 1;
  return 0;
}

/** "In these circumstances the Koreans …": a leading phrase ends where a new noun phrase starts. */
function phraseEnd(tokens: Token[]): number {
  let i = 1;
  while (i < tokens.length && has(tokens[i], 'Determiner', 'Adjective') && !has(tokens[i], 'Noun'))
    i++;
  while (i < tokens.length && has(tokens[i], 'Noun') && !has(tokens[i], 'Determiner')) {
    // "In 2018, the …": a comma ends the phrase itself.
    if (/[,;:]/.test(tokens[i]!.post)) return 0;
    i++;
  }
  return i > 1 && i <= 5 && has(tokens[i], 'Determiner', 'Pronoun', 'ProperNoun') ? i : 0;
}

/** Asides that can go from anywhere: between paired commas or dashes, in brackets, dates. */
export function asides(tokens: Token[], depth: number[], lang: string, from: number): Cut[] {
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
      // Outside English any aside may go, but not one that carries the claim ("…, pero mide mal
      // lo que puede llegar a aprender, …").
      const claims =
        !english && tokens.slice(a, j + 1).some((t, k) => keepsClaim(t.text, lang, k === 0));
      if (
        matches &&
        free(a, j) &&
        (clause || noVerb(a, j)) &&
        !listItem(tokens, i, j) &&
        !claims &&
        (english || !strandsEnding(tokens, j))
      )
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
    out.push(
      ...datesAndPlaces(tokens, depth, from),
      ...nounModifiers(tokens, depth, from),
      ...pairOpeners(tokens, depth, from),
    );
  return out;
}

/** Words after an aside's closing pause that, ending the sentence, may belong to the aside. */
const STRANDED_WORDS = 4;

/**
 * Untagged, "…, und ihre Mitglieder sind die überzeugendsten Werbeträger, die wir haben.": a few
 * last words after the aside are its own relative clause, and would be left hanging on the word
 * before it ("… verloren, die wir haben").
 */
function strandsEnding(tokens: Token[], j: number): boolean {
  const rest = tokens.slice(j + 1);
  return rest.length > 0 && rest.length <= STRANDED_WORDS && !rest.slice(0, -1).some(pause);
}

/**
 * "for [both] development of ties … as well as for implementation …": the word that opens a pair
 * may go on its own, so that the pair's second half can go as a tail and leave a whole statement.
 */
function pairOpeners(tokens: Token[], depth: number[], from: number): Cut[] {
  const out: Cut[] = [];
  for (let i = Math.max(from, 1); i < tokens.length - 2; i++) {
    const t = tokens[i]!;
    if ((t.lower !== 'both' && t.lower !== 'either') || depth[i] !== 0) continue;
    if (!has(tokens[i - 1], 'Preposition', 'Verb') || has(tokens[i + 1], 'Verb')) continue;
    const partner = t.lower === 'both' ? ['and', 'as'] : ['or'];
    if (tokens.some((u, k) => k > i + 1 && partner.includes(u.lower)))
      out.push({ from: i, to: i, cost: 0.3 });
  }
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
