// The Address, what content/ makes of the Markdown and plan/ reads: the front matter, the
// sections and their blocks, the footnotes. Plain data only (no classes, no getters).
import type { AddressMeta } from './address-meta.js';
import type { InlineText } from './inline-text.js';
import type { Problem } from './problems.js';

export interface ParagraphBlock extends InlineText {
  kind: 'paragraph';
  line: number;
  /** Set by a `<!-- quote: pin -->` or `<!-- quote: drop -->` directive before the paragraph. */
  quoteSteer?: 'pin' | 'drop';
}

/** A Markdown blockquote: always a key quote. */
export interface BlockquoteBlock extends InlineText {
  kind: 'blockquote';
  line: number;
  /** From a final `— Name` (or `-- Name`) line of the blockquote. */
  attribution?: string;
}

export interface ListBlock {
  kind: 'list';
  line: number;
  ordered: boolean;
  items: InlineText[];
}

export interface ImageBlock {
  kind: 'image';
  line: number;
  /** As written in the Markdown. */
  src: string;
  /** Absolute path on disk, resolved against the content file. */
  path: string;
  alt: string;
}

/** The speaker's own aside (`<!-- note: pause here -->`): goes to the notes, kept apart from the address. */
export interface AsideBlock {
  kind: 'aside';
  line: number;
  text: string;
}

/** An author-forced slide break (`<!-- break -->`). */
export interface BreakBlock {
  kind: 'break';
  line: number;
}

/** The author's own bullet points for the section (`<!-- points ... -->`): used instead of extracted ones. */
export interface PointsBlock {
  kind: 'points';
  line: number;
  items: string[];
}

export type Block =
  ParagraphBlock | BlockquoteBlock | ListBlock | ImageBlock | AsideBlock | BreakBlock | PointsBlock;

export interface Section {
  /** 0-based position; the deck numbers sections itself (index + 1). */
  index: number;
  title: string;
  line: number;
  blocks: Block[];
  /**
   * The whole text of an address written without section headings: its title is the address's,
   * and the deck gives it no outline and no divider.
   */
  implicit?: boolean;
}

export interface Footnote {
  /** As in the address, without brackets: `i`, `12`, `note-a`. */
  label: string;
  /** The definition's text as written ("Ibid." stays "Ibid."). */
  text: string;
  /** The full source: equals `text`, or for "Ibid." the source it repeats (with any page detail kept). */
  source: string;
  ibid: boolean;
  line: number;
}

export interface Address {
  /** The content file this came from (as given by the user). */
  file: string;
  meta: AddressMeta;
  /** Text before the first `## ` section (if any). */
  preamble: Block[];
  sections: Section[];
  /** In order of definition. */
  footnotes: Footnote[];
}

export interface ParseResult {
  address: Address | undefined;
  problems: Problem[];
}
