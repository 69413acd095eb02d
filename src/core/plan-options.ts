// The planner's limits: how many words and bullets a slide shows, how many quote slides a deck
// may have, how fast the speaker speaks.

export interface PlanOptions {
  wordsPerMinute: number;
  /** Max words shown on a points slide. */
  maxSlideWords: number;
  maxBullets: number;
  maxBulletWords: number;
  /** Quotations shorter than this (in words) are not key quotes. */
  minQuoteWords: number;
  /** Share of the deck's slides that may be quote slides. */
  maxQuoteShare: number;
  /** Max words shown on a quote slide before it is excerpted. */
  maxQuoteWords: number;
  /** Max references per references slide. */
  maxReferencesPerSlide: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  wordsPerMinute: 130,
  maxSlideWords: 48,
  maxBullets: 6,
  maxBulletWords: 18,
  minQuoteWords: 8,
  maxQuoteShare: 1 / 3,
  maxQuoteWords: 60,
  maxReferencesPerSlide: 6,
};
