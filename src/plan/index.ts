// The plan stage: Address → Deck (slides, quotes, speaker notes, timing). Pure.
export { planDeck } from './plan-deck.js';
export { keyPoints } from './key-points.js';
export { bulletOf } from './bullet.js';
export { fitOverflow, describeSlide, DEFAULT_MIN_SCALE } from './fit-overflow.js';
export type { FitChange, FitOptions, FitResult, SlideOverflow } from './fit-overflow.js';
