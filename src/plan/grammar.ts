// What a bullet must be to stand on a slide: a statement with its own subject and finite verb,
// not opening on a subordinating word nor ending on one that needs more, its quotation marks
// paired. English is judged by part of speech; other languages by punctuation and a few words.
import { languageWords } from './languages.js';
import { has, isEnglish, LIGHT, type Token } from './tokens.js';

/** Words that open a dependent clause: a text beginning with one is not a statement of its own. */
const SUBORDINATE_OPENERS = new Set(
  'because since although though while whereas if unless until that which who whom whose when where as and or but nor so than whether'.split(
    ' ',
  ),
);

/** Prepositions that may open a clause ("as shown", "than expected", "how it works"). */
const CLAUSAL_PREPOSITIONS = new Set('as than like so that how what when where while'.split(' '));

export function isFinite(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // A participle ("Taken together", "given") is finite only through an auxiliary before it.
  if ((!t.text && !t.implicit) || !has(t, 'Verb') || has(t, 'Gerund', 'Participle')) return false;
  if (has(t, 'Infinitive') && !has(t, 'PresentTense')) return false;
  const before = tokens[i - 1]?.lower;
  if (before === 'to') return false;
  // "years of patient work by volunteers": after "of patient", "the hard" or "by", a word the
  // tagger calls a verb heads a noun phrase.
  const prev = tokens[i - 1];
  const auxiliary = has(t, 'Copula', 'Modal', 'Auxiliary');
  if (has(prev, 'Preposition') && !CLAUSAL_PREPOSITIONS.has(before ?? '') && !auxiliary)
    return false;
  if (
    has(prev, 'Adjective') &&
    !has(prev, 'Noun', 'Pronoun', 'Adverb') &&
    has(tokens[i - 2], 'Preposition', 'Determiner') &&
    !has(t, 'Copula', 'Modal', 'Auxiliary')
  )
    return false;
  return has(t, 'Copula', 'Modal', 'Auxiliary', 'PastTense', 'PresentTense');
}

const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those', 'it', 'there']);

function isSubject(t: Token): boolean {
  if (DEMONSTRATIVES.has(t.lower)) return true;
  return Boolean(t.text) && has(t, 'Noun', 'Pronoun') && !has(t, 'Possessive', 'Adverb');
}

const AUXILIARIES = new Set(
  'be been being am is are was were have has had do does did will would shall should can could may might must'.split(
    ' ',
  ),
);

/**
 * Endings that leave a reader waiting: "… in the", "… and", "… will", "… that". A verb may end a
 * cut where the writer paused after it ("… must be resumed, attempts …"), not elsewhere.
 */
/** Nouns that say what they are only with the phrase after them ("a chance [to …]"). */
const NEEDS_COMPLEMENT = new Set(
  'chance chances opportunity opportunities need ability attempt effort decision right realization idea belief view'.split(
    ' ',
  ),
);

/** Verbs that link a subject to what it is or seems: cut before that, the claim is gone. */
const LINKING = new Set(
  'look looks looked seem seems seemed become becomes became remain remains remained appear appears appeared sound sounds sounded'.split(
    ' ',
  ),
);

/**
 * "… a change in what we say a library is[, and …]": a clause opened by "what" ends on its verb,
 * which has its object in the "what".
 */
function endsWhatClause(tokens: Token[], words: number[]): boolean {
  const last = tokens[words[words.length - 1]!]!;
  if (!has(last, 'Copula', 'Verb') || has(last, 'Modal', 'Auxiliary')) return false;
  const opened = words.findLastIndex((i) => tokens[i]!.lower === 'what');
  return (
    opened > 0 &&
    opened >= words.length - 6 &&
    !words.slice(opened, -1).some((i) => /[,;:–—]/.test(tokens[i]!.post))
  );
}

function danglingEnd(t: Token, pausedAfter: boolean): boolean {
  if (has(t, 'Determiner', 'Preposition', 'Conjunction', 'Modal', 'Auxiliary', 'Copula'))
    return true;
  // "… how each one’s Korean policy looks [like from the point of view …]".
  if (LINKING.has(t.lower)) return true;
  // "… provides South and North Korea with a unique chance [to seize leadership …]".
  if (has(t, 'Noun') && NEEDS_COMPLEMENT.has(t.lower) && !/[”’"»]/u.test(t.post)) return true;
  // "… have become a major factor[, which should be taken into account …]": a light noun says
  // what it is only with the words that were cut.
  if (has(t, 'Noun') && LIGHT.has(t.lower) && !/[”’"»]/u.test(t.post)) return true;
  if (has(t, 'Possessive') && has(t, 'Pronoun')) return true;
  if (AUXILIARIES.has(t.lower)) return true;
  if (
    ['not', 'no', 'than', 'very', 'more', 'most', 'both', 'either', 'neither', 'such'].includes(
      t.lower,
    )
  )
    return true;
  // An active verb cut from its object ("Moscow hopes", "… expressed"): passives end well.
  if (has(t, 'Verb') && !has(t, 'Noun')) return !pausedAfter;
  return has(t, 'Adverb') && !has(t, 'Adjective');
}

/**
 * The kept words (indices into `tokens`, in order) read as a statement. `whole`: they are the
 * sentence's own words to its end, so it may end on any word ("… than those they do not.").
 */
export function isStatement(
  tokens: Token[],
  kept: number[],
  lang: string,
  whole: boolean,
): boolean {
  const words = kept.filter((i) => tokens[i]!.text);
  if (words.length < 3) return false;
  const first = tokens[words[0]!]!;
  const last = tokens[words[words.length - 1]!]!;
  if (!isEnglish(lang)) return whole || foreignCut(tokens, words, lang);
  // The writer's own sentence is grammatical as written, whatever the tagger makes of it
  // ("… unless the cheaper option fails", "fails" read as a noun): it needs only a verb.
  // "That is …" opens on a pronoun, "That the …" on a clause.
  const pronoun = first.lower === 'that' && words[1] !== undefined && isFinite(tokens, words[1]);
  // A preposition the writer opened on ("Between 1948 and 1975 …") opens a phrase, not a clause.
  const dependent =
    (SUBORDINATE_OPENERS.has(first.lower) && !pronoun) ||
    (has(first, 'Preposition') && words[0] !== 0);
  // Its opening left off, it must still open as a statement ("Which met …, decided" does not).
  if (whole) return words.some((i) => has(tokens[i], 'Verb')) && (words[0] === 0 || !dependent);
  // Opened as written ("Although I disagree …, the Department is right that …[, and …]"), a
  // clause before the main one stays: the count of verbs below checks the main one is kept.
  if (dependent && words[0] !== 0) return false;
  const pausedAfter = /[,;:–—]/.test(last.post);
  if (!whole && danglingEnd(last, pausedAfter) && !endsWhatClause(tokens, words)) return false;
  // Cut inside a noun phrase: "… of the nuclear" of "the nuclear and other problems" (not after
  // a copula: "where removal is impossible[ and …]" ends on what it is).
  const after = tokens[words[words.length - 1]! + 1];
  const predicative = has(tokens[words[words.length - 2]!], 'Copula');
  if (
    !whole &&
    !pausedAfter &&
    !predicative &&
    has(last, 'Adjective', 'Value') &&
    !has(last, 'Noun') &&
    after &&
    has(after, 'Noun', 'Adjective', 'Conjunction')
  )
    return false;
  if (!whole && !correlativesKept(tokens, words)) return false;
  // "… as it should be; a wheelchair[ and one companion fit …]": a clause after a semicolon has
  // a verb of its own.
  const semicolon = words.findLastIndex((i) => /;/.test(tokens[i]!.post));
  const afterSemicolon = words.slice(semicolon + 1);
  if (
    !whole &&
    semicolon >= 0 &&
    afterSemicolon.length > 0 &&
    !afterSemicolon.some((i) => isFinite(tokens, i))
  )
    return false;
  const finite = kept.filter((i) => isFinite(tokens, i));
  if (finite.length === 0) return whole && has(first, 'Verb') && has(first, 'Infinitive');
  if (!words.some((i) => i < finite[0]! && isSubject(tokens[i]!))) return false;
  // Each dependent clause takes a verb of its own; the main clause needs one more ("Twenty years
  // ago, when I started …" has none left; "I say it because a service that plans …" neither).
  // "can remember" is one verb: the modal or auxiliary and the verb it governs.
  const heads = finite.filter(
    (v, k) => k === 0 || finite[k - 1] !== v - 1 || !has(tokens[v - 1], 'Modal', 'Auxiliary'),
  );
  if (heads.length <= dependents(tokens, words)) return false;
  if (!whole && !finite.some((v) => !inAppositive(tokens, words, v))) return false;
  return clausesComplete(tokens, words, finite, whole);
}

/** The second half of a paired conjunction: "both … and", "either … or", "not only … but". */
const PARTNERS: Record<string, string[]> = {
  both: ['and', 'as'],
  either: ['or'],
  neither: ['nor', 'or'],
  whether: ['or'],
  only: ['but'],
};

/**
 * A kept "both" (or "either", "not only"…) keeps its partner when the sentence had one after it:
 * "for both development of ties [… as well as for implementation …]" says half a pair.
 */
function correlativesKept(tokens: Token[], words: number[]): boolean {
  const kept = new Set(words);
  return words.every((i) => {
    const t = tokens[i]!;
    const partners = PARTNERS[t.lower];
    if (!partners || (t.lower === 'only' && tokens[i - 1]?.lower !== 'not')) return true;
    const later = (k: number) => k > i && partners.includes(tokens[k]!.lower);
    const had = tokens.some((_, k) => later(k));
    return !had || words.some((k) => later(k) && kept.has(k));
  });
}

/**
 * The verb stands in an aside after the subject ("Hendrika Voskuijlen, the engineer whose work
 * … will know", "the Concept, approved by …"), and the kept words end before the aside closes:
 * the sentence's own verb was cut off.
 */
function inAppositive(tokens: Token[], words: number[], verb: number): boolean {
  const opened = words.filter((i) => i < verb && /,/.test(tokens[i]!.post)).at(-1);
  if (opened === undefined) return false;
  const next = tokens[words[words.indexOf(opened) + 1]!];
  const aside =
    has(next, 'Determiner') ||
    ['who', 'which', 'whose', 'whom'].includes(next?.lower ?? '') ||
    (has(next, 'PastTense') && !isFinite(tokens, words[words.indexOf(opened) + 1]! - 1));
  if (!aside) return false;
  return !words.some((i) => i > verb && /,/.test(tokens[i - 1]!.post) && i < words.at(-1)!);
}

const DEPENDENT = new Set(
  'because since although though while whereas if unless until when where which who whom whose whenever wherever'.split(
    ' ',
  ),
);

/** Dependent clauses opened in the kept words: a subordinating word, or "that" after a verb or noun. */
function dependents(tokens: Token[], words: number[]): number {
  // "Anna Kowal, who farms 140 hectares and was, …": a verb joined by "and" inside a relative
  // clause is the clause's too.
  let relative = false;
  // "What the river remembers[, …,] is the gravel beds": a clause that opens on "what" is the
  // subject, and the sentence's own verb comes after it (a question is another matter).
  const question = /\?/u.test(tokens[words[words.length - 1]!]!.post);
  return words.filter((i, k) => {
    const t = tokens[i]!;
    if (k === 0 && FREE_RELATIVES.has(t.lower) && !question) return true;
    const joined = relative && (t.lower === 'and' || t.lower === 'or');
    if (/[,;:–—]/.test(t.post)) relative = false;
    if (t.lower === 'who' || t.lower === 'which') relative = true;
    if (joined && words[k + 1] !== undefined && isFinite(tokens, words[k + 1]!)) return true;
    if (DEPENDENT.has(t.lower)) return true;
    return t.lower === 'that' && k > 0 && has(tokens[words[k - 1]!], 'Verb', 'Noun', 'Adjective');
  }).length;
}

const FREE_RELATIVES = new Set(['what', 'whatever', 'whoever']);

/** Words that open a clause needing a verb of its own: "believes that …", "because …". */
const CLAUSE_OPENERS = new Set([
  'that',
  'because',
  'since',
  'although',
  'though',
  'unless',
  'whereas',
  'while',
]);

/** The last clause opened in the kept words ("… because tension") has its own verb. */
function clausesComplete(
  tokens: Token[],
  words: number[],
  finite: number[],
  whole: boolean,
): boolean {
  for (let k = words.length - 1; k > 0; k--) {
    const t = tokens[words[k]!]!;
    if (!CLAUSE_OPENERS.has(t.lower)) continue;
    const before = tokens[words[k - 1]!]!;
    if (t.lower === 'that' && !has(before, 'Verb', 'Noun', 'Adjective')) continue;
    // "… dismiss that argument." ends a whole sentence on a noun phrase: "that" is its determiner.
    const determiner =
      whole && t.lower === 'that' && has(tokens[words[k + 1]!], 'Noun', 'Adjective');
    return determiner || finite.some((i) => i > words[k]!);
  }
  return true;
}

// Outside English a cut may not end on an article, preposition or conjunction of the languages
// Lectern labels (fr, de, es, it, pt, nl), nor on a one-letter word.
const FOREIGN_DANGLING =
  /^(?:\p{L}|le|la|les|des|du|de|et|ou|en|au|aux|que|qui|un|une|der|die|das|den|dem|und|oder|zu|mit|von|ein|eine|einen|dass|el|los|las|del|y|o|con|para|por|il|lo|gli|di|che|e|da|os|as|do|em|het|een|van|met)$/u;

/**
 * A cut outside English: not opening on a subordinating word ("Bien que …", "Dass …"), not ending
 * on an article or preposition, nor just after a colon that announces what was cut ("… pour deux
 * raisons : d’une part").
 */
function foreignCut(tokens: Token[], words: number[], lang: string): boolean {
  const first = tokens[words[0]!]!;
  if (languageWords(lang).subordinators.has(first.lower)) return false;
  if (FOREIGN_DANGLING.test(tokens[words.at(-1)!]!.lower)) return false;
  const colon = words.findLastIndex((i) => /:/.test(tokens[i]!.post));
  return colon < 0 || words.length - 1 - colon >= 4;
}

/** Quotation marks and brackets of a text pair up (« », „ “, “ ”, 「 」, " ", ( )). */
export function marksPaired(s: string, lang: string): boolean {
  const count = (re: RegExp) => (s.match(re) ?? []).length;
  // German closes „ with “ (and may quote »…«, counted as a pair either way round).
  const german = lang.toLowerCase().startsWith('de');
  const opens = count(/[«„「『]/g) + (german ? 0 : count(/“/g));
  const closes = count(/[»」』”]/g) + (german ? count(/“/g) : 0);
  return opens === closes && count(/"/g) % 2 === 0 && count(/\(/g) === count(/\)/g);
}
