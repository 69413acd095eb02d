// Running the CLI in-process from a test: its exit code and what it printed on stdout and stderr.
import { main } from '../../../src/cli/main.js';
import { captureOutput } from '../../../src/cli/output.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  const seen = { out: '', err: '' };
  const restore = captureOutput({ out: (t) => (seen.out += t), err: (t) => (seen.err += t) });
  try {
    return { code: await main(argv), ...seen };
  } finally {
    restore();
  }
}
