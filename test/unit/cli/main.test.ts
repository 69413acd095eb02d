import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commands, main, version } from '../../../src/cli/main.js';
import { captureOutput } from '../../../src/cli/output.js';
import { defaultImportOutput } from '../../../src/cli/commands/import.js';
import { createPdfCommand, withOldNames } from '../../../src/cli/commands/pdf.js';
import { tempDir } from '../../helpers/temp-dir.js';

let restore: (() => void) | undefined;
afterEach(() => restore?.());

/** Runs the CLI in-process and returns its exit code and what it printed. */
async function run(...argv: string[]) {
  const seen = { out: '', err: '' };
  restore = captureOutput({ out: (t) => (seen.out += t), err: (t) => (seen.err += t) });
  const code = await main(argv);
  restore();
  restore = undefined;
  return { code, ...seen };
}

describe('lectern', () => {
  it('prints the package version with --version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const { code, out } = await run('--version');
    expect(code).toBe(0);
    expect(out.trim()).toBe(pkg.version);
    expect(version()).toBe(pkg.version);
  });

  it('lists every command in --help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    for (const name of ['build', 'dev', 'serve', 'import', 'pdf', 'setup']) {
      expect(out).toMatch(new RegExp(`^\\s+${name}\\b`, 'm'));
    }
    expect(commands.length).toBeGreaterThanOrEqual(6);
  });

  it('exits 2 on a usage error', async () => {
    const unknown = await run('build', '--no-such-option');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^lectern: unknown option '--no-such-option'/m);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('build', '--handout-layout', '5')).code).toBe(2);
    expect((await run('build', '--wpm', 'fast')).code).toBe(2);
    expect((await run('import')).code).toBe(2);
  });

  it('exits 1 with one line naming a missing content file', async () => {
    const { code, err, out } = await run('build', 'no/such/address.md', '--no-pdf');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      'lectern: no/such/address.md: no such file (give the path of the address in Markdown; a plain-text one needs `lectern import` first)\n',
    );
  });

  it('exits 1 serving a folder without a built deck', async () => {
    const dir = tempDir('lectern-cli-');
    const { code, err } = await run('serve', dir);
    expect(code).toBe(1);
    expect(err).toMatch(/no built deck here/);
  });

  it('imports plain text, refusing to overwrite without --force', async () => {
    const dir = tempDir('lectern-cli-');
    const txt = join(dir, 'talk.txt');
    const md = join(dir, 'talk.md');
    writeFileSync(txt, 'A Talk\n\n1. Opening\n\nFriends, thank you for coming.\n');
    const first = await run('import', txt, '-o', md);
    expect(first.code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('Friends, thank you for coming.');
    const again = await run('import', txt, '-o', md);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/exists; use --force/);
    expect((await run('import', txt, '-o', md, '--force')).code).toBe(0);
  });

  it('names the import output after the input, in the current folder', () => {
    expect(defaultImportOutput('talks/address.txt')).toBe('address.md');
  });

  it('prints no stack trace for an unexpected error unless LECTERN_DEBUG=1', async () => {
    const { code, err } = await run('import', '/nonexistent/dir/x.txt');
    expect(code).toBe(1);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('rejects a bad option value in one line naming the valid values', async () => {
    const paper = await run('build', '--paper', 'a3');
    expect(paper).toMatchObject({
      code: 2,
      out: '',
      err: 'lectern: --paper a3: use a4 or letter.\n',
    });
    const layout = await run('pdf', 'dist', '--handout-layout', '4');
    expect(layout.code).toBe(2);
    expect(layout.err).toBe('lectern: --handout-layout 4: use 1, 2, 3 or 6 slides per page.\n');
    const unknown = await run('build', '--papr', 'a4');
    expect(unknown.err).toBe(
      "lectern: unknown option '--papr' (Did you mean --paper?) (run `lectern --help` for usage)\n",
    );
  });
});

describe('lectern pdf options', () => {
  it('has the same PDF option names as lectern build, the old ones hidden', async () => {
    const pdf = (await run('pdf', '--help')).out;
    const build = (await run('build', '--help')).out;
    for (const name of [
      '--paper <size>',
      '--handout-layout <n>',
      '--pdf-fragments',
      '--timeout',
      '--browser',
    ]) {
      expect(pdf).toContain(name);
      expect(build).toContain(name);
    }
    expect(pdf).not.toMatch(/--handout </);
    expect(pdf).not.toMatch(/--fragments/);
  });

  it('still accepts --handout <n> and --fragments', () => {
    const parse = (...argv: string[]) => {
      const command = createPdfCommand()
        .exitOverride()
        .configureOutput({ outputError: () => undefined });
      command.parseOptions(argv);
      return withOldNames(command.opts());
    };
    expect(parse()).toMatchObject({ handoutLayout: 3, pdfFragments: false, paper: 'a4' });
    expect(parse('--handout', '6', '--fragments')).toMatchObject({
      handoutLayout: 6,
      pdfFragments: true,
    });
    expect(parse('--handout-layout', '1', '--pdf-fragments')).toMatchObject({
      handoutLayout: 1,
      pdfFragments: true,
    });
    expect(() => parse('--handout', '5')).toThrow(/use 1, 2, 3 or 6/);
  });
});
