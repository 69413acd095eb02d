// A measured block's text → pptxgenjs text runs: the face for its weight, size in points, colour,
// paragraphs where the page broke lines, list items as real bullets or numbers. Pure.
import { parseColor, toHex } from '../core/contrast-math.js';
import type { MeasuredBlock, MeasuredParagraph, MeasuredRun } from './measured.js';

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

export interface Scale {
  /** Inches per px. */
  k: number;
  /** Points per px. */
  pt: number;
  width: number;
  height: number;
}

/** CSS list-style-type → the bullet character PowerPoint draws (hex code point). */
const BULLET_CHARS: Record<string, string> = {
  disc: '2022',
  circle: '25CB',
  square: '25AA',
  'disclosure-closed': '25B8',
};

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

/** One paragraph's runs; the last carries `breakLine` (pptxgenjs's paragraph end) unless it ends the block. */
export function paragraphRuns(
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

export function round(n: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
