// A section's drafts → its stack of slides: the divider `sN`, then `sN-1`, `sN-2`… with bullets,
// quotes or images, speaker notes and timing. Points slides are numbered as parts of the section.
import type { Section } from '../core/address.js';
import type { Slide } from '../core/deck.js';
import type { Draft } from './chunk-section.js';
import { dividerSlide } from './frame.js';
import type { PointsPlan } from './key-points.js';
import { claimOf } from './quote-point.js';
import { authorBullets, continueLists, mergeBare, mergeSparse } from './merge-drafts.js';
import { notesOf } from './notes.js';
import {
  lastResort,
  planned,
  shownKey,
  sourcesOf,
  wordsOf,
  type SlideContext,
} from './slide-bullets.js';
import { headlineFor } from './slide-headline.js';
import { slideSeconds } from './timing.js';

export { wordsOf, type SlideContext } from './slide-bullets.js';

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
  if (draft.kind === 'quote') {
    // The paragraph's point, when its key sentence carries the quotation, heads the quote.
    const point =
      draft.point ??
      claimOf(sourcesOf(draft.sentences), ctx.options, ctx.lang, draft.quote.text, (b) =>
        ctx.shown.has(shownKey(b)),
      );
    if (point) ctx.shown.add(shownKey(point));
    return { ...base, quote: draft.quote, ...(point ? { point } : {}) };
  }
  if (draft.kind === 'image') {
    const { src, path, alt } = draft.image;
    return { ...base, image: { src, path, alt } };
  }
  const plan: PointsPlan = draft.bullets
    ? { bullets: draft.bullets, ordered: draft.ordered ?? false, signpost: draft.signpost }
    : author
      ? { bullets: author, ordered: false }
      : planned(draft.sentences, ctx);
  const bullets = plan.bullets.length > 0 ? plan.bullets : lastResort(draft.sentences, ctx);
  for (const b of bullets) ctx.shown.add(shownKey(b));
  const kicker = section.implicit ? undefined : section.title;
  // One point, set large: the slide is that statement. An author's single point stays a bullet.
  if (bullets.length === 1 && !author && !draft.bullets)
    return { ...base, kind: 'statement', title: bullets[0]!, kicker, bullets };
  const head = headlineFor(plan, bullets, {
    spoken: notes.spoken.map((p) => p.text).join(' '),
    lang: ctx.lang,
    used: ctx.headlines,
    fixed: Boolean(author || draft.bullets),
    // A list the slide before began keeps its headline; the two are numbered as parts.
    continued: Boolean(draft.start),
    maxWords: ctx.options.maxSlideWords,
  });
  return {
    ...base,
    title: head.title ?? section.title,
    kicker: head.title ? kicker : undefined,
    bullets: head.bullets,
    ...(plan.ordered ? { ordered: true } : {}),
    ...(draft.start ? { start: draft.start } : {}),
  };
}

export function sectionSlides(
  section: Section,
  drafted: { drafts: Draft[]; groups: string[][]; asides: string[] },
  ctx: SlideContext,
): Slide[] {
  const author = authorBullets(drafted.drafts, drafted.groups);
  continueLists(drafted.drafts, author, ctx);
  const drafts = mergeSparse(mergeBare(drafted.drafts, author, ctx), author, ctx);
  const slides = drafts.map((d) => slideOf(d, section, author.get(d), ctx));
  slides.forEach((s, i) => (s.id = `s${section.index + 1}-${i + 1}`));
  // Points slides sharing a title (the section's, for want of a headline of their own, or a list
  // continued) are numbered as its parts.
  const points = slides.filter((s) => s.kind === 'points');
  for (const s of points) {
    const same = points.filter((x) => x.title === s.title);
    if (same.length > 1) s.part = { index: same.indexOf(s) + 1, count: same.length };
  }
  // An address without headings is one implicit section: no divider; its asides go with its text.
  if (section.implicit) {
    slides[0]?.notes.asides.unshift(...drafted.asides);
    return slides;
  }
  return [dividerSlide(section, drafted.asides, ctx.wpm), ...slides];
}
