// A speech as plain text → Markdown with front matter, plus a report of every change made. Pure.
import { LecternError } from '../core/errors.js';
import { decodeWithNotices, normaliseNewlines } from './decode.js';
import { structure, toBlocks, writeBody, type Part } from './body.js';
import { describeTally, escapeInline, newTally, plural } from './escape.js';
import { crossCheck, dedupeNotes } from './footnotes.js';
import { extractHeader, frontMatter, type HeaderSeed } from './front-matter.js';
import { dropFurniture } from './furniture.js';
import { numberingIrregular } from './headings.js';
import { countWords } from './hyphens.js';
import { guessLang } from './lang.js';
import { formatNotice, type Notice } from './notice.js';
import { looksWrapped, type Paragraph } from './paragraphs.js';
import { checkQuotes } from './quotes.js';
import { splitNoteList } from './split-notes.js';
import { dropTrailer } from './trailer.js';

export interface ImportResult {
  markdown: string;
  /** Short sentences, `file:line: what was done`, in the order the steps ran. */
  report: string[];
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
          'found no section headings; the deck shows the address as one section (add "## Title" lines to divide it)',
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

/** What a document format knows beyond its text: its marked headings, its title and author. */
export interface TextHints {
  /** Lines that are headings in the document (Word's heading styles, HTML's <h1>-<h6>). */
  headings?: ReadonlySet<number>;
  seed?: HeaderSeed;
  /** Report paragraphs rather than lines: the text was made with a blank line after each paragraph. */
  paragraphs?: boolean;
}

/** Convert the text of a speech into Lectern's Markdown. Throws LecternError on unusable input. */
export function importPlainText(
  input: Buffer | string,
  file: string,
  hints: TextHints = {},
): ImportResult {
  const decoded =
    typeof input === 'string'
      ? { text: normaliseNewlines(input), notices: [] }
      : decodeWithNotices(input, file);
  if (decoded.text.trim() === '')
    throw new LecternError(`${file}: the file is empty; nothing to import`);
  const notices: Notice[] = [...decoded.notices];
  const source = decoded.text.split('\n').map((text, i) => ({ n: i + 1, text }));

  const furniture = dropFurniture(source);
  const trailer = dropTrailer(furniture.lines);
  const header = extractHeader(trailer.lines, file, hints.seed);
  notices.push(...furniture.notices, ...trailer.notices, ...header.notices);

  const split = splitNoteList(header.rest, furniture.rules);
  const { notes, notices: dupes } = dedupeNotes(split.notes);
  const words = countWords(header.rest.map((l) => l.text).join('\n'));
  const blocks = toBlocks(split.body);
  const parts = structure(
    blocks,
    { words, notices, wrapped: looksWrapped(blocks) },
    hints.headings,
  );
  notices.push(...sectionNotices(parts), ...split.notices, ...dupes);

  const tally = newTally();
  const { body, cited, markers, notices: guesses } = writeBody(parts, notes, split.style, tally);
  notices.push(...guesses);
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
    report: ordered(decoded.notices.length, notices).map((n) =>
      formatNotice(file, hints.paragraphs && n.line ? { ...n, line: Math.ceil(n.line / 2) } : n),
    ),
  };
}
