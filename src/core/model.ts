// The models every stage reads, in one place for the modules that still import them from here
// (src/plan/, being changed on another branch; the rest of src/ imports the modules themselves):
// import → content (Address) → plan (Deck) → render → bundle → pdf, pptx.
export type { Problem, Severity } from './problems.js';
export * from './address-meta.js';
export type * from './inline-text.js';
export type * from './address.js';
export * from './deck.js';
export * from './plan-options.js';
