import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAddress } from '../../../src/content/index.js';

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

  it('says when the file is not there', async () => {
    const { problems } = await loadAddress(join(dir, 'nope.md'));
    expect(problems).toMatchObject([{ severity: 'error', message: 'file not found' }]);
  });
});
