// The audience handout: the slides PDF's own pages placed on paper as vectors (pdf-lib), over
// sheets Chromium printed with the running header, page numbers and the references.
import {
  PDFDict,
  PDFDocument,
  PDFEmbeddedPage,
  PDFName,
  PDFObjectCopier,
  PDFPageEmbedder,
  PDFRawStream,
  rgb,
  type PDFContext,
  type PDFRef,
} from 'pdf-lib';
import { contentArea, sheetSlots, toPdfRect, type HandoutLayout } from './handout-layout.js';

/** The grey of each slide's frame and of the note lines, shared with the raw route (handout-raw.ts). */
export const FRAME = rgb(0.6, 0.6, 0.6);
export const RULE = rgb(0.75, 0.75, 0.75);

/**
 * The slides' pages as Form XObjects of `target`, sharing their fonts and images. pdf-lib's own
 * `embedPdf` inflates each page's content stream and deflates it again, and leaves a copy of the
 * page behind; Chromium's pages have one Flate stream each, so its bytes are copied as they are.
 * Measured on a 200-slide deck: the handout's pdf-lib work ~280 → ~135 ms (warm), the file
 * 707 → 472 kB, every page rendering the same. Pages of another shape fall back to `embedPdf`.
 */
export async function embedSlides(
  target: PDFDocument,
  source: PDFDocument,
  pages: number[],
): Promise<PDFEmbeddedPage[]> {
  const copy = PDFObjectCopier.for(source.context, target.context).copy;
  const flate = PDFName.of('FlateDecode');
  const embedded: PDFEmbeddedPage[] = [];
  for (const index of pages) {
    const node = source.getPage(index).node;
    const contents = node.Contents();
    const resources = node.Resources();
    const raw =
      contents instanceof PDFRawStream &&
      contents.dict.get(PDFName.of('Filter')) === flate &&
      !contents.dict.has(PDFName.of('DecodeParms'));
    if (!raw || !resources) {
      embedded.push(...(await target.embedPdf(source, [index])));
      continue;
    }
    const embedder = await PDFPageEmbedder.for(node);
    const copiedResources = copy(resources);
    embedder.embedIntoContext = async (context: PDFContext, ref?: PDFRef) => {
      const { left, bottom, right, top } = embedder.boundingBox;
      const dict = context.obj({
        Type: 'XObject',
        Subtype: 'Form',
        FormType: 1,
        BBox: [left, bottom, right, top],
        Matrix: embedder.transformationMatrix,
        Resources: copiedResources,
        Filter: 'FlateDecode',
      }) as PDFDict;
      const stream = PDFRawStream.of(dict, contents.contents);
      if (!ref) return context.register(stream);
      context.assign(ref, stream);
      return ref;
    };
    const page = PDFEmbeddedPage.of(target.context.nextRef(), target, embedder);
    // Not in the document's own list of pages to embed when saving: write it now.
    await page.embed();
    embedded.push(page);
  }
  return embedded;
}

/**
 * Draws slide `i` (its final page, `slidePages[i]` of `slidesPdf`) onto the first sheets of
 * `sheetsDoc`, `layout` per sheet, with a frame and, for 1 and 3 per sheet, note lines (the
 * captions under them are the sheets' own text, printed by Chromium).
 */
export async function placeSlides(
  sheetsDoc: PDFDocument,
  slidesPdf: PDFDocument,
  slidePages: number[],
  layout: HandoutLayout,
  aspect: number,
): Promise<void> {
  const embedded = await embedSlides(sheetsDoc, slidesPdf, slidePages);
  embedded.forEach((slide, i) => {
    const page = sheetsDoc.getPage(Math.floor(i / layout));
    const { width, height } = page.getSize();
    const slot = sheetSlots(layout, contentArea({ width, height }), aspect)[i % layout]!;
    const box = toPdfRect(slot.slide, height);
    page.drawPage(slide, box);
    page.drawRectangle({ ...box, borderColor: FRAME, borderWidth: 0.6 });
    for (const line of slot.lines) {
      const y = toPdfRect({ x: 0, y: line.y, width: 0, height: 0 }, height).y;
      page.drawLine({
        start: { x: toPdfRect({ x: line.x1, y: 0, width: 0, height: 0 }, height).x, y },
        end: { x: toPdfRect({ x: line.x2, y: 0, width: 0, height: 0 }, height).x, y },
        thickness: 0.5,
        color: RULE,
      });
    }
  });
}
