// A list the speaker makes by repetition rather than by numbers: clauses of one sentence that
// open on the same word ("Wir bauen …, wir öffnen …, und wir beteiligen …"), or sentences in a
// row that open on the same two ("We will add … We will give … We will report …"). Each becomes
// a bullet of its own, so the list reaches the screen whole.
import { countWords } from '../core/text.js';
import { condense } from './condense.js';
import { ITEM_SLACK } from './enumeration-words.js';

/** Clauses or sentences a parallel list needs at least: two are a pair, not a list. */
const MIN_ITEMS = 3;

/**
 * Words no list is made by repeating: articles, conjunctions, prepositions ("Für eine
 * Krankenpflegerin …, für einen Schüler …, für eine Witwe …, ist es …" is one clause's phrases).
 */
const NOT_OPENERS = new Set(
  'the a an and or but of in on to for with at by as der die das ein eine und oder aber in an auf mit von zu für durch über nach bei gegen ohne le la les un une des et ou mais de du en à au pour avec sans el los las un una y o pero del al para por con sin il lo gli i e ma di da per senza het een en of maar van op voor met o os as um uma mas do da no na'.split(
    ' ',
  ),
);

export interface ParallelList {
  items: string[];
  /** The sentences (indices into the input) the items come from. */
  sentences: number[];
}

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The clauses of `sentence` that open on its first word, when there are three or more. */
function clausesOf(sentence: string): string[] | undefined {
  const first = /^[\p{L}’']+/u.exec(sentence.trim())?.[0];
  if (!first || NOT_OPENERS.has(first.toLowerCase())) return undefined;
  const joiner = `,\\s+(?:(?:and|und|et|y|e|en|und dann)\\s+)?(?=${first}\\s)`;
  const parts = sentence.trim().split(new RegExp(joiner, 'iu'));
  return parts.length >= MIN_ITEMS ? parts.map((p) => capitalised(p.trim())) : undefined;
}

const openingPair = (s: string) =>
  (
    s
      .trim()
      .toLowerCase()
      .match(/[\p{L}’']+/gu) ?? []
  )
    .slice(0, 2)
    .join(' ');

/** The parallel list among a slide's sentences (empty strings: not for bullets), if any. */
export function parallelIn(
  sentences: string[],
  o: { maxWords: number; maxSlideWords: number; lang: string },
): ParallelList | undefined {
  const shorten = (t: string) =>
    condense(/[.!?]$/u.test(t.trim()) ? t : `${t.trim()}.`, {
      maxWords: o.maxWords + ITEM_SLACK,
      lang: o.lang,
    });
  const accept = (items: (string | undefined)[], at: number[]): ParallelList | undefined => {
    if (items.some((b) => !b)) return undefined;
    const words = items.reduce((n, b) => n + countWords(b!, o.lang), 0);
    return words <= o.maxSlideWords ? { items: items as string[], sentences: at } : undefined;
  };
  for (let i = 0; i < sentences.length; i++) {
    const clauses = sentences[i] && !/[“”"«»„]/u.test(sentences[i]!) && clausesOf(sentences[i]!);
    if (clauses) {
      const found = accept(clauses.map(shorten), [i]);
      if (found) return found;
    }
    // Sentences in a row opening on the same two words.
    const pair = sentences[i] ? openingPair(sentences[i]!) : '';
    if (!pair.includes(' ') || NOT_OPENERS.has(pair.split(' ')[0]!)) continue;
    let j = i + 1;
    while (j < sentences.length && sentences[j] && openingPair(sentences[j]!) === pair) j++;
    if (j - i >= MIN_ITEMS) {
      const at = Array.from({ length: j - i }, (_, k) => i + k);
      const found = accept(
        at.map((k) => shorten(sentences[k]!)),
        at,
      );
      if (found) return found;
    }
  }
  return undefined;
}
