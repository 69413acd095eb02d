// Where the body ends and the note list begins: after a "Notes" line, after a rule, or, with no
// introducer at all, where a run of items in label order reaches the end and the body cites them.
import { citedLabels } from './markers.js';
import { INTRODUCER, parseItems, readDef, type NoteDef, type NoteStyle } from './note-list.js';
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
      const list = parseItems(lines, k, true);
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

/** Split the lines after the header into the body and the notes at its end. */
export function splitNoteList(lines: SourceLine[], rules: number[]): NoteSplit {
  return introduced(lines, rules) ?? bareList(lines) ?? { body: lines, notes: [], notices: [] };
}
