// Speaking time per slide from the words it covers, with a floor for slides that carry few or no
// words (the audience still needs a moment to read a title or a reference list).
import type { AddressMeta } from '../core/address-meta.js';
import type { Problem } from '../core/problems.js';
import type { SlideKind } from '../core/deck.js';

export const FLOOR_SECONDS: Record<SlideKind, number> = {
  title: 8,
  outline: 8,
  section: 5,
  points: 5,
  statement: 5,
  quote: 5,
  image: 8,
  references: 10,
  closing: 5,
};

export function slideSeconds(kind: SlideKind, words: number, wordsPerMinute: number): number {
  return Math.max(FLOOR_SECONDS[kind], Math.round((words / wordsPerMinute) * 60));
}

/** A warning when the talk runs longer than its slot, saying how much to cut. */
export function durationProblem(
  file: string,
  meta: AddressMeta,
  totalSeconds: number,
  wordsPerMinute: number,
): Problem | undefined {
  if (meta.duration === undefined || totalSeconds <= meta.duration * 60) return undefined;
  const over = totalSeconds - meta.duration * 60;
  const cut = Math.max(10, Math.round(((over / 60) * wordsPerMinute) / 10) * 10);
  return {
    file,
    line: 0,
    col: 0,
    severity: 'warning',
    message: `the talk runs about ${Math.round(totalSeconds / 60)} min, the slot is ${meta.duration} min; cut about ${cut} words`,
    hint: `shorten the address, or raise wpm (now ${wordsPerMinute}) or duration in the front matter`,
  };
}
