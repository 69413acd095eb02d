// `lectern import` from the command line: a Word document with its image, --json, and the formats
// it cannot read (one line, exit 1, no stack trace).
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

const run = runCli;

const docx = fileURLToPath(new URL('../../fixtures/import/docx/talk.docx', import.meta.url));

describe('lectern import', () => {
  it('imports a .docx, saving its image beside the Markdown', async () => {
    const dir = tempDir('lectern-import-');
    const md = join(dir, 'talk.md');
    const { code, err } = await run('import', docx, '-o', md);
    expect(code, err).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain(
      '![A wind turbine on the ridge above Horta](talk-1.png)',
    );
    expect(existsSync(join(dir, 'talk-1.png'))).toBe(true);
    expect(err).toContain(`${docx}: saved image ${join(dir, 'talk-1.png')}`);
    expect((await run('import', docx, '-o', md)).err).toMatch(/exists; use --force/);
  });

  it('prints the report as JSON on stdout with --json', async () => {
    const dir = tempDir('lectern-import-');
    const txt = join(dir, 'talk.txt');
    writeFileSync(txt, 'A Talk\n\nCHECK AGAINST DELIVERY\n\nFriends, thank you for coming.\n');
    const { code, out, err } = await run('import', txt, '-o', join(dir, 'talk.md'), '--json');
    expect(code).toBe(0);
    expect(err).toBe('');
    const data = JSON.parse(out) as { output: string; report: object[] };
    expect(data.output).toBe(join(dir, 'talk.md'));
    expect(data.report).toContainEqual({
      file: txt,
      line: 3,
      message: "dropped press instruction 'CHECK AGAINST DELIVERY'",
    });
    expect(data.report).toContainEqual({
      file: txt,
      message:
        'found no section headings; the deck shows the address as one section (add "## Title" lines to divide it)',
    });
  });

  it.each(['talk.pdf', 'talk.doc', 'talk.odt'])('refuses %s in one line, exit 1', async (name) => {
    const dir = tempDir('lectern-import-');
    const file = join(dir, name);
    copyFileSync(docx, file);
    const { code, err } = await run('import', file, '-o', join(dir, 'x.md'));
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(new RegExp(`^lectern: ${file.replace(/[.]/g, '\\.')}: this is `));
  });
});
