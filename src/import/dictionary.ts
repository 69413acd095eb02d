// The English word list (`word-list` on npm, ~275,000 words) that decides a word hyphenated across
// a line break when the text itself never writes it. Read once, and only when a break needs it.
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

/** True when `word` (any case) is an English word the list knows. */
export function isDictionaryWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}
