// The models every stage reads: import → content (Address) → plan (Deck) → render → build → export.
// Plain data only (no classes, no getters): Handlebars renders plain objects, and tests compare them.
import type { Labels } from './labels.js';

export type Severity = 'error' | 'warning';

/** A problem with the input, as data with a position. The CLI decides what is fatal. */
export interface Problem {
  file: string;
  /** 1-based; 0 when the problem is about the whole file. */
  line: number;
  /** 1-based; 0 when unknown. */
  col: number;
  severity: Severity;
  message: string;
  /** What the user should do about it. */
  hint?: string;
}

export interface SlideSize {
  width: number;
  height: number;
  aspect: '16:9' | '4:3';
}

/** Quotations the author pins onto their own slide, or excludes from quote slides, by a fragment of their text. */
export interface QuoteSteer {
  pin: string[];
  exclude: string[];
}

export interface Branding {
  /** Absolute path of the logo image (resolved against the content file), if any. */
  logo?: string;
  /** Footer text; defaults to "event · date" when both are known. Empty string hides it. */
  footer: string;
  slideNumbers: boolean;
  /**
   * reveal.js's navigation arrows and progress bar. Off by default: on the projector they are
   * clutter the audience reads; the presenter uses keys or a clicker.
   */
  controls?: boolean;
}

export interface AddressMeta {
  title: string;
  subtitle?: string;
  speaker?: string;
  /** The speaker's office or position ("Minister of the Sea"), shown under the name. */
  role?: string;
  event?: string;
  venue?: string;
  /** As shown on the slides and in the PDFs: as written, or an ISO date set out in `lang`. */
  date?: string;
  /** The date as written when it was an ISO date (`2019-05-15`): the PDFs' creation date. */
  dateIso?: string;
  /** BCP 47 language tag; default `en`. */
  lang: string;
  keywords: string[];
  /** A built-in theme name, or a path to a theme CSS file resolved against the content file. */
  theme: string;
  size: SlideSize;
  /** Talk slot in minutes. */
  duration?: number;
  /** Speaking rate used for timing; default 130. */
  wordsPerMinute: number;
  quotes: QuoteSteer;
  branding: Branding;
  /** The front matter's own wording for Lectern's labels; the rest come from `lang` (labels.ts). */
  labels?: Partial<Labels>;
  /** Folders (absolute) the author allows images, logo and theme files to come from (`assets:`). */
  assets?: string[];
}

/** A footnote marker inside a block's text: `offset` is the index in `text` where the marker stood. */
export interface FootnoteRef {
  label: string;
  offset: number;
}

/** Emphasis the author wrote (`*em*`, `**strong**`, `` `code` ``, `~~del~~`) over `text[start, end)`. */
export interface InlineMark {
  kind: 'em' | 'strong' | 'code' | 'del';
  start: number;
  end: number;
}

/** Plain text (Markdown escapes and inline markup removed, footnote markers lifted out into refs). */
export interface InlineText {
  text: string;
  refs: FootnoteRef[];
  /** Where the author's emphasis stood; nested, never crossing. Absent when there is none. */
  marks?: InlineMark[];
}

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

export interface PlanOptions {
  wordsPerMinute: number;
  /** Max words shown on a points slide. */
  maxSlideWords: number;
  maxBullets: number;
  maxBulletWords: number;
  /** Quotations shorter than this (in words) are not key quotes. */
  minQuoteWords: number;
  /** Share of the deck's slides that may be quote slides. */
  maxQuoteShare: number;
  /** Max words shown on a quote slide before it is excerpted. */
  maxQuoteWords: number;
  /** Max references per references slide. */
  maxReferencesPerSlide: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  wordsPerMinute: 130,
  maxSlideWords: 48,
  maxBullets: 6,
  maxBulletWords: 18,
  minQuoteWords: 8,
  maxQuoteShare: 1 / 3,
  maxQuoteWords: 60,
  maxReferencesPerSlide: 6,
};

export const SLIDE_SIZES: Record<SlideSize['aspect'], SlideSize> = {
  '16:9': { width: 1280, height: 720, aspect: '16:9' },
  '4:3': { width: 1024, height: 768, aspect: '4:3' },
};

/** All slides of a deck in presentation order. */
export function slidesOf(deck: Deck): Slide[] {
  return deck.stacks.flatMap((stack) => stack.slides);
}
