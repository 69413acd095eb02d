// The words that number a speaker's list, by language: ordinal markers ("firstly", "En primer
// lugar", "ten eerste"), counting words ("two", "trois"), and what opens an item without being
// part of it. Markers may be several words; the longest one a text opens on wins.

/** Ordinal markers that open an item, by language; the rank is the index (0 = "finally"). */
const MARKERS: Record<string, string[][]> = {
  en: [
    ['finally', 'lastly', 'last but not least'],
    ['first', 'firstly', 'first of all', 'in the first place'],
    ['second', 'secondly', 'in the second place'],
    ['third', 'thirdly', 'in the third place'],
    ['fourth', 'fourthly'],
    ['fifth', 'fifthly'],
  ],
  fr: [
    ['enfin', 'en dernier lieu', 'pour finir'],
    [
      'premièrement',
      'primo',
      'd’abord',
      "d'abord",
      'tout d’abord',
      "tout d'abord",
      'en premier lieu',
    ],
    ['deuxièmement', 'secundo', 'ensuite', 'en deuxième lieu', 'en second lieu'],
    ['troisièmement', 'tertio', 'en troisième lieu'],
    ['quatrièmement', 'en quatrième lieu'],
  ],
  de: [
    ['schließlich', 'zuletzt', 'zum schluss'],
    ['erstens', 'zum einen', 'zum ersten'],
    ['zweitens', 'zum anderen', 'zum andern', 'zum zweiten'],
    ['drittens', 'zum dritten'],
    ['viertens'],
  ],
  es: [
    ['finalmente', 'por último', 'en último lugar'],
    ['primero', 'en primer lugar'],
    ['segundo', 'en segundo lugar'],
    ['tercero', 'en tercer lugar'],
    ['cuarto', 'en cuarto lugar'],
  ],
  it: [
    ['infine', 'per finire', 'in ultimo luogo'],
    ['primo', 'in primo luogo', 'innanzitutto'],
    ['secondo', 'in secondo luogo'],
    ['terzo', 'in terzo luogo'],
    ['quarto', 'in quarto luogo'],
  ],
  pt: [
    ['finalmente', 'por fim', 'por último', 'em último lugar'],
    ['primeiro', 'em primeiro lugar'],
    ['segundo', 'em segundo lugar'],
    ['terceiro', 'em terceiro lugar'],
    ['quarto', 'em quarto lugar'],
  ],
  nl: [['ten slotte', 'tot slot'], ['ten eerste'], ['ten tweede'], ['ten derde'], ['ten vierde']],
};

function markersOf(lang: string): string[][] {
  return MARKERS[lang.toLowerCase().slice(0, 2)] ?? [];
}

/** Words of the longest marker of any language, so a caller knows how far to look. */
export const MAX_MARKER_WORDS = 4;

/**
 * The marker `words` begin with (lower-case words, punctuation off): its rank (1, 2, 3…;
 * Infinity for "finally") and how many words it takes; undefined when they begin with none.
 */
export function markerAt(
  words: readonly string[],
  lang: string,
): { rank: number; words: number } | undefined {
  let best: { rank: number; words: number } | undefined;
  // The planner asks at every word of every sentence: look up only markers opening on this word.
  for (const { rank, parts } of byFirstWord(lang).get(words[0] ?? '') ?? []) {
    if (parts.length <= (best?.words ?? 0)) continue;
    if (parts.every((p, k) => words[k] === p)) best = { rank, words: parts.length };
  }
  return best;
}

type MarkerIndex = Map<string, { rank: number; parts: string[] }[]>;
const indexes = new Map<string, MarkerIndex>();

function byFirstWord(lang: string): MarkerIndex {
  const key = lang.toLowerCase().slice(0, 2);
  let index = indexes.get(key);
  if (index) return index;
  index = new Map();
  markersOf(lang).forEach((set, at) => {
    for (const marker of set) {
      const parts = marker.split(' ');
      const list = index!.get(parts[0]!) ?? [];
      list.push({ rank: at === 0 ? Infinity : at, parts });
      index!.set(parts[0]!, list);
    }
  });
  indexes.set(key, index);
  return index;
}

/** The lower-case words a text opens on, its leading punctuation and quotation marks off. */
export function openingWords(text: string): string[] {
  return text
    .trim()
    .replace(/^[^\p{L}]+/u, '')
    .toLowerCase()
    .split(/[\s,:;]+/u, MAX_MARKER_WORDS);
}

/** Counting words that announce a list, by language; the index is the count. */
export const COUNTS: Record<string, string[]> = {
  en: ['', '', 'two', 'three', 'four', 'five', 'six'],
  fr: ['', '', 'deux', 'trois', 'quatre', 'cinq', 'six'],
  de: ['', '', 'zwei', 'drei', 'vier', 'fünf', 'sechs'],
  es: ['', '', 'dos', 'tres', 'cuatro', 'cinco', 'seis'],
  it: ['', '', 'due', 'tre', 'quattro', 'cinque', 'sei'],
  pt: ['', '', 'dois', 'três', 'quatro', 'cinco', 'seis'],
  nl: ['', '', 'twee', 'drie', 'vier', 'vijf', 'zes'],
};

export function countsOf(lang: string): string[] {
  return COUNTS[lang.toLowerCase().slice(0, 2)] ?? [];
}

/** Words that open a reason ("because it is cheaper"): a list of reasons shows the reason. */
export const SUBORDINATORS = new Set([
  'because',
  'since',
  'as',
  'parce',
  'car',
  'weil',
  'da',
  'porque',
  'perché',
  'omdat',
]);

/**
 * A clause keeps main-clause word order once its "because" is left out: not in German or Dutch,
 * where "weil die Netze … fertig werden" puts the verb last.
 */
export function keepsOrderWithout(lang: string): boolean {
  return !['de', 'nl'].includes(lang.toLowerCase().slice(0, 2));
}

/**
 * What opens an item but is not part of it: a marker ("d’une part,", "on the other hand,",
 * "firstly,") and then a "because" (the list is of reasons; the item is the reason itself).
 */
export const ITEM_OPENER =
  /^(?:(?:d[’']une part|d[’']autre part|on the one hand|on the other hand|on the other|einerseits|andererseits|zum einen|zum anderen|por un lado|por otro lado|por una parte|por otra parte|da un lato|dall[’']altro|first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|premièrement|deuxièmement|troisièmement|enfin|erstens|zweitens|drittens|primero|segundo|tercero),\s*|(?:because|since|parce que|parce qu[’']|car|porque|perché)\s*)/iu;

/** The "and" that joins one item to the next marker ("…border, and secondly, …"). */
export const JOINERS = new Set(['and', 'or', 'et', 'und', 'y', 'e', 'en']);

/** An item repeats the words it shares with the others, so it may run a little longer. */
export const ITEM_SLACK = 3;
