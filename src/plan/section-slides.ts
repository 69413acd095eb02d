// A section's drafts → its stack of slides: the divider `sN`, then `sN-1`, `sN-2`… with bullets,
// quotes or images, speaker notes and timing. Points slides are numbered as parts of the section.
import type { Footnote, InlineText, PlanOptions, Section, Slide } from '../model.js';
import { countWords } from '../text.js';
import type { Draft } from './chunk-section.js';
import { dividerSlide } from './frame.js';
import { pickBullets, wholeSentence, type BulletSource } from './key-points.js';
import { notesOf } from './notes.js';
import { slideSeconds } from './timing.js';
import { sentenceText, type Sentence } from './units.js';

export interface SlideContext {
  lang: string;
  wpm: number;
  options: PlanOptions;
  footnotes: Footnote[];
}

export function wordsOf(spoken: InlineText[], lang: string): number {
  return spoken.reduce((n, p) => n + countWords(p.text, lang), 0);
}

// Merging asks for the same runs' bullets again and again; extraction is the planner's slow part.
const bulletCache = new WeakMap<SlideContext, Map<string, string[]>>();

function extracted(sentences: Sentence[], ctx: SlideContext): string[] {
  let cache = bulletCache.get(ctx);
  if (!cache) bulletCache.set(ctx, (cache = new Map()));
  const key = sentences
    .map((s) => `${s.key}:${s.start}:${s.end}:${s.first ? 1 : 0}:${s.quoteFrom ?? ''}`)
    .join('|');
  const known = cache.get(key);
  if (known) return [...known];
  const bullets = extractBullets(sentences, ctx);
  cache.set(key, bullets);
  return [...bullets];
}

function sourcesOf(sentences: Sentence[]): BulletSource[] {
  return sentences.map((s) => ({ text: sentenceText(s), first: s.first, quoteFrom: s.quoteFrom }));
}

function extractBullets(sentences: Sentence[], ctx: SlideContext): string[] {
  return pickBullets(sourcesOf(sentences), ctx.options, ctx.lang);
}

function lastResort(sentences: Sentence[], ctx: SlideContext): string[] {
  return wholeSentence(sourcesOf(sentences), ctx.options, ctx.lang);
}

/** The author's items of each points group, shared out in order over the slides the group made. */
function authorBullets(drafts: Draft[], groups: string[][]): Map<Draft, string[]> {
  const out = new Map<Draft, string[]>();
  groups.forEach((items, g) => {
    const slides = drafts.filter((d) => d.kind === 'points' && !d.bullets && d.group === g);
    slides.forEach((d, j) => {
      const share = items.slice(
        Math.floor((j * items.length) / slides.length),
        Math.floor(((j + 1) * items.length) / slides.length),
      );
      if (share.length) out.set(d, share);
    });
  });
  return out;
}

function slideOf(
  draft: Draft,
  section: Section,
  author: string[] | undefined,
  ctx: SlideContext,
): Slide {
  const notes = notesOf(draft.sentences, ctx.footnotes, draft.asides);
  const words = wordsOf(notes.spoken, ctx.lang);
  const base = {
    id: '',
    kind: draft.kind,
    section: section.index,
    title: section.title,
    notes,
    words,
    seconds: slideSeconds(draft.kind, words, ctx.wpm),
    line: draft.line,
  };
  if (draft.kind === 'quote') return { ...base, quote: draft.quote };
  if (draft.kind === 'image') {
    const { src, path, alt } = draft.image;
    return { ...base, image: { src, path, alt } };
  }
  const bullets = draft.bullets ?? author ?? extracted(draft.sentences, ctx);
  return { ...base, bullets: bullets.length > 0 ? bullets : lastResort(draft.sentences, ctx) };
}

/**
 * A points slide whose sentences give no bullet (say, only a quotation that did not get its own
 * slide) would be an empty slide: its sentences join the slide before it (or after it).
 */
function mergeBare(drafts: Draft[], author: Map<Draft, string[]>, ctx: SlideContext): Draft[] {
  const out = [...drafts];
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (d.kind !== 'points' || d.bullets || author.has(d) || extracted(d.sentences, ctx).length)
      continue;
    const prev = out[i - 1]?.breakAfter ? undefined : out[i - 1];
    const next = d.breakAfter ? undefined : out[i + 1];
    const host = [prev, next].find(
      (h) => h && h.kind !== 'image' && !(h.kind === 'points' && h.bullets),
    );
    if (!host) continue;
    join(host, d, host === next);
    out.splice(i--, 1);
  }
  return out;
}

/** Spoken words a points slide made by joining two may cover (about 100 s at 130 wpm). */
const MAX_JOINED_WORDS = 220;

function isFree(d: Draft | undefined, author: Map<Draft, string[]>): boolean {
  return d?.kind === 'points' && !d.bullets && !author.has(d);
}

function join(host: Draft, d: Draft, before: boolean): void {
  if (before) host.sentences.unshift(...d.sentences);
  else {
    host.sentences.push(...d.sentences);
    host.breakAfter = d.breakAfter;
  }
  host.asides.push(...d.asides);
  host.line = Math.min(host.line, d.line);
}

/**
 * A points slide left with a single bullet reads as a stray line on a screen of its own. It joins
 * a neighbouring points slide when the two fit on one, or else the quote slide its paragraph
 * leads into (or out of): the quote carries the passage, and its sentence stays in the notes.
 */
function mergeSparse(drafts: Draft[], author: Map<Draft, string[]>, ctx: SlideContext): Draft[] {
  const out = [...drafts];
  const words = (d: Draft) => d.sentences.reduce((n, s) => n + s.words, 0);
  const fits = (a: Draft, b: Draft) => {
    const bullets = extracted([...a.sentences, ...b.sentences], ctx);
    const shown = bullets.reduce((n, t) => n + countWords(t, ctx.lang), 0);
    return (
      words(a) + words(b) <= MAX_JOINED_WORDS &&
      bullets.length >= 2 &&
      bullets.length <= ctx.options.maxBullets &&
      shown <= ctx.options.maxSlideWords
    );
  };
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (!isFree(d, author) || extracted(d.sentences, ctx).length !== 1) continue;
    // Never across the author's break.
    const prev = out[i - 1]?.breakAfter ? undefined : out[i - 1];
    const next = d.breakAfter ? undefined : out[i + 1];
    const first = d.sentences[0]?.key;
    const last = d.sentences.at(-1)?.key;
    let host: Draft | undefined;
    if (isFree(prev, author) && fits(prev!, d)) host = prev;
    else if (isFree(next, author) && fits(d, next!)) host = next;
    else if (next?.kind === 'quote' && next.sentences[0]?.key === last) host = next;
    else if (prev?.kind === 'quote' && prev.sentences.at(-1)?.key === first) host = prev;
    if (!host) continue;
    join(host, d, host === next);
    out.splice(i, 1);
    i = Math.max(-1, i - 2);
  }
  return out;
}

export function sectionSlides(
  section: Section,
  drafted: { drafts: Draft[]; groups: string[][]; asides: string[] },
  ctx: SlideContext,
): Slide[] {
  const author = authorBullets(drafted.drafts, drafted.groups);
  const drafts = mergeSparse(mergeBare(drafted.drafts, author, ctx), author, ctx);
  const slides = drafts.map((d) => slideOf(d, section, author.get(d), ctx));
  const points = slides.filter((s) => s.kind === 'points');
  slides.forEach((s, i) => {
    s.id = `s${section.index + 1}-${i + 1}`;
    if (s.kind === 'points' && points.length > 1) {
      s.part = { index: points.indexOf(s) + 1, count: points.length };
    }
  });
  // An address without headings is one implicit section: no divider; its asides go with its text.
  if (section.implicit) {
    slides[0]?.notes.asides.unshift(...drafted.asides);
    return slides;
  }
  return [dividerSlide(section, drafted.asides, ctx.wpm), ...slides];
}
