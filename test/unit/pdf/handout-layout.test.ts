import { describe, expect, it } from 'vitest';
import {
  PAPER_SIZE,
  contentArea,
  sheetCount,
  sheetSlots,
  toPdfRect,
  type HandoutLayout,
} from '../../../src/pdf/handout-layout.js';

const A4 = contentArea(PAPER_SIZE.a4);
const LETTER = contentArea(PAPER_SIZE.letter);
const WIDE = 16 / 9;

function inside(
  area: { width: number; height: number },
  r: { x: number; y: number; width: number; height: number },
) {
  return (
    r.x >= 0 &&
    r.y >= 0 &&
    r.x + r.width <= area.width + 1e-6 &&
    r.y + r.height <= area.height + 1e-6
  );
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('sheetSlots', () => {
  it.each([1, 2, 3, 6] as HandoutLayout[])(
    '%i per sheet: that many slots, inside the page, not overlapping, at the slide aspect',
    (layout) => {
      for (const area of [A4, LETTER]) {
        for (const aspect of [WIDE, 4 / 3]) {
          const slots = sheetSlots(layout, area, aspect);
          expect(slots).toHaveLength(layout);
          for (const [i, slot] of slots.entries()) {
            expect(inside(area, slot.slide)).toBe(true);
            expect(slot.slide.width / slot.slide.height).toBeCloseTo(aspect, 6);
            expect(slot.caption.y).toBeLessThanOrEqual(area.height);
            for (const other of slots.slice(i + 1))
              expect(overlap(slot.slide, other.slide)).toBe(false);
          }
        }
      }
    },
  );

  it('3 per sheet puts the slides on the left and ruled lines on the right, beside each slide', () => {
    const slots = sheetSlots(3, A4, WIDE);
    for (const slot of slots) {
      expect(slot.slide.x).toBe(0);
      expect(slot.lines.length).toBeGreaterThanOrEqual(6);
      for (const line of slot.lines) {
        expect(line.x1).toBeGreaterThan(slot.slide.x + slot.slide.width);
        expect(line.x2).toBeCloseTo(A4.width);
        expect(line.y).toBeGreaterThan(slot.slide.y - 5);
      }
    }
    expect(slots[0]!.slide.y).toBeLessThan(slots[1]!.slide.y);
  });

  it('6 per sheet reads left to right, then down, with no note lines', () => {
    const slots = sheetSlots(6, A4, WIDE);
    expect(slots[0]!.slide.y).toBe(slots[1]!.slide.y);
    expect(slots[1]!.slide.x).toBeGreaterThan(slots[0]!.slide.x);
    expect(slots[2]!.slide.y).toBeGreaterThan(slots[0]!.slide.y);
    expect(slots.every((s) => s.lines.length === 0)).toBe(true);
  });

  it('1 per sheet is full width with note lines below the slide', () => {
    const [slot] = sheetSlots(1, A4, WIDE);
    expect(slot!.slide.width).toBeCloseTo(A4.width);
    expect(slot!.lines.every((l) => l.y > slot!.slide.y + slot!.slide.height)).toBe(true);
  });
});

describe('sheet arithmetic', () => {
  it('counts sheets, rounding up', () => {
    expect(sheetCount(8, 3)).toBe(3);
    expect(sheetCount(6, 6)).toBe(1);
    expect(sheetCount(7, 6)).toBe(2);
    expect(sheetCount(1, 1)).toBe(1);
  });

  it('converts content-box rects to PDF space inside the margins', () => {
    const r = toPdfRect({ x: 0, y: 0, width: 100, height: 50 }, 841.92);
    expect(r).toEqual({ x: 42, y: 841.92 - 54 - 50, width: 100, height: 50 });
  });
});
