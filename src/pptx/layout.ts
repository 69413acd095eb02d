// The deck as measured in the browser → what each PowerPoint slide holds, in inches and points.
// Pure: boxes are the deck's own (scaled), text keeps its computed font, size, weight and colour,
// lists become real bulleted or numbered paragraphs. write-pptx.ts hands this to pptxgenjs.
import type { Box, MeasuredBlock, MeasuredDeck } from './measured.js';
import {
  firstFamily,
  hexColor,
  paragraphRuns,
  round,
  type Scale,
  type TextRun,
} from './text-runs.js';

export type { TextRun } from './text-runs.js';

export interface TextShape {
  role: MeasuredBlock['role'] | 'footer';
  /** Inches. */
  box: Box;
  runs: TextRun[];
  align: 'left' | 'center' | 'right' | 'justify';
  valign: 'top' | 'middle' | 'bottom';
}

export interface SlideLayout {
  id: string;
  /** Hex without '#'. */
  background: string;
  texts: TextShape[];
  rules: { box: Box; color: string }[];
  images: { src: string; box: Box }[];
  number?: {
    box: Box;
    fontFace: string;
    fontSize: number;
    color: string;
    align: 'left' | 'center' | 'right';
  };
}

export interface DeckLayout {
  /** Inches. */
  width: number;
  height: number;
  slides: SlideLayout[];
  /** Hex colour of the list markers (the theme's accent), when the deck has lists. */
  markerColor?: string;
}

/** PowerPoint's slide height for both 16:9 and 4:3 decks; the width follows the aspect. */
export const SLIDE_HEIGHT_IN = 7.5;

/**
 * Text laid out by Chromium fits its measured box exactly; PowerPoint and Impress break lines
 * with other metrics (and another font when the deck's is not installed). Boxes get this much
 * more width, where the slide has room, and reach down to the next block below.
 */
const WIDTH_SLACK = 0.04;
/** Keep this far (px) from the slide's bottom edge. */
const BOTTOM_MARGIN_PX = 8;

export function layoutDeck(
  measured: MeasuredDeck,
  size: { width: number; height: number },
): DeckLayout {
  const k = SLIDE_HEIGHT_IN / size.height;
  const scale = { k, pt: k * 72, width: size.width, height: size.height };
  const marker = measured.slides
    .flatMap((s) => s.blocks.flatMap((b) => b.paragraphs))
    .find((p) => p.marker)?.marker;
  return {
    ...(marker ? { markerColor: hexColor(marker.color) } : {}),
    // Unrounded: 1280 px → 13⅓ in, which pptxgenjs turns into PowerPoint's own 12192000 EMU.
    width: size.width * k,
    height: SLIDE_HEIGHT_IN,
    slides: measured.slides.map((slide) => {
      const background = hexColor(slide.background, 'FFFFFF');
      const blocks = slide.blocks;
      const texts = blocks.map((block) => textShape(block, roomBelow(block, blocks, scale), scale));
      if (measured.footer)
        texts.push({ ...textShape(measured.footer, undefined, scale), role: 'footer' });
      const number = slide.number && numberField(slide.number, scale);
      return {
        id: slide.id,
        background,
        texts,
        rules: slide.rules.map((r) => ({ box: inches(r.box, scale.k), color: hexColor(r.color) })),
        images: [...slide.images, ...(measured.logo ? [measured.logo] : [])].map((img) => ({
          src: img.src,
          box: inches(img.box, scale.k),
        })),
        ...(number ? { number } : {}),
      };
    }),
  };
}

/** The lowest y (px) a block's box may reach: the top of the next block below it, or the slide's edge. */
function roomBelow(block: MeasuredBlock, blocks: MeasuredBlock[], scale: Scale): number {
  const bottom = block.box.y + block.box.h;
  const below = blocks
    .filter((other) => other !== block && other.role !== 'quote-mark' && other.box.y >= bottom - 1)
    .filter(
      (other) => other.box.x < block.box.x + block.box.w && block.box.x < other.box.x + other.box.w,
    )
    .map((other) => other.box.y);
  return Math.min(scale.height - BOTTOM_MARGIN_PX, ...below);
}

function textShape(block: MeasuredBlock, room: number | undefined, scale: Scale): TextShape {
  const narrowed = block.align === 'left' && block.textWidth < block.box.w;
  const box = narrowed ? { ...block.box, w: block.textWidth } : block.box;
  const extra = narrowed
    ? Math.min(box.w * WIDTH_SLACK, block.box.w - box.w)
    : Math.min(box.w * WIDTH_SLACK, Math.max(0, scale.width - box.x - box.w));
  const grown: Box = {
    x: block.align === 'center' ? box.x - Math.min(extra / 2, box.x) : box.x,
    y: box.y,
    w: box.w + extra,
    h: room === undefined ? box.h : Math.max(box.h, room - box.y),
  };
  return {
    role: block.role,
    box: inches(grown, scale.k),
    runs: block.paragraphs.flatMap((p, i) => paragraphRuns(block, p, i, scale)),
    align: block.align,
    valign: 'top',
  };
}

function numberField(block: MeasuredBlock, scale: Scale): SlideLayout['number'] {
  const run = block.paragraphs[0]?.runs[0];
  if (!run) return undefined;
  // Room for "26 / 26" whatever this slide's number is; right-aligned where the deck's ends.
  const w = Math.max(block.box.w, run.fontSize * 4);
  const box = { x: block.box.x + block.box.w - w, y: block.box.y, w, h: block.box.h };
  return {
    box: inches(box, scale.k),
    fontFace: firstFamily(run.fontFamily),
    fontSize: round(run.fontSize * scale.pt, 1),
    color: hexColor(run.color),
    align: 'right',
  };
}

function inches(box: Box, k: number): Box {
  return { x: round(box.x * k), y: round(box.y * k), w: round(box.w * k), h: round(box.h * k) };
}
