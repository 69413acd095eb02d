// The references slides: every source the footnotes cite, `maxReferencesPerSlide` a slide. A
// source several footnotes cite is listed once with all their labels ("[v, vi] …"); a web address
// cut short in the source is left off (the notes and the script keep the text as written).
import type { Footnote } from '../core/address.js';
import type { SourceNote, Slide } from '../core/deck.js';
import { withoutUnfinishedAddress } from '../core/text.js';
import { slideSeconds } from './timing.js';

/** One entry per distinct source, in the order first cited, labelled with every footnote citing it. */
function distinctSources(footnotes: Footnote[]): (SourceNote & { line: number })[] {
  const bySource = new Map<string, { labels: string[]; line: number }>();
  for (const f of footnotes) {
    const text = withoutUnfinishedAddress(f.source);
    const known = bySource.get(text);
    if (known) known.labels.push(f.label);
    else bySource.set(text, { labels: [f.label], line: f.line });
  }
  return [...bySource].map(([text, { labels, line }]) => ({
    label: labels.join(', '),
    text,
    line,
  }));
}

export function referenceSlides(
  footnotes: Footnote[],
  perSlide: number,
  wordsPerMinute: number,
  title = 'References',
): Slide[] {
  const size = Math.max(1, perSlide);
  const sources = distinctSources(footnotes);
  const pages: (typeof sources)[] = [];
  for (let i = 0; i < sources.length; i += size) pages.push(sources.slice(i, i + size));
  return pages.map((page, i) => ({
    id: i === 0 ? 'references' : `references-${i + 1}`,
    kind: 'references',
    title,
    references: page.map((f) => ({ label: f.label, text: f.text })),
    part: pages.length > 1 ? { index: i + 1, count: pages.length } : undefined,
    notes: { spoken: [], asides: [], sources: [] },
    words: 0,
    seconds: slideSeconds('references', 0, wordsPerMinute),
    line: page[0]?.line ?? 0,
  }));
}
