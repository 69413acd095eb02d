// Footnotes once the note list is read: labels defined twice, markers without a note, notes never
// cited. Reported, never fatal.
import { unfinishedAddress } from '../core/text.js';
import type { NoteDef } from './note-list.js';
import type { Notice } from './notice.js';

export type { NoteDef } from './note-list.js';
export { isMarkerLabel } from './note-labels.js';

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
