import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../../src/pipeline/build.js';
import { LecternError } from '../../../src/core/errors.js';
import { slidesOf } from '../../../src/core/deck.js';
import { tempDir } from '../../helpers/temp-dir.js';

const FIXTURE = 'test/fixtures/render/address.md';

describe('loadDeck', () => {
  it('plans the content and prints its warnings one line each', async () => {
    const warnings: string[] = [];
    const { deck, problems } = await loadDeck({
      input: FIXTURE,
      outDir: 'unused',
      log: { info: () => {}, warn: (m) => warnings.push(m) },
    });
    expect(slidesOf(deck).length).toBeGreaterThan(3);
    expect(problems.some((p) => p.severity === 'warning')).toBe(true);
    expect(
      warnings.some((w) => /^test\/fixtures\/render\/address\.md:\d+:\d+: warning: /.test(w)),
    ).toBe(true);
  });

  it('stops on warnings under --strict, carrying them', async () => {
    const error = await loadDeck({ input: FIXTURE, outDir: 'unused', strict: true }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LecternError);
    expect((error as LecternError).message).toMatch(
      /warnings? in the content \(--strict\); nothing was built/,
    );
    expect((error as LecternError).problems.length).toBeGreaterThan(0);
  });

  it('stops on errors, naming the file', async () => {
    const bad = join(tempDir('lectern-load-'), 'bad.md');
    writeFileSync(bad, '---\ntitle: [unclosed\n---\n\n## A\n\nText.\n');
    await expect(loadDeck({ input: bad, outDir: 'unused' })).rejects.toThrow(
      `${bad}: 1 error in the content; nothing was built`,
    );
  });

  it('uses the --wpm speaking rate for timing', async () => {
    const slow = await loadDeck({ input: FIXTURE, outDir: 'unused', wordsPerMinute: 65 });
    const fast = await loadDeck({ input: FIXTURE, outDir: 'unused', wordsPerMinute: 260 });
    expect(slow.deck.totalSeconds).toBeGreaterThan(fast.deck.totalSeconds);
  });
});
