// A section's drafts → its stack of slides: the divider `sN`, then `sN-1`, `sN-2`… with bullets,
// quotes or images, speaker notes and timing. Points slides are numbered as parts of the section.
import type { Footnote, InlineText, PlanOptions, Section, Slide } from '../core/model.js';
import { countWords } from '../core/text.js';
import type { Draft } from './chunk-section.js';
import { dividerSlide } from './frame.js';
import { headlineOf, STRONG_HEADLINE } from './headline.js';
import {
  claimOf,
  planPoints,
  wholeSentence,
  type BulletSource,
  type PointsPlan,
} from './key-points.js';
import { MAX_SPOKEN_WORDS } from './chunk-run.js';
import { notesOf } from './notes.js';
import { isClaim } from './salience.js';
import { isEnglish } from './tokens.js';
import { slideSeconds } from './timing.js';
import { sentenceText, type Sentence } from './units.js';

export interface SlideContext {
  lang: string;
  wpm: number;
  options: PlanOptions;
  footnotes: Footnote[];
  /** Headings the deck already shows, lower-cased: each key-point headline is new. */
  headlines: Set<string>;
}

export function wordsOf(spoken: InlineText[], lang: string): number {
  return spoken.reduce((n, p) => n + countWords(p.text, lang), 0);
}

// Merging asks for the same runs' bullets again and again; extraction is the planner's slow part.
const bulletCache = new WeakMap<SlideContext, Map<string, PointsPlan>>();

function planned(sentences: Sentence[], ctx: SlideContext): PointsPlan {
  let cache = bulletCache.get(ctx);
  if (!cache) bulletCache.set(ctx, (cache = new Map()));
  const key = sentences
    .map((s) => `${s.key}:${s.start}:${s.end}:${s.first ? 1 : 0}:${s.quoteFrom ?? ''}`)
    .join('|');
  const known = cache.get(key);
  if (known) return { ...known, bullets: [...known.bullets] };
  const plan = planPoints(sourcesOf(sentences), ctx.options, ctx.lang);
  cache.set(key, plan);
  return { ...plan, bullets: [...plan.bullets] };
}

function extracted(sentences: Sentence[], ctx: SlideContext): string[] {
  return planned(sentences, ctx).bullets;
}

function sourcesOf(sentences: Sentence[]): BulletSource[] {
  return sentences.map((s) => ({ text: sentenceText(s), first: s.first, quoteFrom: s.quoteFrom }));
}

function lastResort(sentences: Sentence[], ctx: SlideContext): string[] {
  return wholeSentence(sourcesOf(sentences), ctx.options, ctx.lang);
}

/**
 * The author's items of each points group, shared out in order over the slides the group made,
 * never fewer than two to a slide: the author's points are not split below what they wrote.
 */
function authorBullets(drafts: Draft[], groups: string[][]): Map<Draft, string[]> {
  const out = new Map<Draft, string[]>();
  groups.forEach((items, g) => {
    const made = drafts.filter((d) => d.kind === 'points' && !d.bullets && d.group === g);
    const slides = made.slice(0, Math.max(1, Math.floor(items.length / 2)));
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
  if (draft.kind === 'quote') {
    // The paragraph's point, when its key sentence carries the quotation, heads the quote.
    const point = claimOf(sourcesOf(draft.sentences), ctx.options, ctx.lang, draft.quote.text);
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
  const kicker = section.implicit ? undefined : section.title;
  // One point, set large: the slide is that statement. An author's single point stays a bullet.
  if (bullets.length === 1 && !author && !draft.bullets)
    return { ...base, kind: 'statement', title: bullets[0]!, kicker, bullets };
  const spoken = notes.spoken.map((p) => p.text).join(' ');
  // A list the slide before began keeps its headline; the two are numbered as parts.
  const continued = draft.start && plan.signpost ? capitalise(plan.signpost) : undefined;
  const input = {
    bullets: leadFirst(bullets, plan.lead),
    spoken,
    lang: ctx.lang,
    used: ctx.headlines,
  };
  const listed =
    continued ?? (plan.signpost ? claim(capitalise(plan.signpost), ctx.headlines) : undefined);
  // A strong phrase, else the slide's own short statement as an assertion headline over the
  // bullets that support it (always so outside English, where no phrase is found), else a phrase.
  const phrase = listed ?? headlineOf(input, STRONG_HEADLINE);
  const asserted =
    phrase || plan.ordered || author || draft.bullets
      ? undefined
      : assertionOf(bullets, plan.lead ?? 0, ctx.headlines, ctx.lang);
  const shown = asserted ? bullets.filter((_, i) => i !== asserted.index) : bullets;
  const title = phrase ?? asserted?.text ?? headlineOf(input);
  return {
    ...base,
    title: title ?? section.title,
    kicker: title ? kicker : undefined,
    bullets: shown,
    ...(plan.ordered ? { ordered: true } : {}),
    ...(draft.start ? { start: draft.start } : {}),
  };
}

/**
 * An enumeration across sentences that a quotation's slide interrupts ("First, … Second, …" then
 * the quote, then "Third, …") goes on, numbered from where it stopped, on the next points slide
 * that continues it: its items become that slide's bullets.
 */
function continueLists(drafts: Draft[], author: Map<Draft, string[]>, ctx: SlideContext): void {
  let next: number | undefined;
  let signpost: string | undefined;
  for (const d of drafts) {
    if (d.kind !== 'points') continue;
    if (d.bullets || author.has(d) || d.group !== undefined) {
      next = undefined;
      continue;
    }
    if (next !== undefined) {
      const more = planPoints(sourcesOf(d.sentences), ctx.options, ctx.lang, next);
      if (more.bullets.length) {
        Object.assign(d, { bullets: more.bullets, ordered: true, start: next, signpost });
        next = more.next;
        continue;
      }
    }
    const plan = planned(d.sentences, ctx);
    next = plan.next;
    signpost = plan.signpost;
  }
}

/** Longest bullet that may serve as a slide's headline: a headline is read at a glance. */
const MAX_ASSERTION_WORDS = 16;

/**
 * The bullet that can head its slide: the one that says most, when it is short enough and no
 * question; it leaves the bullets, so the slide does not say it twice.
 */
function assertionOf(
  bullets: string[],
  lead: number,
  used: Set<string>,
  lang: string,
): { text: string; index: number } | undefined {
  // One bullet at least stays below it: the slide still says two things.
  if (bullets.length < 2) return undefined;
  const words = (b: string) => b.split(/\s+/u).length;
  const fit = bullets
    .map((b, index) => ({ text: b.replace(/\.$/u, ''), index, words: words(b) }))
    .filter(
      (b) =>
        b.words <= MAX_ASSERTION_WORDS &&
        !used.has(b.text.toLowerCase()) &&
        !/\?$/u.test(b.text) &&
        // "This has consistently been Russia’s position …" heads nothing it points back to.
        !POINTS_BACK.test(b.text),
    );
  // The bullet that says most, else one that takes a position, else (where the tagger checked
  // its grammar and no filler became a bullet) the first that fits.
  const best =
    fit.find((b) => b.index === lead) ??
    fit.find((b) => isClaim(b.text, lang)) ??
    (isEnglish(lang) ? fit[0] : undefined);
  if (best) used.add(best.text.toLowerCase());
  return best && { text: best.text, index: best.index };
}

/** Openings that point back to what was said before, or go on from it ("Und wenn wir …"). */
const POINTS_BACK =
  /^(?:this|that|these|those|it|such|and|but|so|ce|c’|cela|ceci|et|mais|das|dies|es|und|aber|esto|eso|esta|y|pero|questo|e|ma|isso|dit|dat|en|maar)\b/iu;

/** The bullets with the one that says most first: the headline looks there first. */
function leadFirst(bullets: string[], lead = 0): string[] {
  const first = bullets[lead];
  return first === undefined ? bullets : [first, ...bullets.filter((_, i) => i !== lead)];
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/** `text` when the deck has not used it yet (it is then taken). */
function claim(text: string, used: Set<string>): string | undefined {
  if (used.has(text.toLowerCase())) return undefined;
  used.add(text.toLowerCase());
  return text;
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
    // An author's list takes the sentences into its notes only when nothing else can: its items
    // stay as written, but a lead-in ("four things:") must not be left as an empty slide.
    const near = [prev, next].filter((h): h is Draft => !!h && h.kind !== 'image');
    const free = near.filter((h) => !(h.kind === 'points' && h.bullets));
    const hosts = free.length ? free : near;
    // The neighbour that stays within a minute of speech, else the one that grows least.
    const spoken = (x: Draft) => x.sentences.reduce((n, t) => n + t.words, 0);
    const host =
      hosts.find((h) => spoken(h) + spoken(d) <= MAX_JOINED_WORDS) ??
      [...hosts].sort((a, b) => spoken(a) - spoken(b))[0];
    if (!host) continue;
    join(host, d, host === next);
    out.splice(i--, 1);
  }
  return out;
}

/** Spoken words a points slide made by joining two may cover: no more than one slide may. */
const MAX_JOINED_WORDS = MAX_SPOKEN_WORDS;

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
  const small = (a: Draft, b: Draft) => words(a) + words(b) <= MAX_JOINED_WORDS;
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
    else if (next?.kind === 'quote' && next.sentences[0]?.key === last && small(d, next))
      host = next;
    else if (prev?.kind === 'quote' && prev.sentences.at(-1)?.key === first && small(prev, d))
      host = prev;
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
