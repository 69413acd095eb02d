// A section's blocks → slide drafts in the address's order: points slides over runs of sentences,
// a quote slide where a chosen quotation stands (its sentences move there), list, image and
// blockquote slides; breaks and the author's points blocks start a new slide.
import type { Block, ImageBlock, Section } from '../core/address.js';
import type { PlanOptions } from '../core/plan-options.js';
import type { QuoteContent } from '../core/deck.js';
import { sliceMarks, withMarks } from '../core/inline-marks.js';
import { chunkRun, MAX_SPOKEN_WORDS } from './chunk-run.js';
import {
  blockKey,
  sourceAfter,
  type ParagraphQuotes,
  type QuoteCandidate,
} from './quote-candidates.js';
import { enumerationIn, enumerationStart } from './enumeration.js';
import { excerpt } from './quote-excerpt.js';
import { markLeaningSentences } from './leaning-sentences.js';
import { sentenceText, sentencesOf, type Sentence } from './units.js';
import type { Footnote } from '../core/address.js';

type DraftBody =
  | {
      kind: 'points';
      sentences: Sentence[];
      bullets?: string[];
      /** The author's numbered list, or an enumeration the slide before began. */
      ordered?: boolean;
      /** An enumeration continued from the slide before: the number of its first item. */
      start?: number;
      /** The phrase announcing the continued enumeration, for the same headline. */
      signpost?: string;
      group?: number;
      line: number;
      asides: string[];
    }
  | {
      kind: 'quote';
      sentences: Sentence[];
      quote: QuoteContent;
      /** The last item of an enumeration the quotation bears out, shown above it. */
      point?: string;
      line: number;
      asides: string[];
    }
  | { kind: 'image'; image: ImageBlock; sentences: Sentence[]; line: number; asides: string[] };

/** The author's break after a draft: later passes must not join it with the next one. */
export type Draft = DraftBody & { breakAfter?: boolean };

export interface SectionContext {
  lang: string;
  options: PlanOptions;
  footnotes: Footnote[];
  paragraphs: Map<string, ParagraphQuotes>;
  /** The quotations of each paragraph granted a slide, in the paragraph's order. */
  chosen: Map<string, QuoteCandidate[]>;
}

interface State {
  lang: string;
  /** Words of a bullet at most (an enumeration's items are bullets). */
  maxWords: number;
  drafts: Draft[];
  run: Sentence[];
  asides: string[];
  /** The author's points block governing the points slides now being made. */
  group?: number;
  groups: string[][];
}

/**
 * A run is cut where a signposted enumeration starts, so the list gets a slide of its own and the
 * sentences before it keep theirs (they would otherwise go unshown behind the numbered items).
 */
function runsOf(run: Sentence[], lang: string, maxWords: number): Sentence[][] {
  const texts = run.map(sentenceText);
  const at = enumerationStart(texts, lang);
  if (at === undefined) return [run];
  // One sentence before a list stays with it, unless it holds a list of its own; so do a few
  // short ones ("When the water went down, we did what councils do. We held an inquiry."),
  // which would make a slide of a set-up line.
  const lead = run.slice(0, at).reduce((n, s) => n + s.words, 0);
  const before =
    (at >= 2 && lead >= MIN_LEAD_WORDS) ||
    (at > 0 && enumerationIn(texts.slice(0, at), { maxWords, lang }));
  if (before) return [run.slice(0, at), ...listFirst(run.slice(at), lang, maxWords)];
  return listFirst(run, lang, maxWords);
}

/** Spoken words before a list, at least, that make a slide of their own. */
const MIN_LEAD_WORDS = 20;

/** Spoken words a list's slide may hold to keep the list whole ("about 150"). */
const LIST_WORDS = 170;

/** Words after a list, at least, that say something of their own rather than close it. */
const MIN_AFTER_LIST_WORDS = 20;

/**
 * A run that opens on a list: the list, then what follows it cut the same way when it holds a
 * list of its own ("…por dos razones: primero, … segundo, …" then "Daremos tres pasos. Primero,
 * …"), so that each list gets its slide.
 */
function listFirst(run: Sentence[], lang: string, maxWords: number): Sentence[][] {
  const texts = run.map(sentenceText);
  const list = enumerationIn(texts, { maxWords, lang });
  const end = list ? Math.max(...list.sentences) + 1 : run.length;
  const rest = run.slice(end);
  if (!rest.length) return [run];
  // "… for two reasons: first, …; second, …. We will raise night staffing to one nurse for every
  // eight patients. It will cost us £2.4 million a year.": what follows the reasons is the
  // proposal they argue for, and gets a slide of its own rather than the list's notes.
  // (A paragraph after the list's own closes it: "None of this is new. None of it is free.")
  const key = run[end - 1]?.key;
  const same = rest.findIndex((s) => s.key !== key);
  const after = same < 0 ? rest : rest.slice(0, same);
  // A list that may go on ("Troisième, …" in the next sentences) keeps them.
  const more = !list?.open && after.reduce((n, s) => n + s.words, 0) >= MIN_AFTER_LIST_WORDS;
  if (more)
    return [
      run.slice(0, end),
      after,
      ...(same < 0 ? [] : runsOf(rest.slice(same), lang, maxWords)),
    ];
  if (enumerationStart(rest.map(sentenceText), lang) === undefined) return [run];
  return [run.slice(0, end), ...runsOf(rest, lang, maxWords)];
}

function flush(st: State): void {
  const runs = runsOf(st.run, st.lang, st.maxWords);
  const chunks = runs.flatMap((run) => {
    const list = enumerationIn(run.map(sentenceText), { maxWords: st.maxWords, lang: st.lang });
    if (!list || list.sentences.length < 2) return chunkRun(run);
    // A list a little over a minute stays whole rather than leave its last item alone.
    const words = run.reduce((n, s) => n + s.words, 0);
    return chunkRun(run, words <= LIST_WORDS ? LIST_WORDS : MAX_SPOKEN_WORDS, list.sentences);
  });
  for (const sentences of chunks) {
    st.drafts.push({
      kind: 'points',
      sentences,
      group: st.group,
      line: sentences[0]!.line,
      asides: [],
    });
  }
  st.run = [];
}

/** Asides waiting for the next sentence or slide go to it. */
function addSentences(st: State, sentences: Sentence[]): void {
  if (sentences.length && st.asides.length) {
    sentences[0]!.asides.push(...st.asides);
    st.asides = [];
  }
  st.run.push(...sentences);
}

function push(st: State, draft: Draft): void {
  flush(st);
  draft.asides.push(...st.asides);
  st.asides = [];
  st.drafts.push(draft);
}

function paragraph(
  st: State,
  block: Extract<Block, { kind: 'paragraph' }>,
  key: string,
  ctx: SectionContext,
) {
  const pq = ctx.paragraphs.get(key);
  const quotes = pq?.quotations.flatMap((q) =>
    q.parts.map((p) => ({ open: p.open, close: p.close })),
  );
  const sentences = sentencesOf(block, {
    key,
    line: block.line,
    lang: ctx.lang,
    quotes,
    spans: pq?.spans,
  });
  let at = 0;
  for (const chosen of ctx.chosen.get(key) ?? []) {
    addSentences(st, sentences.slice(at, chosen.first));
    const quoted = sentences.slice(chosen.first, chosen.last + 1);
    push(st, {
      kind: 'quote',
      sentences: quoted,
      quote: chosen.quote,
      line: block.line,
      asides: [],
    });
    at = chosen.last + 1;
  }
  addSentences(st, sentences.slice(at));
}

function blockquote(
  st: State,
  block: Extract<Block, { kind: 'blockquote' }>,
  key: string,
  ctx: SectionContext,
) {
  const sentences = sentencesOf(block, { key, line: block.line, lang: ctx.lang });
  const shown = excerpt(block.text, ctx.options.maxQuoteWords, ctx.lang);
  // The excerpt is the quotation's beginning: its emphasis is the quotation's, cut there.
  const marks = sliceMarks(block.marks, 0, shown.text.length);
  const quote: QuoteContent = withMarks(
    {
      text: shown.text,
      attribution: block.attribution,
      source: sourceAfter(block, 0, ctx.footnotes),
      excerpted: shown.excerpted,
    },
    marks,
  );
  push(st, { kind: 'quote', sentences, quote, line: block.line, asides: [] });
}

function list(
  st: State,
  block: Extract<Block, { kind: 'list' }>,
  key: string,
  ctx: SectionContext,
) {
  const max = Math.max(1, ctx.options.maxBullets);
  for (let i = 0; i < block.items.length; i += max) {
    const items = block.items.slice(i, i + max);
    const sentences = items.flatMap((item, k) =>
      sentencesOf(item, { key: `${key}:${i + k}`, line: block.line, lang: ctx.lang }),
    );
    const bullets = items.map((item) => item.text.trim());
    push(st, {
      kind: 'points',
      sentences,
      bullets,
      ordered: block.ordered,
      line: block.line,
      asides: [],
    });
  }
}

/** Drafts for one section, plus asides left over at its end when it has no slide to carry them. */
export function draftSection(
  section: Section,
  ctx: SectionContext,
): { drafts: Draft[]; groups: string[][]; asides: string[] } {
  const st: State = {
    lang: ctx.lang,
    maxWords: ctx.options.maxBulletWords,
    drafts: [],
    run: [],
    asides: [],
    groups: [],
  };
  section.blocks.forEach((block, b) => {
    const key = blockKey(section.index, b);
    switch (block.kind) {
      case 'paragraph':
        return paragraph(st, block, key, ctx);
      case 'blockquote':
        return blockquote(st, block, key, ctx);
      case 'list':
        return list(st, block, key, ctx);
      case 'image':
        return push(st, {
          kind: 'image',
          image: block,
          sentences: [],
          line: block.line,
          asides: [],
        });
      case 'aside':
        return void st.asides.push(block.text);
      case 'break': {
        flush(st);
        const before = st.drafts.at(-1);
        if (before) before.breakAfter = true;
        st.group = undefined;
        return;
      }
      case 'points':
        flush(st);
        st.group = st.groups.push(block.items) - 1;
        return;
    }
  });
  flush(st);
  markLeaningSentences(
    st.drafts.flatMap((d) => d.sentences),
    ctx.lang,
  );
  const last = st.drafts[st.drafts.length - 1];
  if (last && st.asides.length) last.asides.push(...st.asides.splice(0));
  return { drafts: st.drafts, groups: st.groups, asides: st.asides };
}
