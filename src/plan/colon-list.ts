// A list written after a colon that a count announces ("…, trois engagements : un observatoire… ;
// un volume… ; et un fonds…"): each item is a phrase, shown as written.
import { countsOf, ITEM_OPENER } from './enumeration-words.js';

export interface ColonList {
  items: string[];
  /** The count and what it counts ("trois engagements"). */
  signpost: string;
}

/** Words between the count and the colon, at most ("three concrete commitments:"). */
const MAX_SIGNPOST_WORDS = 4;

/** Words an item of a colon list may have: it is a phrase, not a sentence to shorten. */
const MAX_ITEM_WORDS = 16;

/**
 * The items after the colon, separated by semicolons, or by commas when every item is short; as
 * many as the count says. Each item loses its joining "and" and end punctuation.
 */
export function colonList(sentence: string, lang: string): ColonList | undefined {
  const counts = countsOf(lang);
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
    signpost: head
      .slice(at)
      .join(' ')
      .replace(/[\s\p{P}]+$/u, ''),
  };
}
