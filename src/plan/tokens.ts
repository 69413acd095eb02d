// A sentence as tagged words, the unit the condenser deletes from. English is tagged by
// compromise (part of speech, offline, no model download); other languages get words and their
// punctuation only, so they are shortened at punctuation, never by grammar they lack.
import nlp from 'compromise/two';

export interface Token {
  /** The word as written ("Russia’s", "inter-Korean"). */
  text: string;
  /** Punctuation and space written before the word (an opening quotation mark, a bracket). */
  pre: string;
  /** Punctuation and space after it (", ", "” ", ". "). */
  post: string;
  lower: string;
  /** Part-of-speech tags (compromise's names: Noun, Verb, Copula, Preposition…); empty outside English. */
  tags: ReadonlySet<string>;
  /** A word compromise reads into a contraction without writing it (the "is" of "It’s"). */
  implicit?: boolean;
}

const NO_TAGS: ReadonlySet<string> = new Set();

/** The token has one of these part-of-speech tags (false for a missing token). */
export const has = (t: Token | undefined, ...tags: string[]): boolean =>
  !!t && tags.some((x) => t.tags.has(x));

/**
 * Nouns too light to name a point by themselves ("their own way", "a very important part", "a
 * major factor"): they say what they are only with the phrase that completes them.
 */
export const LIGHT: ReadonlySet<string> = new Set(
  'way ways part parts thing things lot kind sort fact case time times moment matter number level side area sense terms option options situation issue role factor factors element elements source means form aspect share shares proportion percentage fraction amount portion majority minority'.split(
    ' ',
  ),
);

export function isEnglish(lang: string): boolean {
  return lang.toLowerCase().startsWith('en');
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags?: string[];
}

function tagged(sentence: string): Token[] {
  const docs = nlp(sentence).json() as { terms: CompromiseTerm[] }[];
  return possessives(likeVerbs(docs.flatMap((d) => d.terms))).map((t) => ({
    text: t.text,
    pre: t.pre,
    post: t.post,
    lower: t.text.toLowerCase(),
    tags: new Set(t.tags ?? []),
    ...(t.text === '' ? { implicit: true } : {}),
  }));
}

/**
 * compromise sometimes reads a possessive as a contraction: "Russia’s national interests" as
 * "Russia is national interests", the noun then taken for a verb. A name's "’s" before an
 * adjective and a word is a possessive: the implied "is" goes, the word is a noun again.
 */
function possessives(terms: CompromiseTerm[]): CompromiseTerm[] {
  const out: CompromiseTerm[] = [];
  terms.forEach((t, i) => {
    const before = terms[i - 1];
    const isImplied = t.text === '' && t.tags?.includes('Copula');
    const name = before && /^\p{Lu}.*[’']s$/u.test(before.text);
    const next = terms[i + 1];
    if (isImplied && name && next?.tags?.includes('Adjective')) {
      const noun = terms.slice(i + 2).find((x) => !x.tags?.includes('Adjective'));
      if (noun?.tags?.includes('Verb')) noun.tags = ['Noun', 'Plural'];
      before.tags = [...(before.tags ?? []), 'Possessive'];
      before.post += t.post;
      return;
    }
    out.push(t);
  });
  return out;
}

/** Verbs that take "like": "looks like", "sounds like", "feels like". */
const LIKE_VERBS = /^(?:look|sound|feel|seem)(?:s|ed)?$/u;

/**
 * compromise reads "how each one’s Korean policy looks like from …" with "looks" a plural noun
 * and "like" the verb: before "like", such a word is the verb, and "like" its preposition.
 */
function likeVerbs(terms: CompromiseTerm[]): CompromiseTerm[] {
  terms.forEach((t, i) => {
    const next = terms[i + 1];
    if (!next || next.text.toLowerCase() !== 'like' || !LIKE_VERBS.test(t.text.toLowerCase()))
      return;
    if (t.tags?.includes('Verb')) return;
    t.tags = ['Verb', /ed$/u.test(t.text) ? 'PastTense' : 'PresentTense'];
    next.tags = ['Preposition'];
  });
  return terms;
}

/** Words with the punctuation around them, for languages compromise does not tag. */
function plain(sentence: string): Token[] {
  const out: Token[] = [];
  // "6,8 millions", "3,2 milioni": a comma between digits is the number's, not a pause.
  const re =
    /([^\p{L}\p{N}]*)([\p{L}\p{N}](?:[\p{L}\p{N}’'\-.]|(?<=\p{N}),(?=\p{N}))*[\p{L}\p{N}]|[\p{L}\p{N}])([^\p{L}\p{N}]*)/gu;
  for (const m of sentence.matchAll(re)) {
    const [, pre = '', text = '', post = ''] = m;
    out.push({ text, pre, post, lower: text.toLowerCase(), tags: NO_TAGS });
  }
  return out;
}

// Tagging is the planner's slow step: the same sentence is asked for by every slide that tries it.
const cache = new Map<string, Token[]>();
const MAX_CACHED = 20_000;

export function tokensOf(sentence: string, lang: string): Token[] {
  const key = `${isEnglish(lang) ? 'en' : 'xx'}\u0000${sentence}`;
  const known = cache.get(key);
  if (known) return known;
  const tokens = isEnglish(lang) ? tagged(sentence) : plain(sentence);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, tokens);
  return tokens;
}

/**
 * Remember the tokens of `text`, a bullet made of some of a tagged sentence's words, so that
 * asking for them again does not tag it anew (tagging is the planner's slow step) and its words
 * keep the parts of speech they had in the whole sentence.
 */
export function rememberTokens(text: string, tokens: Token[], kept: number[], lang: string) {
  if (!isEnglish(lang) || kept.length === 0) return;
  const key = `en\u0000${text}`;
  if (cache.has(key)) return;
  const out = kept.map((i, k): Token => {
    const t = tokens[i]!;
    const next = kept[k + 1];
    const post = postBefore(tokens, i, next);
    return { ...t, pre: k === 0 ? t.pre.trimStart() : t.pre, post };
  });
  // The bullet as finished: its first letter capitalised, its own end punctuation.
  const first = out.find((t) => t.text);
  if (first && !text.startsWith(first.pre + first.text)) {
    const upper = first.text.charAt(0).toLocaleUpperCase() + first.text.slice(1);
    if (!text.startsWith(first.pre + upper)) return;
    first.text = upper;
  }
  const body = out.map((t) => t.pre + t.text + t.post).join('');
  const end = text.slice(body.trimEnd().replace(/[\s,;:–—.!?…-]+$/u, '').length);
  const last = out[out.length - 1]!;
  last.post = last.post.replace(/[\s,;:–—.!?…-]+$/u, '') + end;
  if (
    out
      .map((t) => t.pre + t.text + t.post)
      .join('')
      .trim() !== text
  )
    return;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, out);
}

/** The words of `tokens` kept by `keep`, with the punctuation a reader expects at the joins. */
export function render(tokens: Token[], keep: (i: number) => boolean): string {
  const kept = tokens.map((_, i) => i).filter(keep);
  let out = '';
  kept.forEach((i, k) => {
    const t = tokens[i]!;
    const next = kept[k + 1];
    const pre = k === 0 ? t.pre.trimStart() : t.pre;
    // A gap closes with a plain space unless the word before it ends a quotation or bracket.
    const post = postBefore(tokens, i, next);
    out += pre + t.text + post;
  });
  return out.trim();
}

/** What follows token `i` when the next kept token is `next` (undefined: none, the end). */
function postBefore(tokens: Token[], i: number, next: number | undefined): string {
  const t = tokens[i]!;
  if (next === undefined || next === i + 1) return t.post;
  // "Twenty years ago, [when I started,] people told me": a time set off before the subject
  // keeps its comma when the aside after it had one too.
  const timeComma =
    has(t, 'Date') && /^,/u.test(t.post.trim()) && /,\s*$/u.test(tokens[next - 1]!.post);
  return `${timeComma ? ',' : ''}${joinAcrossGap(t.post)}`;
}

function joinAcrossGap(post: string): string {
  const closing = /^[”"’)\]»“」』]+/u.exec(post.trim())?.[0] ?? '';
  return `${closing} `;
}
