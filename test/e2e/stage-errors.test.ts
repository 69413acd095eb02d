// A stage-ready step that fails says which step and what to do, like the PDF export does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LecternError } from '../../src/core/errors.js';
import { stageReady } from '../../src/pipeline/stage-ready.js';
import { deck, slide } from '../fixtures/stage/make-deck.js';

const dir = mkdtempSync(join(tmpdir(), 'lectern-e2e-stage-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the stage-ready step', () => {
  it('names the step that timed out and the option that raises the limit', async () => {
    // A page where reveal.js never starts.
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body>no deck</body></html>');
    const run = stageReady(deck([[slide({ id: 'title', kind: 'title' })]]), {
      distDir: dir,
      render: () => '',
      a11y: false,
      overview: false,
      singleFile: false,
      timeoutMs: 1500,
    });
    await expect(run).rejects.toBeInstanceOf(LecternError);
    await expect(run).rejects.toThrow(
      /^Timed out after 1\.5 s while opening the deck to check it\. Raise the limit with --timeout <seconds>/,
    );
  });
});
