// A section's drafts before they become slides: an author's points shared out over the slides
// their text made, an enumeration a quote slide interrupts carried on, and a slide left with no
// bullet or a single one joined to its neighbour.
import type { Draft } from './chunk-section.js';
import { MAX_SPOKEN_WORDS } from './chunk-run.js';
import { countWords } from '../core/text.js';
import { planPoints } from './key-points.js';
import { extracted, lastResort, planned, sourcesOf, type SlideContext } from './slide-bullets.js';

/**
 * The author's items of each points group, shared out in order over the slides the group made,
 * never fewer than two to a slide: the author's points are not split below what they wrote.
 */
export function authorBullets(drafts: Draft[], groups: string[][]): Map<Draft, string[]> {
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

/**
 * An enumeration across sentences that a quotation's slide interrupts ("First, … Second, …" then
 * the quote, then "Third, …") goes on, numbered from where it stopped, on the next points slide
 * that continues it: its items become that slide's bullets.
 */
export function continueLists(
  drafts: Draft[],
  author: Map<Draft, string[]>,
  ctx: SlideContext,
): void {
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

/**
 * A points slide whose sentences give no bullet (say, only a quotation that did not get its own
 * slide) would be an empty slide: its sentences join the slide before it (or after it).
 */
export function mergeBare(
  drafts: Draft[],
  author: Map<Draft, string[]>,
  ctx: SlideContext,
): Draft[] {
  const out = [...drafts];
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    if (d.kind !== 'points' || d.bullets || author.has(d) || extracted(d.sentences, ctx).length)
      continue;
    const prev = out[i - 1]?.breakAfter ? undefined : out[i - 1];
    const next = d.breakAfter ? undefined : out[i + 1];
    // An author's list takes the sentences into its notes only when nothing else can: its items
    // stay as written, but a lead-in ("four things:") must not be left as an empty slide.
    // Sentences before a quotation's slide lead into it ("Putin reconfirmed this approach …"):
    // they are spoken on it.
    const order = next?.kind === 'quote' ? [next, prev] : [prev, next];
    const near = order.filter((h): h is Draft => !!h && h.kind !== 'image');
    const free = near.filter((h) => !(h.kind === 'points' && h.bullets));
    const hosts = free.length ? free : near;
    // The neighbour that stays within a minute of speech; else the slide stays, showing a whole
    // sentence of its own, when it has one; else the neighbour that grows least.
    const spoken = (x: Draft) => x.sentences.reduce((n, t) => n + t.words, 0);
    const fitting = hosts.find((h) => spoken(h) + spoken(d) <= MAX_JOINED_WORDS);
    if (!fitting && lastResort(d.sentences, ctx).length) continue;
    const host = fitting ?? [...hosts].sort((a, b) => spoken(a) - spoken(b))[0];
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
export function mergeSparse(
  drafts: Draft[],
  author: Map<Draft, string[]>,
  ctx: SlideContext,
): Draft[] {
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
    if (loneItemJoinsQuote(out, i, small)) {
      out.splice(i--, 1);
      continue;
    }
    if (!isFree(d, author) || extracted(d.sentences, ctx).length !== 1) continue;
    // Never across the author's break.
    const prev = out[i - 1]?.breakAfter ? undefined : out[i - 1];
    const next = d.breakAfter ? undefined : out[i + 1];
    const first = d.sentences[0]?.key;
    const last = d.sentences.at(-1)?.key;
    // What a paragraph says after its list ("… for two reasons: …. We will raise night staffing to
    // one nurse for every eight patients.") is the proposal the list argues for: it keeps its
    // slide rather than go back behind the numbered reasons.
    const proposal =
      !!prev &&
      prev.kind === 'points' &&
      planned(prev.sentences, ctx).ordered &&
      prev.sentences.at(-1)?.key === first;
    let host: Draft | undefined;
    if (proposal) host = undefined;
    else if (isFree(prev, author) && fits(prev!, d)) host = prev;
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

/**
 * An enumeration continued after a quotation with only its last item left ("3. The people on the
 * ground already knew." before the porter's “The ward goes quiet …” of the same paragraph) is no
 * slide of its own: the item heads the quote slide that bears it out, and is spoken there.
 */
function loneItemJoinsQuote(
  drafts: Draft[],
  i: number,
  small: (a: Draft, b: Draft) => boolean,
): boolean {
  const d = drafts[i]!;
  const next = d.breakAfter ? undefined : drafts[i + 1];
  if (d.kind !== 'points' || d.start === undefined || d.bullets?.length !== 1) return false;
  if (next?.kind !== 'quote' || next.point || next.sentences[0]?.key !== d.sentences.at(-1)?.key)
    return false;
  if (!small(d, next)) return false;
  // Numbered as the list it ends, so the audience reads it as the list's last item.
  next.point = `${d.start}. ${d.bullets[0]}`;
  join(next, d, true);
  return true;
}
