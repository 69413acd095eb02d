// The print view the build saves (dist/.print-view.html, from which the slides PDF is printed) is
// laid out by reveal.js, which centres each slide on its page by measuring it once. Measured before
// every font and image is in, a busy machine saved pages with other positions than an idle one.
// The address is built once idle and once with every core kept busy: the saved pages are the same
// bytes. No timing is asserted: the load only makes a race, if there is one, likely to show.
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAVED_PRINT_VIEW } from '../../src/pdf/saved-print-view.js';
import { tempDir } from '../helpers/temp-dir.js';
import { runCli } from './helpers/cli.js';

/** Child processes that each keep one core busy until killed. */
function busyLoops(count: number): ChildProcess[] {
  return Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
  );
}

async function buildInto(out: string): Promise<string> {
  const run = await runCli('build', 'content/address.md', '--out', out, '--no-pdf', '--quiet');
  expect(run.code, run.err).toBe(0);
  return readFileSync(join(out, SAVED_PRINT_VIEW), 'utf8');
}

describe('the saved print view', () => {
  it('is the same bytes when the build runs on a loaded machine', async () => {
    const root = tempDir('lectern-e2e-load-');
    const idle = await buildInto(join(root, 'idle'));
    const loops = busyLoops(2 * availableParallelism());
    let loaded: string;
    try {
      loaded = await buildInto(join(root, 'loaded'));
    } finally {
      for (const loop of loops) loop.kill('SIGKILL');
    }
    // Positions the layout measured, so a failure shows which moved rather than a wall of HTML.
    const tops = (html: string) => [...html.matchAll(/top: ?[\d.]+px/g)].map((m) => m[0]);
    expect(tops(loaded)).toEqual(tops(idle));
    expect(loaded === idle).toBe(true);
  });
});
