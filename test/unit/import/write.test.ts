import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importPlainText, writeImport } from '../../../src/import/index.js';

const SPEECH = 'A. Zhebin: Address to the Forum\n\n  1. Introduction\n\nWe meet today.\n';

describe('writeImport', () => {
  let dir: string;
  let input: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lectern-import-'));
    input = join(dir, 'speech.txt');
    await writeFile(input, SPEECH);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes the Markdown (making folders) and returns the report', async () => {
    const out = join(dir, 'content', 'address.md');
    const report = await writeImport(input, out, { force: false });
    expect(await readFile(out, 'utf8')).toBe(importPlainText(SPEECH, input).markdown);
    expect(report).toContain(`${input}:3: found 1 section; dropped their numbering`);
    expect(await readdir(join(dir, 'content'))).toEqual(['address.md']);
  });

  it('refuses to overwrite an existing file unless forced, leaving it untouched', async () => {
    const out = join(dir, 'address.md');
    await writeFile(out, 'my edits');
    await expect(writeImport(input, out, { force: false })).rejects.toThrow(
      `${out} exists; use --force to overwrite`,
    );
    expect(await readFile(out, 'utf8')).toBe('my edits');
    await writeImport(input, out, { force: true });
    expect(await readFile(out, 'utf8')).toContain('## Introduction');
    expect(await readdir(dir)).toEqual(['address.md', 'speech.txt']);
  });

  it('names a missing input file, and writes nothing when the input is unusable', async () => {
    const out = join(dir, 'address.md');
    await expect(writeImport(join(dir, 'nope.txt'), out, { force: false })).rejects.toThrow(
      `${join(dir, 'nope.txt')}: cannot read: no such file`,
    );
    await writeFile(input, '');
    await expect(writeImport(input, out, { force: false })).rejects.toThrow(/the file is empty/);
    expect(await readdir(dir)).toEqual(['speech.txt']);
  });
});
