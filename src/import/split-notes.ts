// Where the body ends and the note list begins: after a "Notes" line, after a rule, or, with no
// introducer at all, where a run of items in label order reaches the end and the body cites them.
import { citedLabels } from './markers.js';
import {
  INTRODUCER,
  parseItems,
  parseRun,
  readDef,
  type NoteDef,
  type NoteStyle,
} from './note-list.js';
import { endsSentence } from './paragraphs.js';
import { ordinal } from './note-labels.js';
import { lineRange, type Notice, type SourceLine } from './notice.js';

export interface NoteSplit {
  body: SourceLine[];
  notes: NoteDef[];
  style?: NoteStyle;
  notices: Notice[];
}

const blank = (l: SourceLine | undefined) => !l || l.text.trim() === '';

/** The note list after a "Notes" line (dropped and reported) or after a rule the furniture step dropped. */
function introduced(lines: SourceLine[], rules: number[]): NoteSplit | undefined {
  for (let k = lines.length - 1; k >= 0; k--) {
    const t = lines[k]!.text.trim();
    const afterRule = k > 0 && rules.some((r) => r < lines[k]!.n && r > lines[k - 1]!.n);
    if (INTRODUCER.test(t)) {
      const list = parseItems(lines, k + 1, true);
      if (!list) continue;
      const notice = { line: lines[k]!.n, message: `dropped notes heading '${t}'` };
      return { body: lines.slice(0, k), ...list, notices: [notice] };
    }
    if (afterRule && t && readDef(t)) {
      const list = parseItems(lines, k, false);
      if (list) return { body: lines.slice(0, k), ...list, notices: [] };
    }
  }
  return undefined;
}

/** A list with nothing before it: items in order from 1 to the end, most of them cited. */
function bareList(lines: SourceLine[]): NoteSplit | undefined {
  let best: NoteSplit | undefined;
  for (let s = lines.length - 1; s >= 0; s--) {
    if (!blank(lines[s - 1]) && s > 0) continue;
    const def = readDef(lines[s]!.text);
    if (!def || ordinal(def.label) !== 1) continue;
    const list = parseItems(lines, s, false);
    if (!list) continue;
    const body = lines.slice(0, s);
    const text = body.map((l) => l.text).join('\n');
    const cited = citedLabels(
      text,
      list.notes.map((n) => n.label),
      list.style,
    );
    const enough = list.style === 'bracket' ? cited > 0 : cited * 2 >= list.notes.length;
    const [first, last] = [list.notes[0]!.line, list.notes.at(-1)!.lastLine];
    const notice = {
      line: first,
      message: `read ${lineRange(first, last)} as the notes (no "Notes" line before them)`,
    };
    // `[1] …` items say what they are; a list of `1. …` items is a guess worth reporting.
    const notices = list.style === 'bracket' ? [] : [notice];
    if (cited > 0 && enough) best = { body, ...list, notices };
  }
  return best;
}

/** Drop the blank lines at the end of `body` when the sentence before them goes on. */
function mendAcross(body: SourceLine[]): boolean {
  let k = body.length;
  while (k > 0 && !body[k - 1]!.text.trim()) k--;
  if (k === 0 || endsSentence(body[k - 1]!.text)) return false;
  body.length = k;
  return true;
}

/** Notes printed at the foot of a page, after a rule, inside the text (a PDF's pages pasted). */
function footNotes(lines: SourceLine[], rules: number[]): NoteSplit {
  const split: NoteSplit = { body: [], notes: [], notices: [] };
  let skipBlanks = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (skipBlanks && !line.text.trim()) continue;
    skipBlanks = false;
    const afterRule = k > 0 && rules.some((r) => r < line.n && r > lines[k - 1]!.n);
    const run = afterRule ? parseRun(lines, k, false, split.notes.at(-1)?.label) : undefined;
    if (!run || run.end >= lines.length || (split.style && run.style !== split.style)) {
      split.body.push(line);
      continue;
    }
    const [first, last] = [run.notes[0]!.line, run.notes.at(-1)!.lastLine];
    split.notices.push({
      line: first,
      message: `took the notes at the foot of a page (${lineRange(first, last)})`,
    });
    split.notes.push(...run.notes);
    split.style = run.style;
    skipBlanks = mendAcross(split.body);
    k = run.end - 1;
  }
  return split;
}

/** Split the lines after the header into the body and the notes: at its end, or at page feet. */
export function splitNoteList(lines: SourceLine[], rules: number[]): NoteSplit {
  const foot = footNotes(lines, rules);
  const body = foot.body;
  const tail = introduced(body, rules) ?? bareList(body) ?? { body, notes: [], notices: [] };
  return {
    body: tail.body,
    notes: [...foot.notes, ...tail.notes],
    style: foot.style ?? tail.style,
    notices: [...foot.notices, ...tail.notices],
  };
}
