// The build saves reveal.js's print view (saved-print-view.ts) and the export prints it instead of
// laying the deck out again: it must give the very PDFs reveal.js's live print view gives, and be
// left aside whenever it could differ (a deck changed since, one page per fragment step).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPdfs } from '../../src/pdf/index.js';
import { SAVED_PRINT_VIEW } from '../../src/pdf/saved-print-view.js';
import { slidesOf, type Deck } from '../../src/core/deck.js';
import { pdfInfo, pdfText } from '../fixtures/export/read-pdf.js';
import { runCli } from './helpers/cli.js';

const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-saved-view-'));
const built = join(root, 'dist');
const PDFS = ['address.pdf', 'address-handout.pdf', 'address-script.pdf'];
let deck: Deck;

/** A copy of the build to export from, with what `change` does to it; returns its folder. */
function copyOfBuild(name: string, change: (dir: string) => void = () => undefined): string {
  const dir = join(root, name);
  cpSync(built, dir, { recursive: true });
  for (const pdf of PDFS) rmSync(join(dir, pdf));
  change(dir);
  return dir;
}

/** Exports `dir`; returns the line saying where the slides were printed from. */
async function exportFrom(dir: string, fragments = false): Promise<string> {
  const lines: string[] = [];
  await exportPdfs({ distDir: dir, deck, fragments, log: (m) => lines.push(m) });
  return lines.find((l) => l.startsWith('slides:')) ?? '';
}

beforeAll(async () => {
  const run = await runCli('build', 'test/fixtures/render/address.md', '--out', built, '--quiet');
  expect(run.code, run.err).toBe(0);
  deck = JSON.parse(readFileSync(join(built, 'lectern.json'), 'utf8')) as Deck;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the print view the build saves', () => {
  it('is every slide laid out as a page, with no script left to run', () => {
    const html = readFileSync(join(built, SAVED_PRINT_VIEW), 'utf8');
    expect(html).not.toMatch(/<script/i);
    const pages = [
      ...html.matchAll(/class="pdf-page"[^>]*>(?:(?!<section)[\s\S])*<section[^>]* id="([^"]+)"/g),
    ];
    expect(pages.map((m) => m[1])).toEqual(slidesOf(deck).map((s) => s.id));
  });

  it('prints the same PDFs, byte for byte, as reveal.js laying the deck out again', async () => {
    expect(await exportFrom(copyOfBuild('fresh'))).toMatch(/saved by the build$/);
    const live = copyOfBuild('live', (dir) => rmSync(join(dir, SAVED_PRINT_VIEW)));
    expect(await exportFrom(live)).not.toMatch(/saved/);
    for (const pdf of PDFS) {
      const a = readFileSync(join(root, 'fresh', pdf));
      expect(Buffer.compare(a, readFileSync(join(live, pdf))), pdf).toBe(0);
      expect(Buffer.compare(a, readFileSync(join(built, pdf))), pdf).toBe(0);
    }
  });

  it('is left aside once the deck has changed, and for one page per fragment step', async () => {
    const edited = copyOfBuild('edited', (dir) => {
      const index = join(dir, 'index.html');
      writeFileSync(index, readFileSync(index, 'utf8').replaceAll('Outlook', 'Prospects'));
    });
    expect(await exportFrom(edited)).not.toMatch(/saved/);
    expect(await pdfText(join(edited, 'address.pdf'))).toContain('Prospects');

    const restyled = copyOfBuild('restyled', (dir) =>
      writeFileSync(join(dir, 'images', 'x.css'), ''),
    );
    expect(await exportFrom(restyled)).not.toMatch(/saved/);

    const steps = copyOfBuild('steps');
    expect(await exportFrom(steps, true)).not.toMatch(/saved/);
    expect(Number((await pdfInfo(join(steps, 'address.pdf'))).Pages)).toBeGreaterThanOrEqual(
      slidesOf(deck).length,
    );
  });
});
