// Runs in the deck's print view (every slide laid out at full size on a page of its own): reads
// each slide's text blocks, their boxes and computed styles, rules, images, slide number, footer
// and logo, as data for the layout. The functions here and in page-text.ts are sent to the page as
// source (measureScript), so each refers to nothing outside them.
import type {
  BlockRole,
  MeasuredBlock,
  MeasuredDeck,
  MeasuredRule,
  MeasuredSlide,
} from './measured.js';
import * as pageText from './page-text.js';

// In the page these are the functions of page-text.ts, defined beside those below in one script.
// Named, not imported: an import's name is rewritten by bundlers (vitest's too), and the page
// has no modules.
declare const cssPx: typeof pageText.cssPx;
declare const boxOf: typeof pageText.boxOf;
declare const blockOf: typeof pageText.blockOf;

/** The deck's elements the export knows, by the part they play; the first match wins. */
export const BLOCK_SELECTORS: [string, BlockRole][] = [
  ['.lectern-title', 'title'],
  ['.lectern-subtitle', 'subtitle'],
  ['.lectern-byline', 'byline'],
  ['.lectern-kicker', 'kicker'],
  // The claim above a quotation: a line of heading type.
  ['.lectern-quote-point', 'heading'],
  ['.lectern-heading', 'heading'],
  ['.lectern-bullets', 'bullets'],
  ['.lectern-outline', 'outline'],
  ['.lectern-references', 'references'],
  ['blockquote', 'quote'],
  ['.lectern-excerpt-mark', 'excerpt'],
  ['figcaption', 'caption'],
];

/** A block's visible borders (a heading's rule beneath it) as filled rectangles. */
export function bordersOf(el: Element, origin: DOMRect): MeasuredRule[] {
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  const width = (side: string) => cssPx(cs.getPropertyValue(`border-${side}-width`));
  const sides = [
    ['top', r.left, r.top, r.width, width('top')],
    ['bottom', r.left, r.bottom - width('bottom'), r.width, width('bottom')],
    ['left', r.left, r.top, width('left'), r.height],
    ['right', r.right - width('right'), r.top, width('right'), r.height],
  ] as const;
  return sides
    .filter(
      ([side]) =>
        width(side) > 0 && !/none|hidden/.test(cs.getPropertyValue(`border-${side}-style`)),
    )
    .map(([side, x, y, w, h]) => ({
      box: { x: x - origin.left, y: y - origin.top, w, h },
      color: cs.getPropertyValue(`border-${side}-color`),
    }))
    .filter((rule) => !/rgba\(0, 0, 0, 0\)|transparent/.test(rule.color));
}

/** The colour behind a slide: the first painted layer, a gradient's first colour stop. */
export function backgroundOf(page: Element): string {
  const layers = [
    page.querySelector('.slide-background-content'),
    page.querySelector('.slide-background'),
    page.querySelector('section'),
    page,
    document.querySelector('.reveal-viewport'),
    document.body,
  ];
  for (const el of layers) {
    if (!el) continue;
    const cs = getComputedStyle(el);
    const gradient = cs.backgroundImage.includes('gradient') ? cs.backgroundImage : '';
    const stop = /(rgba?\([^)]*\)|#[0-9a-f]{3,8})/i.exec(gradient);
    if (stop) return stop[1]!;
    if (!/rgba\(0, 0, 0, 0\)|transparent/.test(cs.backgroundColor)) return cs.backgroundColor;
  }
  return 'rgb(255, 255, 255)';
}

/** The accent bar a theme draws above the first block (the frame's ::before), if any. */
export function accentRuleOf(frame: Element, origin: DOMRect): MeasuredRule | undefined {
  const rule = getComputedStyle(frame, '::before');
  const first = frame.firstElementChild;
  if (rule.content === 'none' || rule.display !== 'block' || !first) return undefined;
  const fb = first.getBoundingClientRect();
  const h = cssPx(rule.height);
  const top = fb.top - cssPx(getComputedStyle(first).marginTop) - cssPx(rule.marginBottom) - h;
  return {
    box: { x: fb.left - origin.left, y: top - origin.top, w: cssPx(rule.width), h },
    color: rule.backgroundColor,
  };
}

/** The large quote mark a quote slide's figure draws (its ::before), as a block of one glyph. */
export function quoteMarkOf(quote: Element, origin: DOMRect): MeasuredBlock | undefined {
  const mark = getComputedStyle(quote, '::before');
  if (!/^".+"$/.test(mark.content)) return undefined;
  const qr = quote.getBoundingClientRect();
  const size = cssPx(mark.fontSize);
  const x = qr.left - origin.left + cssPx(mark.left);
  const y = qr.top - origin.top + cssPx(mark.top);
  const glyph = {
    text: mark.content.slice(1, -1),
    color: mark.color,
    fontFamily: mark.fontFamily,
    fontSize: size,
    weight: Number(mark.fontWeight) || 400,
    italic: false,
    letterSpacing: 0,
    lineHeight: size,
  };
  return {
    role: 'quote-mark',
    box: { x, y, w: size, h: size },
    align: 'left',
    lineHeight: size,
    itemGap: 0,
    indent: 0,
    textWidth: size,
    paragraphs: [{ runs: [glyph] }],
  };
}

export function measureSlide(page: HTMLElement, selectors: [string, BlockRole][]): MeasuredSlide {
  const origin = page.getBoundingClientRect();
  const section = page.querySelector<HTMLElement>('section.lectern-slide')!;
  const frame = section.querySelector<HTMLElement>('.lectern-frame') ?? section;
  const blocks: MeasuredBlock[] = [];
  const rules: MeasuredRule[] = [];
  const seen: Element[] = [];
  for (const el of frame.querySelectorAll<HTMLElement>('*')) {
    if (seen.some((outer) => outer.contains(el))) continue;
    const match = selectors.find(([selector]) => el.matches(selector));
    if (!match) continue;
    seen.push(el);
    const block = blockOf(el, match[1], origin);
    if (block.paragraphs.some((p) => p.runs.length > 0)) blocks.push(block);
    rules.push(...bordersOf(el, origin));
  }
  const accent = accentRuleOf(frame, origin);
  if (accent) rules.push(accent);
  const quote = frame.querySelector('.lectern-quote');
  const mark = quote ? quoteMarkOf(quote, origin) : undefined;
  // Before the quotation, in reading order as on the slide.
  if (mark)
    blocks.splice(
      Math.max(
        0,
        blocks.findIndex((b) => b.role === 'quote'),
      ),
      0,
      mark,
    );
  const images = [...frame.querySelectorAll('img')].map((img) => ({
    src: img.getAttribute('src') ?? '',
    box: boxOf(img.getBoundingClientRect(), origin),
  }));
  const numberEl = page.querySelector<HTMLElement>('.slide-number-pdf, .slide-number');
  return {
    id: section.id,
    kind: section.dataset.kind ?? 'points',
    background: backgroundOf(page),
    blocks,
    rules,
    images,
    ...(numberEl ? { number: blockOf(numberEl, 'caption', origin) } : {}),
  };
}

export function measurePrintView(selectors: [string, BlockRole][]): MeasuredDeck {
  const pages = [...document.querySelectorAll<HTMLElement>('.pdf-page')];
  const first = pages[0]?.getBoundingClientRect() ?? new DOMRect(0, 0, 0, 0);
  // Footer and logo are fixed: the print view repeats them on every page, at the first's place.
  const footer = document.querySelector<HTMLElement>('.lectern-footer');
  const logo = document.querySelector<HTMLImageElement>('.lectern-logo');
  return {
    width: first.width,
    height: first.height,
    slides: pages.map((page) => measureSlide(page, selectors)),
    ...(footer ? { footer: blockOf(footer, 'caption', first) } : {}),
    ...(logo
      ? {
          logo: {
            src: logo.getAttribute('src') ?? '',
            box: boxOf(logo.getBoundingClientRect(), first),
          },
        }
      : {}),
  };
}

/** The page script: every function above and in page-text.ts, then the measuring call. */
export function measureScript(selectors: [string, BlockRole][] = BLOCK_SELECTORS): string {
  const functions = [
    ...Object.values(pageText).filter((f) => typeof f === 'function'),
    bordersOf,
    backgroundOf,
    accentRuleOf,
    quoteMarkOf,
    measureSlide,
    measurePrintView,
  ];
  const source = functions.map((f) => f.toString()).join('\n');
  return `(() => {\n${source}\nreturn measurePrintView(${JSON.stringify(selectors)});\n})()`;
}
