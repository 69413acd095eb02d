// What the browser reports of the rendered deck, in CSS px of the slide (print view, scale 1):
// the boxes of each slide's text blocks, their computed type and colours, images and furniture.
// Plain data, so the layout (layout.ts) is a pure function of it and tests need no browser.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A stretch of text in one computed style. */
export interface MeasuredRun {
  text: string;
  /** As getComputedStyle prints it: `rgb(…)` / `rgba(…)`. */
  color: string;
  fontFamily: string;
  fontSize: number;
  /** CSS font-weight, 100–900. */
  weight: number;
  italic: boolean;
  /** px; 0 for normal. */
  letterSpacing: number;
  /** Line height of the run's element, px. */
  lineHeight: number;
}

export interface MeasuredParagraph {
  runs: MeasuredRun[];
  /** List items: a bullet, or a number (ordered lists, with the item's number). */
  marker?: { kind: 'bullet' | 'number'; number?: number; color: string; style?: string };
}

/** The part of a slide a block plays: decides its native form (bulleted list, title box…). */
export type BlockRole =
  | 'title'
  | 'subtitle'
  | 'byline'
  | 'kicker'
  | 'heading'
  | 'bullets'
  | 'outline'
  | 'references'
  | 'quote'
  | 'excerpt'
  | 'caption'
  | 'quote-mark';

export interface MeasuredBlock {
  role: BlockRole;
  box: Box;
  align: 'left' | 'center' | 'right' | 'justify';
  /** Line height in px. */
  lineHeight: number;
  /** Space between list items, in px (from the first item's bottom to the second's top). */
  itemGap: number;
  /** Width the text takes when it wraps (balanced headings stop short of the box), else box.w. */
  textWidth: number;
  /** Left indent of list text from the box's left edge, in px. */
  indent: number;
  paragraphs: MeasuredParagraph[];
}

export interface MeasuredRule {
  box: Box;
  color: string;
}

export interface MeasuredImage {
  /** The URL the page loaded it from (relative to the deck folder when it is the deck's own). */
  src: string;
  box: Box;
}

export interface MeasuredSlide {
  id: string;
  kind: string;
  /** The slide's background colour, or a gradient's first colour stop. */
  background: string;
  blocks: MeasuredBlock[];
  rules: MeasuredRule[];
  images: MeasuredImage[];
  /** The slide number as shown ("3 / 26"), in its box and style, when the deck shows numbers. */
  number?: MeasuredBlock;
}

export interface MeasuredDeck {
  width: number;
  height: number;
  slides: MeasuredSlide[];
  footer?: MeasuredBlock;
  logo?: MeasuredImage;
}
