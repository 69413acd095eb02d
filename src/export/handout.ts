// The audience handout: the slides PDF's own pages placed on paper as vectors (pdf-lib), over
// sheets Chromium printed with the running header, page numbers and the references.
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { contentArea, sheetSlots, toPdfRect, type HandoutLayout } from './handout-layout.js';

const FRAME = rgb(0.6, 0.6, 0.6);
const RULE = rgb(0.75, 0.75, 0.75);
const CAPTION = rgb(0.36, 0.36, 0.36);

/**
 * Draws slide `i` (its final page, `slidePages[i]` of `slidesPdf`) onto the first sheets of
 * `sheetsDoc`, `layout` per sheet, with a frame, a caption and, for 1 and 3 per sheet, note lines.
 */
export async function placeSlides(
  sheetsDoc: PDFDocument,
  slidesPdf: PDFDocument,
  slidePages: number[],
  layout: HandoutLayout,
  aspect: number,
): Promise<void> {
  const embedded = await sheetsDoc.embedPdf(slidesPdf, slidePages);
  const font = await sheetsDoc.embedFont(StandardFonts.Helvetica);
  embedded.forEach((slide, i) => {
    const page = sheetsDoc.getPage(Math.floor(i / layout));
    const { width, height } = page.getSize();
    const slot = sheetSlots(layout, contentArea({ width, height }), aspect)[i % layout]!;
    const box = toPdfRect(slot.slide, height);
    page.drawPage(slide, box);
    page.drawRectangle({ ...box, borderColor: FRAME, borderWidth: 0.6 });
    const caption = toPdfRect(
      { x: slot.caption.x, y: slot.caption.y, width: 0, height: 0 },
      height,
    );
    page.drawText(`Slide ${i + 1}`, {
      x: caption.x,
      y: caption.y,
      size: 7.5,
      font,
      color: CAPTION,
    });
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
