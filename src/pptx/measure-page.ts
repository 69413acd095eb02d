// Runs in the deck's print view (every slide laid out at full size on a page of its own): reads
// each slide's text blocks, their boxes and computed styles, as data for the layout. Sent to the
// page as source (toString), so it refers to nothing outside itself and has no named inner
// functions.
import type {
  BlockRole,
  Box,
  MeasuredBlock,
  MeasuredDeck,
  MeasuredParagraph,
  MeasuredRule,
  MeasuredRun,
} from './measured.js';

/** The deck's elements the export knows, by the part they play; the first match wins. */
export const BLOCK_SELECTORS: [string, BlockRole][] = [
  ['.lectern-title', 'title'],
  ['.lectern-subtitle', 'subtitle'],
  ['.lectern-byline', 'byline'],
  ['.lectern-kicker', 'kicker'],
  ['.lectern-heading', 'heading'],
  ['.lectern-bullets', 'bullets'],
  ['.lectern-outline', 'outline'],
  ['.lectern-references', 'references'],
  ['blockquote', 'quote'],
  ['.lectern-excerpt-mark', 'excerpt'],
  ['figcaption', 'caption'],
];

export function measurePrintView(selectors: [string, BlockRole][]): MeasuredDeck {
  const px = (v: string) => Number.parseFloat(v) || 0;
  const boxOf = (r: DOMRect, o: DOMRect): Box => ({
    x: r.left - o.left,
    y: r.top - o.top,
    w: r.width,
    h: r.height,
  });
  const lineHeightOf = (cs: CSSStyleDeclaration) =>
    cs.lineHeight === 'normal' ? px(cs.fontSize) * 1.2 : px(cs.lineHeight);
  const runsOf = (root: Element): MeasuredRun[] => {
    const runs: MeasuredRun[] = [];
    const push = (text: string, cs: CSSStyleDeclaration) => {
      const shown = cs.textTransform === 'uppercase' ? text.toUpperCase() : text;
      runs.push({
        // Source line breaks are spaces; a lone '\n' is where a block inside the block begins.
        text: text === '\n' ? text : shown.replace(/[ \t\n\r]+/g, ' '),
        color: cs.color,
        fontFamily: cs.fontFamily,
        fontSize: px(cs.fontSize),
        weight: Number(cs.fontWeight) || 400,
        italic: cs.fontStyle === 'italic',
        letterSpacing: px(cs.letterSpacing),
        lineHeight: lineHeightOf(cs),
      });
    };
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.textContent) push(node.textContent, getComputedStyle(node.parentElement!));
        return;
      }
      if (!(node instanceof Element)) return;
      const cs = getComputedStyle(node);
      if (cs.display === 'none' || cs.visibility === 'hidden') return;
      if (cs.display === 'block' && runs.length > 0) {
        // A flex row's items sit side by side: a space between them, not a new line.
        const parent = node.parentElement ? getComputedStyle(node.parentElement) : undefined;
        const row = parent && /flex/.test(parent.display) && parent.flexDirection.startsWith('row');
        push(row ? ' ' : '\n', cs);
      }
      const before = getComputedStyle(node, '::before');
      // Generated text the theme adds (the em dash before an attribution); not absolutely
      // placed decorations, which are measured on their own.
      const content = before.content;
      if (before.position !== 'absolute' && /^".+"$/.test(content)) {
        push(content.slice(1, -1), before);
      }
      node.childNodes.forEach(walk);
    };
    walk(root);
    return runs;
  };
  // The width a wrapped block's text takes (a balanced heading stops short of its box), or the
  // box's own width when the text is one line: PowerPoint then wraps where the deck did.
  const textWidthOf = (el: Element, lineHeight: number): number => {
    const box = el.getBoundingClientRect();
    if (box.height < lineHeight * 1.5) return box.width;
    // Text nodes only: a range's rects include those of the elements it selects whole.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let right = box.left;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0) right = Math.max(right, r.right);
    }
    return right > box.left ? Math.min(box.width, right - box.left) : box.width;
  };
  const trimRuns = (runs: MeasuredRun[]) => {
    const text = runs.map((r) => r.text).join('');
    return text.trim() ? runs : [];
  };
  const blockOf = (el: HTMLElement, role: BlockRole, origin: DOMRect): MeasuredBlock => {
    const cs = getComputedStyle(el);
    const items = el.matches('ul, ol') ? [...el.querySelectorAll(':scope > li')] : [];
    const ordered = el.matches('ol') && !el.matches('.lectern-references, .lectern-outline');
    const start = Number(el.getAttribute('start')) || 1;
    const paragraphs: MeasuredParagraph[] = items.length
      ? items.map((li, i) => ({
          runs: trimRuns(runsOf(li)),
          marker:
            getComputedStyle(li).listStyleType === 'none'
              ? undefined
              : {
                  kind: ordered || el.matches('.lectern-outline') ? 'number' : 'bullet',
                  number: start + i,
                  style: getComputedStyle(li).listStyleType,
                  color: getComputedStyle(li, '::marker').color || cs.color,
                },
        }))
      : [{ runs: trimRuns(runsOf(el)) }];
    const first = items[0]?.getBoundingClientRect();
    const second = items[1]?.getBoundingClientRect();
    const lineHeight = lineHeightOf(items[0] ? getComputedStyle(items[0]) : cs);
    return {
      role,
      box: boxOf(el.getBoundingClientRect(), origin),
      align: (['center', 'right', 'justify'].includes(cs.textAlign)
        ? cs.textAlign
        : 'left') as MeasuredBlock['align'],
      lineHeight,
      itemGap: first && second ? Math.max(0, second.top - first.bottom) : 0,
      textWidth: items.length
        ? Math.max(
            ...items.map((li) => textWidthOf(li, lineHeight) + li.getBoundingClientRect().left),
          ) - el.getBoundingClientRect().left
        : textWidthOf(el, lineHeight),
      indent: first ? first.left - el.getBoundingClientRect().left : 0,
      paragraphs,
    };
  };
  // A block's visible borders (a heading's rule beneath it) as filled rectangles.
  const bordersOf = (el: Element, origin: DOMRect): MeasuredRule[] => {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const sides = [
      ['Top', r.left, r.top, r.width, px(cs.borderTopWidth)],
      ['Bottom', r.left, r.bottom - px(cs.borderBottomWidth), r.width, px(cs.borderBottomWidth)],
      ['Left', r.left, r.top, px(cs.borderLeftWidth), r.height],
      ['Right', r.right - px(cs.borderRightWidth), r.top, px(cs.borderRightWidth), r.height],
    ] as const;
    return sides
      .filter(([side]) => {
        const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
        const width = px(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
        return width > 0 && style !== 'none' && style !== 'hidden';
      })
      .map(([side, x, y, w, h]) => ({
        box: { x: x - origin.left, y: y - origin.top, w, h },
        color: cs.getPropertyValue(`border-${side.toLowerCase()}-color`),
      }))
      .filter((rule) => !/rgba\(0, 0, 0, 0\)|transparent/.test(rule.color));
  };
  const backgroundOf = (page: Element): string => {
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
      const stop = /(rgba?\([^)]*\)|#[0-9a-f]{3,8})/i.exec(
        cs.backgroundImage.includes('gradient') ? cs.backgroundImage : '',
      );
      if (stop) return stop[1]!;
      if (!/rgba\(0, 0, 0, 0\)|transparent/.test(cs.backgroundColor)) return cs.backgroundColor;
    }
    return 'rgb(255, 255, 255)';
  };
  const pages = [...document.querySelectorAll<HTMLElement>('.pdf-page')];
  const firstPage = pages[0]?.getBoundingClientRect() ?? new DOMRect(0, 0, 0, 0);
  const slides = pages.map((page) => {
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
    const rule = getComputedStyle(frame, '::before');
    const firstBlock = frame.firstElementChild;
    if (rule.content !== 'none' && rule.display === 'block' && firstBlock) {
      const fb = firstBlock.getBoundingClientRect();
      const h = px(rule.height);
      const top = fb.top - px(getComputedStyle(firstBlock).marginTop) - px(rule.marginBottom) - h;
      rules.push({
        box: { x: fb.left - origin.left, y: top - origin.top, w: px(rule.width), h },
        color: rule.backgroundColor,
      });
    }
    const quote = frame.querySelector('.lectern-quote');
    if (quote) {
      const mark = getComputedStyle(quote, '::before');
      const qr = quote.getBoundingClientRect();
      if (/^".+"$/.test(mark.content)) {
        const size = px(mark.fontSize);
        // Before the quotation, in reading order as on the slide.
        const at = Math.max(
          0,
          blocks.findIndex((b) => b.role === 'quote'),
        );
        blocks.splice(at, 0, {
          role: 'quote-mark',
          box: {
            x: qr.left - origin.left + px(mark.left),
            y: qr.top - origin.top + px(mark.top),
            w: size,
            h: size,
          },
          align: 'left',
          lineHeight: size,
          itemGap: 0,
          indent: 0,
          textWidth: size,
          paragraphs: [
            {
              runs: [
                {
                  text: mark.content.slice(1, -1),
                  color: mark.color,
                  fontFamily: mark.fontFamily,
                  fontSize: size,
                  weight: Number(mark.fontWeight) || 400,
                  italic: false,
                  letterSpacing: 0,
                  lineHeight: size,
                },
              ],
            },
          ],
        });
      }
    }
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
      number: numberEl ? blockOf(numberEl, 'caption', origin) : undefined,
    };
  });
  const footerEl = document.querySelector<HTMLElement>('.lectern-footer');
  const logoEl = document.querySelector<HTMLImageElement>('.lectern-logo');
  return {
    width: firstPage.width,
    height: firstPage.height,
    slides,
    footer: footerEl ? blockOf(footerEl, 'caption', firstPage) : undefined,
    logo: logoEl
      ? {
          src: logoEl.getAttribute('src') ?? '',
          box: boxOf(logoEl.getBoundingClientRect(), firstPage),
        }
      : undefined,
  };
}
