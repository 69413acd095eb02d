// Splits a slide's spoken passages in two at the sentence boundary nearest the middle (by words),
// for the overflow guard. Footnote markers stay with the sentence they stood in.
import { sliceMarks, withMarks } from '../core/inline-marks.js';
import type { FootnoteRef, InlineText } from '../core/inline-text.js';
import { countWords, splitSentences } from '../core/text.js';

interface Cut {
  /** Passage index the second half starts in. */
  passage: number;
  /** Offset in that passage's text where the second half starts (0 = at a passage boundary). */
  offset: number;
}

/** Two non-empty halves whose sentences, in order, are exactly the input's; undefined if one sentence. */
export function splitSpoken(
  spoken: InlineText[],
  lang: string,
): [InlineText[], InlineText[]] | undefined {
  const cut = middleCut(spoken, lang);
  if (!cut) return undefined;
  const first = spoken.slice(0, cut.passage);
  const second = spoken.slice(cut.passage + 1);
  const at = spoken[cut.passage]!;
  if (cut.offset === 0) {
    second.unshift(at);
  } else {
    const [a, b] = cutPassage(at, cut.offset);
    first.push(a);
    second.unshift(b);
  }
  return [first, second];
}

/** Every sentence boundary is a candidate; the one with words before it closest to half wins. */
function middleCut(spoken: InlineText[], lang: string): Cut | undefined {
  const candidates: { cut: Cut; before: number }[] = [];
  let before = 0;
  spoken.forEach((p, passage) => {
    const sentences = splitSentences(p.text, lang);
    sentences.forEach((s, i) => {
      if (before > 0) candidates.push({ cut: { passage, offset: i === 0 ? 0 : s.start }, before });
      before += countWords(s.text, lang);
    });
  });
  const half = before / 2;
  let best: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    if (!best || Math.abs(c.before - half) < Math.abs(best.before - half)) best = c;
  }
  return best?.cut;
}

/** A footnote marker at the very cut belongs to the sentence before it. */
function cutPassage(p: InlineText, offset: number): [InlineText, InlineText] {
  const head = p.text.slice(0, offset);
  const trimmedHead = head.trimEnd();
  const refsA: FootnoteRef[] = [];
  const refsB: FootnoteRef[] = [];
  for (const r of p.refs) {
    if (r.offset <= offset) refsA.push({ ...r, offset: Math.min(r.offset, trimmedHead.length) });
    else refsB.push({ ...r, offset: r.offset - offset });
  }
  return [
    withMarks({ text: trimmedHead, refs: refsA }, sliceMarks(p.marks, 0, trimmedHead.length)),
    withMarks(
      { text: p.text.slice(offset), refs: refsB },
      sliceMarks(p.marks, offset, p.text.length),
    ),
  ];
}
