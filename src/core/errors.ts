import type { Problem } from './problems.js';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * The one error type the CLI reports: a single line for the user, never a stack trace.
 * `problems` carries the positioned input problems behind it, when there are any.
 */
export class LecternError extends Error {
  readonly exitCode: number;
  readonly problems: Problem[];

  constructor(
    message: string,
    options: { exitCode?: number; problems?: Problem[]; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'LecternError';
    this.exitCode = options.exitCode ?? EXIT.failure;
    this.problems = options.problems ?? [];
  }
}

/** `file:line:col: severity: message (hint)` — the one-line form every problem is printed in. */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}:${p.col > 0 ? p.col : 1}` : p.file;
  const hint = p.hint ? ` — ${p.hint}` : '';
  return `${where}: ${p.severity}: ${p.message}${hint}`;
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
