// pdf-lib's part of each PDF, after Chromium printed it: page checks, bookmarks, metadata, and the
// handout's slides placed on its sheets. Pure data in, bytes out.
import type { PDFDocument } from 'pdf-lib';
import type { Deck } from '../model.js';
import { placeSlides } from './handout.js';
import type { HandoutLayout } from './handout-layout.js';
import { appendMetadata, applyMetadata, loadPdf, savePdf, setOutline } from './pdf-meta.js';
import { matchPages } from './print-slides.js';
import { deckOutline } from './script-view.js';

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: number;
}

export interface FinishedSlides extends FinishedPdf {
  doc: PDFDocument;
  /** For each slide, the 0-based pages showing it (several with fragments). */
  pagesBySlide: number[][];
}

export async function finishSlides(
  deck: Deck,
  printed: { pdf: Uint8Array; pageIds: string[] },
  fragments: boolean,
): Promise<FinishedSlides> {
  const doc = await loadPdf(printed.pdf);
  const pagesBySlide = matchPages(deck, printed.pageIds, doc.getPageCount(), fragments);
  setOutline(
    doc,
    deckOutline(deck, (i) => pagesBySlide[i]![0]!),
  );
  applyMetadata(doc, deck, 'slides');
  return { doc, pagesBySlide, bytes: await savePdf(doc), pages: doc.getPageCount() };
}

export async function finishHandout(
  deck: Deck,
  sheetsPdf: Uint8Array,
  slides: FinishedSlides,
  layout: HandoutLayout,
): Promise<FinishedPdf> {
  const doc = await loadPdf(sheetsPdf);
  const { width, height } = deck.meta.size;
  // Each slide in its final state: the last of its pages when fragments were printed separately.
  const finalPages = slides.pagesBySlide.map((pages) => pages[pages.length - 1]!);
  await placeSlides(doc, slides.doc, finalPages, layout, width / height);
  const sheets = Math.ceil(finalPages.length / layout);
  const outline = deckOutline(deck, (i) => Math.floor(i / layout)).filter(
    (e) => e.title !== 'References' || deck.footnotes.length === 0,
  );
  if (deck.footnotes.length > 0) outline.push({ title: 'References', page: sheets });
  setOutline(doc, outline);
  applyMetadata(doc, deck, 'handout');
  return { bytes: await savePdf(doc), pages: doc.getPageCount() };
}

/** The script keeps the nested outline Chromium made from its headings. */
export async function finishScript(deck: Deck, scriptPdf: Uint8Array): Promise<FinishedPdf> {
  const appended = await appendMetadata(scriptPdf, deck, 'script');
  if (appended) return appended;
  const doc = await loadPdf(scriptPdf);
  applyMetadata(doc, deck, 'script');
  return { bytes: await savePdf(doc), pages: doc.getPageCount() };
}
