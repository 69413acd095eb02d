// The body between the header and the notes → headings and paragraphs, and those as Markdown.
import { escapeHeading, escapeInline, type EscapeTally } from './escape.js';
import { isMarkerLabel, type NoteDef } from './footnotes.js';
import { readHeading, type Heading } from './headings.js';
import { liftMarkers, type MarkerState } from './markers.js';
import type { NoteStyle } from './note-list.js';
import type { Notice, SourceLine } from './notice.js';
import { splitBlock, type JoinContext, type Paragraph } from './paragraphs.js';

export type Part = { heading: Heading; line: number } | { paragraph: Paragraph };

/** Blank-line separated blocks of lines. */
export function toBlocks(lines: SourceLine[]): SourceLine[][] {
  const blocks: SourceLine[][] = [[]];
  for (const line of lines) {
    if (line.text.trim()) blocks.at(-1)!.push(line);
    else if (blocks.at(-1)!.length) blocks.push([]);
  }
  return blocks.filter((b) => b.length > 0);
}

/** A heading written directly above its first paragraph, with no blank line between. */
function splitLeadingHeading(block: SourceLine[]): SourceLine[][] {
  const [head, next] = block;
  if (!head || !next || head.text.trim().length > 80 || !readHeading(head.text)) return [block];
  return readHeading(next.text) ? [block] : [[head], block.slice(1)];
}

/** Blocks → headings and paragraphs; a one-line paragraph may be a heading wherever it stands. */
export function structure(
  blocks: SourceLine[][],
  ctx: JoinContext,
  known: ReadonlySet<number> = new Set(),
): Part[] {
  const parts: Part[] = [];
  for (const block of blocks.flatMap(splitLeadingHeading)) {
    const split = splitBlock(block, ctx);
    ctx.notices.push(...split.notices);
    for (const paragraph of split.paragraphs) {
      const one = paragraph.lines.length === 1;
      // A heading the document marked as one (Word's heading styles, <h2>) is one whatever it says.
      const marked =
        one && known.has(paragraph.lines[0]!.n) ? { title: paragraph.text } : undefined;
      const heading = marked ?? (one ? readHeading(paragraph.text) : undefined);
      parts.push(heading ? { heading, line: paragraph.lines[0]!.n } : { paragraph });
    }
  }
  return parts;
}

/** Headings and paragraphs as Markdown, noting which footnote markers are cited on which line. */
export function writeBody(
  parts: Part[],
  notes: NoteDef[],
  style: NoteStyle | undefined,
  tally: EscapeTally,
) {
  const defined = new Set(notes.map((n) => n.label));
  const state: MarkerState = { defined, style, cited: new Set() };
  const cited = new Map<string, number>();
  const notices: Notice[] = [];
  let markers = 0;
  const body = parts.map((part) => {
    if ('heading' in part) return `## ${escapeHeading(part.heading.title, tally)}`;
    const { lines } = part.paragraph;
    const lifted = liftMarkers(part.paragraph.text, lines, state);
    notices.push(...lifted.notices);
    const onMarker = (label: string) => {
      markers++;
      const line = lines.find((l) => l.text.includes(`[${label}]`)) ?? lines[0]!;
      if (!cited.has(label)) cited.set(label, line.n);
    };
    return escapeInline(lifted.text, tally, (l) => defined.has(l) || isMarkerLabel(l), onMarker);
  });
  return { body, cited, markers, notices };
}
