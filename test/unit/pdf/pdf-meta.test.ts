import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import {
  appendMetadata,
  applyMetadata,
  documentDate,
  documentId,
  loadPdf,
  savePdf,
  setOutline,
} from '../../../src/pdf/pdf-meta.js';
import { matchPages, printUrl } from '../../../src/pdf/print-slides.js';
import { pdfPaths } from '../../../src/pdf/index.js';
import { fixtureDeck } from '../../fixtures/export/deck.js';

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([200, 100]);
  return doc.save();
}

function outlineTitles(doc: PDFDocument): string[] {
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const titles: string[] = [];
  let item = root.lookup(PDFName.of('First')) as PDFDict | undefined;
  while (item) {
    titles.push((item.lookup(PDFName.of('Title')) as PDFHexString | PDFString).decodeText());
    item = item.lookup(PDFName.of('Next')) as PDFDict | undefined;
  }
  return titles;
}

describe('PDF metadata', () => {
  it('uses the front matter date, else the epoch', () => {
    expect(documentDate('2019-05-15').toISOString()).toBe('2019-05-15T00:00:00.000Z');
    expect(documentDate(undefined).getTime()).toBe(0);
    expect(documentDate('sometime in spring').getTime()).toBe(0);
    // Date.parse reads this one as 15 May 2017.
    expect(documentDate('May 15-17, 2019').toISOString()).toBe('2019-05-15T00:00:00.000Z');
    expect(documentDate('15–17 September 2024').toISOString()).toBe('2024-09-15T00:00:00.000Z');
    expect(documentDate('Spring 2021').toISOString()).toBe('2021-01-01T00:00:00.000Z');
  });

  it('writes title, author, subject, keywords, language, fixed dates and a fixed ID, byte-identically twice', async () => {
    const deck = fixtureDeck();
    const once = async () => {
      const doc = await loadPdf(await blankPdf(2));
      applyMetadata(doc, deck, 'handout');
      return savePdf(doc);
    };
    const [a, b] = [await once(), await once()];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const doc = await PDFDocument.load(a, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Address to the Leadership Conference — audience handout');
    expect(doc.getAuthor()).toBe('A. Zhebin');
    expect(doc.getSubject()).toBe('International Leadership Conference 2019');
    expect(doc.getKeywords()).toBe('Korea, dialogue');
    expect(doc.getCreator()).toBe('Lectern');
    expect(doc.getCreationDate()?.toISOString()).toBe('2019-05-15T00:00:00.000Z');
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toContain('en');
    expect(Buffer.from(a).toString('latin1')).toContain(`/ID [ <${documentId(deck, 'handout')}>`);
  });

  it('writes one bookmark per entry, dropping entries past the last page', async () => {
    const doc = await loadPdf(await blankPdf(3));
    setOutline(doc, [
      { title: 'Opening', page: 0 },
      { title: '1. 서울 “Seoul”', page: 2 },
      { title: 'Beyond', page: 7 },
    ]);
    const reread = await PDFDocument.load(await savePdf(doc));
    expect(outlineTitles(reread)).toEqual(['Opening', '1. 서울 “Seoul”']);
  });
});

describe('slides PDF checks', () => {
  const deck = fixtureDeck();
  const ids = deck.stacks.flatMap((s) => s.slides.map((sl) => sl.id));

  it('asks reveal.js for slide-sized pages, one per slide', () => {
    expect(printUrl('http://127.0.0.1:9/', false)).toBe(
      'http://127.0.0.1:9/index.html?print-pdf&margin=0&pdfMaxPagesPerSlide=1&pdfSeparateFragments=false&showNotes=false',
    );
  });

  it('maps one page to each slide', () => {
    expect(matchPages(deck, ids, ids.length, false)).toEqual(ids.map((_, i) => [i]));
  });

  it('maps fragment pages to their slide when fragments are printed', () => {
    const withSteps = [...ids.slice(0, 4), 's1-2', 's1-2', ...ids.slice(4)];
    const pages = matchPages(deck, withSteps, withSteps.length, true);
    expect(pages[3]).toEqual([3, 4, 5]);
    expect(pages[4]).toEqual([6]);
  });

  it('refuses a PDF whose page count is not the slide count', () => {
    expect(() => matchPages(deck, ids, ids.length + 1, false)).toThrow(
      /has 9 pages but the print view laid out 8/,
    );
    expect(() => matchPages(deck, ids.slice(1), ids.length - 1, false)).toThrow(
      /7 pages for 8 slides \(missing: title\)/,
    );
  });

  it('names the PDFs after the content file', () => {
    expect(pdfPaths(fixtureDeck('/x/content/talk.md'), '/out')).toEqual({
      slides: '/out/talk.pdf',
      handout: '/out/talk-handout.pdf',
      script: '/out/talk-script.pdf',
    });
  });
});

describe('metadata appended to a browser-made PDF', () => {
  /** Like Chromium's: a classic xref table and an Info dictionary stamped with the print time. */
  async function printed(at: Date): Promise<Uint8Array> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    for (let i = 0; i < 3; i++) doc.addPage([200, 100]);
    doc.setTitle('Printed by the browser');
    doc.setProducer('Skia/PDF');
    doc.setCreationDate(at);
    return doc.save({ useObjectStreams: false });
  }

  it('reads back with Lectern’s metadata and ID, keeps the pages, and drops the print time', async () => {
    const deck = fixtureDeck();
    const appended = await appendMetadata(await printed(new Date()), deck, 'script');
    expect(appended?.pages).toBe(3);
    const doc = await PDFDocument.load(appended!.bytes, { updateMetadata: false });
    expect(doc.getPageCount()).toBe(3);
    expect(doc.getTitle()).toBe(`${deck.meta.title} — speaker script`);
    expect(doc.getAuthor()).toBe(deck.meta.speaker);
    expect(doc.getProducer()).toBe('Lectern (Chromium, pdf-lib)');
    const text = Buffer.from(appended!.bytes).toString('latin1');
    expect(text.startsWith('%PDF-1.7')).toBe(true);
    expect(text).toContain(`/ID [<${documentId(deck, 'script')}>`);
    expect(text).not.toContain('Skia');
  });

  it('gives the same bytes for prints made at different times', async () => {
    const deck = fixtureDeck();
    const a = await appendMetadata(await printed(new Date(2020, 1, 1)), deck, 'script');
    const b = await appendMetadata(await printed(new Date(2024, 5, 6)), deck, 'script');
    expect(Buffer.from(a!.bytes).equals(Buffer.from(b!.bytes))).toBe(true);
  });

  it('leaves a file it does not recognise to pdf-lib', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const withObjectStreams = await doc.save({ useObjectStreams: true });
    expect(await appendMetadata(withObjectStreams, fixtureDeck(), 'script')).toBeUndefined();
  });
});
