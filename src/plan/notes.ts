// Speaker notes for a slide: the verbatim passages it covers (footnote refs re-based to each
// passage), the full source of every footnote they cite, and the speaker's asides.
import { sliceMarks, withMarks } from '../core/inline-marks.js';
import type { Footnote } from '../core/address.js';
import type { InlineText } from '../core/inline-text.js';
import type { Notes, SourceNote } from '../core/deck.js';
import type { Sentence } from './units.js';

/** Consecutive sentences of one source become one passage, sliced from the source text. */
export function passagesOf(sentences: Sentence[]): InlineText[] {
  const out: InlineText[] = [];
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i]!;
    let j = i;
    while (j + 1 < sentences.length && sentences[j + 1]!.key === first.key) j++;
    const last = sentences[j]!;
    const { source } = first;
    // A marker belongs to the sentence it follows: from this sentence's start to the next one's.
    const next = sentenceAfter(sentences, j, source);
    const refs = source.refs
      .filter((r) => r.offset >= first.start && r.offset <= next)
      .map((r) => ({ label: r.label, offset: Math.min(r.offset, last.end) - first.start }));
    const text = source.text.slice(first.start, last.end);
    out.push(withMarks({ text, refs }, sliceMarks(source.marks, first.start, last.end)));
    i = j + 1;
  }
  return out;
}

/** Where the sentence after `sentences[j]` starts in its source (text end if it is the last). */
function sentenceAfter(sentences: Sentence[], j: number, source: InlineText): number {
  const last = sentences[j]!;
  const gap = source.text.slice(last.end);
  const lead = gap.length - gap.trimStart().length;
  return gap.trim() ? last.end + lead - 1 : source.text.length;
}

/** Each cited footnote once, in citation order, with its full source ("Ibid." resolved). */
export function sourcesOf(passages: InlineText[], footnotes: Footnote[]): SourceNote[] {
  const byLabel = new Map(footnotes.map((f) => [f.label, f]));
  const seen = new Set<string>();
  const out: SourceNote[] = [];
  for (const r of passages.flatMap((p) => p.refs)) {
    if (seen.has(r.label)) continue;
    seen.add(r.label);
    const f = byLabel.get(r.label);
    // An undefined footnote is the content stage's problem to report; notes show real sources only.
    if (f) out.push({ label: r.label, text: f.source });
  }
  return out;
}

export function notesOf(
  sentences: Sentence[],
  footnotes: Footnote[],
  asides: string[] = [],
): Notes {
  const spoken = passagesOf(sentences);
  return {
    spoken,
    asides: [...sentences.flatMap((s) => s.asides), ...asides],
    sources: sourcesOf(spoken, footnotes),
  };
}
