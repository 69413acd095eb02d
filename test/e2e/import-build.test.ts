// Addresses as press offices send them, imported and built through the CLI: each builds (those
// without headings too), and every note is a footnote in the citing slide's notes and on the
// references slide.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Slide } from '../../src/core/deck.js';
import { runCli } from './helpers/cli.js';

const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Built {
  stacks: { section?: number; slides: Slide[] }[];
  footnotes: { label: string }[];
}

const CASES = [
  { file: 'minister-superscript.txt', sections: 2, labels: ['1', '2', '3', '4', '5'] },
  { file: 'pdf-statement.txt', sections: 0, labels: ['1', '2', '3', '4'] },
  { file: 'symbols-endnotes.txt', sections: 0, labels: ['star', 'dagger', 'ddagger'] },
  { file: 'paren-endnotes.txt', sections: 2, labels: ['1', '2', '3'] },
  { file: 'as-prepared.txt', sections: 1, labels: ['1', '2'] },
  { file: 'rector-roman.txt', sections: 0, labels: ['i', 'ii'] },
  { file: 'caps-numbered.txt', sections: 3, labels: ['1', '2', '3'] },
  { file: 'governor-rule.txt', sections: 0, labels: ['1', '2', '3'] },
  { file: 'page-foot-notes.txt', sections: 0, labels: ['1', '2'] },
];

describe.each(CASES)('$file, imported and built', ({ file, sections, labels }) => {
  const name = file.replace(/\.txt$/, '');
  const md = join(root, `${name}.md`);
  const out = join(root, name);
  const source = fileURLToPath(new URL(`../fixtures/import/${file}`, import.meta.url));

  it('builds, and every note is a footnote where it is cited and on the references slide', async () => {
    const imported = await runCli('import', source, '-o', md);
    expect(imported.code, imported.err).toBe(0);
    const built = await runCli('build', md, '--out', out, '--no-pdf', '--quiet');
    expect(built.code, built.err).toBe(0);
    const deck = JSON.parse(readFileSync(join(out, 'lectern.json'), 'utf8')) as Built;
    const slides = deck.stacks.flatMap((s) => s.slides);
    const kinds = slides.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'section')).toHaveLength(sections);
    expect(kinds.includes('outline')).toBe(sections > 0);
    expect(deck.footnotes.map((f) => f.label)).toEqual(labels);
    const references = slides.filter((s) => s.kind === 'references');
    expect(JSON.stringify(references).match(/"label":"[^"]+"/g)?.length).toBeGreaterThanOrEqual(
      labels.length,
    );
    const sourced = new Set(slides.flatMap((s) => s.notes.sources.map((x) => x.label)));
    const cited = labels.filter((l) => !(file === 'pdf-statement.txt' && l === '4'));
    for (const label of cited) expect(sourced, label).toContain(label);
  });
});
