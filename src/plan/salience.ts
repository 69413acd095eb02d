// How much a sentence says, for choosing a slide's bullets by content rather than position: a
// paragraph's topic sentence, a claim someone holds ("Russia believes that …", "must", "the only
// way"), a conclusion ("Hence …") rank high; a lead-in to a quotation or a list, and a sentence
// that had to lose most of its words to fit, rank low.
import { namesBack } from './back-reference.js';
import { announcesThesis, thesisOf } from './bullet.js';
import { REPORTING } from './condense.js';
import { isFinite } from './grammar.js';
import {
  drawsConclusion,
  endsWhereBegan,
  handlesTheTalk,
  steersTheTalk,
  judgesWhatWasSaid,
  tellsTheRoom,
} from './languages.js';
import { countWords } from '../core/text.js';
import { has, isEnglish, tokensOf, type Token } from './tokens.js';

export interface SalienceInput {
  /** The sentence as written. */
  text: string;
  /** Its bullet, already condensed. */
  bullet: string;
  /** First sentence of its paragraph. */
  first: boolean;
  /** Words of the sentence and of its bullet. */
  words: number;
  bulletWords: number;
  /** Shown after the fragments it points back at ("Eleven centimetres. That is …"). */
  anchored?: boolean;
  /** The sentence before announced this one as the thesis ("My thesis this morning is simple."). */
  announced?: boolean;
  /** A view the speaker goes on to reject, or the line introducing a quotation. */
  leans?: boolean;
}

/**
 * Taken from a sentence that only leans on its neighbours or points at a quotation: enough to keep
 * it off the slide whatever else it has (key-points.ts leaves out what scores below -1.5).
 */
const LEANS = 8;

/** Taken from a sentence that names what was said before ("that argument"): a lesser point. */
const NAMES_BACK = 2.5;

/** Words under which a verdict on what was said before ("Tenía razón, y …") says nothing else. */
const SHORT_VERDICT = 12;

/** Words under which a sentence that names what was said before says nothing else. */
const SHORT_REFERENCE = 8;

/** Words under which telling the room why a story is told says nothing else. */
const SHORT_TELLING = 20;

/** A number that measures something: not a year, nor a list's count ("two reasons"). */
const FIGURE = /\d/u;
const YEAR = /\b(?:1[5-9]|20)\d\d\b/gu;
const FIGURE_WEIGHT = 1;

/** Words of obligation in the languages read without a tagger. */
const OBLIGATION =
  /(?:^|\s)(?:muss|müssen|musst|sollte|sollten|soll|sollen|doit|doivent|devons|faut|debe|deben|debemos|hay que|deve|devono|dobbiamo|bisogna|devemos|moet|moeten|moeten)\b/iu;

/** Added for an announced thesis: enough to put it on the slide before any other sentence. */
const THESIS = 4;

/** Objects of a reporting verb that stand for the quotation ("said it", "put it so"). */
const POINTERS = new Set(['it', 'this', 'that', 'so']);

/** Pronouns opening a sentence that points back, in the languages read without a tagger. */
const LEANING_OPENERS =
  /^(?:das|dies|es|er|sie|ce|c’|c'|cela|ceci|ça|il|elle|ils|elles|esto|eso|ello|questo|ciò|isso|isto|dit|dat|het)\b/iu;

const POINTERS_TO_SELF = new Set(['me', 'us', '’s', "'s"]);

const ANAPHORS = new Set(['that', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'such']);

/** A stance or claim: a verb or noun followed by a "that" clause, a modal, a negation, "only". */
function claims(tokens: Token[]): number {
  let score = 0;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (
      next?.lower === 'that' &&
      has(t, 'Verb', 'Noun') &&
      tokens.slice(i + 2).some((_, k) => isFinite(tokens, i + 2 + k))
    )
      score = Math.max(score, 2);
    if (has(t, 'Modal') && !['can', 'could', 'would', 'will'].includes(t.lower))
      score = Math.max(score, 1.5);
    if (has(t, 'Negative') || t.lower === 'only' || t.lower === 'never') score = Math.max(score, 1);
  });
  return score;
}

/** What a conclusion adds: it is what the passage leads to. */
const CONCLUSION = 1;

/** Conclusions and theses announce themselves: "Hence", "Summing up", "My argument is". */
function concludes(tokens: Token[]): boolean {
  const first = tokens[0];
  return (
    has(first, 'Adverb', 'Gerund', 'Conjunction') && /,/.test(first!.post + (tokens[1]?.post ?? ''))
  );
}

/** Words outside English that deny or restrict: a sentence holding one takes a position. */
const DENIALS =
  /(?:^|[\s’'])(?:ne|n|pas|jamais|nicht|kein|keine|nie|no|nunca|non|mai|não|niet|geen|nooit)\b/iu;

/** Words a sentence outside English needs for its denial to be a point of its own. */
const MIN_FOREIGN_CLAIM_WORDS = 8;

/**
 * The sentence takes a position (a stance, a modal, a negation, "only"), rather than telling what
 * happened: what a quote slide may show above the quotation it supports.
 */
export function isClaim(text: string, lang: string): boolean {
  if (isEnglish(lang)) return claims(tokensOf(text, lang)) >= 1;
  return DENIALS.test(text) && countWords(text, lang) >= MIN_FOREIGN_CLAIM_WORDS;
}

/** A reporting verb whose object stands for the words quoted ("said it", not "said it would"). */
function pointsAtQuotation(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      REPORTING.has(t.lower) &&
      POINTERS.has(tokens[i + 1]?.lower ?? '') &&
      !has(tokens[i + 2], 'Verb'),
  );
}

export function salience(s: SalienceInput, lang: string): number {
  let score = s.first ? 2 : 0;
  const trimmed = s.text.trim();
  // The speaker's whole sentence is the safest bullet, all the more where no tagger checks a cut.
  if (s.bullet === s.text.trim()) score += 1.5;
  else if (!isEnglish(lang)) score -= 1;
  // Outside English, a sentence opening on a demonstrative points back ("Das ist …", "C’est …"),
  // unless the bullet shows what it points at ("Zwölf Jahre. So lange …").
  const leans = !s.anchored;
  if (
    leans &&
    !isEnglish(lang) &&
    /^(?:das|dies|dieser|diese|ce|c’|cela|ceci|cette|esto|eso|esta|questo|isso|dit|dat)\b/iu.test(
      trimmed,
    )
  )
    score -= 2;
  // Short and opening on a pronoun, it leans on the sentence before ("Es ist eine Rechnung.",
  // "Il avait raison.", "Das ist alles richtig.").
  if (leans && !isEnglish(lang) && s.bulletWords < 6 && LEANING_OPENERS.test(trimmed))
    score -= LEANS;
  // "I do not dismiss that argument.", "No desprecio ese argumento.": the argument is not on screen.
  // Short, it says little else ("I do not dismiss that argument.").
  if (namesBack(s.bullet, lang)) score -= s.bulletWords < SHORT_REFERENCE ? LEANS : NAMES_BACK;
  // Untagged, three words are a formula or a reply ("Je vous remercie.", "Beides mag sein.").
  if (!isEnglish(lang) && s.bulletWords <= 3) score -= LEANS;
  // A lead-in ("… put it to the committee in a single sentence:") points at what follows.
  if (/:\s*$/.test(trimmed)) score -= 3;
  // "…, and I will read you the key passage: “…”": the bullet keeps only the lead-in.
  else if (/:\s*[“"«„]/u.test(trimmed) && !/[“"«„]/u.test(s.bullet)) score -= 3;
  // Kept under half its words: the bullet may say less than the sentence did.
  const kept = s.bulletWords / Math.max(1, s.words);
  score += kept >= 0.8 ? 1 : kept < 0.45 ? -1.5 : 0;
  // "My argument this morning is a simple one: …" names the address's thesis.
  if (thesisOf(trimmed, lang) || s.announced) score += THESIS;
  // "Hence …", "Daher …", "Par conséquent, …": the passage's conclusion, in every language.
  if (drawsConclusion(trimmed, lang)) score += CONCLUSION;
  // "My thesis this morning is simple.": the thesis is the next sentence.
  if (announcesThesis(trimmed, lang)) score -= LEANS;
  // "Now I come to money, …", "J’en viens à …": the speaker steering the talk.
  if (steersTheTalk(trimmed) || endsWhereBegan(trimmed, lang)) score -= LEANS;
  // "Ich erzähle Ihnen das nicht, um Sie zu entmutigen.": why the speaker tells it, not a point.
  if (s.words < SHORT_TELLING && tellsTheRoom(trimmed, lang)) score -= LEANS;
  if (handlesTheTalk(trimmed, lang)) score -= LEANS;
  // "Creo que tiene razón.", "Tenía razón, y eso es …": a verdict on words said before.
  if (!s.anchored && s.words < SHORT_VERDICT && judgesWhatWasSaid(trimmed, lang)) score -= LEANS;
  // A measured fact ("4.31 metres", "£2.4 million", "340 Haushalte", "38 per cent") is evidence.
  if (FIGURE.test(s.bullet.replace(YEAR, ''))) score += FIGURE_WEIGHT;
  if (s.leans) score -= LEANS;
  if (isEnglish(lang)) score += englishScore(s, trimmed, lang);
  // Untagged, an obligation takes a position as an English modal does ("Wir müssen …").
  else if (OBLIGATION.test(trimmed)) score += 1.5;
  return score;
}

/** What the tagger tells about an English sentence: a claim, a conclusion, or words that lean. */
function englishScore(s: SalienceInput, trimmed: string, lang: string): number {
  const leans = !s.anchored;
  const tokens = tokensOf(trimmed, lang);
  let score = claims(tokens);
  if (concludes(tokens) && !drawsConclusion(trimmed, lang)) score += CONCLUSION;
  // "… said it better than any report.": the point is the quotation that follows.
  if (pointsAtQuotation(tokensOf(s.bullet, lang))) score -= LEANS;
  // "That is my thesis this morning.", "Everything … follows from that.": they point at words
  // the slide may not show.
  const first = tokens.find((t) => t.text)?.lower ?? '';
  if (leans && ANAPHORS.has(first) && s.bulletWords < 12) score -= LEANS;
  if (/\b(?:that|this|these|those)[.!?]?$/iu.test(s.bullet.replace(/[.!?]+$/u, ''))) score -= LEANS;
  // "The figure I care about most is a different one, though.": it names what comes next.
  if (/\b(?:a\s+different|another|the\s+other)\s+one(?:,\s*though)?[.!?]?$/iu.test(trimmed))
    score -= LEANS;
  // "Let me end where I began.": the speaker steering the talk, not a point of it.
  if (first === 'let' && POINTERS_TO_SELF.has(tokens[1]?.lower ?? '')) score -= LEANS;
  // "It was not.", "He was right.", "I want to be careful about what that means.": they lean on
  // the sentence before.
  if (
    leans &&
    s.bulletWords < 12 &&
    !tokensOf(s.bullet, lang).some((t) => has(t, 'Noun') && !has(t, 'Pronoun'))
  )
    score -= LEANS;
  const shown = tokensOf(s.bullet, lang).filter((t) => t.text);
  // "By the time those patients reached Brackley, they were.", "We did not.": the verb's
  // complement is in the sentence before.
  // ("… what we say a library is." ends on its verb, but says it all; "Nothing about the sea
  // is." does not.)
  const negated = shown[shown.length - 1]?.lower === 'not' ? 1 : 0;
  const verb = shown[shown.length - 1 - negated];
  const elliptical =
    has(shown[shown.length - 2 - negated], 'Pronoun') || shown.length < SHORT_REFERENCE;
  if (has(verb, 'Copula', 'Auxiliary', 'Modal') && elliptical) score -= LEANS;
  // "Our data showed the same pattern, two years after he had noticed it.": who "he" is was said
  // before; the bullet alone does not tell.
  const stranded = leans && !namesBack(s.bullet, lang) ? strandedPronoun(shown) : undefined;
  // (A person unnamed leaves the bullet unreadable; "they" may yet stand for the bullet above.)
  if (stranded) score -= stranded === 'person' ? LEANS : NAMES_BACK;
  return score;
}

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);

/**
 * A personal pronoun with nothing before it in the bullet it can stand for: a name or a person
 * for "he" and "she", a plural noun for "they" (a date is none: "Last year they handled …").
 */
function strandedPronoun(tokens: Token[]): 'person' | 'plural' | undefined {
  for (const [i, t] of tokens.entries()) {
    const before = tokens.slice(0, i);
    if (PERSONAL.has(t.lower) && !before.some((b) => has(b, 'ProperNoun', 'Actor', 'Person')))
      return 'person';
    if (PLURAL.has(t.lower) && !before.some(standsForThey)) return 'plural';
  }
  return undefined;
}

const standsForThey = (t: Token) =>
  has(t, 'Noun') && !has(t, 'Pronoun', 'Date') && has(t, 'Plural', 'ProperNoun');
