// Which quotations get a slide: at most one per paragraph (its best), pinned ones always, then the
// best of the rest spread across sections (each section's best before any section's second).
import type { QuoteCandidate } from './quote-candidates.js';

/** The best quotation of each paragraph that is not dropped: pinned first, then by score. */
export function bestPerParagraph(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const best = new Map<string, QuoteCandidate>();
  for (const c of candidates) {
    if (c.dropped) continue;
    const current = best.get(c.key);
    if (!current || rank(c) > rank(current)) best.set(c.key, c);
  }
  return [...best.values()];
}

function rank(c: QuoteCandidate): number {
  return (c.pinned ? 1e6 : 0) + c.score;
}

/** Unpinned quotations in the order they are granted slides. */
export function spreadOrder(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const bySection = new Map<number, QuoteCandidate[]>();
  for (const c of candidates) {
    if (c.pinned) continue;
    bySection.set(c.section, [...(bySection.get(c.section) ?? []), c]);
  }
  const queues = [...bySection.values()].map((list) => list.sort((a, b) => b.score - a.score));
  const out: QuoteCandidate[] = [];
  for (let round = 0; queues.some((q) => q.length > round); round++) {
    const tier = queues.flatMap((q) => q.slice(round, round + 1));
    out.push(...tier.sort((a, b) => b.score - a.score));
  }
  return out;
}

/** The pinned quotations plus the first `count` of the rest, as a set of keys with their choice. */
export function selectQuotes(
  candidates: QuoteCandidate[],
  count: number,
): Map<string, QuoteCandidate> {
  const best = bestPerParagraph(candidates);
  const chosen = [...best.filter((c) => c.pinned), ...spreadOrder(best).slice(0, count)];
  return new Map(chosen.map((c) => [c.key, c]));
}

/** How many unpinned quotations could get a slide at most. */
export function selectableCount(candidates: QuoteCandidate[]): number {
  return bestPerParagraph(candidates).filter((c) => !c.pinned).length;
}
