// One bullet from one sentence, in the address's own words: the sentence itself when short, else
// its longest opening clause of 5–15 words that ends at a clause boundary and not on a function
// word. Never a cut mid-phrase, never a quotation with an unbalanced mark. A cut opening ends in
// "…", a whole sentence in its own full stop: an opening shown with a full stop reads as the
// speaker's whole statement ("… expressed support." of "expressed support for a gradual process of
// …"), which in a political address can say something the speaker did not.
import { countWords } from '../text.js';

const CONNECTIVES = [
  /^Besides being [^,]+,\s*/i,
  /^According to [^,]+,?\s*/i,
  /^(?:Summing up|In short|In sum|In conclusion|To sum up|In these circumstances|In this environment|In this situation|In this context|At the same time|In other words|For example|For instance|Of course|On the other hand|As a result)\b,?\s*/i,
  /^(?:However|Moreover|Furthermore|In addition|Besides|Therefore|Thus|Hence|Actually|Indeed|Still|Yet|So|Also|Finally|First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Meanwhile|Nevertheless|Consequently|Undoubtedly|Clearly|Now)\b,?\s*/i,
];

/** Boundaries a clause ends at, strongest first: punctuation and subordinating words… */
const CLAUSE_BREAKS =
  /(?<=[”"](?=\s))|(?=[,;:](?:\s|$))|(?=\s[–—-]\s)|(?=\s(?:because|since|while|which|who|whom|whose|whereas|although|though|as well as|including|along with|in order to|by utilizing|by using|and that|so that|unless|despite)\s)/gi;
/** …then the start of a prepositional or coordinated phrase, when no clause boundary fits. */
const PHRASE_BREAKS =
  /(?=\s(?:and|or|but|thanks to|as an?|for|in|at|on|with|between|before|after|during|through|from|using|when|if|toward|towards|into|like|among|within|across|about|under|over|against|via)\s)/gi;

const FUNCTION_WORDS = new Set(
  (
    'the a an of to and or but nor by with that which who whom whose for in on at from as is are was ' +
    'were be been being have has had do does did will would shall should can could may might must ' +
    'its their his her our my your this these those than into not no both either neither each any all ' +
    "such more most very so if whether it also only between about toward towards like let’s let's " +
    'how what when where why there then upon via among per same own given made held based approved ' +
    // Verbs that need what follows them: "… proved." says nothing.
    'proved showed demonstrated confirmed believes believed said says noted stated stressed hopes seems ' +
    'means shows suggests indicates realized added warned emphasized argued thinks knows expects found'
  ).split(' '),
);

function stripConnectives(s: string): string {
  let out = s;
  for (let changed = true; changed;) {
    changed = false;
    for (const re of CONNECTIVES) {
      const next = out.replace(re, '');
      if (next !== out) {
        out = next;
        changed = true;
      }
    }
  }
  return out;
}

const FINITE =
  /\b(?:is|are|was|were|be|been|can|could|will|would|must|should|may|might|has|have|had|does|do|did|seems?|remains?|believes?|hopes?|suits?|supports?|needs?|welcomes?|becomes?|takes?|makes?|opens?|shows?|means?|wants?|says?|gives?|finds?|goes|comes|lies|stands|depends|matters|provides|requires|met|took|gave|went|came|saw|began|became|meant|ran|stood|thought|won|wrote|grew|fell|rose|knew|\p{L}{3,}ed)\b/iu;

/** English only: a statement has a verb, and a clause after "that" has its own. */
function statement(prefix: string, lang: string): boolean {
  if (!lang.toLowerCase().startsWith('en')) return true;
  if (!FINITE.test(prefix)) return false;
  const afterThat = /\bthat\s+((?:(?!\bthat\b).)*)$/iu.exec(prefix);
  return !afterThat || FINITE.test(afterThat[1]!);
}

const PREPOSITION = /^(?:between|in|of|with|for|to|from|at|on|by|among|including)\b/i;

/** A cut must not strand a fragment: "…, between Russia" or "between South" (of "South and North"). */
function cleanCut(prefix: string): boolean {
  const lastSegment = prefix.slice(prefix.lastIndexOf(',') + 1).trim();
  if (prefix.includes(',') && PREPOSITION.test(lastSegment)) return false;
  // "between South" of "between South and North Korea", "both in the North" of "both in the North and …".
  const pair =
    /\b(?:between\s+(?:the\s+)?\p{Lu}\S*|both\s+(?:in|at|on|for|with|by|from|to|of)\s+(?:the\s+)?\S+)$/u;
  return !pair.test(prefix);
}

export function balanced(s: string): boolean {
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  const straight = (s.match(/"/g) ?? []).length;
  const parensOpen = (s.match(/\(/g) ?? []).length;
  const parensClose = (s.match(/\)/g) ?? []).length;
  return open === close && straight % 2 === 0 && parensOpen === parensClose;
}

function lastWord(s: string): string {
  const words = s.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu);
  return words?.[words.length - 1] ?? '';
}

/**
 * A finished bullet: capitalised, no trailing clause punctuation; a whole sentence ends in one
 * full stop (or its own ! or ?), the opening of a longer one (`cut`) in "…".
 */
function finish(s: string, cut = false): string {
  const body = s.trim().replace(/[\s,;:–—-]+$/u, '');
  const capital = body.charAt(0).toLocaleUpperCase() + body.slice(1);
  if (cut) return `${capital.replace(/[.!?…]+$/, '')}…`;
  return /[.!?]["”’)]?$/.test(capital) ? capital : `${capital.replace(/[.!?…]+$/, '')}.`;
}

/**
 * A cut-off opening must still read as a statement; a whole sentence already is one, and one that
 * ends at its full stop may end on any word ("… than those they do not.").
 */
function goodEnding(prefix: string, lang: string, whole = false, ended = false): boolean {
  return (
    ((whole && ended) || !FUNCTION_WORDS.has(lastWord(prefix))) &&
    balanced(prefix) &&
    cleanCut(prefix) &&
    (whole || statement(prefix, lang))
  );
}

/** The longest prefix ending at one of `breaks` with a word count in [min, max]. */
function longestPrefix(s: string, breaks: RegExp, min: number, max: number, lang: string) {
  let best: string | undefined;
  for (const m of s.matchAll(breaks)) {
    const prefix = s.slice(0, m.index).trim();
    const n = countWords(prefix, lang);
    if (
      n >= min &&
      n <= max &&
      goodEnding(prefix, lang) &&
      (!best || prefix.length > best.length)
    ) {
      best = prefix;
    }
  }
  return best;
}

const KEEP_LY = new Set(
  'only early likely unlikely family italy july rely apply supply reply fly ally sicily assembly monopoly anomaly holy ugly'.split(
    ' ',
  ),
);

/** The sentence without its -ly adverbs ("strongly", "completely"): still the author's words. */
function withoutAdverbs(s: string): string {
  return s.replace(/\s+(\p{L}+ly)\b/gu, (m, word: string) =>
    KEEP_LY.has(word.toLowerCase()) ? m : '',
  );
}

/** Any word boundary: a last resort for a slide that would otherwise show one bullet or none. */
const WORD_BREAKS = /(?=\s)/g;

/**
 * The bullet for `sentence`, or undefined when it yields nothing a slide should show. `loose`
 * also allows a cut at any word (still a statement with a verb, not ending on a function word);
 * `partial` says the text is only the opening of a sentence (cut before a quotation).
 */
export function bulletOf(
  sentence: string,
  maxWords: number,
  lang: string,
  loose = false,
  partial = false,
): string | undefined {
  const s = stripConnectives(sentence.trim());
  if (!s || !/^[\p{L}\p{N}"“]/u.test(s)) return undefined;
  if (countWords(s, lang) < 3) return undefined;
  const min = Math.min(5, maxWords);
  for (const text of [s, withoutAdverbs(s)]) {
    if (countWords(text, lang) > maxWords) continue;
    const whole = text.replace(/[\s,;:–—-]+$/u, '');
    const ended = /[.!?]["”’)]?$/u.test(whole);
    if (goodEnding(whole.replace(/[.!?…]+$/, ''), lang, !partial, ended))
      return finish(whole, partial);
  }
  const prefix =
    longestPrefix(s, CLAUSE_BREAKS, min, maxWords, lang) ??
    longestPrefix(withoutAdverbs(s), CLAUSE_BREAKS, min, maxWords, lang) ??
    longestPrefix(s, PHRASE_BREAKS, Math.max(min, 6), maxWords, lang) ??
    (loose
      ? longestPrefix(s, WORD_BREAKS, Math.max(min, 6), Math.min(maxWords, 12), lang)
      : undefined);
  return prefix ? finish(prefix, true) : undefined;
}
