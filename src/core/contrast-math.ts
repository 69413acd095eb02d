// WCAG 2.2 contrast arithmetic, pure: parse CSS colours, blend alpha, relative luminance, ratio.
import { converter, parse, toGamut } from 'culori';
import { ProblemSink } from './problems.js';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a: number;
}

const toRgb = converter('rgb');
/** CSS Color 4 gamut mapping: lowers chroma in OKLCH until the colour fits sRGB, as screens do. */
const intoSrgb = toGamut('rgb', 'oklch');

/** A channel 0–1 as 0–255, without the float noise of the conversion (an rgb() byte stays whole). */
const byte = (v: number | undefined) => Math.round(Math.min(1, Math.max(0, v ?? 0)) * 255e6) / 1e6;

/**
 * Parses any CSS colour Chromium's getComputedStyle prints (hex, rgb(), hsl(), hwb(), lab(),
 * lch(), oklab(), oklch(), color(display-p3 …), names) with culori; a colour outside sRGB is
 * mapped into it before its contrast is computed.
 */
export function parseColor(css: string): Rgba | undefined {
  const parsed = parse(css.trim());
  if (!parsed) return undefined;
  const rgb = toRgb(intoSrgb(parsed));
  return { r: byte(rgb.r), g: byte(rgb.g), b: byte(rgb.b), a: parsed.alpha ?? 1 };
}

/** `top` painted over an opaque `bottom` (alpha compositing, source-over). */
export function blend(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a;
  const mix = (t: number, b: number) => Math.round(t * a + b * (1 - a));
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(c: Rgba): number {
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

/** WCAG contrast ratio of two opaque colours, 1–21. */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const [hi, lo] = [relativeLuminance(fg), relativeLuminance(bg)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** WCAG "large scale" text: at least 18pt (24px), or 14pt (18.66px) bold. */
export function isLargeText(fontSizePx: number, fontWeight: number): boolean {
  return fontSizePx >= 24 || (fontSizePx >= 18.66 && fontWeight >= 700);
}

/** AA threshold: 4.5:1 for body text, 3:1 for large text. */
export function requiredRatio(fontSizePx: number, fontWeight: number): number {
  return isLargeText(fontSizePx, fontWeight) ? 3 : 4.5;
}

export function toHex(c: Rgba): string {
  const byte = (n: number) => Math.round(n).toString(16).padStart(2, '0');
  return `#${byte(c.r)}${byte(c.g)}${byte(c.b)}`;
}

/** What to change for a failing pair: darker text on a light background, lighter on a dark one. */
export function contrastHint(fg: string, bg: string): string {
  const back = parseColor(bg);
  // 0.18 is where black and white text give the same contrast (both about 4.6:1).
  return !back || relativeLuminance(back) > 0.18
    ? 'use a darker text colour (or a lighter background) in the theme'
    : 'use a lighter text colour (or a darker background) in the theme';
}

/**
 * Where `css` (a theme file) writes the colour `hex` (#rrggbb, as findings give it), in any case
 * and in its short form (#abc for #aabbcc): the line a designer changes to fix a finding.
 */
export function colourAt(css: string, hex: string): { line: number; col: number } | undefined {
  const six = hex.toLowerCase();
  const short = /^#(\w)\1(\w)\2(\w)\3$/.exec(six);
  const forms = short ? [six, `#${short[1]}${short[2]}${short[3]}`] : [six];
  const found = new RegExp(`(?:${forms.join('|')})(?![0-9a-f])`, 'i').exec(css);
  return found ? new ProblemSink('', css).at(found.index) : undefined;
}
