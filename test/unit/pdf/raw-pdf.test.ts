// Chromium's PDFs finished as incremental updates: read back by pdf.js (which follows the
// cross-reference chain, as every viewer does) and by pdf-lib, and drawn by pdf.js the same as
// the pdf-lib route draws them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, StandardFonts, degrees, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { finishHandout, finishSlides } from '../../../src/pdf/finish-pdfs.js';
import { placeSlidesRaw } from '../../../src/pdf/handout-raw.js';
import { slidesOf } from '../../../src/core/deck.js';
import { PdfUpdate } from '../../../src/pdf/pdf-update.js';
import {
  RawPdf,
  UnexpectedLayout,
  ValueParser,
  atom,
  formatNumber,
  serialize,
  textString,
} from '../../../src/pdf/raw-pdf.js';
import { documentId } from '../../../src/pdf/pdf-meta.js';
import { bookmarks, pagePixels, pdfInfo, pdfText } from '../../fixtures/export/read-pdf.js';
import { fixtureDeck } from '../../fixtures/export/deck.js';
import { tempDir } from '../../helpers/temp-dir.js';

const deck = fixtureDeck();
const slideIds = slidesOf(deck).map((s) => s.id);

/**
 * Laid out as Chromium lays out its PDFs: one classic cross-reference table, one Flate content
 * stream per page, fonts and graphics states in the page's own resources, an Info dictionary
 * holding the print time.
 */
async function chromiumLike(
  pages: { width: number; height: number; text: (i: number) => string }[],
  printedAt = new Date(2026, 0, 1),
  objectStreams = false,
  rotate = 0,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  pages.forEach(({ width, height, text }, i) => {
    const page = doc.addPage([width, height]);
    page.drawRectangle({ x: 0, y: 0, width, height, color: rgb(0.1, 0.2, 0.4), opacity: 0.3 });
    page.drawText(text(i), { x: 40, y: height - 90, size: 36, font, color: rgb(0, 0, 0) });
    page.drawCircle({ x: width - 80, y: 80, size: 40, color: rgb(0.8, 0.3, 0.1) });
    if (rotate) page.setRotation(degrees(rotate));
  });
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    if (contents instanceof PDFArray && contents.size() === 1)
      page.node.set(PDFName.of('Contents'), contents.get(0));
  }
  doc.setTitle('Printed by the browser');
  doc.setProducer('Skia/PDF m156');
  doc.setCreationDate(printedAt);
  return doc.save({ useObjectStreams: objectStreams });
}

const slidesPdf = (printedAt?: Date, objectStreams = false, rotate = 0) =>
  chromiumLike(
    slideIds.map(() => ({ width: 960, height: 540, text: (i) => `Slide text ${i + 1}` })),
    printedAt,
    objectStreams,
    rotate,
  );
const sheetsPdf = (sheets: number) =>
  chromiumLike(
    Array.from({ length: sheets + 1 }, () => ({
      width: 594.96,
      height: 841.92,
      text: (i) => (i < sheets ? 'Header' : 'References'),
    })),
  );

/** Each page of `bytes` drawn by pdf.js, as raw pixels. */
async function pixels(bytes: Uint8Array): Promise<Uint8ClampedArray[]> {
  return pagePixels(bytes, 36);
}

/** How far apart two drawings are: 0 when no channel of any pixel differs by more than 1. */
function largestDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  for (let k = 0; k < a.length; k++) worst = Math.max(worst, Math.abs(a[k]! - b[k]!));
  return worst <= 1 ? 0 : worst;
}

describe('PDF values', () => {
  it('parses dictionaries, arrays and references, and writes them back', () => {
    const text =
      '<</Type /Page % a comment\n/Kids [1 0 R 22 0 R] /N -1.5 /S (a (nested) 3 0 R \\) string)' +
      '/H <FEFF0041> /D <</X 7 0 R>> /B true /Z null>>';
    const value = new ValueParser(text, 0).value();
    expect(serialize(value)).toBe(
      '<</Type /Page\n/Kids [1 0 R 22 0 R]\n/N -1.5\n/S (a (nested) 3 0 R \\) string)\n' +
        '/H <FEFF0041>\n/D <</X 7 0 R>>\n/B true\n/Z null>>',
    );
    // The reference-looking text inside the string stays text.
    expect(value.kind === 'dict' && value.entries.get('S')?.kind).toBe('atom');
    expect(value.kind === 'dict' && value.entries.get('D')).toEqual({
      kind: 'dict',
      entries: new Map([['X', { kind: 'ref', num: 7 }]]),
    });
  });

  it('writes numbers plainly and text in any language as UTF-16', () => {
    expect(['0', '100', '0.5', '-2', '0.2661']).toEqual(
      [0, 100, 0.5, -2, 0.26612497].map((n) => formatNumber(n)),
    );
    expect(formatNumber(-0.00001)).toBe('0');
    expect(serialize(textString('Ab 서'))).toBe('<FEFF004100620020C11C>');
    expect(serialize(atom(3))).toBe('3');
  });
});

describe('a PDF laid out as Chromium lays it out', () => {
  it('is read object by object: pages in order, streams with their bytes', async () => {
    const pdf = RawPdf.read(await slidesPdf());
    const pages = pdf.pages();
    expect(pages).toHaveLength(slideIds.length);
    const page = pdf.object(pages[0]!).value;
    const contents = page.kind === 'dict' ? page.entries.get('Contents') : undefined;
    expect(contents?.kind).toBe('ref');
    const stream = pdf.object((contents as { num: number }).num);
    expect(stream.data?.length).toBeGreaterThan(20);
  });

  it('refuses what it does not read: object streams, an earlier update', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const withObjectStreams = await doc.save({ useObjectStreams: true });
    expect(() => RawPdf.read(new Uint8Array(Buffer.from('%PDF-1.4\nnothing')))).toThrow(
      UnexpectedLayout,
    );
    expect(() => RawPdf.read(withObjectStreams)).toThrow(UnexpectedLayout);
    const updated = new PdfUpdate(RawPdf.read(await slidesPdf())).bytes({ info: 1, id: '00' });
    expect(() => RawPdf.read(updated)).toThrow(UnexpectedLayout);
  });
});

describe('pages placed from their own boxes and resources only', () => {
  it('refuses a page that inherits its resources, or is rotated (UnexpectedLayout: the caller falls back to pdf-lib)', async () => {
    const sheets = await sheetsPdf(Math.ceil(slideIds.length / 3));
    const refused = async (bytes: Uint8Array) => {
      const slides = await finishSlides(deck, { pdf: bytes, pageIds: slideIds }, false);
      const update = new PdfUpdate(RawPdf.read(sheets));
      return () => placeSlidesRaw(update, slides.raw!, [0], 3, 16 / 9);
    };
    // /Resources renamed away in place (same length: the cross-reference table stays right).
    const bytes = await slidesPdf();
    const text = Buffer.from(bytes).toString('latin1');
    const parsed = RawPdf.read(bytes);
    const at = text.indexOf('/Resources', parsed.offsetOf(parsed.pages()[0]!));
    const inherits = Buffer.from(`${text.slice(0, at)}/Resourcez${text.slice(at + 10)}`, 'latin1');
    expect(await refused(new Uint8Array(inherits))).toThrow(UnexpectedLayout);
    expect(await refused(await slidesPdf(undefined, false, 90))).toThrow(UnexpectedLayout);
    // The same file unrotated is placed.
    expect(await refused(await slidesPdf())).not.toThrow();
  });
});

describe('the slides PDF, finished as an update', () => {
  it('has Lectern’s metadata, one bookmark per section and every page, as pdf.js reads it', async () => {
    const dir = tempDir('lectern-raw-');
    const finished = await finishSlides(deck, { pdf: await slidesPdf(), pageIds: slideIds }, false);
    expect(finished.raw).toBeDefined();
    const file = join(dir, 'slides.pdf');
    writeFileSync(file, finished.bytes);
    const info = await pdfInfo(file);
    expect(info.Title).toBe(deck.meta.title);
    expect(info.Author).toBe(deck.meta.speaker);
    expect(info.Subject).toBe(deck.meta.event);
    expect(info.Pages).toBe(String(slideIds.length));
    expect(info.CreationDate).toContain('2019');
    expect(await pdfText(file, slideIds.length)).toContain(`Slide text ${slideIds.length}`);
    const doc = await PDFDocument.load(finished.bytes, { updateMetadata: false });
    expect(bookmarks(doc).map((b) => b.title)).toEqual(
      deck.stacks.map((s, i) => (i === 0 ? deck.meta.title : expect.any(String))),
    );
    expect(bookmarks(doc)).toHaveLength(deck.stacks.length);
    const text = Buffer.from(finished.bytes).toString('latin1');
    expect(text).toContain(`/ID [<${documentId(deck, 'slides')}>`);
    expect(text).not.toContain('Skia');
  });

  it('gives the same bytes for prints made at different times', async () => {
    const at = async (date: Date) =>
      (await finishSlides(deck, { pdf: await slidesPdf(date), pageIds: slideIds }, false)).bytes;
    const [a, b] = [await at(new Date(2020, 1, 1)), await at(new Date(2024, 5, 6))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe('the handout, slides placed as an update', () => {
  it('draws every sheet exactly as the pdf-lib route does, and keeps the references page', async () => {
    const dir = tempDir('lectern-raw-');
    const sheets = Math.ceil(slideIds.length / 3);
    const sheetBytes = await sheetsPdf(sheets);
    const viaUpdate = await finishHandout(
      deck,
      sheetBytes,
      await finishSlides(deck, { pdf: await slidesPdf(), pageIds: slideIds }, false),
      3,
    );
    // Slides with object streams are not Chromium's layout: pdf-lib places them.
    const viaPdfLib = await finishHandout(
      deck,
      sheetBytes,
      await finishSlides(deck, { pdf: await slidesPdf(undefined, true), pageIds: slideIds }, false),
      3,
    );
    const update = /\/Prev \d+>>\s*startxref/;
    expect(Buffer.from(viaUpdate.bytes).toString('latin1')).toMatch(update);
    expect(Buffer.from(viaPdfLib.bytes).toString('latin1')).not.toMatch(update);
    expect(viaUpdate.pages).toBe(sheets + 1);
    const [a, b] = [await pixels(viaUpdate.bytes), await pixels(viaPdfLib.bytes)];
    expect(a).toHaveLength(sheets + 1);
    // The same drawing, up to one step of rounding in the anti-aliased edges.
    expect(a.map((page, i) => largestDifference(page, b[i]!))).toEqual(a.map(() => 0));
    const file = join(dir, 'update.pdf');
    writeFileSync(file, viaUpdate.bytes);
    // The content slides (the key points, 4, and the quote, 6) are on the first sheet.
    expect(await pdfText(file, 1)).toMatch(/Slide text 4[^]*Slide text 6/);
    expect(await pdfText(file, 1)).not.toContain('Slide text 1');
    expect(await pdfText(file, sheets + 1)).toContain('References');
    const titles = bookmarks(await PDFDocument.load(viaUpdate.bytes)).map((e) => e.title);
    expect(titles.at(-1)).toBe('References');
  });
});
