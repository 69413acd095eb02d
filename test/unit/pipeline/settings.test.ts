// Settings: a command-line flag over the front matter over the defaults, resolved once for every
// command, so that build and check agree: a front-matter value a flag overrides is not checked.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

function talk(front: string): string {
  const dir = join(tempDir('lectern-settings-'), 'talk');
  mkdirSync(dir);
  const input = join(dir, 'talk.md');
  writeFileSync(input, `---\ntitle: A talk\n${front}---\n\n## One\n\nSome text to say.\n`);
  return input;
}

describe('a flag over the front matter', () => {
  it('--theme overrides an unknown front-matter theme in build and in check alike', async () => {
    const input = talk('theme: nosuch\n');
    const out = join(input, '..', 'dist');
    const built = await runCli('build', input, '--theme', 'white', '-o', out, '--no-pdf', '-q');
    expect(built.err).not.toContain('nosuch');
    expect(built.code).toBe(0);
    const checked = await runCli('check', input, '--theme', 'white', '-q');
    expect(checked.err).not.toContain('nosuch');
    expect(checked.code).toBe(0);
  });

  it('without the flag, the unknown front-matter theme is an error at its line', async () => {
    const input = talk('theme: nosuch\n');
    const checked = await runCli('check', input, '-q');
    expect(checked.code).toBe(1);
    expect(checked.err).toContain(`${input}:3:`);
    expect(checked.err).toContain("unknown theme 'nosuch'");
  });
});
