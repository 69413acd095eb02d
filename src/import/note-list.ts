// The list of notes at the end of a plain-text address. It may be introduced by a "Notes" line,
// by a rule (`______`, dropped as furniture before), or by nothing; its items may be written
// `[1] …`, `1. …`, `(1) …`, `1 …`, `¹ …`, `* …`, with or without blank lines between them and
// wrapped over several lines. Items are told from wrapped lines by their labels running in order.
import { fromSuperscript, kindOf, ordinal, symbolLabel, type LabelKind } from './note-labels.js';
import type { SourceLine } from './notice.js';

export interface NoteDef {
  label: string;
  text: string;
  line: number;
  /** The last source line of the note. */
  lastLine: number;
}

export type NoteStyle = 'bracket' | 'paren' | 'dotted' | 'superscript' | 'bare' | 'symbol';

const L = '(\\d{1,3}|[ivxlcdm]{1,8}|[a-z])';
const STYLES: [NoteStyle, RegExp][] = [
  ['bracket', new RegExp(`^\\[${L}\\]\\s*(\\S.*)$`, 'i')],
  ['paren', new RegExp(`^\\(${L}\\)\\s+(\\S.*)$`, 'i')],
  ['dotted', new RegExp(`^${L}[.)]\\s+(\\S.*)$`, 'i')],
  ['superscript', /^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*(\S.*)$/],
  ['bare', /^(\d{1,3})\s+(\S.*)$/],
  ['symbol', /^([*†‡§]+)\s*([^\s*†‡§].*)$/],
];

export const INTRODUCER =
  /^(?:notes|endnotes|footnotes|references|sources|notes and references|works cited|bibliography|notes et références|références|sources et notes|anmerkungen|fußnoten|fussnoten|quellen|literatur|notas|referencias|fuentes|bibliografía|note|riferimenti|fonti|bibliografia|referências|noten|bronnen|voetnoten)\s*:?$/iu;

interface Def {
  style: NoteStyle;
  label: string;
  text: string;
}

export function readDef(text: string, style?: NoteStyle): Def | undefined {
  for (const [s, re] of STYLES) {
    if (style && s !== style) continue;
    // A numbered list item of a document (html-text.ts) is a note when it stands in the note list.
    const m = re.exec(text.trim().replace(/^\uE005/, ''));
    if (!m) continue;
    const label =
      s === 'superscript' ? fromSuperscript(m[1]!) : s === 'symbol' ? symbolLabel(m[1]!) : m[1]!;
    if (s === 'symbol' && label === m[1]) continue;
    return { style: s, label, text: m[2]!.trim() };
  }
  return undefined;
}

/** Whether `label` may follow `last` in a list: the next in its sequence, or a gap of up to 3. */
function follows(
  last: string | undefined,
  label: string,
  kind: LabelKind,
  style: NoteStyle,
): boolean {
  if (kindOf(label) !== kind && !(style === 'bracket')) return false;
  if (last === undefined) return style === 'bracket' || ordinal(label) <= 3;
  if (style === 'bracket') return true;
  const step = ordinal(label) - ordinal(last);
  return step >= 1 && step <= 3;
}

export interface ParsedList {
  notes: NoteDef[];
  style: NoteStyle;
}

/**
 * Items from `start` to the end of `lines`, or undefined when they are not a note list. `loose`
 * lets a note go on after a blank line (under a "Notes" line, where nothing else can be).
 */
export function parseItems(
  lines: SourceLine[],
  start: number,
  loose: boolean,
): ParsedList | undefined {
  const run = parseRun(lines, start, loose);
  return run && run.end === lines.length ? run : undefined;
}

/**
 * Items from `start` on, up to the first line after a blank that goes on with neither a note nor
 * (when `loose`) a note's next paragraph: `end` is that line's index. `previous` is the label of
 * the note before, for notes at the foot of a later page.
 */
export function parseRun(
  lines: SourceLine[],
  start: number,
  loose: boolean,
  previous?: string,
): (ParsedList & { end: number }) | undefined {
  let i = start;
  while (i < lines.length && !lines[i]!.text.trim()) i++;
  const first = i < lines.length ? readDef(lines[i]!.text) : undefined;
  if (
    !first ||
    (previous !== undefined && !follows(previous, first.label, kindOf(previous), first.style))
  )
    return undefined;
  const kind = kindOf(first.label);
  const notes: NoteDef[] = [];
  let blank = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (!t) {
      blank = true;
      continue;
    }
    const def = readDef(t, first.style);
    const current = notes.at(-1);
    if (def && follows(current?.label ?? previous, def.label, kind, first.style)) {
      notes.push({ label: def.label, text: def.text, line: line.n, lastLine: line.n });
    } else if (current && (!blank || loose)) {
      current.text += ` ${t}`;
      current.lastLine = line.n;
    } else break;
    blank = false;
  }
  return notes.length ? { notes, style: first.style, end: i } : undefined;
}
