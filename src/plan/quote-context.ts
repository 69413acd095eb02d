// The words around a quotation in its sentence that its slide needs: the subject it completes
// when it starts mid-sentence ("The North Koreans …will eat grass"), and the qualifier that
// follows it ("“…our interests coincide with those of the United States” on the issue of
// denuclearization").
import { countWords } from '../core/text.js';
import { tailSpeaks } from './attribute-quote.js';
import { REPORTING } from './cut-words.js';

/** Words that open a reported clause, in the languages we read. */
const COMPLEMENTISERS = /^(?:that|que|qu[’']|dass|che|dat|como|wie|comme)$/u;

/** Words of a lead-in at most: a subject, not a sentence. */
const MAX_LEAD_WORDS = 8;

/**
 * The words a quotation that starts mid-sentence completes ("the North Koreans “will eat
 * grass…”", "Russia believes that trilateral cooperation “will not only …”"): the last clause
 * before it, unless that only says who spoke ("the Russian President said that"), which the
 * attribution shows.
 */
export function leadIn(head: string, lang: string): string | undefined {
  const clause = head
    .split(/[,;:–—]\s+/u)
    .at(-1)!
    .replace(/[\s“”"«»„]+$/u, '')
    .trim();
  if (!clause || countWords(clause, lang) > MAX_LEAD_WORDS) return undefined;
  const words = clause.toLowerCase().split(/\s+/u);
  const last = words.at(-1) ?? '';
  // "… said that “…”", "aime à dire que « … »": the quotation is a clause of its own, and the
  // attribution says who; only a subject the quotation's verb needs is a lead-in.
  if (words.length < 2 || REPORTING.has(last) || COMPLEMENTISERS.test(last)) return undefined;
  return clause.charAt(0).toLocaleUpperCase() + clause.slice(1);
}

/** Words of a qualifier after a quotation at most: a phrase, not a clause. */
const MAX_TAIL_WORDS = 8;

/**
 * The words that finish a quotation's sentence after its closing mark when they qualify what it
 * says ("” on the issue of denuclearization."): they follow the mark with no pause, in lower case,
 * and name no speaker (“…” he said), so without them the slide claims more than the speaker did.
 */
export function tailOf(rest: string, lang: string, speaker?: string): string | undefined {
  const m = /^\s+(\p{Ll}[^.!?;:…]*?)[.!?]?["”»“]?\s*$/u.exec(rest);
  if (!m) return undefined;
  const tail = m[1]!.trim();
  if (countWords(tail, lang) > MAX_TAIL_WORDS || /[,–—(]/u.test(tail)) return undefined;
  const words = tail.toLowerCase().split(/\s+/u);
  if (words.some((w) => REPORTING.has(w)) || tailSpeaks(rest)) return undefined;
  if (speaker && tail.includes(speaker)) return undefined;
  return tail;
}
