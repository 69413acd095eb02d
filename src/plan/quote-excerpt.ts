// What a quotation's slide shows of it: the whole, cut at a sentence boundary past the slide's
// limit, or its strong opening when the whole is weak, never leaving out the condition that
// qualifies what the opening says.
import { countWords, splitSentences } from '../core/text.js';
import type { PlanOptions } from '../core/plan-options.js';
import { quotability, STRONG_QUOTE, type QuoteTraits } from './quotability.js';

/** The quotation's text, cut at the last sentence boundary within `max` words when longer. */
export function excerpt(
  text: string,
  max: number,
  lang: string,
): { text: string; excerpted: boolean } {
  if (countWords(text, lang) <= max) return { text, excerpted: false };
  let out = '';
  for (const s of splitSentences(text, lang)) {
    const next = text.slice(0, s.end);
    if (out && countWords(next, lang) > max) break;
    out = next;
  }
  return { text: out, excerpted: out.length < text.length };
}

/** A sentence opening on these qualifies the ones before it; "unless" and "only if" anywhere. */
const QUALIFIES =
  /(?:^|[.!?…]\s+)(?:however|but|yet|still|nevertheless|mais|cependant|toutefois|pourtant|aber|doch|jedoch|allerdings|pero|sin embargo|però|tuttavia|mas|contudo|porém|maar|echter)\b|\b(?:unless|only if|à moins|sauf si|es sei denn|nur wenn|a menos que|salvo que|solo si|a meno che|a não ser que|tenzij)\b/iu;

/** Words of a quotation's opening sentences that may stand for the whole on its slide. */
const PUNCH_WORDS = 25;

/** Where a quotation joined from parts continues ("… it is a dead end. … may lead to …"). */
const PART_BREAK = ' … ';

/**
 * The quotation's opening sentences within PUNCH_WORDS, or, for a short one joined from parts,
 * its first part: both stand as what the speaker said, and the notes hold the whole.
 */
function openingOf(text: string, lang: string): { text: string; excerpted: boolean } {
  const opening = excerpt(text, PUNCH_WORDS, lang);
  const part = text.indexOf(PART_BREAK);
  if (opening.excerpted || part < 0) return opening;
  return { text: text.slice(0, part), excerpted: true };
}

/**
 * What a quotation's slide shows, and how strong that is: the whole (cut at a sentence past
 * `maxQuoteWords`), or, when the whole is not strong, its opening sentences when they are ("We definitely
 * support the aspiration of Koreans for national unification. It’s a natural process." before a
 * long "However…"). Either way an excerpt is marked and the notes hold the whole.
 */
export function strongestExcerpt(
  text: string,
  traits: Omit<QuoteTraits, 'text'>,
  options: PlanOptions,
): { shown: { text: string; excerpted: boolean }; score: number } {
  const whole = excerpt(text, options.maxQuoteWords, traits.lang);
  const score = quotability({ ...traits, text });
  const opening = openingOf(text, traits.lang);
  if (!opening.excerpted || countWords(opening.text, traits.lang) < options.minQuoteWords)
    return { shown: whole, score };
  // A quotation already strong is shown whole; a weaker one by its opening when that is strong,
  // unless what follows qualifies it ("However… it should be exclusively peaceful"): the speaker's
  // condition is part of the claim, as in a bullet, so the whole is shown, as strong as its opening.
  if (score >= STRONG_QUOTE) return { shown: whole, score };
  const punch = quotability({ ...traits, text: opening.text, last: false });
  if (punch < STRONG_QUOTE) return { shown: whole, score };
  return QUALIFIES.test(text.slice(opening.text.length).trim())
    ? { shown: whole, score: punch }
    : { shown: opening, score: punch };
}
