// One bullet from one sentence: the sentence itself when short enough, else a shortening of it
// made only by leaving words out (condense.ts), still a statement with its own subject and verb.
// A bullet never begins or ends with "…": it is not a quotation, and the notes hold the whole
// sentence. A sentence no such shortening fits gives no bullet.
import { condense } from './condense.js';

/**
 * The bullet for `sentence` in at most `maxWords` words, or undefined. `partial` says the text is
 * only the opening of a sentence (cut before a quotation that has a slide of its own).
 */
export function bulletOf(
  sentence: string,
  maxWords: number,
  lang: string,
  partial = false,
): string | undefined {
  const text = sentence.trim();
  if (!text || !/^[\p{L}\p{N}"“«„]/u.test(text)) return undefined;
  // "… put it to the assembly like this:" announces what follows; it says nothing itself.
  if (/:$/.test(text)) return undefined;
  return condense(text, { maxWords, lang, partial });
}
