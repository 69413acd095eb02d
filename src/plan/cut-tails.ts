// Cuts at a sentence's end: a tail that only elaborates (", because …", ", like …", a participle,
// a trailing phrase) may go; one that carries the claim, a condition or a complement stays.
import { isFinite } from './grammar.js';
import { JOINERS } from './enumeration-words.js';
import { keepsClaim } from './languages.js';
import { has, isEnglish, LIGHT, type Token } from './tokens.js';
import {
  CONDITIONS,
  ELABORATES,
  inBrackets,
  KEEPS_CLAIM,
  pause,
  range,
  REPORTING,
  WITH_VERBS,
  type Cut,
} from './cut-words.js';

/** Words opening a clause that completes what stands before it, when no pause comes first. */
const CLAUSE_WORDS = new Set(['that', 'what', 'who', 'whom', 'whose', 'which', 'whether', 'than']);

/** Where a tail may be left off, and what leaving it off costs. */
export function tails(tokens: Token[], depth: number[], lang: string, from: number): Cut[] {
  const out: Cut[] = [];
  const english = isEnglish(lang);
  const firstVerb = tokens.findIndex((_, i) => i >= from && isFinite(tokens, i));
  const bracketed = inBrackets(tokens);
  for (let k = from + 3; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (depth[k] !== 0 || KEEPS_CLAIM.has(t.lower)) continue;
    // "An old fisherman said to me the next morning: “…”" is about what he said: keep it whole.
    const quotes = depth.slice(k, tokens.length).some((d) => d > 0);
    if (quotes && tokens.slice(from, k).some((x) => has(x, 'Verb') && REPORTING.has(x.lower)))
      continue;
    const last = tokens.length - 1;
    // Untagged, a tail holding a quotation or a colon is likely the predicate itself ("Un vieil
    // agriculteur…, que j’ai rencontré…, m’a dit : « … »"; "nous proposerons…, trois engagements :").
    if (!english && (quotes || range(k, last).some((i) => /:/.test(tokens[i]!.post)))) continue;
    // Outside English, a tail with a contrast, condition or negation carries the claim, unless
    // it is a clause of its own ("…, et je ne balaie pas cette inquiétude"), which may go whole.
    const claims = range(k, last).some((i) => keepsClaim(tokens[i]!.text, lang, i === k));
    if (!english && !JOINERS.has(t.lower) && claims) continue;
    const dropped = last - k + 1;
    // A condition or negation after the cut would go with it; one in a clause of its own
    // ("…, and said that … not only …") belongs to that clause, which may go whole.
    const coordinated = (t.lower === 'and' || t.lower === 'or') && hasVerbFrom(tokens, k);
    if (
      !coordinated &&
      // (Words inside a quotation are someone else's: they condition nothing the bullet says.)
      range(k, last).some(
        (i) => CONDITIONS.has(tokens[i]!.lower) && !bracketed[i] && depth[i] === 0,
      )
    )
      continue;
    // "prompted by the realization[, …,] of the fact that …": an of-phrase completes its noun,
    // after an aside too.
    if (t.lower === 'of' && !ofCanGo(tokens, k)) continue;
    // "it is the visit, not the loan, that people value most": a cleft's "that" clause is its claim.
    if ((t.lower === 'that' || t.lower === 'who') && english && cleftBefore(tokens, k)) continue;
    // "we must plan it, fund it and staff it as one": the rest of a series is not a tail.
    if (pause(tokens[k - 1]) && (endsSeries(tokens, k) || continuesSeries(tokens, k))) continue;
    // "£41, which is, I am told, [slightly less …]": after "is," and an aside comes the copula's
    // complement, not a tail.
    const paused = tokens.findLastIndex((x, i) => i < k - 1 && pause(x));
    if (
      english &&
      pause(tokens[k - 1]) &&
      paused >= from &&
      has(tokens[paused], 'Copula', 'Auxiliary')
    )
      continue;
    // "were straightened, deepened or put into concrete channels": a verb after a verb and a
    // comma is the next of a series of what was done.
    if (
      english &&
      /^,\s*$/u.test(tokens[k - 1]!.post) &&
      has(tokens[k - 1], 'Verb') &&
      has(t, 'Verb') &&
      !has(t, 'Copula', 'Auxiliary', 'Modal', 'Gerund')
    )
      continue;
    if (pause(tokens[k - 1])) out.push({ from: k, to: last, cost: 2 });
    else if (!english) continue;
    else if (ELABORATES.has(t.lower) || (t.lower === 'as' && k > firstVerb))
      out.push({ from: k, to: last, cost: 2 });
    else if (has(t, 'Gerund') && has(tokens[k - 1], 'Noun'))
      out.push({ from: k, to: last, cost: 2.5 });
    else if ((t.lower === 'and' || t.lower === 'or') && hasVerbFrom(tokens, k))
      out.push({ from: k, to: last, cost: 2.5 });
    else if (
      has(t, 'Preposition') &&
      t.lower !== 'of' &&
      // "people told me that libraries had ten years left": a "that" clause is what was told, a
      // restrictive one ("the people who opposed us") says which, and "below what the model
      // predicted" is the object itself: none of them elaborates.
      !CLAUSE_WORDS.has(t.lower) &&
      // "asked every member of staff [in the previous year] what made those nights dangerous":
      // the clause after the phrase is the verb's object.
      !range(k + 1, last).some(
        (i) =>
          CLAUSE_WORDS.has(tokens[i]!.lower) &&
          !pause(tokens[i - 1]) &&
          range(i + 1, Math.min(i + 3, last)).some((v) => isFinite(tokens, v)),
      ) &&
      firstVerb >= 0 &&
      k > firstVerb + 1 &&
      !(t.lower === 'with' && WITH_VERBS.has(tokens[firstVerb]!.lower))
    )
      out.push({ from: k, to: last, cost: 1.5 + 0.1 * dropped });
    // "a major factor [of security and stability]": an of-phrase completes most nouns ("the role
    // of", "Chairman of"), so it goes last, and only after a noun that has its own adjective.
    else if (t.lower === 'of' && k > firstVerb + 2 && firstVerb >= 0 && ofCanGo(tokens, k))
      out.push({ from: k, to: last, cost: 4.5 });
  }
  return out;
}

function ofCanGo(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1];
  const before = tokens[k - 2];
  // "economic development [of the Russian Far East]": a name after "of" says whose or where, and
  // without it the claim is about nothing in particular.
  let object = k + 1;
  while (has(tokens[object], 'Determiner')) object++;
  if (has(tokens[object], 'ProperNoun')) return false;
  return (
    has(noun, 'Noun') &&
    !has(noun, 'ProperNoun') &&
    !LIGHT.has(noun!.lower) &&
    has(before, 'Adjective')
  );
}

function hasVerbFrom(tokens: Token[], k: number): boolean {
  return tokens.some((_, i) => i > k && isFinite(tokens, i));
}

/** Words of a series' last members at most ("fund it and staff it as one"). */
const MAX_SERIES_WORDS = 8;

/**
 * The words from `k` to the end close a series the words before the comma began: short, joined by
 * "and" or "or", with no comma of their own, and opening on the kind of word the series' first
 * member did (a verb after a verb, a noun after a noun).
 */
function endsSeries(tokens: Token[], k: number): boolean {
  const rest = tokens.slice(k);
  if (rest.length > MAX_SERIES_WORDS || rest.slice(0, -1).some((t) => /,/.test(t.post)))
    return false;
  if (!rest.some((t) => t.lower === 'and' || t.lower === 'or')) return false;
  const opened = tokens.findLastIndex((t, i) => i < k - 1 && /[,;:]/.test(t.post)) + 1;
  const member = tokens
    .slice(opened, k)
    .findIndex((t) => has(t, 'Verb') && !has(t, 'Modal', 'Auxiliary', 'Copula'));
  const kind = (t: Token | undefined) =>
    has(t, 'Verb') ? 'verb' : has(t, 'Noun') ? 'noun' : has(t, 'Adjective') ? 'adjective' : '';
  const first = member >= 0 ? tokens[opened + member] : undefined;
  return !!first && kind(first) === kind(rest[0]);
}

/**
 * The word at `k`, after a pause, opens the next member of a series the member before it began
 * the same way ("in staff, | in training or in the attention …"): a cut here splits the series.
 */
function continuesSeries(tokens: Token[], k: number): boolean {
  const start = tokens.findLastIndex((t, i) => i < k - 1 && /[,;:–—]/.test(t.post)) + 1;
  return start > 0 && start < k - 1 && tokens[start]!.lower === tokens[k]!.lower;
}

/** "it is" or "it was" opens the clause the word at `k` stands in: a cleft sentence. */
function cleftBefore(tokens: Token[], k: number): boolean {
  const start = tokens.findLastIndex((t, i) => i < k && /[;:]/.test(t.post)) + 1;
  return tokens.slice(start, k).some((t, i, all) => t.lower === 'it' && has(all[i + 1], 'Copula'));
}
