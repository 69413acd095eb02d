// Sentences a bullet shows together because one alone says less than both: short fragments and
// the sentence that points back at them ("Forty-one nurses. Nine doctors. One registrar. That is
// the hospital nobody visits."), or a sentence and the fragments that echo it ("… únicamente por
// la nota de acceso. Una sola cifra. Una sola mañana.").
import { countWords } from '../core/text.js';
import { opensOnReference } from './back-reference.js';
import { refutesWhatCame } from './languages.js';

export interface SentenceGroup {
  from: number;
  to: number;
  /** The sentence that makes the point; the others are fragments shown as written. */
  core: number;
}

/** Words a fragment has at most ("Eleven centimetres.", "Una sola mañana."). */
const FRAGMENT_WORDS = 3;

/** Fragments a group holds at most. */
const MAX_FRAGMENTS = 3;

/** Thanks close a speech; they echo nothing ("Vielen Dank.", "Je vous remercie."). */
const THANKS =
  /(?:^|\s)(?:thank|thanks|merci|remercie|danke|dank|gracias|grazie|obrigad[oa]|bedankt)\b/iu;

function isFragment(text: string | undefined, lang: string): boolean {
  if (!text) return false;
  const t = text.trim();
  return (
    !THANKS.test(t) &&
    countWords(t, lang) <= FRAGMENT_WORDS &&
    /[.!][”"»’)]?$/u.test(t) &&
    !/[“”"«»„]/u.test(t) &&
    !opensOnReference(t, lang)
  );
}

/** A line ending on a demonstrative points back ("… about that.", "… genau das."). */
const ENDS_ON_REFERENCE =
  /(?:^|\s)(?:that|this|it|those|these|das|dies|cela|ça|ceci|eso|esto|ello|questo|quello|ciò|isso|isto|dat|dit)[.!]$/iu;

/** Words of a short line the next sentence turns on, at most ("The fire took the roof."). */
const SETUP_WORDS = 6;

/** Words of an answer short enough to follow a longer set-up line, and that line's words. */
const SHORT_ANSWER_WORDS = 5;
const LONG_SETUP_WORDS = 12;

/** Sentences pointing back that a group may hold after its fragments. */
const MAX_FOLLOWERS = 2;

/** Words a follower that is not the group's last may have: it is shown whole. */
const MAX_INNER_WORDS = 10;

/**
 * The groups among a slide's sentences (undefined: a sentence no bullet may come from, such as
 * one that opens on a quotation); a group never spans one, nor a paragraph's start (`starts`).
 */
export function groupsOf(
  texts: (string | undefined)[],
  starts: boolean[],
  lang: string,
): SentenceGroup[] {
  const fragment = texts.map((t) => isFragment(t, lang));
  const follows = (k: number) =>
    texts[k] !== undefined && !fragment[k] && !starts[k] && opensOnReference(texts[k]!, lang);
  const out: SentenceGroup[] = [];
  for (let i = 0; i < texts.length; i++) {
    let j = i;
    while (fragment[j] && j - i < MAX_FRAGMENTS && (j === i || !starts[j])) j++;
    // Fragments, then the sentences that say what they are ("That is … It is …").
    for (let k = j; j > i && k < j + MAX_FOLLOWERS && follows(k); k++) {
      out.push({ from: i, to: k, core: k });
      if (countWords(texts[k]!, lang) > MAX_INNER_WORDS) break;
    }
    // A short line, then the sentence that turns on it ("The fire took the roof. It did not take
    // the city's memory."): the second says what it says only after the first.
    const setup = texts[i];
    if (
      setup &&
      !fragment[i] &&
      // ("Die Antwort war nicht der Preis, auch nicht der Komfort. Es war der Fahrplan.": a longer
      // line may set up a short answer.)
      countWords(setup, lang) <=
        (countWords(texts[i + 1] ?? '', lang) <= SHORT_ANSWER_WORDS
          ? LONG_SETUP_WORDS
          : SETUP_WORDS) &&
      /[.!]$/u.test(setup.trim()) &&
      !opensOnReference(setup, lang) &&
      // "I was wrong about that." leans on what came before: it sets nothing up.
      !ENDS_ON_REFERENCE.test(setup.trim()) &&
      !refutesWhatCame(setup, lang) &&
      follows(i + 1)
    )
      out.push({ from: i, to: i + 1, core: i + 1 });
    // A sentence, then the fragments that echo it.
    if (texts[i] && !fragment[i] && fragment[i + 1] && !starts[i + 1]) {
      let k = i + 1;
      while (fragment[k] && !starts[k] && k - i <= MAX_FRAGMENTS) k++;
      if (!follows(k)) out.push({ from: i, to: k - 1, core: i });
    }
  }
  return out;
}
