// What a build reports: slides per section, timing against the slot, files written, problems.
import { formatProblem } from '../core/errors.js';
import type { Problem } from '../core/problems.js';
import type { Deck } from '../core/deck.js';

export interface BuildSummary {
  input: string;
  outDir: string;
  theme: string;
  sections: { number: number; title: string; slides: number; seconds: number }[];
  slides: number;
  /** Estimated speaking time of the whole deck. */
  seconds: number;
  /** The talk slot from the front matter, in seconds. */
  durationSeconds?: number;
  /** Paths relative to outDir, sorted. */
  files: string[];
  problems: Problem[];
  pdf: { path: string; pages: number; bytes: number }[];
  /** The overview picture and the one-file deck (what: `one-file deck`, `overview, …`). */
  extras?: { path: string; bytes: number; what: string }[];
  /** What the overflow guard split or shrank, one line each; absent when it did not run. */
  fitted?: string[];
}

export function sectionCounts(deck: Deck): BuildSummary['sections'] {
  return deck.stacks
    .filter((s) => s.section !== undefined)
    .map((stack) => ({
      number: stack.section! + 1,
      title: stack.slides[0]?.title ?? '',
      slides: stack.slides.length,
      seconds: Math.round(stack.slides.reduce((sum, s) => sum + s.seconds, 0)),
    }));
}

export function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The human-readable summary printed after a build. */
export function formatSummary(summary: BuildSummary): string[] {
  const lines = summary.sections.map(
    (s) =>
      `  ${String(s.number).padStart(2)}. ${s.title} — ${s.slides} slide${s.slides === 1 ? '' : 's'}, ${clock(s.seconds)}`,
  );
  const slot =
    summary.durationSeconds !== undefined
      ? ` (slot ${clock(summary.durationSeconds)}${summary.seconds > summary.durationSeconds ? ', over time' : ''})`
      : '';
  lines.push(
    `${summary.slides} slides, about ${clock(summary.seconds)} spoken${slot}, theme ${summary.theme}`,
  );
  lines.push(`${summary.files.length} files in ${summary.outDir}`);
  for (const e of summary.extras ?? []) {
    lines.push(`  ${e.path} — ${e.what}, ${formatBytes(e.bytes)}`);
  }
  for (const p of summary.pdf) {
    lines.push(`  ${p.path} — ${p.pages} page${p.pages === 1 ? '' : 's'}, ${formatBytes(p.bytes)}`);
  }
  if (summary.pdf.length === 0) lines.push('  no PDFs (built with --no-pdf)');
  if (summary.fitted === undefined) {
    lines.push('overflow guard skipped (no browser found)');
  } else if (summary.fitted.length > 0) {
    lines.push(
      `overflow guard: ${summary.fitted.length} change${summary.fitted.length === 1 ? '' : 's'}`,
    );
    for (const line of summary.fitted) lines.push(`  ${line}`);
  }
  const warnings = summary.problems.filter((p) => p.severity === 'warning').length;
  if (warnings) lines.push(`${warnings} warning${warnings === 1 ? '' : 's'} (above)`);
  return lines;
}

/** `424 KB`, `1.2 MB`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export { formatProblem };
