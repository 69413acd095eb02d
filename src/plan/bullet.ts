// One bullet from one sentence: the sentence itself when short enough, else a shortening of it
// made only by leaving words out (condense.ts), still a statement with its own subject and verb.
// A bullet never begins or ends with "…": it is not a quotation, and the notes hold the whole
// sentence. A sentence no such shortening fits gives no bullet.
import { condense } from './condense.js';
import { drawsConclusion, ENDS_ON_WEIGHING, thesisNouns } from './languages.js';

/**
 * The bullet for `sentence` in at most `maxWords` words, or undefined. `partial` says the text is
 * only the opening of a sentence (cut before a quotation that has a slide of its own).
 */
export function bulletOf(
  sentence: string,
  maxWords: number,
  lang: string,
  partial = false,
): string | undefined {
  const text = sentence.trim();
  if (!text || !/^[\p{L}\p{N}"“«„]/u.test(text)) return undefined;
  // "… put it to the assembly like this:" announces what follows; it says nothing itself.
  if (/:$/.test(text)) return undefined;
  const thesis = thesisOf(text, lang);
  if (thesis) return condense(thesis, { maxWords: Math.round(maxWords * THESIS_ROOM), lang });
  // "Im Gegenteil: Die Genossenschaft versorgt heute 340 Haushalte, …": a lead-in of a word or
  // two before a colon only links the sentence to the one before; the statement follows it.
  const linked = afterLeadIn(text) ?? afterWeighing(text);
  if (linked) return bulletOf(linked, maxWords, lang, partial);
  return condense(text, { maxWords: roomFor(text, maxWords, lang), lang, partial });
}

/**
 * The words a sentence's bullet may hold: `maxWords`, or a thesis's room for a conclusion
 * ("Hence it is necessary for all parties …"); a position the speaker takes against a concession
 * ("Although I disagree with its conclusion, the Department is right that …") needs both halves,
 * but never runs past what a statement slide holds at a glance, whatever room the caller gave.
 */
export function roomFor(sentence: string, maxWords: number, lang: string): number {
  const wide = Math.round(maxWords * THESIS_ROOM);
  if (drawsConclusion(sentence, lang)) return wide;
  return CONCEDES.test(sentence.trim()) ? Math.min(wide, MAX_POSITION_WORDS) : maxWords;
}

/** Words of a position taken against a concession, at most. */
const MAX_POSITION_WORDS = 24;

/**
 * "Und das ist mir das Wichtigste: Eine Schiene ist ein Versprechen.", "And this matters most:
 * …": a clause before a colon that only weighs what follows; the statement is after it.
 */
const MAX_WEIGHING_WORDS = 8;
/** Words the statement after a weighing clause needs: it is the point the speaker ranks first. */
const MIN_WEIGHED_WORDS = 4;

export function afterWeighing(sentence: string): string | undefined {
  const colon = sentence.search(/\s?:\s/u);
  if (colon < 0) return undefined;
  const head = sentence.slice(0, colon);
  if (head.split(/\s+/u).length > MAX_WEIGHING_WORDS || !ENDS_ON_WEIGHING.test(head))
    return undefined;
  const rest = sentence.slice(colon).replace(/^\s?:\s+/u, '');
  if (rest.split(/\s+/u).length < MIN_WEIGHED_WORDS || /^[“”"«»„]/u.test(rest)) return undefined;
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** A sentence opening on a concession, in the languages we label. */
const CONCEDES =
  /^(?:although|though|while|even though|bien que|quoique|même si|obwohl|obgleich|wenngleich|aunque|si bien|sebbene|benché|anche se|embora|ainda que|hoewel)\s/iu;

/** Words of a lead-in before a colon, at most ("Im Gegenteil:", "Au contraire :", "In short:"). */
const MAX_LEAD_IN_WORDS = 2;

/** Words the statement after a lead-in needs to stand without it. */
const MIN_LINKED_WORDS = 6;

function afterLeadIn(sentence: string): string | undefined {
  const m = /^([\p{L}’'-]+(?:\s+[\p{L}’'-]+)?)\s?:\s+(\S.*)$/u.exec(sentence);
  if (!m || m[1]!.split(/\s+/u).length > MAX_LEAD_IN_WORDS || /[“”"«»„]/u.test(m[2]!.slice(0, 1)))
    return undefined;
  const rest = m[2]!;
  // "Cioè: nessuno ha controllato." is one short line; only a statement of its own stands alone.
  if (rest.split(/\s+/u).length < MIN_LINKED_WORDS) return undefined;
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** A thesis or a conclusion may run longer than a bullet: it is the line the passage exists to say. */
export const THESIS_ROOM = 1.6;

/** Words before the colon of an announced thesis, at most. */
const MAX_ANNOUNCEMENT_WORDS = 10;

/**
 * What a sentence announces as its thesis ("My argument this morning is a simple one: a town …"):
 * the words after the colon, capitalised, when the words before it name the point itself.
 */
export function thesisOf(sentence: string, lang: string): string | undefined {
  const colon = sentence.search(/:\s/u);
  if (colon < 0) return undefined;
  const head = sentence.slice(0, colon);
  const words = head.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  const nouns = thesisNouns(lang);
  if (words.length > MAX_ANNOUNCEMENT_WORDS || !words.some((w) => nouns.has(w))) return undefined;
  if (/[“”"«»„]/u.test(head)) return undefined;
  const rest = sentence.slice(colon + 1).trim();
  return rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
}

/** Words of a sentence that announces the thesis of the next one ("My thesis is simple."), at most. */
const MAX_ANNOUNCER_WORDS = 8;

/**
 * The sentence only announces that the next one is the thesis ("My thesis this morning is
 * simple.", "Meine These ist einfach."): it names the point without making it.
 */
export function announcesThesis(sentence: string, lang: string): boolean {
  const text = sentence.trim();
  if (/:/u.test(text) || !/[.!]$/u.test(text)) return false;
  const words = text.toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  const nouns = thesisNouns(lang);
  return words.length <= MAX_ANNOUNCER_WORDS && words.some((w) => nouns.has(w));
}
