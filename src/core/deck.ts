// The Deck, what plan/ makes of the Address and render/, pdf/ and pptx/ read: stacks of slides,
// each with its notes and timing. Plain data only: Handlebars renders plain objects, and tests
// compare them.
import type { AddressMeta } from './address-meta.js';
import type { Footnote } from './address.js';
import type { InlineMark, InlineText } from './inline-text.js';
import type { Problem } from './problems.js';

export type SlideKind =
  | 'title'
  | 'outline'
  | 'section'
  | 'points'
  | 'statement'
  | 'quote'
  | 'image'
  | 'references'
  | 'closing';

export interface QuoteContent {
  /** What the slide shows (the whole quotation, or an excerpt ending at a sentence boundary). */
  text: string;
  /**
   * The words before a quotation that starts mid-sentence, which it completes ("the North
   * Koreans"); shown before it so the audience sees whose words are meant.
   */
  lead?: string;
  /**
   * The words after the quotation that finish its sentence when they qualify it ("on the issue
   * of denuclearization"); shown after it, so the slide claims no more than the speaker did.
   */
  tail?: string;
  /** Who said it, e.g. "Vladimir Putin". */
  attribution?: string;
  /** Footnote label and full source text, when the quotation cites one. */
  source?: { label: string; text: string };
  /** True when `text` is an excerpt; the full quotation is then in the notes. */
  excerpted: boolean;
  /** The author's emphasis within `text`, as in InlineText. Absent when there is none. */
  marks?: InlineMark[];
}

export interface SourceNote {
  label: string;
  text: string;
}

export interface Notes {
  /** Verbatim passages of the address this slide covers, in order; every sentence is in exactly one slide. */
  spoken: InlineText[];
  /** The speaker's own asides. */
  asides: string[];
  /** Full text of every footnote cited in `spoken` ("Ibid." resolved), labelled as in the address. */
  sources: SourceNote[];
}

export interface Slide {
  /** Stable id, used as the section element's id: `title`, `s1`, `s1-2`, `references-2`… */
  id: string;
  kind: SlideKind;
  /** 0-based section index for slides inside a section. */
  section?: number;
  /**
   * Heading of the slide: the section title on dividers and quote slides; on key-point slides a
   * headline of their own, unique in the deck; on a statement slide its one sentence.
   */
  title: string;
  /** Key-point and statement slides: the section they belong to, shown small above the headline. */
  kicker?: string;
  subtitle?: string;
  /** Title slide lines: speaker, event, venue, date. */
  byline?: string[];
  /** Points slides: short statements in the address's own words, or the author's points. */
  bullets?: string[];
  /** Points slides: the bullets are an enumeration the speaker numbered (shown as 1., 2., 3.). */
  ordered?: boolean;
  quote?: QuoteContent;
  /** Quote slides: the claim the quotation supports, a bullet from its own sentences. */
  point?: string;
  image?: { src: string; path: string; alt: string };
  /** Outline slide: section titles. */
  outline?: string[];
  /**
   * Outline slide continuing a long outline, or numbered points continuing an enumeration the
   * slide before began: the number of its first item.
   */
  start?: number;
  /** References slide: the footnotes on this page of references. */
  references?: SourceNote[];
  /** "2 / 3" continuation marker when a section or the references span several slides. */
  part?: { index: number; count: number };
  notes: Notes;
  /** Words spoken on this slide (Intl.Segmenter count of notes.spoken). */
  words: number;
  /** Estimated speaking time; becomes `data-timing`. */
  seconds: number;
  /** Source line in the content file this slide starts at (0 when generated). */
  line: number;
  /** Set by the overflow guard: font scale applied to fit (1 = none). */
  scale?: number;
}

/** One vertical stack of the deck: the title/outline stack, one per section, the references/closing stack. */
export interface Stack {
  section?: number;
  slides: Slide[];
}

export interface Deck {
  meta: AddressMeta;
  stacks: Stack[];
  footnotes: Footnote[];
  totalSeconds: number;
  /** Planner warnings (e.g. talk longer than `duration`). */
  problems: Problem[];
  /** The content file the deck was planned from. */
  file: string;
}

/** All slides of a deck in presentation order. */
export function slidesOf(deck: Deck): Slide[] {
  return deck.stacks.flatMap((stack) => stack.slides);
}
