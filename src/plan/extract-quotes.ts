// Finds key quotations in a paragraph: spans in the language's quotation marks (“ ”, « », „ “,
// 「 」) or "straight" quotes, quotations nested inside them kept with them, tolerant of a missing
// closing mark (the quotation then runs to the end of its sentence). Parts of one utterance in one
// sentence ("… and that “…”", "…,” he warned, adding that it “…”") are joined with " … ".
import { sliceMarks } from '../core/inline-marks.js';
import type { InlineMark } from '../core/inline-text.js';
import type { SentenceSpan } from '../core/text.js';
import { countWords } from '../core/text.js';

/** One quoted span: `start` is just after the opening mark, `end` at the closing mark (or sentence end). */
export interface QuoteSpan {
  open: number;
  start: number;
  end: number;
  /** Index just past the closing mark (equals `end` when the mark is missing). */
  close: number;
  closed: boolean;
}

/** A key quotation: one or more joined spans of one paragraph. */
export interface Quotation {
  parts: QuoteSpan[];
  /** The quoted words as a slide shows them (parts joined with " … "). */
  text: string;
  words: number;
  /** Complete when it is closed and starts a sentence (capital letter). */
  complete: boolean;
}

/** Parts shorter than this are scare quotes (“big countries”): never key quotes, never joined. */
const SCARE_WORDS = 4;
const MAX_JOIN_GAP_WORDS = 12;

function isStraightOpen(text: string, i: number): boolean {
  return text[i] === '"' && (i === 0 || /[\s([{\u2013\u2014-]/.test(text[i - 1]!));
}

function isStraightClose(text: string, i: number): boolean {
  return (
    text[i] === '"' && (i === text.length - 1 || /[\s.,;:!?)\]}\u2013\u2014-]/.test(text[i + 1]!))
  );
}

function sentenceEndAt(sentences: SentenceSpan[], i: number, fallback: number): number {
  return sentences.find((s) => s.start <= i && i < s.end)?.end ?? fallback;
}

/**
 * The quotation marks of a language: each opening mark and the marks that close it. German opens
 * with „ and closes with “ (or ”), and may quote »…«; French quotes « … », with “ ” inside.
 */
const MARKS: Record<string, Record<string, string>> = {
  de: { '„': '“”', '»': '«', '«': '»', '‚': '‘’' },
  fr: { '«': '»', '“': '”' },
  en: { '“': '”', '«': '»', '„': '“”' },
  ja: { '「': '」', '『': '』', '“': '”' },
  zh: { '「': '」', '『': '』', '“': '”' },
};

function quoteMarksOf(lang: string): Record<string, string> {
  return MARKS[lang.toLowerCase().slice(0, 2)] ?? MARKS.en!;
}

/**
 * Where the quotation opened at `i` by `mark` closes: marks of other pairs nest inside it, the
 * same mark opening again means it never closed (undefined).
 */
function closingOf(text: string, i: number, marks: Record<string, string>): number | undefined {
  const closers = marks[text[i]!]!;
  const nested: string[] = [];
  for (let j = i + 1; j < text.length; j++) {
    const ch = text[j]!;
    if (nested.length && marks[nested.at(-1)!]!.includes(ch)) nested.pop();
    else if (!nested.length && closers.includes(ch)) return j;
    else if (ch === text[i]) return undefined;
    else if (marks[ch]) nested.push(ch);
  }
  return undefined;
}

/** Every quoted span of `text`, in order; quotations nested in one are part of it. */
export function findQuoteSpans(text: string, sentences: SentenceSpan[], lang = 'en'): QuoteSpan[] {
  const marks = quoteMarksOf(lang);
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const typographic = marks[text[i]!] !== undefined;
    if (!typographic && !isStraightOpen(text, i)) {
      i++;
      continue;
    }
    let j: number | undefined;
    if (typographic) j = closingOf(text, i, marks);
    else
      for (let k = i + 1; k < text.length && j === undefined; k++)
        if (isStraightClose(text, k)) j = k;
    const closed = j !== undefined;
    const end = closed ? j! : sentenceEndAt(sentences, i, text.length);
    spans.push({ open: i, start: i + 1, end, close: closed ? j! + 1 : end, closed });
    i = closed ? j! + 1 : Math.max(end, i + 1);
  }
  return spans;
}

function sentenceIndex(sentences: SentenceSpan[], i: number): number {
  const k = sentences.findIndex((s) => i < s.end);
  return k < 0 ? sentences.length - 1 : k;
}

/** A following part joins the previous one when both sit in one sentence and no new source is named. */
function joins(text: string, a: QuoteSpan, b: QuoteSpan, sentences: SentenceSpan[], lang: string) {
  if (sentenceIndex(sentences, a.end) !== sentenceIndex(sentences, b.open)) return false;
  const gap = text.slice(a.close, b.open);
  return !/according to/i.test(gap) && countWords(gap, lang) <= MAX_JOIN_GAP_WORDS;
}

/**
 * The words of a part as shown on a slide: a closing comma becomes a full stop, unless the part
 * only opens the sentence the next part finishes ("If the scheme goes," he said, "you will not
 * lose …" shows "If the scheme goes … you will not lose …").
 */
function partText(text: string, span: QuoteSpan, next?: QuoteSpan): string {
  const shown = text.slice(span.start, span.end).trim();
  const continued =
    next &&
    shown.split(/\s+/u).length <= MAX_OPENING_PART_WORDS &&
    /^\p{Ll}/u.test(text.slice(next.start, next.end).trim());
  return shown.replace(/[,;:]$/, continued ? '' : '.');
}

export function joinParts(text: string, parts: QuoteSpan[]): string {
  const body = parts.map((p, i) => partText(text, p, parts[i + 1])).join(PART_JOIN);
  return `${fragmentMark(body)}${body}`;
}

const PART_JOIN = ' … ';

/** Words of a part, at most, that open a sentence rather than say one ("If the scheme goes,"). */
const MAX_OPENING_PART_WORDS = 5;

/** A quotation that starts mid-sentence is shown as the fragment it is: `…` before it. */
function fragmentMark(body: string): string {
  return /^\p{Ll}/u.test(body) ? '…' : '';
}

/** The paragraph's `marks` carried onto `joinParts(text, parts)`, part by part. */
export function joinedMarks(
  text: string,
  parts: QuoteSpan[],
  marks: InlineMark[] | undefined,
): InlineMark[] | undefined {
  if (!marks?.length) return undefined;
  let at = fragmentMark(
    parts.map((p, i) => partText(text, p, parts[i + 1])).join(PART_JOIN),
  ).length;
  const out: InlineMark[] = [];
  for (const [i, part] of parts.entries()) {
    const raw = text.slice(part.start, part.end);
    const from = part.start + raw.length - raw.trimStart().length;
    const shown = partText(text, part, parts[i + 1]);
    for (const m of sliceMarks(marks, from, from + shown.length) ?? [])
      out.push({ ...m, start: m.start + at, end: m.end + at });
    at += shown.length + PART_JOIN.length;
  }
  return out.length > 0 ? out : undefined;
}

/** The paragraph's quotations of at least `minWords` words, scare quotes left out. */
export function extractQuotations(
  text: string,
  sentences: SentenceSpan[],
  minWords: number,
  lang: string,
): Quotation[] {
  const spans = findQuoteSpans(text, sentences, lang).filter(
    (s) => countWords(text.slice(s.start, s.end), lang) >= SCARE_WORDS,
  );
  const groups: QuoteSpan[][] = [];
  for (const span of spans) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && joins(text, prev, span, sentences, lang)) last.push(span);
    else groups.push([span]);
  }
  return groups
    .map((parts) => {
      const quoted = joinParts(text, parts);
      return {
        parts,
        text: quoted,
        words: countWords(quoted, lang),
        complete: parts.every((p) => p.closed) && /^\p{Lu}/u.test(quoted),
      };
    })
    .filter((q) => q.words >= minWords || isPunchline(q));
}

/** Words a quoted sentence needs to stand on a slide below `minQuoteWords`. */
const PUNCHLINE_WORDS = 5;

/** "The sea doesn’t read our maps.": a short quotation that is a whole sentence of its own. */
function isPunchline(q: Quotation): boolean {
  return q.complete && q.words >= PUNCHLINE_WORDS && /[.!?][\s\u00a0]*$/u.test(q.text);
}
