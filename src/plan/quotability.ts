// How well a quotation stands on a slide of its own, by what it says rather than its length: a
// short, plain-worded line (a metaphor, a punchline, "will eat grass") said by a named person, in
// the first person or as a command, the line its paragraph builds to, beats a long passage of
// official prose. Plain words are short words: abstract nouns ("implementation", "normalization")
// are long in every language Lectern labels.
import { countWords } from '../core/text.js';

export interface QuoteTraits {
  text: string;
  lang: string;
  /** Attributed to a person the address names (not a document, not a description). */
  person: boolean;
  attributed: boolean;
  sourced: boolean;
  /** Closed and starting a sentence. */
  complete: boolean;
  /** The quotation ends its paragraph: the line the paragraph builds to. */
  last: boolean;
}

/** A quotation scoring this or more is strong: a paragraph may give two such their own slides. */
export const STRONG_QUOTE = 24;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/**
 * A closing clause this short, after a semicolon, colon, dash or full stop, lands the line the
 * way a punchline does ("… is absolutely pointless; it is a dead end").
 */
const PUNCH_CLAUSE_WORDS = 6;
const CLAUSE_BREAK = /[;:—–]|[.!?…](?=\s|$)/u;

function punchline(text: string, lang: string): number {
  const clauses = text
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => countWords(c, lang) > 0);
  if (clauses.length < 2) return 0;
  const words = countWords(clauses[clauses.length - 1]!, lang);
  return words >= 2 && words <= PUNCH_CLAUSE_WORDS ? 6 : 0;
}

function lengthScore(words: number): number {
  if (words <= 25) return 10;
  if (words <= 40) return 5;
  return words <= 60 ? 0 : -5;
}

export function quotability(q: QuoteTraits): number {
  const words = countWords(q.text, q.lang);
  const tokens = q.text.match(WORD) ?? [];
  const plain = tokens.filter((w) => w.length <= 7).length / Math.max(1, tokens.length);
  const abstract = tokens.filter((w) => w.length >= 11).length / Math.max(1, tokens.length);
  // Speaking to the room: first person, or a command. Both hold in the languages we label.
  const voice =
    /\b(?:we|i|us|our|my|nous|je|notre|wir|ich|unser|nosotros|yo|noi|io|nós|eu|wij|ik)\b/iu.test(
      q.text,
    )
      ? 4
      : 0;
  const turn =
    /\b(?:not|never|no|but|only|ne|pas|jamais|mais|nicht|nie|kein|aber|sondern|nunca|pero|non|mai|ma|niet|maar)\b/iu.test(
      q.text,
    )
      ? 2
      : 0;
  return (
    lengthScore(words) +
    (plain - 0.65) * 30 -
    abstract * 20 +
    voice +
    turn +
    punchline(q.text, q.lang) +
    (q.person ? 6 : q.attributed ? 3 : 0) +
    (q.sourced ? 2 : 0) +
    (q.complete ? 3 : 0) +
    (q.last ? 3 : 0) -
    (FOLLOWS_ON.test(q.text) ? FOLLOW_ON : 0)
  );
}

/**
 * "And we built the warning system for people who …": a quotation opening on "and" or "but" goes
 * on from words said before it, which its slide would not show; it stays in the notes unless it
 * is strong enough without them.
 */
const FOLLOWS_ON =
  /^[…\s]*(?:and|but|or|so|und|aber|oder|et|mais|ou|y|pero|o|e|ma|o|en|maar|of)\s/iu;
const FOLLOW_ON = 10;
