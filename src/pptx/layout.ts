// The deck as measured in the browser → what each PowerPoint slide holds, in inches and points.
// Pure: boxes are the deck's own (scaled), text keeps its computed font, size, weight and colour,
// lists become real bulleted or numbered paragraphs. write-pptx.ts hands this to pptxgenjs.
import { parseColor, toHex } from '../export/check-contrast-math.js';
import type {
  Box,
  MeasuredBlock,
  MeasuredDeck,
  MeasuredParagraph,
  MeasuredRun,
} from './measured.js';

export interface TextRun {
  text: string;
  options: {
    fontFace: string;
    fontSize: number;
    color: string;
    bold?: boolean;
    italic?: boolean;
    breakLine?: boolean;
    charSpacing?: number;
    bullet?:
      { type?: 'number'; numberStartAt?: number; characterCode?: string; indent: number } | false;
    paraSpaceBefore?: number;
    lineSpacing?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
  };
}

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

/** CSS list-style-type → the bullet character PowerPoint draws (hex code point). */
const BULLET_CHARS: Record<string, string> = {
  disc: '2022',
  circle: '25CB',
  square: '25AA',
  'disclosure-closed': '25B8',
};

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

/**
 * The face and bold flag for a weight. PowerPoint knows only regular and bold: a semibold (the
 * themes' headings) is asked for by the name its static font files carry, `Inter SemiBold`, as
 * bold would be wider and break lines the deck does not.
 */
export function fontOf(run: Pick<MeasuredRun, 'fontFamily' | 'weight'>): {
  fontFace: string;
  bold?: true;
} {
  const family = firstFamily(run.fontFamily);
  if (run.weight >= 700) return { fontFace: family, bold: true };
  if (run.weight >= 550) return { fontFace: `${family} SemiBold` };
  return { fontFace: family };
}

/** `"Source Serif 4", Georgia, serif` → `Source Serif 4`. */
export function firstFamily(stack: string): string {
  const first = stack.split(',')[0]?.trim() ?? '';
  return first.replace(/^["']|["']$/g, '') || 'Arial';
}

/** A computed CSS colour as hex without '#' (pptxgenjs's form); transparent falls back. */
export function hexColor(css: string, fallback = '000000'): string {
  const rgba = parseColor(css);
  if (!rgba || rgba.a === 0) return fallback;
  return toHex(rgba).replace(/^#/, '').slice(0, 6).toUpperCase();
}

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

interface Scale {
  /** Inches per px. */
  k: number;
  /** Points per px. */
  pt: number;
  width: number;
  height: number;
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

/** One paragraph's runs; the last carries `breakLine` (pptxgenjs's paragraph end) unless it ends the block. */
function paragraphRuns(
  block: MeasuredBlock,
  paragraph: MeasuredParagraph,
  index: number,
  scale: Scale,
): TextRun[] {
  const lines = splitLines(paragraph.runs);
  const last = index === block.paragraphs.length - 1;
  return lines.flatMap((line, lineIndex) =>
    line.map((run, i) => {
      const first = i === 0;
      const lineHeight = Math.max(...line.map((r) => r.lineHeight || block.lineHeight));
      const endsParagraph = i === line.length - 1 && !(last && lineIndex === lines.length - 1);
      return {
        text: run.text,
        options: {
          ...fontOf(run),
          fontSize: round(run.fontSize * scale.pt, 1),
          color: hexColor(run.color),
          ...(run.italic ? { italic: true } : {}),
          ...(run.letterSpacing ? { charSpacing: round(run.letterSpacing * scale.pt, 1) } : {}),
          ...(endsParagraph ? { breakLine: true } : {}),
          // pptxgenjs starts a new paragraph where the alignment changes: every run carries it.
          align: block.align,
          lineSpacing: round(lineHeight * scale.pt, 1),
          ...(first ? paragraphOptions(block, paragraph, lineIndex, index, scale) : {}),
        },
      };
    }),
  );
}

/** Paragraph-level options pptxgenjs reads from a paragraph's first run. */
function paragraphOptions(
  block: MeasuredBlock,
  paragraph: MeasuredParagraph,
  lineIndex: number,
  index: number,
  scale: Scale,
): Partial<TextRun['options']> {
  const marker = lineIndex === 0 ? paragraph.marker : undefined;
  const indent = round(block.indent * scale.pt, 1);
  return {
    ...(index > 0 && lineIndex === 0 && block.itemGap > 0
      ? { paraSpaceBefore: round(block.itemGap * scale.pt, 1) }
      : {}),
    ...(marker
      ? {
          bullet:
            marker.kind === 'number'
              ? { type: 'number' as const, numberStartAt: marker.number ?? 1, indent }
              : { characterCode: BULLET_CHARS[marker.style ?? ''] ?? '2022', indent },
        }
      : block.paragraphs.some((p) => p.marker)
        ? { bullet: false }
        : {}),
  };
}

/** Runs with their text trimmed at the block's edges, split where the page broke the line ('\n'). */
export function splitLines(runs: MeasuredRun[]): MeasuredRun[][] {
  const lines: MeasuredRun[][] = [[]];
  for (const run of runs) {
    const parts = run.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ ...run, text: part });
    });
  }
  return lines.map((line) => trimLine(line)).filter((line) => line.length > 0);
}

function trimLine(line: MeasuredRun[]): MeasuredRun[] {
  const out = line.map((r) => ({ ...r }));
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, '');
  const end = out[out.length - 1];
  if (end) end.text = end.text.replace(/\s+$/, '');
  return out.filter((r) => r.text.length > 0);
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

function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
