// A word hyphenated across a line break: "nego-" / "tiation". The text's own usage decides first
// (the joined or the hyphenated form written elsewhere), then the dictionary; when neither knows,
// the hyphen is kept and reported.
import { isDictionaryWord } from './dictionary.js';
import type { Notice } from './notice.js';

export interface WordCounts {
  /** Lower-cased words as written in the text, hyphenated compounds whole and in parts. */
  counts: Map<string, number>;
}

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

export function countWords(text: string): WordCounts {
  const counts = new Map<string, number>();
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const m of text.matchAll(WORD)) add(m[0].toLowerCase());
  return { counts };
}

export type HyphenChoice = { joined: string; keepHyphen: boolean; notice: Notice };

/**
 * `left` is the line's last word without its hyphen ("nego"), `right` the next line's first word
 * ("tiation"); `line` is the source line the break is on.
 */
export function resolveHyphen(
  left: string,
  right: string,
  words: WordCounts,
  line: number,
): HyphenChoice {
  const closed = `${left}${right}`;
  const open = `${left}-${right}`;
  const seen = (w: string) => words.counts.get(w.toLowerCase()) ?? 0;
  const choose = (keepHyphen: boolean, why: string): HyphenChoice => ({
    joined: keepHyphen ? open : closed,
    keepHyphen,
    notice: {
      line,
      message: keepHyphen
        ? `kept the hyphen in '${open}' broken across lines (${why})`
        : `joined '${open}' broken across lines as '${closed}' (${why})`,
    },
  });
  if (/^\p{Lu}/u.test(right)) return choose(true, 'a capital follows it');
  if (seen(closed) > 0 && seen(closed) >= seen(open)) return choose(false, 'as the text writes it');
  if (seen(open) > 0) return choose(true, 'as the text writes it');
  // The last part of a compound decides: "well-pre-" / "pared" looks up "prepared".
  const tail = left.split('-').at(-1)!;
  if (isDictionaryWord(`${tail}${right}`)) return choose(false, 'a dictionary word');
  if (isDictionaryWord(tail) && isDictionaryWord(right))
    return choose(true, 'both parts are words');
  const notice = choose(true, 'unknown word; check it').notice;
  return { joined: open, keepHyphen: true, notice };
}
