// Where slides, note lines and captions go on a handout sheet. Pure: points in, points out.
// Coordinates are measured from the top-left corner of the page's content box (inside the margins).

export type HandoutLayout = 1 | 2 | 3 | 6;
export type Paper = 'a4' | 'letter';

export const HANDOUT_LAYOUTS: readonly HandoutLayout[] = [1, 2, 3, 6];

/** Page margins in points; multiples of 0.75 pt (1 CSS px) so Chromium's page box matches exactly. */
export const SHEET_MARGIN = { top: 54, right: 42, bottom: 48, left: 42 } as const;

/** Nominal paper sizes in points (Chromium's own page may differ by a fraction of a point). */
export const PAPER_SIZE: Record<Paper, { width: number; height: number; css: string }> = {
  a4: { width: 595.28, height: 841.89, css: 'A4' },
  letter: { width: 612, height: 792, css: 'letter' },
};

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Slot {
  slide: Rect;
  /** Baseline-left of the "Slide n" caption under the slide. */
  caption: { x: number; y: number };
  /** Ruled note lines: each from (x1, y) to (x2, y). */
  lines: { x1: number; x2: number; y: number }[];
}

const GAP = 18;
const CAPTION = 14;
const LINE_SPACING = 22;

function ruled(x1: number, x2: number, top: number, bottom: number): Slot['lines'] {
  const lines: Slot['lines'] = [];
  for (let y = top + LINE_SPACING; y <= bottom + 0.01; y += LINE_SPACING) lines.push({ x1, x2, y });
  return lines;
}

/** Fits a slide of the given aspect (width / height) into a box, keeping room for its caption. */
function fit(box: Rect, aspect: number): Rect {
  const width = Math.min(box.width, (box.height - CAPTION) * aspect);
  return { x: box.x, y: box.y, width, height: width / aspect };
}

function slotFor(slide: Rect, lines: Slot['lines'] = []): Slot {
  return { slide, caption: { x: slide.x, y: slide.y + slide.height + 11 }, lines };
}

/** The slots of one sheet, in reading order. `area` is the content box of the page. */
export function sheetSlots(
  layout: HandoutLayout,
  area: { width: number; height: number },
  aspect: number,
): Slot[] {
  if (layout === 1) {
    const slide = fit({ x: 0, y: 0, width: area.width, height: area.height * 0.55 }, aspect);
    return [slotFor(slide, ruled(0, area.width, slide.height + CAPTION + GAP, area.height))];
  }
  if (layout === 2) {
    const cellHeight = (area.height - GAP) / 2;
    return [0, 1].map((row) => {
      const slide = fit(
        { x: 0, y: row * (cellHeight + GAP), width: area.width, height: cellHeight },
        aspect,
      );
      return slotFor({ ...slide, x: (area.width - slide.width) / 2 });
    });
  }
  const rows = 3;
  const cols = layout === 6 ? 2 : 1;
  const cellHeight = (area.height - GAP * (rows - 1)) / rows;
  const cellWidth = layout === 6 ? (area.width - GAP) / 2 : area.width * 0.5;
  const slots: Slot[] = [];
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const box = {
        x: col * (cellWidth + GAP),
        y: row * (cellHeight + GAP),
        width: cellWidth,
        height: cellHeight,
      };
      const slide = fit(box, aspect);
      const lines =
        layout === 3
          ? ruled(slide.width + GAP * 1.5, area.width, slide.y - 4, slide.y + cellHeight - CAPTION)
          : [];
      slots.push(slotFor(slide, lines));
    }
  }
  return slots;
}

/** The content box of a page of the given size. */
export function contentArea(page: { width: number; height: number }): {
  width: number;
  height: number;
} {
  return {
    width: page.width - SHEET_MARGIN.left - SHEET_MARGIN.right,
    height: page.height - SHEET_MARGIN.top - SHEET_MARGIN.bottom,
  };
}

export function sheetCount(slides: number, layout: HandoutLayout): number {
  return Math.ceil(slides / layout);
}

/** Converts a rect in content-box coordinates to PDF user space (origin bottom-left). */
export function toPdfRect(rect: Rect, pageHeight: number): Rect {
  return {
    x: SHEET_MARGIN.left + rect.x,
    y: pageHeight - SHEET_MARGIN.top - rect.y - rect.height,
    width: rect.width,
    height: rect.height,
  };
}
