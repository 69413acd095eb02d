// Blocks of source lines → paragraphs. Offices send text hard-wrapped at any width (even or
// ragged), or a paragraph per line; each line break is decided from both sides of it: what the
// line ends with and how the next one starts, never from a fixed line length.
import { readHeading } from './headings.js';
import { resolveHyphen, type WordCounts } from './hyphens.js';
import { lineRange, type Notice, type SourceLine } from './notice.js';

export interface Paragraph {
  /** The source lines, kept so later checks can name the line a problem is on. */
  lines: SourceLine[];
  /** The lines joined with single spaces, runs of blanks collapsed. */
  text: string;
}

/** What joining needs from the whole text: its words (for hyphens) and where to report. */
export interface JoinContext {
  words: WordCounts;
  notices: Notice[];
  /** Whether the text as a whole is hard-wrapped: decides blocks too short to tell by themselves. */
  wrapped?: boolean;
}

/** A note marker a line may end with after its sentence: `[3]`, `³`, `.3`, `*`. */
const TRAILING_MARKER = /(?:\[[^[\]\s]{1,12}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[.!?”"’)])\d{1,3}|[*†‡]+)$/u;
// Closing quotes and brackets, and the marks that stand for a document's emphasis (html-text.ts).
const SENTENCE_END = /[.!?:…]["”’»)\]\uE001\uE003]*$/;
/** A list item in plain text: "- ", "• ", "* ", "(a) ". En dashes are left out: wrapped text starts lines with them. */
const ITEM = /^(?:[-•*·▪]|\([a-z0-9]{1,3}\))\s/;
/** A word broken at a hyphen across lines ("nego-" / "tiation"). */
const HYPHEN_END = /(\p{L}+(?:-\p{L}+)*)-$/u;
/** Words a sentence cannot end on: the next line must continue it. */
const CONTINUES =
  /(?:[,;(–—-]|\b(?:the|a|an|of|and|or|but|nor|to|in|into|for|with|by|on|at|from|that|which|who|as|is|are|was|were|be|its|their|our|his|her|this|these|those|than|not|no|my|your|we|I)\b)$/i;
/** A salutation line: "Mr. President,", "Distinguished colleagues,". */
const SALUTATION = /^\p{Lu}[^!?]{0,48},$/u;
/** Words that open a salutation, after which even a lower-case line starts the text. */
const VOCATIVE =
  /^(?:dear|mr|mrs|ms|madam|madame|sir|your|excellenc|ladies|distinguished|honou?rable|esteemed|friends|colleagues|members|good (?:morning|afternoon|evening))/i;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim().replace(TRAILING_MARKER, ''));
}

function indentOf(line: string): number {
  return /^[ \t]*/.exec(line.replace(/\t/g, '    '))![0].length;
}

/** Join lines into one paragraph's text, mending words hyphenated across the breaks. */
export function paragraphOf(lines: SourceLine[], ctx?: JoinContext): Paragraph {
  let text = '';
  lines.forEach((line, i) => {
    const t = line.text.trim();
    const hyphen = i > 0 ? HYPHEN_END.exec(text) : null;
    const right = /^\p{L}+/u.exec(t);
    if (text === '') text = t;
    else if (hyphen && right) {
      if (!ctx) text += t;
      else {
        const choice = resolveHyphen(hyphen[1]!, right[0], ctx.words, lines[i - 1]!.n);
        ctx.notices.push(choice.notice);
        text = text.slice(0, -1) + (choice.keepHyphen ? '-' : '') + t;
      }
    } else text += ` ${t}`;
  });
  return { lines, text: text.replace(/[ \t]+/g, ' ') };
}

function median(ns: number[]): number {
  const sorted = [...ns].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Lines at the start of a block that greet the audience; they end at the first other line. */
function salutationLength(texts: string[]): number {
  let n = 0;
  while (n < texts.length - 1 && SALUTATION.test(texts[n]!)) n++;
  const after = texts[n]!;
  const starts = /^\p{Lu}/u.test(after) || VOCATIVE.test(texts[0]!);
  return n > 0 && !SALUTATION.test(after) && starts ? n : 0;
}

function isHeadingLine(t: string): boolean {
  return t.length <= 80 && readHeading(t) !== undefined;
}

/** Line breaks in a block, and how many of them fall inside a sentence. */
function breakCounts(texts: string[]): { breaks: number; open: number } {
  const open = texts.slice(0, -1).filter((t) => !isHeadingLine(t) && !endsSentence(t)).length;
  return { breaks: texts.length - 1, open };
}

/** Hard-wrapped when lines often stop mid-sentence; a paragraph per line when they hardly do. */
export function looksWrapped(blocks: SourceLine[][]): boolean {
  let [breaks, open] = [0, 0];
  for (const block of blocks) {
    const c = breakCounts(block.map((l) => l.text.trim()));
    breaks += c.breaks;
    open += c.open;
  }
  return open > 0 && open * 4 >= breaks;
}

/** Indexes of lines that end a paragraph (the last line excluded). */
function paragraphEnds(block: SourceLine[], textWrapped: boolean): number[] {
  const texts = block.map((l) => l.text.trim());
  const indents = block.map((l) => indentOf(l.text));
  const base = Math.min(...indents);
  const heading = texts.map(isHeadingLine);
  const { breaks, open } = breakCounts(texts);
  // A block of three lines or fewer that never stops mid-sentence goes with the text as a whole.
  const wrapped = open > 0 ? open * 4 >= breaks : breaks < 3 && textWrapped;
  const width = median(texts.slice(0, -1).map((t) => t.length));
  // A list only when it starts the block and has two items, so a wrapped "- " line is not one.
  const list = ITEM.test(texts[0]!) && texts.filter((t) => ITEM.test(t)).length >= 2;
  const greeting = salutationLength(texts);
  const ends: number[] = [];
  for (let i = 0; i < breaks; i++) {
    const [t, next] = [texts[i]!, texts[i + 1]!];
    const capital = /^[\p{Lu}"“‘'(\d]/u.test(next);
    let end: boolean;
    if (heading[i] || heading[i + 1]) end = !wrapped || !CONTINUES.test(t);
    else if (list && ITEM.test(next)) end = true;
    else if (i === greeting - 1) end = true;
    else if (indents[i + 1]! > base && indents[i + 1]! > indents[i]!) end = true;
    else if (!capital || HYPHEN_END.test(t)) end = false;
    else if (!endsSentence(t)) end = !wrapped && !CONTINUES.test(t);
    else end = !wrapped || t.length < width * 0.6;
    if (end) ends.push(i);
  }
  return ends;
}

/** Split one block into paragraphs, and say so when a block held more than one. */
export function splitBlock(
  block: SourceLine[],
  ctx?: JoinContext,
): { paragraphs: Paragraph[]; notices: Notice[] } {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const end of [...paragraphEnds(block, ctx?.wrapped ?? false), block.length - 1]) {
    paragraphs.push(paragraphOf(block.slice(start, end + 1), ctx));
    start = end + 1;
  }
  const notices: Notice[] = [];
  const [first, last] = [block[0]!.n, block.at(-1)!.n];
  if (paragraphs.length > 1) {
    notices.push({
      line: first,
      message: `split ${lineRange(first, last)} into ${paragraphs.length} paragraphs (no blank lines between them)`,
    });
  }
  return { paragraphs, notices };
}
