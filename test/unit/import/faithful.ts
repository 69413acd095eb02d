// Test helper: the words a source's body holds, compared with the words the importer's Markdown
// reads back, so a test sees every sentence whole and in order (markers and headings' numbers aside).
import type { ReadBack } from './read-back.js';

export interface BodySpec {
  /** 1-based lines of the source that hold the spoken text (headings included). */
  from: number;
  to: number;
  /** Lines inside that range that are not spoken: page numbers, rules. */
  drop?: number[];
  /** Source words broken across a line and how the import should mend them. */
  mend?: Record<string, string>;
}

const MARKERS =
  /(?<=(?:19|20)\d\d\.)\d(?=\s)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[[^\]\s]{1,8}\]|(?<=\S)\(\d{1,3}\)|(?<=[.,;:!?”"’)])(?:\d{1,3}(?!\d)|[ivx]{1,5}(?!\p{L}))|[*†‡]+/gu;
const NUMBERING = /^(?:part|section)\s+\S+\s*[:—–-]\s*|^(?:\d{1,2}|[IVX]{1,5})[.)]\s+/i;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

export function sourceWords(source: string, spec: BodySpec): string[] {
  let lines = source.split('\n').slice(spec.from - 1, spec.to);
  lines = lines.filter((_, i) => !spec.drop?.includes(spec.from + i));
  let text = lines.map((l) => l.trim().replace(NUMBERING, '')).join('\n');
  for (const [broken, whole] of Object.entries(spec.mend ?? {})) text = text.replace(broken, whole);
  return words(text.replace(MARKERS, ''));
}

export function importedWords(back: ReadBack): string[] {
  return words(back.blocks.join('\n').replace(/\[[^\]\s]{1,8}\]/g, ''));
}

const NOTE_LABEL = /^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\w+\]|\(\w+\)|\w{1,3}[.)]|\d{1,3}|[*†‡]+)\s+/;

/** The words of a note list's lines, each item's label taken off. */
export function sourceNoteWords(source: string, spec: BodySpec, labels: string[]): string[] {
  const lines = source.split('\n').slice(spec.from - 1, spec.to);
  let next = 0;
  const text = lines.map((line) => {
    const m = NOTE_LABEL.exec(line.trim());
    if (!m || next >= labels.length) return line;
    next++;
    return line.trim().slice(m[0].length);
  });
  return words(text.join('\n'));
}
