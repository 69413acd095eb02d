// Runs in the deck's print view (see measure-page.ts, which sends these functions as source):
// a block's text as runs in their computed styles, its box, line height and the width its lines
// take. Each function refers only to the others here and in measure-page.ts, by name.
import type { BlockRole, Box, MeasuredBlock, MeasuredParagraph, MeasuredRun } from './measured.js';

export function cssPx(value: string): number {
  return Number.parseFloat(value) || 0;
}

export function lineHeightOf(cs: CSSStyleDeclaration): number {
  return cs.lineHeight === 'normal' ? cssPx(cs.fontSize) * 1.2 : cssPx(cs.lineHeight);
}

/** `r` relative to the page's rect `o`. */
export function boxOf(r: DOMRect, o: DOMRect): Box {
  return { x: r.left - o.left, y: r.top - o.top, w: r.width, h: r.height };
}

/** The text under `root`, in runs of one computed style; '\n' where a block inside it begins. */
export function runsOf(root: Element): MeasuredRun[] {
  const runs: MeasuredRun[] = [];
  const push = (text: string, cs: CSSStyleDeclaration) => {
    const shown = cs.textTransform === 'uppercase' ? text.toUpperCase() : text;
    runs.push({
      // Source line breaks are spaces; a lone '\n' is where a block inside the block begins.
      text: text === '\n' ? text : shown.replace(/[ \t\n\r]+/g, ' '),
      color: cs.color,
      fontFamily: cs.fontFamily,
      fontSize: cssPx(cs.fontSize),
      weight: Number(cs.fontWeight) || 400,
      italic: cs.fontStyle === 'italic',
      letterSpacing: cssPx(cs.letterSpacing),
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
    // Generated text the theme adds (the em dash before an attribution); not absolutely placed
    // decorations, which are measured on their own.
    const before = getComputedStyle(node, '::before');
    if (before.position !== 'absolute' && /^".+"$/.test(before.content)) {
      push(before.content.slice(1, -1), before);
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return runs
    .map((r) => r.text)
    .join('')
    .trim()
    ? runs
    : [];
}

/**
 * The width a wrapped block's text takes (a balanced heading stops short of its box), or the
 * box's own width when the text is one line: PowerPoint then wraps where the deck did.
 */
export function textWidthOf(el: Element, lineHeight: number): number {
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
}

/** A list item's marker: none, a bullet of the list's style, or its number. */
export function markerOf(list: Element, li: Element, i: number): MeasuredParagraph['marker'] {
  const style = getComputedStyle(li).listStyleType;
  if (style === 'none') return undefined;
  const numbered =
    list.matches('.lectern-outline') ||
    (list.matches('ol') && !list.matches('.lectern-references'));
  return {
    kind: numbered ? 'number' : 'bullet',
    number: (Number(list.getAttribute('start')) || 1) + i,
    style,
    color: getComputedStyle(li, '::marker').color || getComputedStyle(li).color,
  };
}

export function blockOf(el: HTMLElement, role: BlockRole, origin: DOMRect): MeasuredBlock {
  const cs = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const items = el.matches('ul, ol') ? [...el.querySelectorAll(':scope > li')] : [];
  const paragraphs: MeasuredParagraph[] = items.length
    ? items.map((li, i) => ({ runs: runsOf(li), marker: markerOf(el, li, i) }))
    : [{ runs: runsOf(el) }];
  const first = items[0]?.getBoundingClientRect();
  const second = items[1]?.getBoundingClientRect();
  const lineHeight = lineHeightOf(items[0] ? getComputedStyle(items[0]) : cs);
  const widest = (li: Element) => textWidthOf(li, lineHeight) + li.getBoundingClientRect().left;
  return {
    role,
    box: boxOf(rect, origin),
    align: (['center', 'right', 'justify'].includes(cs.textAlign)
      ? cs.textAlign
      : 'left') as MeasuredBlock['align'],
    lineHeight,
    itemGap: first && second ? Math.max(0, second.top - first.bottom) : 0,
    textWidth: items.length
      ? Math.max(...items.map(widest)) - rect.left
      : textWidthOf(el, lineHeight),
    indent: first ? first.left - rect.left : 0,
    paragraphs,
  };
}
