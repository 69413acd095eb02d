// The handout's raw route: the slides placed on the sheets Chromium printed by an incremental
// update of the sheets PDF (raw-pdf.ts, pdf-update.ts) instead of pdf-lib re-writing the file.
import { deflateSync } from 'node:zlib';
import { FRAME, RULE } from './handout.js';
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
  ref,
  serialize,
  type PdfDict,
  type PdfValue,
  type RawPdf,
} from './raw-pdf.js';

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
    return slideForm(update, slidesPdf, num, copied);
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
      xobjects.entries.set(`LcSlide${i + 1}`, ref(form.ref));
      ops.push(...slotOps(form.box, `LcSlide${i + 1}`, slots[k]!, [x0, y0], height));
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

/** One slide page of `slidesPdf` as a Form XObject of `update`, its content stream's bytes kept. */
function slideForm(update: PdfUpdate, slidesPdf: RawPdf, num: number, copied: Map<number, number>) {
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
}

/** Drawing `xobject` (a slide's form, of bounding box `formBox`) in `slot`, with its frame and lines. */
function slotOps(
  formBox: number[],
  xobject: string,
  slot: ReturnType<typeof sheetSlots>[number],
  [x0, y0]: [number, number],
  height: number,
): string[] {
  const box = toPdfRect(slot.slide, height);
  const [bx0, by0, bx1, by1] = formBox as [number, number, number, number];
  const sx = box.width / (bx1 - bx0);
  const sy = box.height / (by1 - by0);
  const x = x0 + box.x - bx0 * sx;
  const y = y0 + box.y - by0 * sy;
  const ops = [
    // A scale rounded to 4 decimals would move a 960 pt slide's far edge by a few hundredths.
    `q ${NUM(sx, 8)} 0 0 ${NUM(sy, 8)} ${NUM(x)} ${NUM(y)} cm /${xobject} Do Q`,
    `q ${colour(FRAME)} RG 0.6 w ${NUM(x0 + box.x)} ${NUM(y0 + box.y)} ${NUM(box.width)} ${NUM(box.height)} re S Q`,
  ];
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
  return ops;
}
