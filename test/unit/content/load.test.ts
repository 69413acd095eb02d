import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAddress } from '../../../src/content/index.js';
import { tempDir } from '../../helpers/temp-dir.js';

const dir = join(import.meta.dirname, '../../fixtures/content/load');

describe('loadAddress', () => {
  it('reports missing images and logo at their lines; files that exist pass', async () => {
    const file = join(dir, 'address.md');
    const { address, problems } = await loadAddress(file);
    expect(address?.meta.theme).toBe(join(dir, 'brand/theme.css'));
    expect(address?.sections[0]?.blocks).toHaveLength(2);
    expect(problems.map((p) => [p.severity, p.line, p.col, p.message])).toEqual([
      ['error', 3, 1, `logo file not found: ${join(dir, 'brand/missing-logo.png')}`],
      ['error', 11, 1, `image file not found: ${join(dir, 'pictures/gone.png')}`],
    ]);
    expect(problems.every((p) => p.file === file && p.hint)).toBe(true);
  });

  it('refuses a file that is not UTF-8, with what to do', async () => {
    const file = join(dir, 'latin1.md');
    const { address, problems } = await loadAddress(file);
    expect(address).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        severity: 'error',
        message: 'not valid UTF-8',
        hint: expect.stringContaining('lectern import'),
      }),
    ]);
  });

  it('does not look for a theme file the command line overrides (--theme)', async () => {
    const dir = tempDir('lectern-load-theme-');
    const file = join(dir, 'address.md');
    writeFileSync(file, '---\ntitle: T\ntheme: gone/brand.css\n---\n\n## One\n\nText.\n');
    expect((await loadAddress(file)).problems).toMatchObject([
      { line: 3, message: `theme file not found: ${join(dir, 'gone/brand.css')}` },
    ]);
    expect((await loadAddress(file, { themeOverridden: true })).problems).toEqual([]);
  });

  it('says when the file is not there', async () => {
    const { problems } = await loadAddress(join(dir, 'nope.md'));
    expect(problems).toMatchObject([{ severity: 'error', message: 'file not found' }]);
  });
});

describe('a plain-text file given to build', () => {
  it('is one error saying to import it first, not a list of what Markdown it lacks', async () => {
    const { problems } = await loadAddress(
      join(import.meta.dirname, '../../fixtures/import/zhebin-ilc-2019.txt'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 1, message: 'no front matter' });
    expect(problems[0]!.hint).toMatch(
      /^this looks like plain text: convert it first with 'lectern import .*zhebin-ilc-2019\.txt -o content\/address\.md'/,
    );
  });
});
