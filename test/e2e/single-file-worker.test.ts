// The one-file deck is built in a worker thread when Lectern runs compiled (lib/, what
// bin/lectern.js runs; `npm test` compiles first): its errors must reach the CLI as the same
// one-line LecternError, exit code included, as when it runs on the calling thread.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.js';

const compiled = new URL('../../lib/bundle/single-file-worker.js', import.meta.url);

describe('the one-file deck built in a worker thread (compiled lib/)', () => {
  it('rejects with a LecternError carrying its message and exit code', async () => {
    expect(existsSync(compiled), 'run npm run compile first').toBe(true);
    const { buildSingleFileAside } = (await import(compiled.href)) as {
      buildSingleFileAside: (dir: string, out: string) => Promise<unknown>;
    };
    const dir = tempDir('lectern-worker-');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><p>cut short');
    const error = (await buildSingleFileAside(dir, join(dir, 'one.html')).catch(
      (e: unknown) => e,
    )) as Error & { exitCode?: number; problems?: unknown[] };
    expect(error.name).toBe('LecternError');
    expect(error.message).toContain('one-file deck');
    expect(error.exitCode).toBe(1);
    expect(error.problems).toEqual([]);
  });
});
