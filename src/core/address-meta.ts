// The address's front matter as every stage reads it: title, byline, language, theme, size,
// timing, quotation steering and branding (content/ reads and validates it; the rest only read).
import type { Labels } from './labels.js';

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

export const SLIDE_SIZES: Record<SlideSize['aspect'], SlideSize> = {
  '16:9': { width: 1280, height: 720, aspect: '16:9' },
  '4:3': { width: 1024, height: 768, aspect: '4:3' },
};
