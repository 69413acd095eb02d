// A bundler failure keeps its detail: Vite's own first line is only "Build failed with 1 error:".
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundle, bundlerMessage } from '../../../src/bundle/vite-build.js';
import { LecternError } from '../../../src/core/errors.js';
import { tempDir } from '../../helpers/temp-dir.js';

describe('bundler errors', () => {
  it('say what Vite could not do, not only that it failed', async () => {
    const work = tempDir('lectern-bundle-');
    mkdirSync(join(work, 'out'));
    const error = await bundle("import './missing.js';\n", work, join(work, 'out')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LecternError);
    const message = (error as LecternError).message;
    expect(message).toMatch(
      /^bundling the deck failed: \[UNRESOLVED_IMPORT\] Could not resolve '\.\/missing\.js'/,
    );
    expect(message).not.toContain('Build failed with');
    expect(message).not.toMatch(/\x1b|\n/); // eslint-disable-line no-control-regex
  });

  it('say that the disk is full, and where it was writing', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    });
    expect(bundlerMessage(full, '/talks/dist')).toBe(
      'ENOSPC: no space left on device, write (the disk is full: free some space; writing into /talks/dist)',
    );
    const wrapped = Object.assign(new Error('Build failed with 1 error:\n\n'), {
      errors: [
        {
          message: '\x1b[31m[plugin vite:asset]\x1b[0m ENOSPC: no space left on device',
          code: 'ENOSPC',
        },
      ],
    });
    expect(bundlerMessage(wrapped, 'dist')).toMatch(
      /^\[plugin vite:asset\] ENOSPC: no space left on device \(the disk is full/,
    );
  });
});
