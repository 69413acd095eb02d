// Footnotes in plain text: markers like "[i]" or "[12]" in the sentences, and a list of notes at the
// end ("[i] Vladimir Putin met ...", or "1. ..." under a "Notes" line). The list becomes Markdown
// footnote definitions; the markers become `[^i]` in the escaping step.
import { unfinishedAddress } from '../text.js';
import type { Notice, SourceLine } from './notice.js';

export interface NoteDef {
  label: string;
  text: string;
  line: number;
}

const ROMAN = /^(?=[mdclxvi])m{0,3}(?:c[md]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})$/;
const BRACKET_DEF = /^\[(\d{1,3}|[ivxlcdm]{1,8}|[a-z])\]\s*(\S.*)$/i;
const NUMBERED_DEF = /^(\d{1,3}|[ivxlcdm]{1,8})[.)]\s+(\S.*)$/i;
const INTRODUCER =
  /^(?:notes|endnotes|footnotes|references|sources|notes and references|works cited|bibliography)\s*:?$/i;

/** True for labels a marker may carry even when no note defines them: `12`, `iv`. */
export function isMarkerLabel(label: string): boolean {
  return /^\d{1,3}$/.test(label) || ROMAN.test(label);
}

type Block = SourceLine[];

/** Blank-line separated blocks; inside a note block, each "[x] ..." line starts the next note. */
export function toBlocks(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  const flush = () => {
    if (current.length) blocks.push(current);
    current = [];
  };
  for (const line of lines) {
    const t = line.text.trim();
    if (!t) flush();
    else {
      const inNote = current.length > 0 && BRACKET_DEF.test(first(current));
      if ((inNote && BRACKET_DEF.test(t)) || INTRODUCER.test(t)) flush();
      current.push(line);
      if (INTRODUCER.test(t)) flush();
    }
  }
  flush();
  return blocks;
}

function first(block: Block): string {
  return block[0]!.text.trim();
}

/** How many blocks at the end form the note list, for one style of definition. */
function trailingNotes(blocks: Block[], def: RegExp): number {
  let n = 0;
  while (n < blocks.length && def.test(first(blocks[blocks.length - 1 - n]!))) n++;
  return n;
}

/**
 * Split the body from the note list at its end. "[x] text" lists are found on their own; "1. text"
 * lists only under a "Notes"/"References" line, since "1. Conclusion" is a section heading.
 */
export function splitNotes(blocks: Block[]): {
  body: Block[];
  notes: NoteDef[];
  notices: Notice[];
} {
  let count = trailingNotes(blocks, BRACKET_DEF);
  let def = BRACKET_DEF;
  const introducedAt = (n: number) => {
    const b = blocks[blocks.length - 1 - n];
    return b && b.length === 1 && INTRODUCER.test(first(b)) ? b[0] : undefined;
  };
  if (count === 0) {
    const numbered = trailingNotes(blocks, NUMBERED_DEF);
    if (numbered > 0 && introducedAt(numbered)) [count, def] = [numbered, NUMBERED_DEF];
  }
  const intro = count > 0 ? introducedAt(count) : undefined;
  const notices: Notice[] = [];
  if (intro)
    notices.push({ line: intro.n, message: `dropped notes heading '${intro.text.trim()}'` });
  const body = blocks.slice(0, blocks.length - count - (intro ? 1 : 0));
  const notes = blocks.slice(blocks.length - count).map((block) => {
    const m = def.exec(first(block))!;
    const rest = block.slice(1).map((l) => l.text.trim());
    return {
      label: m[1]!,
      text: [m[2]!.trim(), ...rest].join(' ').replace(/\s+/g, ' '),
      line: block[0]!.n,
    };
  });
  return { body, notes, notices };
}

/** Labels that are defined twice keep their first definition; the rest is reported. */
export function dedupeNotes(notes: NoteDef[]): { notes: NoteDef[]; notices: Notice[] } {
  const seen = new Map<string, NoteDef>();
  const notices: Notice[] = [];
  for (const note of notes) {
    const earlier = seen.get(note.label);
    if (earlier) {
      notices.push({
        line: note.line,
        message: `note [${note.label}] is defined again (first at line ${earlier.line}); this one is dropped — renumber it and its marker`,
      });
    } else seen.set(note.label, note);
  }
  return { notes: [...seen.values()], notices };
}

/** Markers without a note, notes without a marker or with a link cut short: reported, never fatal. */
export function crossCheck(notes: NoteDef[], cited: Map<string, number>): Notice[] {
  const notices: Notice[] = [];
  const defined = new Set(notes.map((n) => n.label));
  for (const [label, line] of cited) {
    if (!defined.has(label)) {
      notices.push({
        line,
        message: `footnote marker [${label}] has no note; add "[^${label}]: source" at the end of the Markdown`,
      });
    }
  }
  for (const note of notes) {
    if (!cited.has(note.label))
      notices.push({ line: note.line, message: `note [${note.label}] is never cited in the text` });
    const stub = unfinishedAddress(note.text);
    if (stub)
      notices.push({
        line: note.line,
        message: `note [${note.label}] has an unfinished web address '${stub}' (left as written)`,
      });
  }
  return notices;
}
