// Every key quotation of the address with what its slide would show: the words (excerpted past
// `maxQuoteWords`), who said it, and the footnote cited right after it.
import type { Address, Footnote, ParagraphBlock } from '../core/address.js';
import type { InlineText } from '../core/inline-text.js';
import type { PlanOptions } from '../core/plan-options.js';
import type { QuoteContent } from '../core/deck.js';
import {
  countWords,
  splitSentences,
  withoutUnfinishedAddress,
  type SentenceSpan,
} from '../core/text.js';
import { leadIn, tailOf } from './quote-context.js';
import { strongestExcerpt } from './quote-excerpt.js';
import { attributeQuote, type AttributionContext } from './attribute-quote.js';
import { extractQuotations, joinedMarks, type Quotation } from './extract-quotes.js';
import { sliceMarks, withMarks } from '../core/inline-marks.js';
import { emptySpeakers, learnSpeakers } from './speakers.js';

export interface QuoteCandidate {
  /** The paragraph's key (`section:block`). */
  key: string;
  section: number;
  /** Sentences of the paragraph the quotation sits in (first..last, inclusive). */
  first: number;
  last: number;
  quote: QuoteContent;
  /** The paragraph's text from the opening mark to the closing one (pins and excludes match it). */
  whole: string;
  words: number;
  score: number;
  pinned: boolean;
  dropped: boolean;
  /**
   * Too weak or too long for a slide of its own unless pinned: a passage of official prose, or one
   * sentence so long that even its excerpt runs past `maxQuoteWords` by a quarter.
   */
  unfit: boolean;
}

/** Quotations scoring below this stand on a slide only when pinned. */
const MIN_QUOTE_SCORE = 8;

/** What the planner knows about one paragraph: its sentences and key quotations. */
export interface ParagraphQuotes {
  spans: SentenceSpan[];
  quotations: Quotation[];
  candidates: QuoteCandidate[];
}

export function blockKey(section: number, block: number): string {
  return `${section}:${block}`;
}

const sentenceOf = (spans: SentenceSpan[], i: number) => {
  const k = spans.findIndex((s) => i < s.end);
  return k < 0 ? spans.length - 1 : k;
};

/** The footnote cited right after the quotation: in its closing sentence, else later in the paragraph. */
export function sourceAfter(
  block: InlineText,
  at: number,
  footnotes: Footnote[],
): QuoteContent['source'] {
  const ref = block.refs.find((r) => r.offset >= at);
  const note = ref && footnotes.find((f) => f.label === ref.label);
  // The slide shows the source; a web address cut short in it is left to the notes.
  return note ? { label: note.label, text: withoutUnfinishedAddress(note.source) } : undefined;
}

/** Sentences of the paragraph before a quotation where "she said" may find whom it means. */
const EARLIER_SENTENCES = 4;

function attribution(
  text: string,
  q: Quotation,
  spans: SentenceSpan[],
  context: AttributionContext,
) {
  for (let i = 0; i < q.parts.length; i++) {
    const part = q.parts[i]!;
    const sentence = spans[sentenceOf(spans, part.open)]!;
    const headFrom = i > 0 ? q.parts[i - 1]!.close : sentence.start;
    const endSentence = spans[sentenceOf(spans, Math.max(part.close - 1, part.open))]!;
    const tailTo = q.parts[i + 1]?.open ?? endSentence.end;
    const before = spans[sentenceOf(spans, part.open) - 1];
    context.previous = before && !/[“”"«»„]/u.test(before.text) ? before.text : undefined;
    const at = sentenceOf(spans, part.open);
    context.earlier = spans
      .slice(Math.max(0, at - EARLIER_SENTENCES), at)
      .map((s) => s.text)
      .filter((t) => !/[“”"«»„]/u.test(t))
      .reverse();
    const r = attributeQuote(
      text.slice(headFrom, part.open),
      text.slice(part.close, tailTo),
      context,
    );
    if (r) {
      if (r.person) context.lastPerson = r.name;
      else if (!/^(?:a|an|one|un|une|ein|eine|uno|una|um|uma|een)\s/iu.test(r.name))
        context.lastSource = r.name;
      return r;
    }
  }
  return undefined;
}

function matchesAny(fragments: string[], text: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[“”"‘’']/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const haystack = norm(text);
  return fragments.some((f) => norm(f) && haystack.includes(norm(f)));
}

function candidatesOf(
  block: ParagraphBlock,
  key: string,
  section: number,
  context: AttributionContext,
  address: Address,
  options: PlanOptions,
): ParagraphQuotes {
  const lang = address.meta.lang;
  const spans = splitSentences(block.text, lang);
  const quotations = extractQuotations(block.text, spans, options.minQuoteWords, lang);
  const candidates = quotations.map((q): QuoteCandidate => {
    const firstPart = q.parts[0]!;
    const lastPart = q.parts[q.parts.length - 1]!;
    const found = attribution(block.text, q, spans, context);
    const said = found && plausible(found.name, context) ? found : undefined;
    const source = sourceAfter(block, lastPart.end, address.footnotes);
    const traits = {
      lang,
      person: said?.person ?? false,
      attributed: Boolean(said),
      sourced: Boolean(source),
      complete: q.complete,
      last: sentenceOf(spans, Math.max(lastPart.close - 1, firstPart.open)) === spans.length - 1,
    };
    const { shown, score } = strongestExcerpt(q.text, traits, options);
    const marks = sliceMarks(joinedMarks(block.text, q.parts, block.marks), 0, shown.text.length);
    const sentence = spans[sentenceOf(spans, firstPart.open)]!;
    const lead = /^…/u.test(shown.text)
      ? leadIn(block.text.slice(sentence.start, firstPart.open), lang)
      : undefined;
    const closing = spans[sentenceOf(spans, Math.max(lastPart.close - 1, firstPart.open))]!;
    const tail =
      lastPart.closed && !shown.excerpted
        ? tailOf(block.text.slice(lastPart.close, closing.end), lang, said?.name)
        : undefined;
    const quote: QuoteContent = withMarks(
      {
        text: shown.text,
        attribution: said?.name,
        source,
        excerpted: shown.excerpted,
        ...(lead ? { lead } : {}),
        ...(tail ? { tail } : {}),
      },
      marks,
    );
    const whole = block.text.slice(firstPart.open, lastPart.close);
    const pinned = block.quoteSteer === 'pin' || matchesAny(address.meta.quotes.pin, whole);
    return {
      key,
      section,
      first: sentenceOf(spans, firstPart.open),
      last: sentenceOf(spans, Math.max(lastPart.close - 1, firstPart.open)),
      quote,
      whole,
      words: q.words,
      score,
      pinned,
      dropped: block.quoteSteer === 'drop' || matchesAny(address.meta.quotes.exclude, whole),
      unfit: score < MIN_QUOTE_SCORE || countWords(shown.text, lang) > options.maxQuoteWords * 1.25,
    };
  });
  return { spans, quotations, candidates };
}

/** Quotations of every paragraph, keyed by `section:block`, attributed in the address's order. */
/**
 * Words the address also writes in lower case: a one-word attribution that is one of them is a
 * sentence's first word taken for a speaker ("— A", "— Wie", "— Comme"), and no attribution is
 * better than a wrong one. A name ("Russia", "Moscow") is never written in lower case.
 */
function lowerCaseWords(address: Address): Set<string> {
  const words = new Set<string>();
  const blocks = [...address.preamble, ...address.sections.flatMap((s) => s.blocks)];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'blockquote') continue;
    for (const m of b.text.matchAll(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu)) words.add(m[0]);
  }
  return words;
}

function plausible(name: string, context: AttributionContext): boolean {
  const word = name.trim();
  if (/\s/.test(word)) return true;
  return word.length > 2 && !context.common?.has(word.toLocaleLowerCase());
}

export function findQuoteCandidates(
  address: Address,
  options: PlanOptions,
): Map<string, ParagraphQuotes> {
  const context: AttributionContext = {
    speakers: emptySpeakers(),
    lang: address.meta.lang,
    common: lowerCaseWords(address),
  };
  const out = new Map<string, ParagraphQuotes>();
  for (const block of address.preamble) {
    if (block.kind === 'paragraph') learnSpeakers(context.speakers, block.text);
  }
  for (const section of address.sections) {
    section.blocks.forEach((block, b) => {
      if (block.kind !== 'paragraph') return;
      learnSpeakers(context.speakers, block.text);
      const key = blockKey(section.index, b);
      out.set(key, candidatesOf(block, key, section.index, context, address, options));
    });
  }
  return out;
}
