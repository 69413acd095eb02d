// A signposted enumeration ("three lessons. First, … Second, … Third, …", "two major
// considerations: firstly, … and secondly, …") becomes one bullet per item, numbered as the
// speaker numbers them. Items are shortened like any bullet, by leaving words out: an item
// inside one sentence keeps the words it shares with the others ("Moscow hopes that the
// reconciliation" + "will remove …"), which stand before it in the sentence.
import { colonList } from './colon-list.js';
import { afterWeighing } from './bullet.js';
import { condense } from './condense.js';
import { countWords } from '../core/text.js';
import {
  ITEM_SLACK,
  JOINERS,
  keepsOrderWithout,
  MAX_MARKER_WORDS,
  markerAt,
  openingWords,
  SUBORDINATORS,
} from './enumeration-words.js';
import { headingOf, signpostIn } from './signpost.js';
import { isEnglish, render, tokensOf, type Token } from './tokens.js';

export interface Enumeration {
  /** One bullet per item, in order. */
  items: string[];
  /** The sentences (indices into the input) the items come from. */
  sentences: number[];
  /**
   * What announces the list, for the headline: the clause that holds the count when it reads as
   * a headline ("We propose to act now, for two reasons"), else the count phrase ("two major
   * considerations").
   */
  signpost?: string;
  /** Items open each a sentence and none said "finally": the next slide may go on with the list. */
  open?: boolean;
}

/** Ranks must run 1, 2, 3… (a closing "finally" may stand for the next). */
function inSequence(ranks: number[]): boolean {
  return (
    ranks.length >= 2 &&
    ranks.every((r, i) => r === i + 1 || (r === Infinity && i > 0 && i === ranks.length - 1))
  );
}

const rankOpening = (s: string, lang: string) => markerAt(openingWords(s), lang)?.rank;

/** The clause announcing a list in `text` when it heads the list better than its count. */
function announced(text: string | undefined, lang: string): string | undefined {
  if (!text) return undefined;
  const signpost = signpostIn(text, lang);
  return signpost && (headingOf(text, signpost, lang) ?? signpost);
}

/** Words of an item shown whole when it is too short to shorten ("Nous recrutons."). */
const SHORT_ITEM_WORDS = 5;

/** Items that each open a sentence of their own. */
function acrossSentences(
  sentences: string[],
  o: { maxWords: number; lang: string; from?: number },
): Enumeration | undefined {
  const from = o.from ?? 1;
  const marked = sentences
    .map((s, i) => ({ i, rank: rankOpening(s, o.lang) }))
    .filter((m): m is { i: number; rank: number } => m.rank !== undefined);
  const start = marked.findIndex((m) => m.rank === from);
  if (start < 0) return undefined;
  const run = [marked[start]!];
  for (const m of marked.slice(start + 1))
    if (m.rank === from + run.length || m.rank === Infinity) run.push(m);
  // A list continued from the slide before may hold its last item alone.
  const ranks = run.map((m) => (m.rank === Infinity ? m.rank : m.rank - from + 1));
  if (!(from > 1 ? run.length >= 1 && (run.length === 1 || inSequence(ranks)) : inSequence(ranks)))
    return undefined;
  // The number shown replaces the speaker's marker ("Troisièmement, …", "En primer lugar, …").
  // English reads a one-word marker as the sentence's opening connective and leaves it out.
  const items = run.map((m) => {
    const s = sentences[m.i]!;
    const words = markerAt(openingWords(s), o.lang)?.words ?? 0;
    // "Enfin — et c'est le plus important — nous …": the dashes pair around the aside, so the
    // marker goes with the sentence's opening connective, not on its own.
    const dashed = /^[^\p{L}]*[\p{L}’']+\s*[—–]/u.test(s);
    const item = (isEnglish(o.lang) && words === 1) || dashed ? s : withoutMarker(s, words);
    // "Drittens, und das ist mir das Wichtigste: Eine Schiene ist ein Versprechen.": the item.
    const shown = afterWeighing(item) ?? item;
    // "Ensuite, nous recrutons.": an item of two or three words is whole as it stands.
    const short = countWords(shown, o.lang) <= SHORT_ITEM_WORDS && /[.!]$/u.test(shown.trim());
    return condense(shown, o) ?? (short ? shown.trim() : undefined);
  });
  if (items.some((b) => !b)) return undefined;
  // The sentence announcing the list is one of the two before its first item ("… three lessons.").
  const window = sentences.slice(Math.max(0, run[0]!.i - 2), run[0]!.i);
  const announcing = window.findLast((s) => signpostIn(s, o.lang));
  return {
    items: items as string[],
    sentences: run.map((m) => m.i),
    signpost: announced(announcing, o.lang) ?? signpostIn(sentences[run[0]!.i]!, o.lang),
    open: run.at(-1)!.rank !== Infinity,
  };
}

/** The sentence without the `words` of the ordinal marker it opens on, capitalised. */
function withoutMarker(sentence: string, words: number): string {
  const m = new RegExp(`^[^\\p{L}]*(?:[\\p{L}’']+[\\s,:]+){${words}}`, 'u').exec(sentence);
  if (!m || words === 0) return sentence;
  const rest = sentence.slice(m[0].length);
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** Each marker among `tokens`: where it starts, where its item starts, its rank. */
function markersIn(tokens: Token[], lang: string): { i: number; end: number; rank: number }[] {
  const out: { i: number; end: number; rank: number }[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const words = tokens.slice(i, i + MAX_MARKER_WORDS).map((t) => t.lower);
    const m = markerAt(words, lang);
    if (!m) continue;
    out.push({ i, end: i + m.words, rank: m.rank });
    i += m.words - 1;
  }
  return out;
}

/** Items inside one sentence: "…: X hopes that Y, firstly, will A, and secondly, B." */
function withinSentence(
  sentence: string,
  o: { maxWords: number; lang: string },
): string[] | undefined {
  const tokens = tokensOf(sentence, o.lang);
  const marks = markersIn(tokens, o.lang);
  if (!inSequence(marks.map((m) => m.rank))) return undefined;
  // What the items share: the clause before the first marker, from the last colon on.
  const first = marks[0]!.i;
  const shared = tokens.findLastIndex((t, i) => i < first && /:/.test(t.post)) + 1;
  // Every item repeats the words they share ("Moscow hopes that the reconciliation will …"), which
  // the audience reads once: an item may be longer by as many.
  const sharedText = render(tokens, (i) => i >= shared && i < first);
  const slack = Math.max(ITEM_SLACK, Math.min(MAX_SHARED_SLACK, countWords(sharedText, o.lang)));
  const items = marks.map((m, k) => {
    const end = marks[k + 1]?.i ?? tokens.length;
    const keep = new Set<number>();
    for (let i = shared; i < first; i++) keep.add(i);
    // Carry the first item's auxiliary to a later item that starts on a bare verb ("will").
    const own = range(m.end, end).filter(
      (i) => !(i === end - 1 && k < marks.length - 1 && JOINERS.has(tokens[i]!.lower)),
    );
    if (k > 0 && isEnglish(o.lang) && tokens[own[0]!]?.tags.has('Infinitive')) {
      const aux = range(marks[0]!.end, marks[1]!.i).find((i) => tokens[i]!.tags.has('Modal'));
      if (aux !== undefined) keep.add(aux);
    }
    // "…for two reasons: firstly, because it is cheaper" lists reasons: the item is "it is cheaper".
    const lead =
      own[0] !== undefined &&
      keep.size === 0 &&
      keepsOrderWithout(o.lang) &&
      SUBORDINATORS.has(tokens[own[0]]!.lower);
    own.slice(lead ? 1 : 0).forEach((i) => keep.add(i));
    return condense(
      render(tokens, (i) => keep.has(i)),
      { ...o, maxWords: o.maxWords + slack },
    );
  });
  return items.every(Boolean) ? (items as string[]) : undefined;
}

/** More shared words than this make items too long to read on a slide, shared or not. */
const MAX_SHARED_SLACK = 8;

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}

/**
 * Where an enumeration starts: the sentence that announces it ("We propose two steps.", a
 * question the list answers) when one does, else its first item, or the sentence that holds a
 * list of its own ("… for two reasons: firstly, … secondly, …"); undefined when there is none.
 */
export function enumerationStart(sentences: string[], lang: string): number | undefined {
  const first = sentences.findIndex((s) => rankOpening(s, lang) === 1);
  if (first >= 0 && sentences.slice(first + 1).some((s) => rankOpening(s, lang) === 2))
    return first > 0 && signpostIn(sentences[first - 1]!, lang) ? first - 1 : first;
  const holds = sentences.findIndex(
    (s) => inSequence(markersIn(tokensOf(s, lang), lang).map((m) => m.rank)) || colonList(s, lang),
  );
  if (holds < 0) return undefined;
  return holds > 0 && /\?["”»]?$/u.test(sentences[holds - 1]!.trim()) ? holds - 1 : holds;
}

/** The enumeration in a slide's sentences, when the speaker signposts one. */
export function enumerationIn(
  sentences: string[],
  o: { maxWords: number; lang: string; from?: number },
): Enumeration | undefined {
  const across = acrossSentences(sentences, o);
  if (across || (o.from ?? 1) > 1) return across;
  for (let i = 0; i < sentences.length; i++) {
    const items = withinSentence(sentences[i]!, o);
    // The count stands before the items ("For two reasons: …"), not among them ("… in twenty years").
    const head = sentences[i]!.split(/\s?:\s/u)[0];
    if (items) return { items, sentences: [i], signpost: announced(head, o.lang) };
    const listed = colonList(sentences[i]!, o.lang);
    if (listed)
      return {
        items: listed.items,
        sentences: [i],
        signpost: headingOf(sentences[i]!, listed.signpost, o.lang) ?? listed.signpost,
      };
  }
  return undefined;
}
