import { describe, expect, it } from 'vitest';
import { layoutDeck } from '../../../src/pptx/layout.js';
import { firstFamily, fontOf, hexColor, splitLines } from '../../../src/pptx/text-runs.js';
import type { MeasuredBlock, MeasuredDeck, MeasuredRun } from '../../../src/pptx/measured.js';

const run = (text: string, extra: Partial<MeasuredRun> = {}): MeasuredRun => ({
  text,
  color: 'rgb(20, 35, 60)',
  fontFamily: '"Source Serif 4", "Noto Sans KR", Georgia, serif',
  fontSize: 40,
  weight: 400,
  italic: false,
  letterSpacing: 0,
  lineHeight: 48,
  ...extra,
});

const block = (extra: Partial<MeasuredBlock>): MeasuredBlock => ({
  role: 'heading',
  box: { x: 104, y: 72, w: 1072, h: 48 },
  align: 'left',
  lineHeight: 48,
  itemGap: 0,
  indent: 0,
  textWidth: 1072,
  paragraphs: [{ runs: [run('A headline')] }],
  ...extra,
});

const deckOf = (blocks: MeasuredBlock[], extra: Partial<MeasuredDeck> = {}): MeasuredDeck => ({
  width: 1280,
  height: 720,
  slides: [
    { id: 's1-1', kind: 'points', background: 'rgb(251, 250, 247)', blocks, rules: [], images: [] },
  ],
  ...extra,
});

const SIZE = { width: 1280, height: 720 };

describe('layoutDeck', () => {
  it('scales px to inches (720 px = 7.5 in) and font px to points (0.75 pt per px at 16:9)', () => {
    const layout = layoutDeck(deckOf([block({})]), SIZE);
    expect(layout.width).toBeCloseTo(13.333, 3);
    expect(layout.height).toBe(7.5);
    const [text] = layout.slides[0]!.texts;
    expect(text!.box.x).toBeCloseTo(1.083, 3);
    expect(text!.box.y).toBe(0.75);
    expect(text!.runs[0]!.options).toMatchObject({
      fontSize: 30,
      fontFace: 'Source Serif 4',
      color: '14233C',
      lineSpacing: 36,
    });
    expect(layout.slides[0]!.background).toBe('FBFAF7');
  });

  it('gives 4:3 decks a 10 × 7.5 in slide', () => {
    expect(layoutDeck(deckOf([block({})]), { width: 1024, height: 768 }).width).toBe(10);
  });

  it('lets a box reach down to the next block below it, and no further than the slide', () => {
    const heading = block({});
    const list = block({ role: 'bullets', box: { x: 104, y: 200, w: 1072, h: 100 } });
    const [h, l] = layoutDeck(deckOf([heading, list]), SIZE).slides[0]!.texts;
    expect(h!.box.y + h!.box.h).toBeCloseTo(200 / 96, 3);
    expect(l!.box.y + l!.box.h).toBeCloseTo((720 - 8) / 96, 2);
  });

  it('narrows a wrapped, balanced headline to the width its lines took, plus a little room', () => {
    const wrapped = block({ box: { x: 104, y: 72, w: 1072, h: 96 }, textWidth: 600 });
    const [h] = layoutDeck(deckOf([wrapped]), SIZE).slides[0]!.texts;
    expect(h!.box.w).toBeCloseTo((600 * 1.04) / 96, 3);
  });

  it('makes list items real bullets or numbers, with the deck’s gap between items', () => {
    const marker = {
      kind: 'number' as const,
      number: 3,
      color: 'rgb(140, 43, 31)',
      style: 'decimal',
    };
    const list = block({
      role: 'bullets',
      indent: 40,
      itemGap: 10,
      paragraphs: [
        { runs: [run('First')], marker },
        { runs: [run('Second')], marker: { ...marker, number: 4 } },
      ],
    });
    const layout = layoutDeck(deckOf([list]), SIZE);
    const [first, second] = layout.slides[0]!.texts[0]!.runs;
    expect(first!.options.bullet).toEqual({ type: 'number', numberStartAt: 3, indent: 30 });
    expect(first!.options.breakLine).toBe(true);
    expect(second!.options.paraSpaceBefore).toBe(7.5);
    expect(second!.options.breakLine).toBeUndefined();
    expect(layout.markerColor).toBe('8C2B1F');
  });

  it('draws a square marker as a small square bullet character', () => {
    const marker = { kind: 'bullet' as const, color: 'rgb(0, 0, 0)', style: 'square' };
    const list = block({ role: 'bullets', paragraphs: [{ runs: [run('Point')], marker }] });
    const [only] = layoutDeck(deckOf([list]), SIZE).slides[0]!.texts[0]!.runs;
    expect(only!.options.bullet).toMatchObject({ characterCode: '25AA' });
  });

  it('keeps the alignment on every run, so pptxgenjs does not break the line between them', () => {
    const mixed = block({
      align: 'center',
      paragraphs: [{ runs: [run('Pan-Korean'), run(' interests', { italic: true })] }],
    });
    const runs = layoutDeck(deckOf([mixed]), SIZE).slides[0]!.texts[0]!.runs;
    expect(runs.map((r) => r.options.align)).toEqual(['center', 'center']);
    expect(runs[1]!.options.italic).toBe(true);
  });

  it('puts the footer on every slide and the slide number where the deck shows it', () => {
    const footer = block({ role: 'caption', box: { x: 24, y: 690, w: 400, h: 18 } });
    const number = block({
      role: 'caption',
      box: { x: 1170, y: 687, w: 20, h: 18 },
      paragraphs: [{ runs: [run('3', { fontSize: 14 })] }],
    });
    const measured = deckOf([block({})], { footer });
    measured.slides[0]!.number = number;
    const slide = layoutDeck(measured, SIZE).slides[0]!;
    expect(slide.texts.map((t) => t.role)).toEqual(['heading', 'footer']);
    expect(slide.number).toMatchObject({ align: 'right', fontSize: 10.5 });
    expect(slide.number!.box.x + slide.number!.box.w).toBeCloseTo(1190 / 96, 3);
  });
});

describe('splitLines', () => {
  it('splits at the line breaks the page put between blocks and trims each line’s ends, keeping the spaces between runs', () => {
    const lines = splitLines([run(' — '), run('Moscow '), run('\n'), run(' Source text ')]);
    expect(lines.map((l) => l.map((r) => r.text))).toEqual([['— ', 'Moscow'], ['Source text']]);
  });
});

describe('fonts and colours', () => {
  it('takes the first family of a CSS font stack', () => {
    expect(firstFamily('"Source Serif 4", Georgia, serif')).toBe('Source Serif 4');
    expect(firstFamily('Inter, sans-serif')).toBe('Inter');
  });

  it('asks for a semibold by its face name, and for bold from 700', () => {
    expect(fontOf({ fontFamily: 'Inter', weight: 600 })).toEqual({ fontFace: 'Inter SemiBold' });
    expect(fontOf({ fontFamily: 'Inter', weight: 700 })).toEqual({ fontFace: 'Inter', bold: true });
    expect(fontOf({ fontFamily: 'Inter', weight: 500 })).toEqual({ fontFace: 'Inter' });
  });

  it('turns computed colours into hex, and transparent into the fallback', () => {
    expect(hexColor('rgb(140, 43, 31)')).toBe('8C2B1F');
    expect(hexColor('rgba(0, 0, 0, 0)', 'FFFFFF')).toBe('FFFFFF');
  });
});
