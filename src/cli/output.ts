// Where the CLI writes: results to stdout, logs and errors to stderr (so `--json` can be piped).
// Tests swap the writers to capture what a user would see.
import { formatProblem, LecternError } from '../core/errors.js';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const output: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Redirects the CLI's output (for tests); returns a function restoring the previous writers. */
export function captureOutput(writers: Output): () => void {
  const previous = { ...output };
  Object.assign(output, writers);
  return () => Object.assign(output, previous);
}

export function logger(options: { quiet?: boolean } = {}) {
  return {
    info: (message: string) => {
      if (!options.quiet) output.err(`lectern: ${message}\n`);
    },
    warn: (message: string) => {
      if (!options.quiet) output.err(`${message}\n`);
    },
  };
}

/** One line per problem, then `lectern: <message>`; a stack only with LECTERN_DEBUG=1. */
export function reportError(error: unknown): number {
  const debug = process.env.LECTERN_DEBUG === '1';
  if (error instanceof LecternError) {
    for (const problem of error.problems) output.err(`${formatProblem(problem)}\n`);
    output.err(`lectern: ${error.message}\n`);
    if (debug && error.cause instanceof Error && error.cause.stack)
      output.err(`${error.cause.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  output.err(`lectern: ${message}\n`);
  if (debug && error instanceof Error && error.stack) output.err(`${error.stack}\n`);
  return 1;
}
