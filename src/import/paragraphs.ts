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

export function paragraphOf(lines: SourceLine[]): Paragraph {
  const text = lines
    .map((l) => l.text.trim())
    .join(' ')
    .replace(/[ \t]+/g, ' ');
  return { lines, text };
}

/**
 * Split one block into paragraphs. In wrapped text a line well short of the wrap width that ends a
 * sentence ends its paragraph (a wrapper only leaves a short line at a paragraph's end).
 */
export function splitBlock(block: SourceLine[]): { paragraphs: Paragraph[]; notices: Notice[] } {
  const lengths = block.map((l) => l.text.trim().length);
  const wrapped = lengths.slice(0, -1).every((n) => n <= MAX_WRAPPED);
  const width = Math.max(...lengths);
  const breaks: number[] = [];
  block.forEach((line, i) => {
    if (i === block.length - 1) return;
    const t = line.text.trim();
    if (!wrapped || (ENDS_SENTENCE.test(t) && t.length < width * 0.7)) breaks.push(i);
  });
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const b of [...breaks, block.length - 1]) {
    paragraphs.push(paragraphOf(block.slice(start, b + 1)));
    start = b + 1;
  }
  const notices: Notice[] =
    paragraphs.length > 1
      ? [
          {
            line: block[0]!.n,
            message: `split ${lineRange(block[0]!.n, block.at(-1)!.n)} into ${paragraphs.length} paragraphs (no blank lines between them)`,
          },
        ]
      : [];
  return { paragraphs, notices };
}
