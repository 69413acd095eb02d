// The part of each PDF after Chromium printed it: page checks, bookmarks, metadata, and the
// handout's slides placed on its sheets. Pure data in, bytes out. Chromium's files are finished
// as incremental updates (raw-pdf.ts), with pdf-lib as the fallback for files laid out otherwise.
// Two routes, kept because the raw one pays for itself: `lectern pdf` of a generated 200-slide
// address took 3.64 s with it and 4.55 s with pdf-lib alone (medians of 5 interleaved runs each,
// scripts/bench-pdf-routes.js in `npm run bench`, a quiet 2-core machine, Node 20): removing it
// would cost 25% of the wall time (31–42% of the CPU time in later runs), more than the 10% that
// would have made one route worth it.
import type { Deck } from '../core/deck.js';
import { placeSlides } from './handout.js';
import { placeSlidesRaw } from './handout-raw.js';
import type { HandoutLayout } from './handout-layout.js';
import {
  appendMetadata,
  applyMetadata,
  finishUpdate,
  loadPdf,
  savePdf,
  setOutline,
  type OutlineEntry,
} from './pdf-meta.js';
import { matchPages } from './print-slides.js';
import { PdfUpdate } from './pdf-update.js';
import { RawPdf, unlessUnexpected } from './raw-pdf.js';
import { deckOutline, handoutSlides } from './script-view.js';
import { labelsOf } from '../core/labels.js';

export interface FinishedPdf {
  bytes: Uint8Array;
  pages: number;
}

export interface FinishedSlides extends FinishedPdf {
  /** The PDF as Chromium printed it: the handout places its pages. */
  printed: Uint8Array;
  /** `printed`, readable object by object, unless it is laid out otherwise. */
  raw: RawPdf | undefined;
  /** For each slide, the 0-based pages showing it (several with fragments). */
  pagesBySlide: number[][];
}

export async function finishSlides(
  deck: Deck,
  printed: { pdf: Uint8Array; pageIds: string[] },
  fragments: boolean,
): Promise<FinishedSlides> {
  const raw = await unlessUnexpected(() => RawPdf.read(printed.pdf));
  const rawPages = raw && (await unlessUnexpected(() => raw.pages().length));
  if (raw && rawPages !== undefined) {
    const pagesBySlide = matchPages(deck, printed.pageIds, rawPages, fragments);
    const outline = deckOutline(deck, (i) => pagesBySlide[i]![0]!);
    const done = await unlessUnexpected(() =>
      finishUpdate(new PdfUpdate(raw), deck, 'slides', outline),
    );
    if (done) return { ...done, printed: printed.pdf, raw, pagesBySlide };
  }
  const doc = await loadPdf(printed.pdf);
  const pagesBySlide = matchPages(deck, printed.pageIds, doc.getPageCount(), fragments);
  setOutline(
    doc,
    deckOutline(deck, (i) => pagesBySlide[i]![0]!),
  );
  applyMetadata(doc, deck, 'slides');
  const bytes = await savePdf(doc);
  return { bytes, pages: doc.getPageCount(), printed: printed.pdf, raw: undefined, pagesBySlide };
}

/**
 * `light`: the slides printed again in light colours (a dark theme, print-slides.ts), placed on
 * the sheets instead of the slides PDF's own pages.
 */
export async function finishHandout(
  deck: Deck,
  sheetsPdf: Uint8Array,
  slides: FinishedSlides,
  layout: HandoutLayout,
  light?: Uint8Array,
): Promise<FinishedPdf> {
  const { width, height } = deck.meta.size;
  const shown = handoutSlides(deck);
  // Each slide in its final state: the last of its pages when fragments were printed separately.
  const finalPages = shown.map((i) => slides.pagesBySlide[i]!.at(-1)!);
  const sheets = Math.ceil(finalPages.length / layout);
  // The references slides' bookmark points at the handout's own references page instead.
  const { references } = labelsOf(deck.meta);
  const sheetOf = (slide: number) => Math.floor(shown.filter((i) => i < slide).length / layout);
  const outline: OutlineEntry[] = deckOutline(deck, sheetOf).filter(
    (e) => e.title !== references || deck.footnotes.length === 0,
  );
  if (deck.footnotes.length > 0) outline.push({ title: references, page: sheets });
  const source = light
    ? { printed: light, raw: await unlessUnexpected(() => RawPdf.read(light)) }
    : slides;
  const { raw } = source;
  if (raw) {
    const done = await unlessUnexpected(() => {
      const update = new PdfUpdate(RawPdf.read(sheetsPdf));
      placeSlidesRaw(update, raw, finalPages, layout, width / height);
      return finishUpdate(update, deck, 'handout', outline);
    });
    if (done) return done;
  }
  const doc = await loadPdf(sheetsPdf);
  const slidesDoc = await loadPdf(source.printed);
  await placeSlides(doc, slidesDoc, finalPages, layout, width / height);
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
