// The address cut into sentences, the unit the planner moves around: a sentence is never split,
// and each one lands in exactly one slide's notes.
import type { InlineText } from '../core/inline-text.js';
import { countWords, splitSentences, type SentenceSpan } from '../core/text.js';

/** One sentence of a paragraph (or blockquote, or list item), by position in its source text. */
export interface Sentence {
  source: InlineText;
  /** Identifies the source block (and list item): consecutive sentences of one source form one passage. */
  key: string;
  start: number;
  end: number;
  words: number;
  /** First sentence of its paragraph. */
  first: boolean;
  line: number;
  /** Offset in the sentence where a key quotation starts (0 = the sentence starts quoted). */
  quoteFrom?: number;
  /** The speaker's asides that stood before this sentence. */
  asides: string[];
  /**
   * What it says rests on its neighbour (leaning-sentences.ts): a view the speaker goes on to
   * reject, or the line that introduces a quotation. Never a bullet of its own.
   */
  leans?: boolean;
}

export interface SentenceOptions {
  key: string;
  line: number;
  lang: string;
  /** Quoted spans (open mark .. close mark) of key quotations in the source. */
  quotes?: { open: number; close: number }[];
  spans?: SentenceSpan[];
}

export function sentencesOf(source: InlineText, o: SentenceOptions): Sentence[] {
  const spans = o.spans ?? splitSentences(source.text, o.lang);
  return spans.map((s, i) => {
    const q = o.quotes?.find((q) => q.open < s.end && q.close > s.start);
    return {
      source,
      key: o.key,
      start: s.start,
      end: s.end,
      words: countWords(s.text, o.lang),
      first: i === 0,
      line: o.line,
      quoteFrom: q ? Math.max(0, q.open - s.start) : undefined,
      asides: [],
    };
  });
}

export function sentenceText(s: Sentence): string {
  return s.source.text.slice(s.start, s.end);
}
