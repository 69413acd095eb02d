// A section's drafts → its stack of slides: the divider `sN`, then `sN-1`, `sN-2`… with bullets,
// quotes or images, speaker notes and timing. Points slides are numbered as parts of the section.
import type { Footnote, InlineText, PlanOptions, Section, Slide } from '../model.js';
import { countWords } from '../text.js';
import type { Draft } from './chunk-section.js';
import { dividerSlide } from './frame.js';
import { pickBullets } from './key-points.js';
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

function extracted(sentences: Sentence[], ctx: SlideContext): string[] {
  const sources = sentences.map((s) => ({
    text: sentenceText(s),
    first: s.first,
    quoteFrom: s.quoteFrom,
  }));
  return pickBullets(sources, ctx.options, ctx.lang);
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
  return { ...base, bullets: draft.bullets ?? author ?? extracted(draft.sentences, ctx) };
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
    const host = [out[i - 1], out[i + 1]].find(
      (h) => h && h.kind !== 'image' && !(h.kind === 'points' && h.bullets),
    );
    if (!host) continue;
    if (host === out[i - 1]) host.sentences.push(...d.sentences);
    else host.sentences.unshift(...d.sentences);
    host.asides.push(...d.asides);
    host.line = Math.min(host.line, d.line);
    out.splice(i--, 1);
  }
  return out;
}

export function sectionSlides(
  section: Section,
  drafted: { drafts: Draft[]; groups: string[][]; asides: string[] },
  ctx: SlideContext,
): Slide[] {
  const author = authorBullets(drafted.drafts, drafted.groups);
  const drafts = mergeBare(drafted.drafts, author, ctx);
  const slides = drafts.map((d) => slideOf(d, section, author.get(d), ctx));
  const points = slides.filter((s) => s.kind === 'points');
  slides.forEach((s, i) => {
    s.id = `s${section.index + 1}-${i + 1}`;
    if (s.kind === 'points' && points.length > 1) {
      s.part = { index: points.indexOf(s) + 1, count: points.length };
    }
  });
  return [dividerSlide(section, drafted.asides, ctx.wpm), ...slides];
}
