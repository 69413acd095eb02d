// Emphasis marks travel with the text they mark: whenever an InlineText is cut, joined or
// re-spaced, its marks are cut, shifted or re-mapped the same way as its footnote refs.
import type { InlineMark, InlineText } from './model.js';

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

/**
 * The author's emphasis over `words` (a bullet), read from the first passage that holds them as
 * written with emphasis among them: a bullet is the address's own words, capitalised and with a
 * full stop. A bullet that leaves words out (the planner's condensing) matches no passage and has
 * none.
 */
export function marksOf(words: string, passages: InlineText[]): InlineMark[] | undefined {
  const body = words.trim().replace(/[.!?…]+$/u, '');
  if (!body) return undefined;
  const escaped = body.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const first = body.charAt(0);
  const initial = `[${`${first}${first.toLocaleLowerCase()}`.replace(/[\]\\^-]/g, '\\$&')}]`;
  // Whole words only: "Peace." is not the start of "peaceful".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${initial}${escaped}(?![\\p{L}\\p{N}])`, 'u');
  for (const passage of passages) {
    if (!passage.marks?.length) continue;
    const found = pattern.exec(passage.text);
    const marks = found && sliceMarks(passage.marks, found.index, found.index + body.length);
    if (marks) return marks;
  }
  return undefined;
}
