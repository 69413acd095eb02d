// A speech as plain text → Markdown with front matter, plus a report of every change made. Pure.
import { LecternError } from '../errors.js';
import { decodeWithNotices, normaliseNewlines } from './decode.js';
import {
  describeTally,
  escapeHeading,
  escapeInline,
  newTally,
  plural,
  type EscapeTally,
} from './escape.js';
import {
  crossCheck,
  dedupeNotes,
  isMarkerLabel,
  splitNotes,
  toBlocks,
  type NoteDef,
} from './footnotes.js';
import { extractHeader, frontMatter } from './front-matter.js';
import { dropFurniture } from './furniture.js';
import { numberingIrregular, readHeading, type Heading } from './headings.js';
import { guessLang } from './lang.js';
import { formatNotice, type Notice, type SourceLine } from './notice.js';
import { countWords } from './hyphens.js';
import { splitBlock, type JoinContext, type Paragraph } from './paragraphs.js';
import { checkQuotes } from './quotes.js';

export interface ImportResult {
  markdown: string;
  /** Short sentences, `file:line: what was done`, in the order the steps ran. */
  report: string[];
}

type Part = { heading: Heading; line: number } | { paragraph: Paragraph };

/** A heading written directly above its first paragraph, with no blank line between. */
function splitLeadingHeading(block: SourceLine[]): SourceLine[][] {
  const [head, next] = block;
  if (!head || !next || head.text.trim().length > 80 || !readHeading(head.text)) return [block];
  return readHeading(next.text) ? [block] : [[head], block.slice(1)];
}

/** Blocks → headings and paragraphs; a one-line paragraph may be a heading wherever it stands. */
function structure(blocks: SourceLine[][], ctx: JoinContext): Part[] {
  const parts: Part[] = [];
  const notices = ctx.notices;
  for (const block of blocks.flatMap(splitLeadingHeading)) {
    const split = splitBlock(block, ctx);
    notices.push(...split.notices);
    for (const paragraph of split.paragraphs) {
      const heading = paragraph.lines.length === 1 ? readHeading(paragraph.text) : undefined;
      parts.push(heading ? { heading, line: paragraph.lines[0]!.n } : { paragraph });
    }
  }
  return parts;
}

function sectionNotices(parts: Part[]): Notice[] {
  const headings = parts.flatMap((p) => ('heading' in p ? [p] : []));
  if (!parts.some((p) => 'paragraph' in p)) {
    return [{ message: 'found no text after the title; is this the whole address?' }];
  }
  if (headings.length === 0) {
    return [
      {
        message:
          'found no section headings; add "## Title" lines to divide the address into sections',
      },
    ];
  }
  const numbers = headings.flatMap((h) => (h.heading.number ? [h.heading.number] : []));
  let message = `found ${plural(headings.length, 'section', 'sections')}`;
  if (numbers.length) {
    message += '; dropped their numbering';
    if (numberingIrregular(numbers))
      message += ` (${numbers.join(', ')}; the deck numbers sections itself)`;
  }
  const notices: Notice[] = [{ line: headings[0]!.line, message }];
  const preamble = parts.findIndex((p) => 'heading' in p);
  if (preamble > 0) {
    const first = parts[0] as { paragraph: Paragraph };
    notices.push({
      line: first.paragraph.lines[0]!.n,
      message: `kept ${plural(preamble, 'paragraph', 'paragraphs')} before the first heading as the preamble`,
    });
  }
  return notices;
}

/** Decoding first, then what happened at each line in line order, then the whole-file summaries. */
function ordered(decodingCount: number, notices: Notice[]): Notice[] {
  const rest = notices.slice(decodingCount);
  const placed = rest.filter((n) => n.line).sort((a, b) => a.line! - b.line!);
  return [...notices.slice(0, decodingCount), ...placed, ...rest.filter((n) => !n.line)];
}

/** Headings and paragraphs as Markdown, noting which footnote markers are cited on which line. */
function writeBody(parts: Part[], notes: NoteDef[], tally: EscapeTally) {
  const defined = new Set(notes.map((n) => n.label));
  const cited = new Map<string, number>();
  let markers = 0;
  const body = parts.map((part) => {
    if ('heading' in part) return `## ${escapeHeading(part.heading.title, tally)}`;
    const { lines, text } = part.paragraph;
    const onMarker = (label: string) => {
      markers++;
      const line = lines.find((l) => l.text.includes(`[${label}]`)) ?? lines[0]!;
      if (!cited.has(label)) cited.set(label, line.n);
    };
    return escapeInline(text, tally, (l) => defined.has(l) || isMarkerLabel(l), onMarker);
  });
  return { body, cited, markers };
}

/** Convert the text of a speech into Lectern's Markdown. Throws LecternError on unusable input. */
export function importPlainText(input: Buffer | string, file: string): ImportResult {
  const decoded =
    typeof input === 'string'
      ? { text: normaliseNewlines(input), notices: [] }
      : decodeWithNotices(input, file);
  if (decoded.text.trim() === '')
    throw new LecternError(`${file}: the file is empty; nothing to import`);
  const notices: Notice[] = [...decoded.notices];
  const source = decoded.text.split('\n').map((text, i) => ({ n: i + 1, text }));

  const furniture = dropFurniture(source);
  const header = extractHeader(furniture.lines, file);
  notices.push(...furniture.notices, ...header.notices);

  const split = splitNotes(toBlocks(header.rest));
  const { notes, notices: dupes } = dedupeNotes(split.notes);
  const words = countWords(header.rest.map((l) => l.text).join('\n'));
  const parts = structure(split.body, { words, notices });
  notices.push(...sectionNotices(parts), ...split.notices, ...dupes);

  const tally = newTally();
  const { body, cited, markers } = writeBody(parts, notes, tally);
  const definitions = notes.map((n) => `[^${n.label}]: ${escapeInline(n.text, tally)}`);
  if (markers || notes.length) {
    notices.push({
      message: `converted ${plural(markers, 'footnote marker', 'footnote markers')} and ${plural(notes.length, 'note', 'notes')}`,
    });
  }
  notices.push(...crossCheck(notes, cited));
  notices.push(...describeTally(tally).map((message) => ({ message })));
  for (const part of parts)
    if ('paragraph' in part) notices.push(...checkQuotes(part.paragraph.lines));

  const lang = guessLang(
    parts.flatMap((p) => ('paragraph' in p ? [p.paragraph.text] : [])).join(' '),
  );
  const markdown =
    [frontMatter({ ...header.meta, lang }).trimEnd(), ...body, ...definitions].join('\n\n') + '\n';
  return {
    markdown,
    report: ordered(decoded.notices.length, notices).map((n) => formatNotice(file, n)),
  };
}
