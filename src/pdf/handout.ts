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
import { deflateSync } from 'node:zlib';
import { contentArea, sheetSlots, toPdfRect, type HandoutLayout } from './handout-layout.js';
import type { PdfUpdate } from './pdf-update.js';
import {
  UnexpectedLayout,
  array,
  atom,
  dict,
  entry,
  formatNumber,
  name,
  serialize,
  ref,
  type PdfDict,
  type PdfValue,
  type RawPdf,
} from './raw-pdf.js';

const FRAME = rgb(0.6, 0.6, 0.6);
const RULE = rgb(0.75, 0.75, 0.75);

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

const NUM = (n: number, decimals?: number) => formatNumber(n, decimals);
const colour = (c: typeof FRAME) => `${NUM(c.red)} ${NUM(c.green)} ${NUM(c.blue)}`;

/** The four numbers of a page's MediaBox. */
function boxOf(pdf: RawPdf, page: PdfValue): [number, number, number, number] {
  const box = pdf.resolve(entry(page, 'MediaBox'));
  const nums =
    box?.kind === 'array' ? box.items.map((v) => (v.kind === 'atom' ? Number(v.text) : NaN)) : [];
  if (nums.length !== 4 || nums.some((n) => !Number.isFinite(n)))
    throw new UnexpectedLayout('a page without a MediaBox of its own');
  return nums as [number, number, number, number];
}

/**
 * Refuses a page that inherits its resources, or whose crop box, rotation or unit would change
 * where its content shows (own or inherited from the page tree): placing it from its MediaBox and
 * own resources would be wrong. Chromium writes none of these.
 */
function checkPlainPage(pdf: RawPdf, page: PdfValue): void {
  if (!entry(page, 'Resources')) throw new UnexpectedLayout('a page inherits its resources');
  const box = serialize(pdf.resolve(entry(page, 'MediaBox')) ?? atom('none'));
  for (let node: PdfValue | undefined = page, depth = 0; node && depth < 32; depth++) {
    const rotate = pdf.resolve(entry(node, 'Rotate'));
    if (rotate && !(rotate.kind === 'atom' && Number(rotate.text) === 0))
      throw new UnexpectedLayout('a rotated page');
    const crop = pdf.resolve(entry(node, 'CropBox'));
    if (crop && serialize(crop) !== box) throw new UnexpectedLayout('a page with a crop box');
    if (entry(node, 'UserUnit')) throw new UnexpectedLayout('a page with a user unit');
    const parent = entry(node, 'Parent');
    node = parent?.kind === 'ref' ? pdf.object(parent.num).value : undefined;
  }
}

function dictOf(pdf: RawPdf, value: PdfValue | undefined): PdfDict {
  const resolved = pdf.resolve(value);
  if (resolved === undefined) return dict();
  if (resolved.kind !== 'dict') throw new UnexpectedLayout('a dictionary expected');
  return { kind: 'dict', entries: new Map(resolved.entries) };
}

/**
 * `placeSlides` for PDFs as Chromium prints them, written into `update` (an incremental update of
 * the sheets PDF): each slide's page becomes a Form XObject holding its content stream's bytes as
 * they are, its fonts and images copied once for all slides; each sheet gets a content stream of its
 * own, drawn after Chromium's (wrapped in q/Q, so whatever state Chromium's leaves is undone), with
 * the same frames and note lines as `placeSlides`. Throws `UnexpectedLayout` for files
 * laid out otherwise.
 */
export function placeSlidesRaw(
  update: PdfUpdate,
  slidesPdf: RawPdf,
  slidePages: number[],
  layout: HandoutLayout,
  aspect: number,
): void {
  const sheetsPdf = update.pdf;
  const slideNums = slidesPdf.pages();
  const copied = new Map<number, number>();
  const forms = slidePages.map((index) => {
    const num = slideNums[index];
    if (num === undefined) throw new UnexpectedLayout(`no page ${index + 1} in the slides PDF`);
    const page = slidesPdf.object(num).value;
    checkPlainPage(slidesPdf, page);
    const contents = entry(page, 'Contents');
    const stream = contents?.kind === 'ref' ? slidesPdf.object(contents.num) : undefined;
    const filter = entry(stream?.value, 'Filter');
    if (
      !stream?.data ||
      filter?.kind !== 'atom' ||
      filter.text !== '/FlateDecode' ||
      entry(stream.value, 'DecodeParms')
    )
      throw new UnexpectedLayout('a slide page without one Flate content stream');
    const box = boxOf(slidesPdf, page);
    const form = dict({
      Type: name('XObject'),
      Subtype: name('Form'),
      FormType: atom(1),
      BBox: array(box.map((n) => atom(n))),
      Resources: update.copyFrom(slidesPdf, dictOf(slidesPdf, entry(page, 'Resources')), copied),
      Filter: name('FlateDecode'),
    });
    const group = entry(page, 'Group');
    if (group) form.entries.set('Group', update.copyFrom(slidesPdf, group, copied));
    return { ref: update.add(form, stream.data), box };
  });
  const save = update.add(dict(), new Uint8Array(Buffer.from('q\n')));
  const sheetNums = sheetsPdf.pages();
  for (let sheet = 0; sheet * layout < forms.length; sheet++) {
    const num = sheetNums[sheet];
    if (num === undefined) throw new UnexpectedLayout('fewer sheets than slides need');
    const page = sheetsPdf.object(num).value;
    if (page.kind !== 'dict') throw new UnexpectedLayout('a page is not a dictionary');
    checkPlainPage(sheetsPdf, page);
    const [x0, y0, x1, y1] = boxOf(sheetsPdf, page);
    const width = x1 - x0;
    const height = y1 - y0;
    const slots = sheetSlots(layout, contentArea({ width, height }), aspect);
    const resources = dictOf(sheetsPdf, entry(page, 'Resources'));
    const xobjects = dictOf(sheetsPdf, entry(resources, 'XObject'));
    const ops: string[] = ['Q'];
    forms.slice(sheet * layout, (sheet + 1) * layout).forEach((form, k) => {
      const i = sheet * layout + k;
      const slot = slots[k]!;
      const box = toPdfRect(slot.slide, height);
      const [bx0, by0, bx1, by1] = form.box;
      const sx = box.width / (bx1 - bx0);
      const sy = box.height / (by1 - by0);
      const x = x0 + box.x - bx0 * sx;
      const y = y0 + box.y - by0 * sy;
      xobjects.entries.set(`LcSlide${i + 1}`, ref(form.ref));
      // A scale rounded to 4 decimals would move a 960 pt slide's far edge by a few hundredths.
      ops.push(`q ${NUM(sx, 8)} 0 0 ${NUM(sy, 8)} ${NUM(x)} ${NUM(y)} cm /LcSlide${i + 1} Do Q`);
      ops.push(
        `q ${colour(FRAME)} RG 0.6 w ${NUM(x0 + box.x)} ${NUM(y0 + box.y)} ${NUM(box.width)} ${NUM(box.height)} re S Q`,
      );
      if (slot.lines.length > 0) {
        const rules = slot.lines.map((line) => {
          const y = y0 + toPdfRect({ x: 0, y: line.y, width: 0, height: 0 }, height).y;
          const [a, b] = [line.x1, line.x2].map(
            (x) => x0 + toPdfRect({ x, y: 0, width: 0, height: 0 }, height).x,
          );
          return `${NUM(a!)} ${NUM(y)} m ${NUM(b!)} ${NUM(y)} l S`;
        });
        ops.push(`q ${colour(RULE)} RG 0.5 w ${rules.join(' ')} Q`);
      }
    });
    resources.entries.set('XObject', xobjects);
    const before = sheetsPdf.resolve(entry(page, 'Contents'));
    const existing =
      before === undefined
        ? []
        : before.kind === 'array'
          ? before.items
          : [entry(page, 'Contents')!];
    const overlay = update.add(
      dict({ Filter: name('FlateDecode') }),
      new Uint8Array(deflateSync(Buffer.from(`${ops.join('\n')}\n`, 'latin1'))),
    );
    const entries = new Map(page.entries);
    entries.set('Resources', resources);
    entries.set('Contents', array([ref(save), ...existing, ref(overlay)]));
    update.set(num, { kind: 'dict', entries });
  }
}
