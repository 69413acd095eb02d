// The words that announce a speaker's list: the count phrase ("two major considerations", "trois
// leçons"), and the clause that holds it ("Russia always welcomed all moves by the two Korean
// states … because of two major considerations"), which says what the list is for and so makes
// a better headline than the count alone.
import { condense } from './condense.js';
import { countsOf, JOINERS, SUBORDINATORS, keepsOrderWithout } from './enumeration-words.js';
import { languageWords } from './languages.js';
import { isEnglish, render, tokensOf } from './tokens.js';

/** "two major considerations", "three lessons": a number, its adjectives, a plural noun. */
export function signpostIn(text: string, lang: string): string | undefined {
  if (!isEnglish(lang)) {
    // Untagged: a counting word and the word it counts ("trois leçons", "drei Lehren").
    const counts = countsOf(lang);
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
 * Longest announcing clause a headline may be: a headline is read at a glance. Untagged, a clause
 * is shown whole or not at all, so it must be shorter.
 */
const MAX_HEADING_WORDS = 16;
const MAX_UNTAGGED_HEADING_WORDS = 12;

/**
 * "Here is what we propose, for two reasons": a clause that points ahead names nothing yet, so
 * the count alone heads the list.
 */
const POINTS_AHEAD =
  /\b(?:here is|here are|this is what|these are|as follows|the following|voici|voilà|hier ist|folgendes|he aquí|ecco)\b/iu;

/**
 * A clause that leans on what came before ("What it taught us …", "Ich fasse es in drei Lehren
 * zusammen") says less on its own than the count it holds.
 */
const LEANS_BACK: Record<string, RegExp> = {
  en: /(?:^|\s)(?:it|its|they|them|their|what|this|that|these|those)(?=[\s,.;:!?]|$)/iu,
  fr: /(?:^|\s)(?:c[’']|(?:ce|cela|ça|il|ils|elle|elles)(?=[\s,.;:!?]|$))/iu,
  de: /(?:^|\s)(?:es|das|dies)(?=[\s,.;:!?]|$)/iu,
  es: /(?:^|\s)(?:eso|esto|ello|lo)(?=[\s,.;:!?]|$)/iu,
  // "Si riassume in tre risultati": an impersonal "si" opening the clause leans on what came before.
  it: /(?:^si\s|(?:^|\s)(?:esso|essa|ciò|questo|quello)(?=[\s,.;:!?]|$))/iu,
  pt: /(?:^|\s)(?:isso|isto|ele|ela)(?=[\s,.;:!?]|$)/iu,
  nl: /(?:^|\s)(?:dat|dit)(?=[\s,.;:!?]|$)/iu,
};

/**
 * A clause whose subject is the speaker ("I will spare you …", "je retiens trois leçons", "me
 * quedo con tres conclusiones") speaks of the talk, not of its matter: the count alone heads the
 * list. "We propose to act now" speaks for a body and stays.
 */
const SPEAKS_OF_ITSELF: Record<string, RegExp> = {
  en: /(?:^|\s)I(?=[\s’']|$)/u,
  fr: /(?:^|\s)(?:je|j[’'])/iu,
  de: /(?:^|\s)ich(?=[\s,.;:!?]|$)/iu,
  es: /(?:^|\s)(?:yo|me)(?=\s)/iu,
  it: /(?:^|\s)(?:io|mi)(?=\s)/iu,
  pt: /(?:^|\s)(?:eu|me)(?=\s)/iu,
  nl: /(?:^|\s)(?:ik)(?=[\s,.;:!?]|$)/iu,
};

/**
 * The clause of `text` that holds `signpost`, shortened to a headline by leaving words out:
 * "So we propose to act now, for two reasons" gives "We propose to act now, for two reasons".
 * Undefined when no clause both keeps the count phrase and reads as a statement.
 */
export function headingOf(text: string, signpost: string, lang: string): string | undefined {
  const head = withoutConnective(text.split(/\s?:\s/u)[0]!.trim(), lang);
  const wanted = signpost.toLowerCase();
  // The whole head first; else the clause between commas that holds the count ("I will spare
  // you its 212 pages, because what it taught us can be put into three lessons").
  const clauses = [
    head,
    ...head
      .split(/[,;]\s+/u)
      .filter((c) => c.toLowerCase().includes(wanted))
      .map((c) => withoutOpener(c, lang)),
  ];
  const tagged = isEnglish(lang);
  const base = lang.toLowerCase().slice(0, 2);
  const maxWords = tagged ? MAX_HEADING_WORDS : MAX_UNTAGGED_HEADING_WORDS;
  // German declines the count after a preposition ("aus drei Gründen"): alone it reads wrong, so
  // the whole sentence heads the list even when it points back ("Ich halte diese Position für
  // falsch, und zwar aus drei Gründen").
  const declined = base === 'de' && DATIVE_BEFORE.test(head.toLowerCase().split(wanted)[0] ?? '');
  for (const clause of clauses) {
    if (
      !clause ||
      POINTS_AHEAD.test(clause) ||
      (!(declined && clause === head) &&
        (LEANS_BACK[base]?.test(clause) || SPEAKS_OF_ITSELF[base]?.test(clause)))
    )
      continue;
    const shown = condense(clause, { maxWords, lang })?.replace(/[.!?…]+$/u, '');
    if (!shown || !shown.toLowerCase().includes(wanted) || shown.toLowerCase() === wanted) continue;
    // Untagged, a cut between commas may take a verb's object ("Ich kann Ihnen sagen, was
    // funktioniert hat, und …"): only a clause shown whole heads the list.
    if (!tagged && normalised(shown) !== normalised(clause)) continue;
    return shown;
  }
  return undefined;
}

/** "Concrètement, nous proposerons …": untagged, the connective is left out by hand. */
function withoutConnective(clause: string, lang: string): string {
  const m = /^([\p{L}’']+),\s+/u.exec(clause);
  if (isEnglish(lang) || !m || !languageWords(lang).connectives.has(m[1]!.toLowerCase()))
    return clause;
  const rest = clause.slice(m[0].length);
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

const normalised = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();

/**
 * The clause without the "and" or "because" it opens on; '' when leaving the "because" out
 * would leave a clause in subordinate word order ("weil die Netze … fertig werden").
 */
function withoutOpener(clause: string, lang: string): string {
  const [first = '', ...rest] = clause.trim().split(/\s+/u);
  const word = first.toLowerCase();
  if (!rest.length || !(JOINERS.has(word) || SUBORDINATORS.has(word))) return clause;
  if (SUBORDINATORS.has(word) && !keepsOrderWithout(lang)) return '';
  // "…, und zwar aus drei Gründen": "namely" joins a phrase to the clause before; alone it is none.
  if (NAMELY.test(rest.join(' '))) return '';
  const text = rest.join(' ');
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const DATIVE_BEFORE = /(?:^|\s)(?:aus|mit|von|zu|nach|bei|seit|in|an|auf)\s+$/u;

const NAMELY = /^(?:zwar|nämlich|namely|à savoir|a saber|ossia|cioè|namelijk)(?!\p{L})/iu;
