// The laid-out deck → a .pptx through pptxgenjs: one slide per deck slide, in order, with its
// notes, in sections named as the deck's, and the document properties pptxgenjs knows.
import PptxGenJS from 'pptxgenjs';
import type { Deck } from '../core/deck.js';
import type { DeckLayout, SlideLayout } from './layout.js';
import { notesParagraphs } from './notes.js';

/** An image's bytes as a data URL, or undefined when it is not a file of the deck's own. */
export type ImageReader = (src: string) => string | undefined;

export async function writePptx(
  deck: Deck,
  layout: DeckLayout,
  readImage: ImageReader,
): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'LECTERN', width: layout.width, height: layout.height });
  pptx.layout = 'LECTERN';
  pptx.title = deck.meta.title;
  if (deck.meta.speaker) pptx.author = deck.meta.speaker;
  if (deck.meta.event) pptx.subject = deck.meta.event;
  pptx.company = '';
  pptx.theme = { headFontFace: headFont(layout), bodyFontFace: bodyFont(layout) };
  const byId = new Map(layout.slides.map((s) => [s.id, s]));
  for (const stack of deck.stacks) {
    const title = stack.section !== undefined ? stack.slides[0]?.title : undefined;
    const section = title ?? stack.slides[0]?.title ?? deck.meta.title;
    pptx.addSection({ title: section });
    for (const slide of stack.slides) {
      const measured = byId.get(slide.id);
      const out = pptx.addSlide({ sectionTitle: section });
      if (measured) addSlideContent(out, measured, readImage, deck.meta.lang);
      out.addNotes(notesParagraphs(slide.notes, deck.meta).join('\n'));
    }
  }
  const data = await pptx.write({ outputType: 'uint8array', compression: true });
  return data as Uint8Array;
}

function addSlideContent(
  out: PptxGenJS.Slide,
  slide: SlideLayout,
  readImage: ImageReader,
  lang: string,
): void {
  out.background = { color: slide.background };
  for (const rule of slide.rules) {
    out.addShape('rect', { ...rule.box, fill: { color: rule.color }, line: { type: 'none' } });
  }
  for (const image of slide.images) {
    const data = readImage(image.src);
    if (data) out.addImage({ data, ...image.box });
  }
  for (const text of slide.texts) {
    out.addText(
      text.runs.map((run) => ({ text: run.text, options: { ...run.options, lang } })),
      {
        ...text.box,
        margin: 0,
        valign: text.valign,
        align: text.align,
        wrap: true,
        fit: 'none',
        objectName: text.role,
      },
    );
  }
  if (slide.number) {
    const { box, ...style } = slide.number;
    out.slideNumber = { ...box, ...style, margin: 0 };
  }
}

/** The font of the first heading in the deck: PowerPoint's theme "headings" font. */
function headFont(layout: DeckLayout): string {
  const heading = layout.slides.flatMap((s) => s.texts).find((t) => t.role === 'heading');
  return heading?.runs[0]?.options.fontFace ?? 'Arial';
}

/** The font of the first list or quote: the theme's "body" font. */
function bodyFont(layout: DeckLayout): string {
  const body = layout.slides
    .flatMap((s) => s.texts)
    .find((t) => t.role === 'bullets' || t.role === 'quote' || t.role === 'byline');
  return body?.runs[0]?.options.fontFace ?? headFont(layout);
}
