// Splits a run of consecutive sentences into points slides of at most ~150 spoken words (about
// a minute, what the speaker view shows without scrolling), as evenly as it can, preferring to cut between paragraphs; a sentence is never split.
import type { Sentence } from './units.js';

/** Spoken words one points slide covers at most (about a minute at 130 words per minute). */
export const MAX_SPOKEN_WORDS = 150;

const MID_PARAGRAPH_CUT = 400;
const SHORT_SLIDE = 600;
const SHORT_WORDS = 35;

/** What a cut inside a list costs anywhere but before an item. */
const INSIDE_ITEM_CUT = 300;
/** What a first slide of a list with fewer than two of its items costs: it is no list then. */
const LONE_FIRST_ITEM = 600;

/**
 * `items`: where the items of a list the run holds begin (indices into `run`): the run is cut
 * before an item, and its first slide holds two items at least, so that it reads as the list it
 * is and the next slide goes on with its numbers.
 */
export function chunkRun(
  run: Sentence[],
  maxWords = MAX_SPOKEN_WORDS,
  items: number[] = [],
): Sentence[][] {
  const n = run.length;
  if (n === 0) return [];
  const total = run.reduce((sum, s) => sum + s.words, 0);
  const target = total / Math.max(1, Math.ceil(total / maxWords));
  // best[j]: cheapest way to cover run[0..j) — fewest slides first, then the smallest cost.
  const best: { slides: number; cost: number; from: number }[] = [{ slides: 0, cost: 0, from: -1 }];
  for (let j = 1; j <= n; j++) {
    let words = 0;
    let pick = { slides: Infinity, cost: Infinity, from: -1 };
    for (let i = j - 1; i >= 0; i--) {
      words += run[i]!.words;
      if (words > maxWords && i < j - 1) break;
      const prev = best[i]!;
      const cutInside = j < n && run[j]!.key === run[j - 1]!.key;
      const inList = items.length > 0 && j < n && j > items[0]! && j <= items.at(-1)!;
      const firstOfList = i <= items[0]! && j < n && items.filter((k) => k < j).length < 2;
      const cost =
        prev.cost +
        (inList && !items.includes(j) ? INSIDE_ITEM_CUT : 0) +
        (items.length > 1 && firstOfList && j > items[0]! ? LONE_FIRST_ITEM : 0) +
        (words - target) ** 2 / 10 +
        (cutInside ? MID_PARAGRAPH_CUT : 0) +
        (words < SHORT_WORDS && n > 1 ? SHORT_SLIDE : 0);
      const slides = prev.slides + 1;
      if (slides < pick.slides || (slides === pick.slides && cost < pick.cost)) {
        pick = { slides, cost, from: i };
      }
    }
    best.push(pick);
  }
  const groups: Sentence[][] = [];
  for (let j = n; j > 0; j = best[j]!.from) groups.unshift(run.slice(best[j]!.from, j));
  return groups;
}
