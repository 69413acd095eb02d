// Which quotations get a slide: one per paragraph (its best; a second when the paragraph holds
// two strong ones in different sentences), pinned ones always, then the best of the rest spread
// across sections (each section's best before any section's second).
import { STRONG_QUOTE } from './quotability.js';
import type { QuoteCandidate } from './quote-candidates.js';

const apart = (a: QuoteCandidate, b: QuoteCandidate) => a.last < b.first || b.last < a.first;

/** The best quotation of each paragraph that is not dropped (pinned first, then by score), and a strong second. */
export function bestPerParagraph(candidates: QuoteCandidate[]): QuoteCandidate[] {
  const byKey = new Map<string, QuoteCandidate[]>();
  for (const c of candidates) {
    if (!c.dropped && (c.pinned || !c.unfit)) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
  }
  return [...byKey.values()].flatMap((list) => {
    const [best, ...rest] = [...list].sort((a, b) => rank(b) - rank(a));
    const second = rest.find(
      (c) =>
        apart(c, best!) && (c.pinned || (c.score >= STRONG_QUOTE && best!.score >= STRONG_QUOTE)),
    );
    return second ? [best!, second] : [best!];
  });
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
): Map<string, QuoteCandidate[]> {
  const best = bestPerParagraph(candidates);
  const chosen = [...best.filter((c) => c.pinned), ...spreadOrder(best).slice(0, count)];
  const out = new Map<string, QuoteCandidate[]>();
  for (const c of chosen) out.set(c.key, [...(out.get(c.key) ?? []), c]);
  for (const list of out.values()) list.sort((a, b) => a.first - b.first);
  return out;
}

/** How many unpinned quotations could get a slide at most. */
export function selectableCount(candidates: QuoteCandidate[]): number {
  return bestPerParagraph(candidates).filter((c) => !c.pinned).length;
}
