// How much a sentence says, for choosing a slide's bullets by content rather than position: a
// paragraph's topic sentence, a claim someone holds ("Russia believes that …", "must", "the only
// way"), a conclusion ("Hence …") rank high; a lead-in to a quotation or a list, and a sentence
// that had to lose most of its words to fit, rank low.
import { isFinite } from './grammar.js';
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
}

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

/** Conclusions and theses announce themselves: "Hence", "Summing up", "My argument is". */
function concludes(tokens: Token[]): boolean {
  const first = tokens[0];
  return (
    has(first, 'Adverb', 'Gerund', 'Conjunction') && /,/.test(first!.post + (tokens[1]?.post ?? ''))
  );
}

export function salience(s: SalienceInput, lang: string): number {
  let score = s.first ? 2 : 0;
  const trimmed = s.text.trim();
  // The speaker's whole sentence is the safest bullet, all the more where no tagger checks a cut.
  if (s.bullet === s.text.trim()) score += 1.5;
  else if (!isEnglish(lang)) score -= 1;
  // Outside English, a sentence opening on a demonstrative points back ("Das ist …", "C’est …").
  if (
    !isEnglish(lang) &&
    /^(?:das|dies|dieser|diese|ce|c’|cela|ceci|cette|esto|eso|esta|questo|isso|dit|dat)\b/iu.test(
      trimmed,
    )
  )
    score -= 2;
  // A lead-in ("… put it to the committee in a single sentence:") points at what follows.
  if (/:\s*$/.test(trimmed)) score -= 3;
  // Kept under half its words: the bullet may say less than the sentence did.
  const kept = s.bulletWords / Math.max(1, s.words);
  score += kept >= 0.8 ? 1 : kept < 0.45 ? -1.5 : 0;
  if (isEnglish(lang)) {
    const tokens = tokensOf(trimmed, lang);
    score += claims(tokens);
    if (concludes(tokens)) score += 0.5;
    // "That is my thesis this morning.", "Everything … follows from that.": they point at words
    // the slide may not show.
    const first = tokens.find((t) => t.text)?.lower ?? '';
    if (ANAPHORS.has(first) && s.bulletWords < 12) score -= 2.5;
    if (/\b(?:that|this|these|those)[.!?]?$/iu.test(s.bullet.replace(/[.!?]+$/u, ''))) score -= 2.5;
    // "It was not.", "He was right.", "I will try not to.": they lean on the sentence before.
    if (
      s.bulletWords < 7 &&
      !tokensOf(s.bullet, lang).some((t) => has(t, 'Noun') && !has(t, 'Pronoun'))
    )
      score -= 4;
  }
  return score;
}
