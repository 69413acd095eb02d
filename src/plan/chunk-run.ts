// Splits a run of consecutive sentences into points slides of at most ~150 spoken words (about
// a minute, what the speaker view shows without scrolling), as evenly as it can, preferring to cut between paragraphs; a sentence is never split.
import type { Sentence } from './units.js';

/** Spoken words one points slide covers at most (about a minute at 130 words per minute). */
export const MAX_SPOKEN_WORDS = 150;

const MID_PARAGRAPH_CUT = 400;
const SHORT_SLIDE = 600;
const SHORT_WORDS = 35;

export function chunkRun(run: Sentence[], maxWords = MAX_SPOKEN_WORDS): Sentence[][] {
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
      const cost =
        prev.cost +
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
