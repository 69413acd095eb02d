// Blocks of source lines → paragraphs. Offices send text either hard-wrapped (short lines, a
// paragraph per blank-line block) or a paragraph per line; both become one line per paragraph.
import { lineRange, type Notice, type SourceLine } from './notice.js';

export interface Paragraph {
  /** The source lines, kept so later checks can name the line a problem is on. */
  lines: SourceLine[];
  /** The lines joined with single spaces, runs of blanks collapsed. */
  text: string;
}

/** Lines longer than this are not hard-wrapped: the source puts a whole paragraph on one line. */
const MAX_WRAPPED = 100;
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/;
/** A list item in plain text: "- ", "• ", "* ", "(a) ". En dashes are left out: wrapped text starts lines with them. */
const ITEM = /^(?:[-•*·▪]|\([a-z0-9]{1,3}\))\s/;
/** A word broken at a hyphen across lines ("inter-" / "Korean"): joined without a space. */
const HYPHEN_END = /\p{L}-$/u;

export function paragraphOf(lines: SourceLine[]): Paragraph {
  let text = '';
  for (const line of lines.map((l) => l.text.trim())) {
    text += text === '' || (HYPHEN_END.test(text) && /^\p{L}/u.test(line)) ? line : ` ${line}`;
  }
  return { lines, text: text.replace(/[ \t]+/g, ' ') };
}

/** Indexes of lines that end a paragraph (the last line excluded). */
function paragraphEnds(block: SourceLine[]): number[] {
  const texts = block.map((l) => l.text.trim());
  const wrapped = texts.slice(0, -1).every((t) => t.length <= MAX_WRAPPED);
  const width = Math.max(...texts.map((t) => t.length));
  // A list only when it starts the block and has two items, so a wrapped "- " line is not one.
  const list = ITEM.test(texts[0]!) && texts.filter((t) => ITEM.test(t)).length >= 2;
  const ends: number[] = [];
  for (let i = 0; i < texts.length - 1; i++) {
    const t = texts[i]!;
    // A wrapper only leaves a line well short of the width at the end of a paragraph.
    const short = ENDS_SENTENCE.test(t) && t.length < width * 0.7;
    if (!wrapped || short || (list && ITEM.test(texts[i + 1]!))) ends.push(i);
  }
  return ends;
}

/** Split one block into paragraphs, and say so when a block held more than one. */
export function splitBlock(block: SourceLine[]): { paragraphs: Paragraph[]; notices: Notice[] } {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const end of [...paragraphEnds(block), block.length - 1]) {
    paragraphs.push(paragraphOf(block.slice(start, end + 1)));
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
  const hyphens = block.filter((l, i) => i < block.length - 1 && HYPHEN_END.test(l.text.trim()));
  for (const line of hyphens) {
    notices.push({
      line: line.n,
      message: 'joined a word hyphenated across lines, keeping the hyphen; check it',
    });
  }
  return { paragraphs, notices };
}
