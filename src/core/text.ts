// Word and sentence segmentation shared by every stage. Intl.Segmenter counts words sensibly in
// scripts written without spaces (Korean, Japanese, Chinese), which a split on spaces would not.

const wordSegmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(
  cache: Map<string, Intl.Segmenter>,
  lang: string,
  granularity: 'word' | 'sentence',
) {
  let s = cache.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity });
    cache.set(lang, s);
  }
  return s;
}

// The planner counts the same prefixes and sentences many times over (bullet cuts, quote
// selection); Intl.Segmenter is slow enough that a long address spent seconds here.
const wordCounts = new Map<string, number>();
const MAX_CACHED = 50_000;

/** Number of words in `text` as a reader would count them. */
export function countWords(text: string, lang = 'en'): number {
  const key = `${lang}\u0000${text}`;
  const known = wordCounts.get(key);
  if (known !== undefined) return known;
  let n = 0;
  for (const seg of segmenter(wordSegmenters, lang, 'word').segment(text)) {
    if (seg.isWordLike) n++;
  }
  if (wordCounts.size >= MAX_CACHED) wordCounts.clear();
  wordCounts.set(key, n);
  return n;
}

/** A sentence of a text with its position, so footnote offsets can be mapped onto sentences. */
export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Intl.Segmenter breaks after abbreviations such as "U.S." or "Mr." followed by a capital; these
// are joined back so a sentence is never cut in two.
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr|vs|etc|No|Vol|pp?|cf|e\.g|i\.e)|\b(?:[A-Z]\.){1,4}[A-Z]?)\.?\s*$/;

/** Split `text` into sentences; whitespace between sentences belongs to neither. */
export function splitSentences(text: string, lang = 'en'): SentenceSpan[] {
  const raw: SentenceSpan[] = [];
  for (const seg of segmenter(sentenceSegmenters, lang, 'sentence').segment(text)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const trimmed = seg.segment.trim();
    if (!trimmed) continue;
    const start = seg.index + lead;
    raw.push({ text: trimmed, start, end: start + trimmed.length });
  }
  const out: SentenceSpan[] = [];
  for (const s of raw) {
    const prev = out[out.length - 1];
    if (prev && ABBREVIATION.test(prev.text)) {
      prev.end = s.end;
      prev.text = text.slice(prev.start, s.end);
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/**
 * A web address cut short in a source ("… 2005. http:\\", "www."): the scheme or prefix with
 * nothing after it. Sent texts lose the rest of a link when it is pasted from a document.
 */
/** `text` without a web address cut short (and the space before it): what a slide shows of it. */
export function withoutUnfinishedAddress(text: string): string {
  const stub = unfinishedAddress(text);
  return stub
    ? text
        .replace(stub, '')
        .replace(/\s+$/u, '')
        .replace(/\s{2,}/gu, ' ')
    : text;
}

export function unfinishedAddress(text: string): string | undefined {
  return /(?<![\w.-])(?:(?:https?|ftp):[\\/]*|www\.?)(?=\s|$)/i.exec(text)?.[0];
}

/** Opening double quotation marks and the mark that closes each. */
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '«': '»', '„': '“' };

export interface QuoteMarkSlip {
  /** `unclosed`: an opening mark with no closing one before the next opens or the text ends. */
  kind: 'unclosed' | 'unopened';
  /** Offset of the mark in the text. */
  at: number;
  /** For `unclosed`, the mark that would close it. */
  closer?: string;
}

/**
 * The double quotation marks of one paragraph that do not pair up, in the order a reader meets
 * them: used by the importer (a sent text) and the content stage (a Markdown paragraph).
 */
export function quoteMarkSlips(text: string): QuoteMarkSlip[] {
  const slips: QuoteMarkSlip[] = [];
  // Quotations nest (« … “ … ” … »): each mark closes the innermost one it belongs to.
  const open: { ch: string; at: number }[] = [];
  const unclosed = (o: { ch: string; at: number }) =>
    slips.push({ kind: 'unclosed', at: o.at, closer: QUOTE_PAIRS[o.ch] });
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const depth = open.findLastIndex((o) => QUOTE_PAIRS[o.ch] === ch);
    if (depth >= 0 && (depth === open.length - 1 || !QUOTE_PAIRS[ch])) {
      open.splice(depth).slice(1).forEach(unclosed);
    } else if (QUOTE_PAIRS[ch]) {
      // The same mark opening again inside itself: the first never closed.
      const same = open.findLastIndex((o) => o.ch === ch);
      if (same >= 0) open.splice(same).forEach(unclosed);
      open.push({ ch, at: i });
    } else if (ch === '”' || ch === '»') slips.push({ kind: 'unopened', at: i });
  }
  open.forEach(unclosed);
  return slips.sort((a, b) => a.at - b.at);
}
