// Lectern as a library: the stages the CLI runs, with typed options. Every function reports bad
// input by throwing a LecternError whose `problems` carry file, line and column; nothing here
// prints unless a `log` is given.
//
//   import { build } from 'lectern';
//   const summary = await build({ input: 'talk.md', outDir: 'dist' });
export {
  buildProject as build,
  loadDeck,
  type BuildOptions,
  type BuildSummary,
  type Logger,
  type PdfOptions,
} from './pipeline/build.js';
export {
  checkProject as check,
  type CheckOptions,
  type CheckResult,
} from './pipeline/check-deck.js';
export {
  exportPdfs,
  type ExportOptions,
  type ExportSummary,
  type HandoutLayout,
  type Paper,
} from './pdf/index.js';
export { importPlainText as importText, type ImportResult } from './import/index.js';
export { formatProblem, hasErrors, LecternError } from './core/errors.js';
export type { Problem, Severity } from './core/problems.js';
export type { AddressMeta } from './core/address-meta.js';
export type { Deck, Slide } from './core/deck.js';
