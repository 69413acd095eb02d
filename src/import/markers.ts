// Note markers as plain text writes them, turned into the `[label]` form the escaping step makes
// footnote references of: `¹`, `(1)`, a bare digit after punctuation ("place.1"), `*`, `†`. A digit
// or a mark is a marker only when a note with that label exists; guesses are reported.
import { fromSuperscript, symbolLabel } from './note-labels.js';
import type { NoteStyle } from './note-list.js';
import type { Notice, SourceLine } from './notice.js';

interface Found {
  index: number;
  length: number;
  label: string;
  /** Set when the reading is a guess worth a line in the report. */
  doubt?: string;
}

const SUPERSCRIPTS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;
// "(1)" right after a word or punctuation; after a space it is read only in a "(1)"-style text.
const PAREN = /(?<=(\S)|( ))\((\d{1,3}|[ivx]{1,5})\)/g;
// "place.1", "said,”12": punctuation that does not sit in a number ("3.5", "1,000").
const BARE = /(?<=(?<!\d)[.,;:!?”"’)])(\d{1,3})(?![\d\p{L}])/gu;
// "until 2027.2 The stocks…": a year ending a sentence, then a marker; a guess, reported.
const YEAR_MARK = /(?<=(?<!\d)(?:1[89]|20)\d\d\.)(\d{1,2})(?=\s+[\p{Lu}"“‘]|\s*$)/gu;
const BARE_ROMAN = /(?<=(?<!\d)[.,;:!?”"’)])([ivx]{1,5})(?![\p{L}\d])/gu;
const SYMBOL = /(?<=[\p{L}.,;:!?”"’)])([*†‡§]+)(?=$|[\s.,;:)”"’])/gu;

function collect(text: string, defined: Set<string>, style: NoteStyle | undefined): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(SUPERSCRIPTS)) {
    found.push({ index: m.index, length: m[0].length, label: fromSuperscript(m[0]) });
  }
  for (const m of text.matchAll(PAREN)) {
    if (!defined.has(m[3]!) || (m[2] && style !== 'paren')) continue;
    const doubt = m[2] ? `read '${m[0]}' as note marker ${m[3]}; check it` : undefined;
    found.push({ index: m.index, length: m[0].length, label: m[3]!, doubt });
  }
  if (style !== 'bracket') {
    for (const m of [...text.matchAll(BARE), ...text.matchAll(BARE_ROMAN)]) {
      if (defined.has(m[1]!)) found.push({ index: m.index, length: m[0].length, label: m[1]! });
    }
    for (const m of text.matchAll(YEAR_MARK)) {
      if (!defined.has(m[1]!)) continue;
      const year = text.slice(m.index - 5, m.index + m[0].length);
      const doubt = `read '${year}' as the year ${year.slice(0, 4)} and note marker ${m[1]}; check it`;
      found.push({ index: m.index, length: m[0].length, label: m[1]!, doubt });
    }
  }
  for (const m of text.matchAll(SYMBOL)) {
    const label = symbolLabel(m[1]!);
    if (defined.has(label)) found.push({ index: m.index, length: m[0].length, label });
  }
  return found.sort((a, b) => a.index - b.index);
}

export interface MarkerState {
  defined: Set<string>;
  style?: NoteStyle;
  /** Labels already cited, so a second bare-digit citation can be questioned. */
  cited: Set<string>;
}

/**
 * The paragraph's text with every marker written `[label]`, and what was guessed. Superscripts with
 * no note are left as written and reported, since they can only be markers.
 */
export function liftMarkers(
  text: string,
  lines: SourceLine[],
  state: MarkerState,
): { text: string; notices: Notice[] } {
  const notices: Notice[] = [];
  const lineOf = (raw: string) => (lines.find((l) => l.text.includes(raw)) ?? lines[0]!).n;
  let out = '';
  let last = 0;
  for (const f of collect(text, state.defined, state.style)) {
    if (f.index < last) continue;
    const raw = text.slice(f.index, f.index + f.length);
    if (!state.defined.has(f.label)) {
      notices.push({ line: lineOf(raw), message: `marker '${raw}' has no note (left as written)` });
      continue;
    }
    const bare = /^(?:\d|[ivx])/.test(raw);
    const context = text.slice(Math.max(0, f.index - 12), f.index + f.length);
    if (f.doubt) notices.push({ line: lineOf(raw), message: f.doubt });
    else if (bare && state.cited.has(f.label)) {
      notices.push({
        line: lineOf(context.trim()),
        message: `read '…${context.trim()}' as a second citation of note ${f.label}; check it`,
      });
    }
    state.cited.add(f.label);
    out += `${text.slice(last, f.index)}[${f.label}]`;
    last = f.index + f.length;
  }
  return { text: out + text.slice(last), notices };
}

/** How many of the labels a text cites in any marker form: evidence for a list with no heading. */
export function citedLabels(text: string, labels: string[], style: NoteStyle): number {
  const defined = new Set(labels);
  const seen = new Set(collect(text, defined, style).map((f) => f.label));
  for (const l of labels) if (text.includes(`[${l}]`)) seen.add(l);
  return [...seen].filter((l) => defined.has(l)).length;
}
