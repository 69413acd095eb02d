import { describe, expect, it } from 'vitest';
import {
  blend,
  colourAt,
  contrastHint,
  contrastRatio,
  isLargeText,
  parseColor,
  requiredRatio,
  toHex,
} from '../../../src/core/contrast-math.js';
import { formatFinding } from '../../../src/checks/check-contrast.js';

const ratio = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);

describe('contrast ratio (WCAG 2.2)', () => {
  it('is 21:1 for black on white and 1:1 for a colour on itself, in either order', () => {
    expect(ratio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(ratio('#fff', '#000')).toBeCloseTo(21, 5);
    expect(ratio('#777', '#777')).toBe(1);
  });

  it("measures reveal's solarized body text at 4.13:1", () => {
    expect(ratio('#657b83', '#fdf6e3')).toBeCloseTo(4.13, 2);
  });

  it('reads the colour forms Chromium prints', () => {
    expect(parseColor('rgb(101, 123, 131)')).toEqual({ r: 101, g: 123, b: 131, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.4)')).toEqual({ r: 0, g: 0, b: 0, a: 0.4 });
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('#0006')).toEqual({ r: 0, g: 0, b: 0, a: 0x66 / 255 });
    expect(parseColor('not a colour')).toBeUndefined();
  });

  it('reads every other syntax Chromium may print, oklch() and lab() included', () => {
    expect(parseColor('hsl(0 0% 100%)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(toHex(parseColor('lab(50 0 0)')!)).toBe('#777777'); // L* 50 is mid grey
    expect(parseColor('oklch(0.7 0 0 / 0.5)')?.a).toBe(0.5);
    // Grey on grey fails whether the theme writes it in hex or in oklch().
    expect(ratio('oklch(0.75 0 0)', 'oklch(0.98 0 0)')).toBeLessThan(3);
    expect(ratio('oklch(0.75 0 0)', 'oklch(0.98 0 0)')).toBeCloseTo(
      ratio(toHex(parseColor('oklch(0.75 0 0)')!), toHex(parseColor('oklch(0.98 0 0)')!)),
      1,
    );
  });

  it('maps a colour outside sRGB into it before measuring', () => {
    const p3 = parseColor('color(display-p3 0 1 0)')!;
    for (const c of [p3.r, p3.g, p3.b]) expect(c).toBeGreaterThanOrEqual(0);
    for (const c of [p3.r, p3.g, p3.b]) expect(c).toBeLessThanOrEqual(255);
    expect(p3.g).toBeGreaterThan(200);
  });

  it('blends a translucent colour over its background', () => {
    const overlay = blend(parseColor('rgba(0, 0, 0, 0.4)')!, parseColor('#ffffff')!);
    expect(toHex(overlay)).toBe('#999999');
    // reveal's slide number: white on 40% black over a white slide.
    expect(contrastRatio(parseColor('#fff')!, overlay)).toBeCloseTo(2.85, 2);
  });

  it('asks 3:1 of large text (24px, or 18.66px bold) and 4.5:1 of the rest', () => {
    expect(isLargeText(24, 400)).toBe(true);
    expect(isLargeText(23.9, 400)).toBe(false);
    expect(isLargeText(18.66, 700)).toBe(true);
    expect(isLargeText(18.66, 600)).toBe(false);
    expect(requiredRatio(16, 400)).toBe(4.5);
    expect(requiredRatio(40, 400)).toBe(3);
  });
});

describe('formatFinding', () => {
  it('says theme, slide kind, role, colours and ratio in one line', () => {
    const line = formatFinding({
      theme: 'solarized',
      slideKind: 'points',
      slideId: 's1-2',
      role: 'bullet',
      selector: 'li',
      text: '',
      fg: '#657b83',
      bg: '#fdf6e3',
      ratio: 4.1349,
      required: 4.5,
      sampled: false,
    });
    expect(line).toBe(
      'theme solarized, key points bullet: #657b83 on #fdf6e3 is 4.13:1, needs 4.5:1',
    );
  });

  it('never rounds a failing ratio up to the threshold', () => {
    const line = formatFinding({
      theme: 't',
      slideKind: 'quote',
      slideId: 'q',
      role: 'source',
      selector: 'span',
      text: '',
      fg: '#767676',
      bg: '#ffffff',
      ratio: 4.4999,
      required: 4.5,
      sampled: false,
    });
    expect(line).toContain('is 4.49:1');
  });
});

describe('contrastHint', () => {
  it('asks for darker text on a light background and lighter text on a dark one', () => {
    expect(contrastHint('#aaaaaa', '#fbfaf7')).toMatch(/^use a darker text colour/);
    expect(contrastHint('#555555', '#1b1b1f')).toMatch(/^use a lighter text colour/);
  });
});

describe('colourAt', () => {
  it('finds where a theme file writes a colour, in either case and in short form', () => {
    const css = ':root {\n  --lectern-bg: #FBFAF7;\n  --lectern-fg: #aaa;\n  --x: #aaab;\n}\n';
    expect(colourAt(css, '#fbfaf7')).toEqual({ line: 2, col: 17 });
    expect(colourAt(css, '#aaaaaa')).toEqual({ line: 3, col: 17 });
    expect(colourAt(css, '#123456')).toBeUndefined();
  });
});
