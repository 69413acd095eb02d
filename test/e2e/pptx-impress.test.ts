// The .pptx as LibreOffice Impress opens it (`npm run test:impress`): printed to PDF, a page per
// slide, each slide's text there, and no text outside its text box (pdf.js's text positions
// against the boxes the .pptx declares).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/cli.js';
import { impressToPdf, installFonts } from './helpers/impress.js';
import { readPptx, type PptxSeen, type ShapeSeen } from './helpers/pptx.js';

const ADDRESS = fileURLToPath(new URL('../../content/address.md', import.meta.url));
const EMU_PER_PT = 12700;
/** Points a glyph may stand past its box: rounding, and the side bearings of italics. */
const TOLERANCE_PT = 2;

const root = mkdtempSync(join(tmpdir(), 'lectern-e2e-impress-'));
let seen: PptxSeen;
let doc: PDFDocumentProxy;

interface TextSeen {
  str: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Each text item pdf.js finds on a page, as a box in points from the page's top-left corner. */
async function textItems(page: number): Promise<{ items: TextSeen[]; height: number }> {
  const p = await doc.getPage(page);
  const height = p.getViewport({ scale: 1 }).height;
  const content = await p.getTextContent();
  const items = content.items.flatMap((item) => {
    if (!('str' in item) || !item.str.trim()) return [];
    const [, , , d, x, y] = item.transform as number[];
    const size = Math.abs(d!);
    // Ascender and descender of a Latin text face, in em.
    return [
      {
        str: item.str,
        left: x!,
        right: x! + item.width,
        top: height - y! - 0.72 * size,
        bottom: height - y! + 0.2 * size,
      },
    ];
  });
  return { items, height };
}

function inside(item: TextSeen, shape: ShapeSeen): boolean {
  const box = {
    left: shape.box.x / EMU_PER_PT,
    top: shape.box.y / EMU_PER_PT,
    right: (shape.box.x + shape.box.w) / EMU_PER_PT,
    bottom: (shape.box.y + shape.box.h) / EMU_PER_PT,
  };
  return (
    item.left >= box.left - TOLERANCE_PT &&
    item.right <= box.right + TOLERANCE_PT &&
    item.top >= box.top - TOLERANCE_PT &&
    item.bottom <= box.bottom + TOLERANCE_PT
  );
}

const squeeze = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\u02bc/g, '\u2019')
    .replace(/\s+/g, '');

beforeAll(async () => {
  const built = await runCli('build', ADDRESS, '--out', join(root, 'dist'), '--quiet');
  expect(built.code, built.err).toBe(0);
  const pptx = join(root, 'dist', 'address.pptx');
  seen = await readPptx(readFileSync(pptx));
  const families = seen.slides.flatMap((s) => s.fonts);
  const pdf = impressToPdf(pptx, root, installFonts(families, root));
  doc = await getDocument({ data: new Uint8Array(readFileSync(pdf)), verbosity: 0 }).promise;
}, 300_000);

afterAll(async () => {
  await doc?.destroy();
  rmSync(root, { recursive: true, force: true });
});

describe('address.pptx printed by LibreOffice Impress', () => {
  it('has a page per slide', () => {
    expect(doc.numPages).toBe(seen.slides.length);
  });

  it('shows every text box’s text on its slide’s page', async () => {
    for (const [i, slide] of seen.slides.entries()) {
      const { items } = await textItems(i + 1);
      const page = squeeze(items.map((t) => t.str).join(''));
      for (const paragraph of slide.text.filter((t) => t.trim())) {
        expect(page, `slide ${i + 1}`).toContain(squeeze(paragraph));
      }
    }
  });

  it('keeps every line of text inside its text box', async () => {
    const outside: string[] = [];
    for (const [i, slide] of seen.slides.entries()) {
      const { items } = await textItems(i + 1);
      for (const item of items) {
        if (!slide.shapes.some((shape) => inside(item, shape))) {
          outside.push(`slide ${i + 1}: "${item.str}" at ${JSON.stringify(item)}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});
