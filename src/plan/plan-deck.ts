// Address → Deck. Quotations compete for slides: the planner grants the best ones a slide and
// re-plans with fewer until quote slides are at most `maxQuoteShare` of the deck.
import type { Address } from '../core/address.js';
import type { Deck, Slide, Stack } from '../core/deck.js';
import type { PlanOptions } from '../core/plan-options.js';
import type { Problem } from '../core/problems.js';
import { DEFAULT_PLAN_OPTIONS } from '../core/plan-options.js';
import { slidesOf } from '../core/deck.js';
import { labelsOf } from '../core/labels.js';
import { draftSection } from './chunk-section.js';
import { closingSlide, outlineSlides, titleSlide } from './frame.js';
import { notesOf } from './notes.js';
import {
  findQuoteCandidates,
  type ParagraphQuotes,
  type QuoteCandidate,
} from './quote-candidates.js';
import { referenceSlides } from './references.js';
import { sectionSlides, wordsOf, type SlideContext } from './section-slides.js';
import { selectableCount, selectQuotes } from './select-quotes.js';
import { durationProblem } from './timing.js';
import { sentencesOf, type Sentence } from './units.js';

/** The preamble is spoken over the title slide. */
function preambleSlide(address: Address, ctx: SlideContext): Slide {
  const sentences: Sentence[] = [];
  const asides: string[] = [];
  address.preamble.forEach((block, b) => {
    const key = `preamble:${b}`;
    const at = { key, line: block.line, lang: ctx.lang };
    if (block.kind === 'paragraph' || block.kind === 'blockquote')
      sentences.push(...sentencesOf(block, at));
    else if (block.kind === 'list')
      block.items.forEach((item, i) =>
        sentences.push(...sentencesOf(item, { ...at, key: `${key}:${i}` })),
      );
    else if (block.kind === 'aside') asides.push(block.text);
  });
  const notes = notesOf(sentences, address.footnotes, asides);
  return titleSlide(address.meta, notes, wordsOf(notes.spoken, ctx.lang), ctx.wpm);
}

function assemble(
  address: Address,
  options: PlanOptions,
  paragraphs: Map<string, ParagraphQuotes>,
  chosen: Map<string, QuoteCandidate[]>,
): Deck {
  const labels = labelsOf(address.meta);
  const ctx: SlideContext = {
    lang: address.meta.lang,
    wpm: options.wordsPerMinute,
    options,
    footnotes: address.footnotes,
    headlines: new Set(
      [address.meta.title, labels.outline, labels.references, labels.thankYou]
        .concat(address.sections.map((s) => s.title))
        .map((t) => t.toLowerCase()),
    ),
    shown: new Set(),
  };
  const opening: Slide[] = [preambleSlide(address, ctx)];
  if (address.sections.some((s) => !s.implicit))
    opening.push(...outlineSlides(address.sections, ctx.wpm, labels.outline));
  const stacks: Stack[] = [{ slides: opening }];
  for (const section of address.sections) {
    const drafted = draftSection(section, { ...ctx, paragraphs, chosen });
    stacks.push({ section: section.index, slides: sectionSlides(section, drafted, ctx) });
  }
  const references = referenceSlides(
    address.footnotes,
    options.maxReferencesPerSlide,
    ctx.wpm,
    labels.references,
  );
  stacks.push({ slides: [...references, closingSlide(address.meta, ctx.wpm, labels.thankYou)] });
  const totalSeconds = stacks.flatMap((s) => s.slides).reduce((n, s) => n + s.seconds, 0);
  const problems: Problem[] = [];
  const long = durationProblem(address.file, address.meta, totalSeconds, ctx.wpm);
  if (long) problems.push(long);
  return {
    meta: address.meta,
    stacks,
    footnotes: address.footnotes,
    totalSeconds,
    problems,
    file: address.file,
  };
}

function unmatchedPins(address: Address, candidates: QuoteCandidate[]): Problem[] {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[“”"‘’']/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  const texts = candidates.map((c) => norm(c.whole));
  const all = [
    ...address.meta.quotes.pin.map((f) => ['pin', f] as const),
    ...address.meta.quotes.exclude.map((f) => ['exclude', f] as const),
  ];
  return all
    .filter(([, f]) => !texts.some((t) => t.includes(norm(f))))
    .map(([kind, f]) => ({
      file: address.file,
      line: 0,
      col: 0,
      severity: 'warning' as const,
      message: `quotes.${kind} "${f}" matches no quotation in the address`,
      hint: 'copy a few words exactly as they stand inside the quotation marks',
    }));
}

/** Plans the deck for `address`. Pure: the same address and options give the same deck. */
export function planDeck(address: Address, overrides: Partial<PlanOptions> = {}): Deck {
  const opts: PlanOptions = {
    ...DEFAULT_PLAN_OPTIONS,
    ...overrides,
    wordsPerMinute:
      overrides.wordsPerMinute ??
      address.meta.wordsPerMinute ??
      DEFAULT_PLAN_OPTIONS.wordsPerMinute,
  };
  const paragraphs = findQuoteCandidates(address, opts);
  const candidates = [...paragraphs.values()].flatMap((p) => p.candidates);
  const pinProblems = unmatchedPins(address, candidates);
  const plan = (count: number) =>
    assemble(address, opts, paragraphs, selectQuotes(candidates, count));
  const fits = (deck: Deck) => {
    const slides = slidesOf(deck);
    return slides.filter((s) => s.kind === 'quote').length <= opts.maxQuoteShare * slides.length;
  };
  // The largest number of quote slides that keeps within the share, by bisection: each try
  // plans the whole deck, and a long address may have a hundred quotations.
  let best = plan(0);
  let low = 1;
  let high = selectableCount(candidates);
  while (low <= high) {
    const mid = Math.ceil((low + high) / 2);
    const deck = plan(mid);
    if (fits(deck)) {
      best = deck;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return { ...best, problems: [...best.problems, ...pinProblems] };
}
