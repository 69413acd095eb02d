// Deck → the plain object the templates read. Every field a template names exists (possibly
// undefined), so Handlebars' strict mode catches a misspelled field in a user's template.
import { basename } from 'node:path';
import { fill, labelsOf, type Labels } from '../core/labels.js';
import { marksOf } from '../core/inline-marks.js';
import type { InlineMark } from '../core/inline-text.js';
import type { Deck, Notes, Slide, Stack } from '../core/deck.js';
import { countWords } from '../core/text.js';

/** Maps an image on disk (absolute path) to the URL the page loads it from. */
export type AssetUrl = (path: string, written?: string) => string;

export const defaultAssetUrl: AssetUrl = (path, written) => written ?? basename(path);

export interface NotesView {
  spoken: Notes['spoken'];
  sources: Notes['sources'];
  asides: string[];
  hasSources: boolean;
  hasAsides: boolean;
  empty: boolean;
}

export interface SlideView {
  id: string;
  kind: Slide['kind'];
  partial: string;
  title: string;
  subtitle: string | undefined;
  byline: string[];
  bullets: string[];
  /** The bullets with the author's emphasis where their words stand as written in the notes. */
  bulletItems: { text: string; marks?: InlineMark[] }[];
  outline: string[];
  /** First number of a continued outline's list. */
  start: number | undefined;
  references: Slide['references'];
  quote: Slide['quote'];
  /** `short`, `medium` or `long`: quote slides set a short quotation larger. */
  quoteSize: 'short' | 'medium' | 'long' | undefined;
  image: { url: string; alt: string } | undefined;
  /** "Section 2" on section slides; the section's title on key-point and statement slides. */
  kicker: string | undefined;
  /** Statement slides of a few words, set larger. */
  statementShort: boolean;
  /** Quote slides: the claim the quotation supports. */
  point: string | undefined;
  /** The bullets are numbered (an enumeration, or the author's numbered list). */
  ordered: boolean;
  /** "2/3" on continued slides. */
  part: string | undefined;
  line: number;
  timing: number;
  style: string | undefined;
  notes: NotesView;
}

export interface StackView {
  id: string;
  slides: SlideView[];
}

export interface DeckView {
  lang: string;
  title: string;
  /** Lectern's own words in the address's language (templates/labels.json, front matter `labels`). */
  labels: Labels;
  stacks: StackView[];
  footer: string | undefined;
  logo: string | undefined;
}

function notesView(notes: Notes): NotesView {
  return {
    spoken: notes.spoken,
    sources: notes.sources,
    asides: notes.asides,
    hasSources: notes.sources.length > 0,
    hasAsides: notes.asides.length > 0,
    empty: notes.spoken.length + notes.sources.length + notes.asides.length === 0,
  };
}

/** Quotations of up to 15 words are set large, past 35 small: the type follows the length. */
function quoteSize(text: string, lang: string): SlideView['quoteSize'] {
  const words = countWords(text, lang);
  return words <= 15 ? 'short' : words <= 35 ? 'medium' : 'long';
}

/** Statements this short are set larger still, so the slide is not left mostly empty. */
const SHORT_STATEMENT_WORDS = 8;

function slideView(slide: Slide, assetUrl: AssetUrl, labels: Labels, lang: string): SlideView {
  const scale = slide.scale !== undefined && slide.scale < 1 ? slide.scale : undefined;
  return {
    id: slide.id,
    kind: slide.kind,
    partial: `slide-${slide.kind}`,
    title: slide.title,
    subtitle: slide.subtitle,
    byline: slide.byline ?? [],
    bullets: slide.bullets ?? [],
    bulletItems: (slide.bullets ?? []).map((text) => {
      const marks = marksOf(text, slide.notes.spoken);
      return marks ? { text, marks } : { text };
    }),
    outline: slide.outline ?? [],
    start: slide.start,
    references: slide.references ?? [],
    quote: slide.quote,
    point: slide.point,
    quoteSize: slide.quote ? quoteSize(slide.quote.text, lang) : undefined,
    statementShort:
      slide.kind === 'statement' && countWords(slide.title, lang) <= SHORT_STATEMENT_WORDS,
    image: slide.image && {
      url: assetUrl(slide.image.path, slide.image.src),
      alt: slide.image.alt,
    },
    kicker:
      slide.kind === 'section' && slide.section !== undefined
        ? fill(labels.sectionNumber, { n: slide.section + 1 })
        : slide.kicker,
    ordered: slide.ordered ?? false,
    part:
      slide.part && slide.part.count > 1 ? `${slide.part.index}/${slide.part.count}` : undefined,
    line: slide.line,
    timing: Math.max(1, Math.round(slide.seconds)),
    // A number, so nothing from the content can reach the style attribute.
    style: scale !== undefined ? `--lectern-scale: ${Number(scale.toFixed(3))}` : undefined,
    notes: notesView(slide.notes),
  };
}

function stackId(stack: Stack, index: number): string {
  if (stack.section !== undefined) return `s${stack.section + 1}`;
  return stack.slides[0]?.id ?? `stack-${index + 1}`;
}

export function deckView(deck: Deck, assetUrl: AssetUrl = defaultAssetUrl): DeckView {
  const { meta } = deck;
  const labels = labelsOf(meta);
  return {
    lang: meta.lang,
    title: meta.title,
    labels,
    stacks: deck.stacks.map((stack, i) => ({
      id: stackId(stack, i),
      slides: stack.slides.map((s) => slideView(s, assetUrl, labels, meta.lang)),
    })),
    footer: meta.branding.footer || undefined,
    logo: meta.branding.logo ? assetUrl(meta.branding.logo) : undefined,
  };
}
