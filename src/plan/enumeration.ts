// A signposted enumeration ("three lessons. First, … Second, … Third, …", "two major
// considerations: firstly, … and secondly, …") becomes one bullet per item, numbered as the
// speaker numbers them. Items are shortened like any bullet, by leaving words out: an item
// inside one sentence keeps the words it shares with the others ("Moscow hopes that the
// reconciliation" + "will remove …"), which stand before it in the sentence.
import { condense } from './condense.js';
import { isEnglish, render, tokensOf, type Token } from './tokens.js';

/** Ordinal markers that open an item, by language; the rank is the index (0 = "finally"). */
const MARKERS: Record<string, string[][]> = {
  en: [
    ['finally', 'lastly'],
    ['first', 'firstly'],
    ['second', 'secondly'],
    ['third', 'thirdly'],
    ['fourth', 'fourthly'],
    ['fifth', 'fifthly'],
  ],
  fr: [
    ['enfin'],
    ['premièrement', 'primo', 'd’abord', "d'abord"],
    ['deuxièmement', 'secundo', 'ensuite'],
    ['troisièmement', 'tertio'],
    ['quatrièmement'],
  ],
  de: [['schließlich', 'zuletzt'], ['erstens'], ['zweitens'], ['drittens'], ['viertens']],
  es: [['finalmente', 'por último'], ['primero'], ['segundo'], ['tercero'], ['cuarto']],
  it: [['infine'], ['primo'], ['secondo'], ['terzo'], ['quarto']],
  pt: [['finalmente', 'por fim'], ['primeiro'], ['segundo'], ['terceiro'], ['quarto']],
  nl: [['ten slotte', 'tot slot'], ['ten eerste'], ['ten tweede'], ['ten derde'], ['ten vierde']],
};

function markersOf(lang: string): string[][] {
  return MARKERS[lang.toLowerCase().slice(0, 2)] ?? [];
}

/** The rank of a marker word (1, 2, 3…; "finally" is the last), or undefined. */
function rankOf(word: string, lang: string): number | undefined {
  const at = markersOf(lang).findIndex((set) => set.includes(word.toLowerCase()));
  return at < 0 ? undefined : at === 0 ? Infinity : at;
}

export interface Enumeration {
  /** One bullet per item, in order. */
  items: string[];
  /** The sentences (indices into the input) the items come from. */
  sentences: number[];
  /** The phrase that announces the list ("two major considerations"), when there is one. */
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

const opening = (s: string) =>
  s
    .trim()
    .replace(/^[^\p{L}]+/u, '')
    .split(/[\s,:]+/u, 1)[0] ?? '';

/** Items that each open a sentence of their own. */
function acrossSentences(
  sentences: string[],
  o: { maxWords: number; lang: string; from?: number },
): Enumeration | undefined {
  const from = o.from ?? 1;
  const marked = sentences
    .map((s, i) => ({ i, rank: rankOf(opening(s), o.lang) }))
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
  // The number shown replaces the speaker's marker ("Troisièmement, …", "Drittens: …").
  // English reads the marker as the sentence's opening connective and leaves it out itself.
  const items = run.map((m) =>
    condense(isEnglish(o.lang) ? sentences[m.i]! : withoutMarker(sentences[m.i]!), o),
  );
  if (items.some((b) => !b)) return undefined;
  const before = sentences.slice(Math.max(0, run[0]!.i - 2), run[0]!.i + 1).join(' ');
  return {
    items: items as string[],
    sentences: run.map((m) => m.i),
    signpost: signpostIn(before, o.lang),
    open: run.at(-1)!.rank !== Infinity,
  };
}

/** The sentence without the ordinal marker it opens on, capitalised. */
function withoutMarker(sentence: string): string {
  const m = /^\s*[\p{L}’']+(?:\s[\p{L}’']+)?\s*[,:]\s*/u.exec(sentence);
  if (!m) return sentence;
  const rest = sentence.slice(m[0].length);
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** Items inside one sentence: "…: X hopes that Y, firstly, will A, and secondly, B." */
function withinSentence(
  sentence: string,
  o: { maxWords: number; lang: string },
): string[] | undefined {
  const tokens = tokensOf(sentence, o.lang);
  const marks = tokens
    .map((t, i) => ({ i, rank: rankOf(t.lower, o.lang) }))
    .filter((m): m is { i: number; rank: number } => m.rank !== undefined && m.i > 0);
  if (!inSequence(marks.map((m) => m.rank))) return undefined;
  // What the items share: the clause before the first marker, from the last colon on.
  const first = marks[0]!.i;
  const shared = tokens.findLastIndex((t, i) => i < first && /:/.test(t.post)) + 1;
  const items = marks.map((m, k) => {
    const end = marks[k + 1]?.i ?? tokens.length;
    const keep = new Set<number>();
    for (let i = shared; i < first; i++) keep.add(i);
    // Carry the first item's auxiliary to a later item that starts on a bare verb ("will").
    const own = range(m.i + 1, end).filter(
      (i) => !(i === end - 1 && k < marks.length - 1 && isJoiner(tokens[i]!)),
    );
    if (k > 0 && isEnglish(o.lang) && tokens[own[0]!]?.tags.has('Infinitive')) {
      const aux = range(marks[0]!.i + 1, marks[1]!.i).find((i) => tokens[i]!.tags.has('Modal'));
      if (aux !== undefined) keep.add(aux);
    }
    // "…for two reasons: firstly, because it is cheaper" lists reasons: the item is "it is cheaper".
    const lead =
      own[0] !== undefined && keep.size === 0 && SUBORDINATORS.has(tokens[own[0]]!.lower);
    own.slice(lead ? 1 : 0).forEach((i) => keep.add(i));
    return condense(
      render(tokens, (i) => keep.has(i)),
      { ...o, maxWords: o.maxWords + ITEM_SLACK },
    );
  });
  return items.every(Boolean) ? (items as string[]) : undefined;
}

const SUBORDINATORS = new Set(['because', 'since', 'as', 'parce', 'car', 'weil', 'da', 'porque']);

/** An item repeats the words it shares with the others, so it may run a little longer. */
const ITEM_SLACK = 3;

/** The "and" that joins one item to the next marker ("…border, and secondly, …"). */
function isJoiner(t: Token): boolean {
  return ['and', 'or', 'et', 'und', 'y', 'e', 'en'].includes(t.lower);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}

/** "two major considerations", "three lessons": a number, its adjectives, a plural noun. */
function signpostIn(text: string, lang: string): string | undefined {
  if (!isEnglish(lang)) {
    // Untagged: a counting word and the word it counts ("trois leçons", "drei Lehren").
    const counts = COUNTS[lang.toLowerCase().slice(0, 2)] ?? [];
    const words = text.split(/\s+/u);
    // The count nearest the list announces it ("Fünf Jahre später … in drei Lehren").
    const at = words.findLastIndex(
      (w, i) => i < words.length - 1 && counts.includes(w.toLowerCase()),
    );
    return at < 0 ? undefined : `${words[at]} ${words[at + 1]!.replace(/[\p{P}]+$/u, '')}`;
  }
  const tokens = tokensOf(text, lang);
  // The count nearest the list announces it ("Nearly two thousand people answered. … three
  // findings"); a number's second word ("two | thousand") counts nothing.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!t.tags.has('Value') || t.tags.has('Ordinal') || /\d/.test(t.text)) continue;
    if (tokens[i - 1]?.tags.has('Value')) continue;
    let j = i + 1;
    while (
      j < tokens.length &&
      tokens[j]!.tags.has('Adjective') &&
      !/[,.:;]/.test(tokens[j - 1]!.post)
    )
      j++;
    const noun = tokens[j];
    if (noun?.tags.has('Plural') && !/[,;]/.test(tokens[j - 1]!.post)) {
      return render(tokens, (k) => k >= i && k <= j).replace(/[\s\p{P}]+$/u, '');
    }
  }
  return undefined;
}

/**
 * Where an enumeration across sentences starts: the sentence that announces it ("We propose two
 * steps.") when one does, else its first item; undefined when there is none.
 */
export function enumerationStart(sentences: string[], lang: string): number | undefined {
  const first = sentences.findIndex((s) => rankOf(opening(s), lang) === 1);
  if (first < 0 || !sentences.slice(first + 1).some((s) => rankOf(opening(s), lang) === 2))
    return undefined;
  return first > 0 && signpostIn(sentences[first - 1]!, lang) ? first - 1 : first;
}

/** Counting words that announce a list, by language; the index is the count. */
const COUNTS: Record<string, string[]> = {
  en: ['', '', 'two', 'three', 'four', 'five', 'six'],
  fr: ['', '', 'deux', 'trois', 'quatre', 'cinq', 'six'],
  de: ['', '', 'zwei', 'drei', 'vier', 'fünf', 'sechs'],
  es: ['', '', 'dos', 'tres', 'cuatro', 'cinco', 'seis'],
  it: ['', '', 'due', 'tre', 'quattro', 'cinque', 'sei'],
  pt: ['', '', 'dois', 'três', 'quatro', 'cinco', 'seis'],
  nl: ['', '', 'twee', 'drie', 'vier', 'vijf', 'zes'],
};

/**
 * What opens an item but is not part of it: a marker ("d’une part,", "on the other hand,",
 * "firstly,") and then a "because" (the list is of reasons; the item is the reason itself).
 */
const ITEM_OPENER =
  /^(?:(?:d[’']une part|d[’']autre part|on the one hand|on the other hand|on the other|einerseits|andererseits|por un lado|por otro lado|da un lato|dall[’']altro|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|premièrement|deuxièmement|troisièmement|enfin|erstens|zweitens|drittens),\s*|(?:because|since|parce que|parce qu[’']|car|weil|da|porque|perché|omdat)\s*)/iu;

/** Words between the count and the colon, at most ("three concrete commitments:"). */
const MAX_SIGNPOST_WORDS = 4;

/** Words an item of a colon list may have: it is a phrase, not a sentence to shorten. */
const MAX_ITEM_WORDS = 16;

/**
 * Items after a colon that a count announces: "…, trois engagements : un observatoire… ; un
 * volume… ; et un fonds…". Separated by semicolons, or by commas when every item is short; as many
 * as the count says. Each item is shown as written, its joining "and" and end punctuation left off.
 */
function colonList(sentence: string, lang: string): Enumeration | undefined {
  const counts = COUNTS[lang.toLowerCase().slice(0, 2)] ?? [];
  const colon = sentence.search(/\s?:\s/u);
  if (colon < 0) return undefined;
  const head = sentence.slice(0, colon).trim().split(/\s+/u);
  const at = head.findLastIndex((w) => counts.includes(w.toLowerCase()));
  if (at < 0 || head.length - at > MAX_SIGNPOST_WORDS + 1) return undefined;
  const wanted = counts.indexOf(head[at]!.toLowerCase());
  const rest = sentence.slice(sentence.indexOf(':', colon) + 1).replace(/[.!?…]+\s*$/u, '');
  const joiner = /^(?:and|or|et|ou|und|oder|y|o|e|en|of)\s+/iu;
  const split = (sep: RegExp) =>
    rest
      .split(sep)
      .map((x) => x.trim().replace(joiner, '').trim())
      .filter(Boolean);
  let items = split(/\s*;\s*/u);
  if (items.length < 2) {
    items = split(/\s*,\s*|\s+(?:and|or|et|ou|und|oder|y|o|e|en)\s+/iu);
    if (items.some((x) => x.split(/\s+/u).length > MAX_ITEM_WORDS / 2)) return undefined;
  }
  if (items.length !== wanted || items.some((x) => x.split(/\s+/u).length > MAX_ITEM_WORDS))
    return undefined;
  if (items.some((x) => /[“”"«»„(]/u.test(x))) return undefined;
  return {
    items: items.map((x) => {
      const bare = x.replace(ITEM_OPENER, '').replace(ITEM_OPENER, '');
      return bare.charAt(0).toLocaleUpperCase() + bare.slice(1);
    }),
    sentences: [],
    signpost: head
      .slice(at)
      .join(' ')
      .replace(/[\s\p{P}]+$/u, ''),
  };
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
    if (items) return { items, sentences: [i], signpost: signpostIn(sentences[i]!, o.lang) };
    const listed = colonList(sentences[i]!, o.lang);
    if (listed) return { ...listed, sentences: [i] };
  }
  return undefined;
}
