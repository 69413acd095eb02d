// Cuts a subeditor makes anywhere in a sentence: the opening connective, asides between commas,
// dashes or brackets, dates and places, and what stands between a subject and its verb.
import { isFinite } from './grammar.js';
import { keepsClaim, languageWords, WEIGHS } from './languages.js';
import { has, isEnglish, render, type Token } from './tokens.js';
import {
  ASIDE_OPENERS,
  dashAfter,
  DEMONSTRATIVE,
  inBrackets,
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
    : known && comma <= 2 && !tokens.slice(0, comma).some((t) => dashAfter(t));
  const reach = has(first, 'Preposition', 'Gerund', 'Participle', 'Adverb') ? 9 : 5;
  // "And the good news, …, is that …": after "And" a noun phrase is the subject, not a connective.
  const nounAfterJoin =
    has(first, 'Conjunction', 'Adverb') &&
    !has(first, 'Preposition') &&
    tokens.slice(1, comma + 1).some((t) => has(t, 'Noun') && !has(t, 'Pronoun', 'Date'));
  const verbless = !tokens.slice(0, comma + 1).some((_, i) => isFinite(tokens, i));
  // "In these circumstances the harbour board, which …,": the opening phrase ends where the
  // subject starts, before the comma.
  const phrase = has(first, 'Preposition') ? phraseEnd(tokens) : 0;
  if (phrase > 0 && isEnglish(lang) && (comma < 0 || phrase < comma)) return phrase;
  if (
    comma >= 0 &&
    comma <= reach &&
    connective &&
    verbless &&
    !nounAfterJoin &&
    !heldSubject(tokens, comma + 1)
  )
    return comma + 1;
  // In German and Dutch the verb comes second: "Deshalb müssen die Kommunen …" without its
  // "Deshalb" would read as a question ("Müssen die Kommunen …?").
  const verbSecond = /^(?:de|nl)/iu.test(lang);
  if (!isEnglish(lang)) return known && comma !== 0 && tokens.length > 4 && !verbSecond ? 1 : 0;
  // "Hence", "And", "So": a lone connective; never "If", "When", "Because", which open a clause.
  // "By the time those patients …" is one conjunction of three words: "By" is not alone.
  const lone =
    has(first, 'Adverb', 'Conjunction') &&
    !has(first, 'Noun', 'Condition') &&
    !(has(first, 'Conjunction') && has(tokens[1], 'Conjunction'));
  if (lone && !OPENS_CLAUSE.has(first!.lower) && tokens.length > 4) return 1;
  return 0;
}

/**
 * "Between 1948 and 1975 around 14 kilometres of it, more than a third of its length, were
 * straightened": the clause's verb follows a comma, so the words before the first comma were
 * its subject, and what follows them an appositive, not the statement.
 */
function heldSubject(tokens: Token[], from: number): boolean {
  const verb = tokens.findIndex((_, i) => i >= from && isFinite(tokens, i));
  return verb > from && /,/.test(tokens[verb - 1]!.post);
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

/** Subject pronouns that open a clause, in the languages read without a tagger. */
const SUBJECT_PRONOUN =
  /^(?:il|elle|ils|elles|on|nous|vous|je|j[’']|ich|er|sie|es|wir|man|io|noi|voi|yo|nosotros|nosotras|ellos|ellas|eu|nós|ik|hij|zij|wij)$/iu;

/** Conjunctions that join a clause of its own, in the languages read without a tagger. */
const COORDINATORS = /^(?:y|e|et|und|en|o|ou|oder|of|pero|mais|aber|ma|mas|maar|sondern)$/iu;

/** Words before a sentence's first comma, under which they are an opening phrase ("En 2023,"). */
const SHORT_OPENING = 4;

/** Words of an aside between commas or dashes, at most, brackets inside it not counted. */
const MAX_ASIDE_WORDS = 20;

/** Asides that can go from anywhere: between paired commas or dashes, in brackets, dates. */
export function asides(tokens: Token[], depth: number[], lang: string, from: number): Cut[] {
  const out: Cut[] = [];
  const english = isEnglish(lang);
  const free = (a: number, b: number) => depth[a] === 0 && depth[b + 1] === 0;
  const noVerb = (a: number, b: number) =>
    !tokens.slice(a, b + 1).some((_, k) => isFinite(tokens, a + k));
  const bracketed = inBrackets(tokens);
  for (let i = Math.max(0, from - 1); i < tokens.length - 1; i++) {
    if (!pause(tokens[i]) || /[;:]/.test(tokens[i]!.post)) continue;
    const dash = dashAfter(tokens[i]);
    const a = i + 1;
    const opener = tokens[a]!;
    // "…, which …," and "…, and this is the lesson I least expected," are asides with a verb.
    const clause =
      ['which', 'who', 'whom', 'whose', 'where'].includes(opener.lower) ||
      (opener.lower === 'and' && DEMONSTRATIVE.has(tokens[a + 1]?.lower ?? '')) ||
      // "Twenty years ago, when I started as a cataloguer, people told me …": a "when" clause
      // after a time already given only dates it again.
      (english && opener.lower === 'when' && has(tokens[i], 'Date'));
    // "14 kilometres of it, more than a third of its length, were straightened", "the good news,
    // the news I want you to take home, is that …": a phrase after a noun that the clause's verb
    // follows renames the noun (resumes() checks the verb).
    const appositive =
      english && !clause && has(tokens[i], 'Noun') && !has(opener, 'Verb', 'Conjunction');
    // "Third, and most important, a clinic is …", "…, and above all, …": a weighing aside.
    const weighing =
      english &&
      JOINS.has(opener.lower) &&
      has(tokens[a + 1], 'Adverb', 'Adjective', 'Preposition') &&
      !has(tokens[a + 1], 'Verb');
    const aside =
      weighing ||
      appositive ||
      dash ||
      clause ||
      !english ||
      ASIDE_OPENERS.has(opener.lower) ||
      has(opener, 'Preposition', 'Adverb', 'Gerund') ||
      (has(opener, 'Verb') && has(opener, 'PastTense') && !has(opener, 'Copula'));
    if (!aside) continue;
    // Untagged, "En 2023, la ville a dépensé 3,2 millions d'euros, soit …": after a short opening
    // phrase and its comma comes the main clause, not an aside.
    const firstPause = tokens.findIndex((t) => pause(t));
    if (!english && !dash && i === firstPause && i < SHORT_OPENING) continue;
    // Untagged, "…, il fallait montrer que l'on agissait, et …": a clause opening on a subject
    // pronoun is a clause of the sentence, not an aside.
    if (!english && !dash && SUBJECT_PRONOUN.test(opener.text)) continue;
    // "Nadie se quedó sin beber, y eso se debe al trabajo de los técnicos, que …": a clause
    // joined by "y", "et", "und" goes only as the sentence's tail, never from its middle.
    if (!english && !dash && COORDINATORS.test(opener.text)) continue;
    // The aside ends at a matching pause; one opening on a preposition may hold a list's commas.
    // Words in brackets go with it, and are not counted: "when I started in the old library (a
    // building with a leaking roof, …), people told me" holds its own aside.
    let reach = 0;
    for (let j = a; j < tokens.length - 1; j++) {
      if (!bracketed[j] || j === a) reach++;
      if (reach > MAX_ASIDE_WORDS) break;
      if (bracketed[j] && !/\)/.test(tokens[j]!.post)) continue;
      if (!pause(tokens[j])) continue;
      if (/[;:]/.test(tokens[j]!.post)) break;
      const matches = dash === dashAfter(tokens[j]);
      // Outside English any aside may go, but not one that carries the claim ("…, pero mide mal
      // lo que puede llegar a aprender, …").
      // "Enfin — et c'est, à mes yeux, le plus important — nous …": weighing is no claim.
      const weighs = WEIGHS.test(render(tokens, (k) => k >= a && k <= j));
      const claims =
        !english &&
        !weighs &&
        tokens.slice(a, j + 1).some((t, k) => keepsClaim(t.text, lang, k === 0));
      // "…, who farms 140 hectares and was, by her own account, …": "was" has not its complement.
      if (clause && has(tokens[j], 'Copula', 'Auxiliary', 'Preposition', 'Determiner')) continue;
      // A relative clause or a renaming phrase ends where its noun's verb resumes: "Anna Kowal,
      // who farms … and was, by her own account, our fiercest critic in 2019, now chairs …".
      const renames =
        appositive &&
        !ASIDE_OPENERS.has(opener.lower) &&
        !has(opener, 'Preposition', 'Adverb', 'Gerund');
      if (RELATIVES.has(opener.lower) || renames) {
        if (renames && !renamingPhrase(tokens, a, j)) break;
        if (!resumes(tokens, j + 1)) {
          if (renames && !has(tokens[a], 'Determiner', 'Adjective', 'Value', 'Possessive')) break;
          continue;
        }
      }
      if (
        matches &&
        free(a, j) &&
        (clause || renames || noVerb(a, j)) &&
        !listItem(tokens, i, j) &&
        !claims &&
        (english || !strandsEnding(tokens, j))
      )
        out.push({
          from: a,
          to: j,
          cost: dash ? 0.8 : 1,
          ...(weighs && dash ? { always: true } : {}),
        });
      // After "was," the words that follow are its complement, whatever asides they hold.
      if (
        (!has(opener, 'Preposition') || has(tokens[i], 'Copula', 'Auxiliary')) &&
        !dash &&
        !clause &&
        !renames
      )
        break;
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

/** Relative pronouns whose clause renames the noun before it: the noun's own verb follows. */
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);

/** Words tagged otherwise that stand before a verb as adverbs do ("…, now chairs"). */
const RESUMING = new Set(['now', 'then', 'also', 'still', 'later', 'soon', 'today']);
const JOINS = new Set(['and', 'or', 'but', 'nor']);

/**
 * A renaming phrase holds a verb only in a clause of its own without "that" ("the news [I want
 * you to take home]"): "the Department is right that …" is a clause, not a name.
 */
function renamingPhrase(tokens: Token[], a: number, j: number): boolean {
  for (let k = a; k <= j; k++) {
    if (!isFinite(tokens, k)) continue;
    return (
      has(tokens[k - 1], 'Pronoun') &&
      k - 2 >= a &&
      has(tokens[k - 2], 'Noun') &&
      !has(tokens[k - 2], 'Pronoun')
    );
  }
  return true;
}

/** The clause's own verb stands at `k`, perhaps after an adverb ("…, now chairs …"). */
function resumes(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const adverb = (has(t, 'Adverb') || RESUMING.has(t?.lower ?? '')) && !has(t, 'Verb');
  const at = adverb && !JOINS.has(t!.lower) ? k + 1 : k;
  return isFinite(tokens, at);
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

const CLAUSE_OPENING = new Set(['what', 'that', 'which', 'who', 'whom', 'whose', 'whether']);

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
      // "a change in what we say": a clause is no modifier's noun phrase.
      !(has(tokens[j], 'Pronoun', 'QuestionWord') && !has(tokens[j], 'Possessive')) &&
      !CLAUSE_OPENING.has(tokens[j]!.lower) &&
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
const PAIR_OPENERS = new Set(['both', 'either', 'neither', 'between']);

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
    // "both in Seoul and in Pyongyang": a member of a pair goes only with its pair.
    const paired =
      PAIR_OPENERS.has(tokens[i - 1]!.lower) || /^(?:and|or)$/u.test(tokens[j]?.lower ?? '');
    if (j > i + 1 && !comma && !paired && depth[i] === 0 && depth[j] === 0)
      out.push({ from: i, to: j - 1, cost: 0.4 });
  }
  return out;
}
