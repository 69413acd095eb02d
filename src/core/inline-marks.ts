// Emphasis marks travel with the text they mark: whenever an InlineText is cut, joined or
// re-spaced, its marks are cut, shifted or re-mapped the same way as its footnote refs.
import type { InlineMark, InlineText } from './inline-text.js';

/** The marks over `[start, end)` of a text, clipped to it and counted from `start`. */
export function sliceMarks(
  marks: InlineMark[] | undefined,
  start: number,
  end: number,
): InlineMark[] | undefined {
  const out = (marks ?? [])
    .filter((m) => m.end > start && m.start < end)
    .map((m) => ({
      kind: m.kind,
      start: Math.max(m.start, start) - start,
      end: Math.min(m.end, end) - start,
    }))
    .filter((m) => m.end > m.start);
  return out.length > 0 ? out : undefined;
}

/** `value` with `marks` set, or without the key when there are none (plain data stays plain). */
export function withMarks<T extends object>(
  value: T & { marks?: InlineMark[] },
  marks: InlineMark[] | undefined,
): Omit<T, 'marks'> & { marks?: InlineMark[] } {
  const { marks: _old, ...rest } = value;
  return marks && marks.length > 0 ? { ...rest, marks } : rest;
}

/** Regular-expression source matching `s` literally. */
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The author's emphasis over `words` (a bullet), read from the first passage that holds them with
 * emphasis among them: a bullet is the address's own words, capitalised and with a full stop, and
 * may have left out -ly adverbs ("strongly") to fit (plan/bullet.ts), so those may lie between its
 * words in the passage. A bullet with any other words left out matches no passage and has none.
 */
export function marksOf(words: string, passages: InlineText[]): InlineMark[] | undefined {
  const body = words.trim().replace(/[.!?…]+$/u, '');
  const parts = [...body.matchAll(/\S+/gu)];
  if (parts.length === 0) return undefined;
  const first = body.charAt(0);
  const initial = `[${`${first}${first.toLocaleLowerCase()}`.replace(/[\]\\^-]/g, '\\$&')}]`;
  const groups = parts.map(
    (p, i) => `(${i === 0 ? initial + literal(p[0].slice(1)) : literal(p[0])})`,
  );
  // Whole words only: "Peace." is not the start of "peaceful".
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${groups.join('(?:\\s+\\p{L}+ly)*\\s+')}(?![\\p{L}\\p{N}])`,
    'du',
  );
  for (const passage of passages) {
    if (!passage.marks?.length) continue;
    const found = pattern.exec(passage.text);
    if (!found?.indices) continue;
    const spans = parts.map((p, i) => ({ at: p.index, span: found.indices![i + 1]! }));
    const pieces = spans.flatMap(({ at, span: [start, end] }) =>
      (sliceMarks(passage.marks, start, end) ?? []).map((m) => ({
        ...m,
        start: m.start + at,
        end: m.end + at,
      })),
    );
    // One mark over "never give", not one per word: a word's pieces join across the space between.
    const marks = pieces.reduce<InlineMark[]>((out, m) => {
      const last = out.at(-1);
      if (last && last.kind === m.kind && /^\s*$/u.test(body.slice(last.end, m.start)))
        last.end = m.end;
      else out.push({ ...m });
      return out;
    }, []);
    if (marks.length > 0) return marks;
  }
  return undefined;
}
