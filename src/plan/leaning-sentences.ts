// Sentences whose meaning rests on their neighbour, found across the section's sentences (a
// slide sees only its own): a view the speaker sets up to reject ("People said libraries had ten
// years left. The internet would replace the reference desk. ¶ They were wrong.") would read as
// the speaker's own claim on a slide alone; the line that introduces a quotation ("Grace Mbeki, a
// ward sister, told me a story I have not forgotten.") only points at it.
import { REPORTING } from './cut-words.js';
import { refutesWhatCame } from './languages.js';
import { isEnglish } from './tokens.js';
import { sentenceText, type Sentence } from './units.js';

/** Marks `leans` the sentences a refutation answers and those that introduce a quotation. */
export function markLeaningSentences(sentences: Sentence[], lang: string): void {
  sentences.forEach((s, i) => {
    const before = sentences[i - 1];
    if (!before) return;
    const text = sentenceText(s);
    // A view answered by "They were wrong." is the speaker's only when it says who held it.
    if (refutesWhatCame(text, lang) && !namesHolder(sentenceText(before), lang))
      before.leans = true;
    if (s.quoteFrom === 0 && introduces(sentenceText(before), lang)) before.leans = true;
  });
}

function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase().split(/[^\p{L}’']+/u);
}

/** English only: a reporting verb names who said it; untagged, every answered view is marked. */
function namesHolder(text: string, lang: string): boolean {
  if (!isEnglish(lang)) return false;
  return wordsOf(text).some((w) => REPORTING.has(w) || HOLDS.has(w));
}

/**
 * The sentence before a quotation tells who is about to speak ("… told me a story I have not
 * forgotten."), with no quotation of its own. Untagged languages end such a line on a colon,
 * which salience.ts already reads.
 */
function introduces(text: string, lang: string): boolean {
  if (!isEnglish(lang) || /[“”"«»„]/u.test(text)) return false;
  return wordsOf(text).some((w) => REPORTING.has(w) || STORY.has(w));
}

/** Verbs of holding a view, beside the reporting verbs: "critics believe that …". */
const HOLDS = new Set(
  'believe believed believes think thought thinks claim claimed claims predicted predict argue argued argues assumed assume feared fear'.split(
    ' ',
  ),
);

/** Nouns that announce words to come: "told me a story", "has a saying". */
const STORY = new Set(['story', 'saying', 'anecdote', 'joke']);
