// The legibility check: in the rendered deck, every visible text element of every slide kind
// present is measured against what is really behind it (WCAG 2.2 contrast, AA thresholds).
// Backgrounds are read from the CSS where they are plain colours, and from a screenshot with the
// text hidden where a gradient or image lies behind the text (league, beige, sky).
import { PNG } from 'pngjs';
import type { Page } from 'puppeteer-core';
import type { SlideKind } from '../core/deck.js';
import { COLLECT_SCRIPT, ROLES, type TextSample } from './check-contrast-page.js';
import {
  blend,
  contrastRatio,
  parseColor,
  requiredRatio,
  toHex,
  type Rgba,
} from '../core/contrast-math.js';

export interface ContrastFinding {
  theme: string;
  slideKind: SlideKind | string;
  slideId: string;
  role: string;
  selector: string;
  text: string;
  fg: string;
  bg: string;
  /** Contrast ratio, e.g. 4.13 for 4.13:1. */
  ratio: number;
  /** 4.5, or 3 for large text. */
  required: number;
  /** The background was read from pixels (gradient or image). */
  sampled: boolean;
}

const KIND_LABELS: Record<string, string> = {
  title: 'title',
  outline: 'outline',
  section: 'section divider',
  points: 'key points',
  quote: 'key quote',
  image: 'image',
  references: 'references',
  closing: 'closing',
};

// Shows every fragment and stops transitions, so what is measured is the settled slide.
const SETTLE_CSS =
  '.reveal .slides section, .reveal .slides section * { transition: none !important; animation: none !important; }' +
  '.reveal .fragment { opacity: 1 !important; visibility: inherit !important; }';
const HIDE_TEXT_CSS =
  '.reveal, .reveal *, .reveal *::before, .reveal *::after, .reveal li::marker {' +
  ' color: transparent !important; text-shadow: none !important;' +
  ' text-decoration-color: transparent !important; }';

const GLOBAL_ROLES = new Set(['footer', 'slide number']);

/** `theme solarized, key points bullet: #657b83 on #fdf6e3 is 4.13:1, needs 4.5:1` */
export function formatFinding(f: ContrastFinding): string {
  const kind = KIND_LABELS[f.slideKind] ?? f.slideKind;
  const ratio = Math.floor(f.ratio * 100) / 100;
  return `theme ${f.theme}, ${kind} ${f.role}: ${f.fg} on ${f.bg} is ${ratio}:1, needs ${f.required}:1`;
}

/** The first slide of each kind, in deck order. */
async function slidesByKind(page: Page): Promise<{ id: string; kind: string }[]> {
  return page.evaluate(`(function () {
    var seen = {}; var out = [];
    document.querySelectorAll('.reveal .slides section.lectern-slide[id]').forEach(function (s) {
      var kind = s.getAttribute('data-kind') || 'slide';
      if (!seen[kind]) { seen[kind] = true; out.push({ id: s.id, kind: kind }); }
    });
    return out;
  })()`) as Promise<{ id: string; kind: string }[]>;
}

async function goToSlide(page: Page, id: string): Promise<void> {
  await page.evaluate(`(function (id) {
    var el = document.getElementById(id);
    var deck = window.Reveal;
    if (deck && deck.getIndices && deck.slide) {
      var at = deck.getIndices(el); deck.slide(at.h, at.v, 1000);
    } else { location.hash = '#/' + id; }
    return new Promise(function (done) {
      requestAnimationFrame(function () { requestAnimationFrame(function () {
        document.fonts.ready.then(function () { done(true); });
      }); });
    });
  })(${JSON.stringify(id)})`);
}

function evaluateSample(s: TextSample, bg: Rgba): { fg: Rgba; ratio: number } {
  const raw = parseColor(s.color) ?? { r: 0, g: 0, b: 0, a: 1 };
  const fg = blend({ ...raw, a: raw.a * s.opacity }, bg);
  return { fg, ratio: contrastRatio(fg, bg) };
}

function cssBackground(s: TextSample): Rgba {
  return s.layers
    .map((c) => parseColor(c) ?? { r: 255, g: 255, b: 255, a: 1 })
    .reduceRight<Rgba>((under, layer) => blend(layer, under), { r: 255, g: 255, b: 255, a: 1 });
}

/** The pixel behind the text that gives the lowest contrast, from a screenshot without text. */
function worstPixel(s: TextSample, png: PNG, scale: number): Rgba {
  let worst: Rgba | undefined;
  let worstRatio = Infinity;
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    for (let j = 0; j <= steps; j++) {
      const x = Math.round((s.rect.x + (s.rect.width * i) / steps) * scale);
      const y = Math.round((s.rect.y + (s.rect.height * j) / steps) * scale);
      if (x < 0 || y < 0 || x >= png.width || y >= png.height) continue;
      const at = (y * png.width + x) * 4;
      const px = { r: png.data[at]!, g: png.data[at + 1]!, b: png.data[at + 2]!, a: 1 };
      const { ratio } = evaluateSample(s, px);
      if (ratio < worstRatio) [worst, worstRatio] = [px, ratio];
    }
  }
  return worst ?? cssBackground(s);
}

async function screenshotWithoutText(page: Page): Promise<{ png: PNG; scale: number }> {
  const style = await page.addStyleTag({ content: HIDE_TEXT_CSS });
  try {
    await page.evaluate(
      'new Promise(function (d) { requestAnimationFrame(function () { d(1); }); })',
    );
    // Fast PNG compression: the image is only decoded again here, and the pixels are the same.
    const shot = await page.screenshot({ type: 'png', optimizeForSpeed: true });
    const scale = (await page.evaluate('window.devicePixelRatio')) as number;
    return { png: PNG.sync.read(Buffer.from(shot)), scale };
  } finally {
    await style.evaluate((el) => el.remove());
  }
}

async function measureSlide(page: Page, theme: string, slide: { id: string; kind: string }) {
  await goToSlide(page, slide.id);
  const samples = (await page.evaluate(
    `${COLLECT_SCRIPT}(${JSON.stringify({ id: slide.id, roles: ROLES })})`,
  )) as TextSample[];
  const shot = samples.some((s) => s.sample) ? await screenshotWithoutText(page) : undefined;
  return samples.map((s): ContrastFinding => {
    const bg = shot && s.sample ? worstPixel(s, shot.png, shot.scale) : cssBackground(s);
    const { fg, ratio } = evaluateSample(s, bg);
    const { role, selector, text } = s;
    const required = requiredRatio(s.fontSize, s.fontWeight);
    const [fgHex, bgHex] = [toHex(fg), toHex(bg)];
    return {
      theme,
      slideKind: slide.kind,
      slideId: slide.id,
      role,
      selector,
      text,
      fg: fgHex,
      bg: bgHex,
      ratio,
      required,
      sampled: Boolean(shot && s.sample),
    };
  });
}

/**
 * Measures every visible text element on the first slide of each kind (plus footer and slide
 * number), once per distinct role/colour pair. The page must show the deck in screen view.
 */
export async function measureContrast(page: Page, themeName: string): Promise<ContrastFinding[]> {
  const style = await page.addStyleTag({ content: SETTLE_CSS });
  const start = await page.evaluate(
    '(function () { var d = window.Reveal; return d && d.getIndices ? d.getIndices() : null; })()',
  );
  try {
    // The worst measurement per role on each slide kind; footer and slide number once per deck.
    const worst = new Map<string, ContrastFinding>();
    for (const slide of await slidesByKind(page)) {
      for (const m of await measureSlide(page, themeName, slide)) {
        const key = GLOBAL_ROLES.has(m.role) ? m.role : `${m.slideKind}|${m.role}`;
        const known = worst.get(key);
        if (!known || m.ratio / m.required < known.ratio / known.required) worst.set(key, m);
      }
    }
    return [...worst.values()];
  } finally {
    await style.evaluate((el) => el.remove());
    await page.evaluate(
      `(function (at) { var d = window.Reveal; if (at && d) d.slide(at.h, at.v, at.f); })(${JSON.stringify(start)})`,
    );
  }
}

/** The text elements below WCAG AA (4.5:1, or 3:1 for large text), worst first. */
export async function checkContrast(page: Page, themeName: string): Promise<ContrastFinding[]> {
  const all = await measureContrast(page, themeName);
  return all.filter((f) => f.ratio < f.required).sort((a, b) => a.ratio - b.ratio);
}
