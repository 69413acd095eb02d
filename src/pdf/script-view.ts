// The speaker script and handout as plain view data for their Handlebars templates. Pure.
import { withoutUnfinishedAddress } from '../core/text.js';
import { fill, labelsOf, type Labels } from '../core/labels.js';
import { contentArea, sheetCount, sheetSlots, type HandoutLayout } from './handout-layout.js';
import type { Deck, Slide, Stack } from '../core/deck.js';
import { slidesOf } from '../core/deck.js';

/** `m:ss`, or `h:mm:ss` past the hour. */
export function formatDuration(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "title · speaker · event": the running header of the handout and the script. */
export function runningHeader(deck: Deck): string {
  const { title, speaker, event } = deck.meta;
  // "Address to International Leadership Conference 2019 · … · International Leadership
  // Conference 2019": the event once, where the title already names it.
  const named = event && title.toLowerCase().includes(event.toLowerCase());
  return [title, speaker, named ? undefined : event].filter(Boolean).join(' · ');
}

/** Which label names each kind of slide in the script. */
const KIND_LABEL: Record<Slide['kind'], keyof Labels> = {
  title: 'titleSlide',
  outline: 'outline',
  section: 'section',
  points: 'points',
  statement: 'statement',
  quote: 'quotation',
  image: 'image',
  references: 'references',
  closing: 'closing',
};

function onScreen(slide: Slide): string | undefined {
  if (slide.bullets?.length) return slide.bullets.join(' · ');
  if (slide.quote)
    return `“${slide.quote.text}”${slide.quote.attribution ? ` — ${slide.quote.attribution}` : ''}`;
  if (slide.image) return slide.image.alt || slide.image.src;
  return undefined;
}

/** Heading of a stack in the script and the PDF outlines. */
export function stackHeading(stack: Stack, deck: Deck): string {
  const first = stack.slides[0];
  if (stack.section !== undefined) return `${stack.section + 1}. ${first?.title ?? ''}`;
  if (stack.slides.some((s) => s.kind === 'title')) return deck.meta.title;
  if (stack.slides.some((s) => s.kind === 'references')) return labelsOf(deck.meta).references;
  return first?.title ?? labelsOf(deck.meta).closing;
}

export function scriptView(deck: Deck) {
  const labels = labelsOf(deck.meta);
  let number = 0;
  let running = 0;
  const parts = deck.stacks.map((stack) => ({
    heading: stackHeading(stack, deck),
    opening: stack.slides.some((s) => s.kind === 'title'),
    slides: stack.slides.map((slide) => {
      number += 1;
      running += slide.seconds;
      return {
        number,
        kind: labels[KIND_LABEL[slide.kind]],
        title: slide.part
          ? `${slide.title} (${slide.part.index}/${slide.part.count})`
          : slide.title,
        timing: fill(labels.timing, {
          time: formatDuration(slide.seconds),
          running: formatDuration(running),
        }),
        onScreen: onScreen(slide),
        // Rendered by the `inline` helper: emphasis kept, markers as [label].
        paragraphs: slide.notes.spoken,
        asides: slide.notes.asides,
        sources: slide.notes.sources,
      };
    }),
  }));
  const { meta } = deck;
  const bylineParts = [meta.speaker, meta.event, meta.venue, meta.date].filter(Boolean);
  return {
    lang: meta.lang,
    title: meta.title,
    subtitle: meta.subtitle,
    byline: bylineParts.join(' · '),
    // Each part kept on one line: a date broken as "May / 15-17, 2019" reads badly.
    bylineParts,
    header: runningHeader(deck),
    labels,
    // A heading over the sources, so without the notes' trailing colon.
    sourcesTitle: labels.sources.replace(/\s*[:：]\s*$/, ''),
    facts: [
      fill(labels.scriptFacts, {
        slides: slidesOf(deck).length,
        time: formatDuration(deck.totalSeconds),
        wpm: meta.wordsPerMinute,
      }),
      meta.duration === undefined ? '' : fill(labels.slot, { minutes: meta.duration }),
    ]
      .filter(Boolean)
      .join(' · '),
    parts,
  };
}

/** Points, as CSS text: at most 2 decimals. */
const pt = (n: number) => `${Number(n.toFixed(2))}pt`;

/**
 * The handout's HTML: one sheet per `layout` slides, each with the "Slide n" captions where
 * handout-layout.ts puts them (the slides themselves are placed on the printed sheets later), then
 * the references. The captions are real text in the handout's own fonts, so any language shows.
 */
/** What the audience takes home: what the address says, not the frame around it. */
const CONTENT_KINDS = new Set<Slide['kind']>(['points', 'statement', 'quote', 'image']);

/**
 * The slides the handout shows, as indices in presentation order: the content slides. The title,
 * outline, dividers and closing would spend a third of the frames on what the header already
 * says, and the references are printed in full after the sheets. A deck without content slides
 * (dividers only) shows every slide but the references.
 */
export function handoutSlides(deck: Deck): number[] {
  const slides = slidesOf(deck);
  const content = slides.flatMap((slide, i) => (CONTENT_KINDS.has(slide.kind) ? [i] : []));
  if (content.length > 0) return content;
  const skip = deck.footnotes.length > 0;
  return slides.flatMap((slide, i) => (skip && slide.kind === 'references' ? [] : [i]));
}

export function handoutView(
  deck: Deck,
  options: { paper: { width: number; height: number; css: string }; layout: HandoutLayout },
) {
  const labels = labelsOf(deck.meta);
  const { paper, layout } = options;
  const area = contentArea(paper);
  const { width, height } = deck.meta.size;
  const slots = sheetSlots(layout, area, width / height);
  const shown = handoutSlides(deck);
  return {
    lang: deck.meta.lang,
    title: deck.meta.title,
    labels,
    header: runningHeader(deck),
    pageSize: paper.css,
    // A point short of the page's content box, so a sheet never spills onto a page of its own.
    sheetHeight: pt(area.height - 1),
    sheets: Array.from({ length: sheetCount(shown.length, layout) }, (_, s) => ({
      captions: slots
        .map((slot, k) => ({ slot, index: shown[s * layout + k] }))
        .filter((c): c is { slot: (typeof slots)[number]; index: number } => c.index !== undefined)
        // `caption` is a baseline; the box's top sits a cap height (about 0.75 em) above it.
        // Numbered as in the deck, which the speaker's slide numbers show.
        .map(({ slot, index }) => ({
          text: `${labels.slide} ${index + 1}`,
          left: pt(slot.caption.x),
          top: pt(slot.caption.y - 7.5 * 0.75),
        })),
    })),
    references: deck.footnotes.map((f) => ({
      label: f.label,
      // Paper can follow no link, least of all one cut short: the script keeps it as written.
      text: withoutUnfinishedAddress(f.source),
      written: f.ibid ? f.text : undefined,
    })),
  };
}

/** One bookmark per stack (title, each section, references): the page its first slide is on. */
export function deckOutline(deck: Deck, pageOfSlide: (slideIndex: number) => number) {
  let index = 0;
  return deck.stacks.map((stack) => {
    const entry = { title: stackHeading(stack, deck), page: pageOfSlide(index) };
    index += stack.slides.length;
    return entry;
  });
}
