// Words that point back at something said before ("It is the margin …", "I do not dismiss that
// argument", "No desprecio ese argumento"): on a slide without what they point at, the audience
// cannot tell what they mean. Deictic uses ("this morning", "cette ville") point at the room and
// the day, which the audience shares, so they do not count.
import { has, isEnglish, tokensOf } from './tokens.js';

/** Pronouns and demonstratives a sentence may open on that stand for what came before. */
const OPENERS: Record<string, RegExp> = {
  en: /^(?:it|this|that|these|those|they|such|so|(?:none|all|each|most|some|neither|both) of (?:this|that|these|those|them|it)|together they)\b(?![-’'])/iu,
  fr: /^(?:ce|c’|c'|cela|ceci|ça|cette|ces|cet|il|elle|ils|elles)(?:\b|(?<=[’']))/iu,
  de: /^(?:das|dies|diese|dieser|dieses|es|er|sie|so|darin|dabei|damit|dafür)\b/iu,
  es: /^(?:esto|eso|ello|esta|este|estos|estas|esa|ese|esos|esas|así)\b/iu,
  it: /^(?:questo|questa|ciò|quello|quella|così)\b/iu,
  pt: /^(?:isso|isto|esse|essa|este|esta|assim)\b/iu,
  nl: /^(?:dit|dat|het|deze|zo)\b/iu,
};

/** Demonstrative determiners that, before a noun, name something said before ("ese argumento"). */
const DETERMINERS: Record<string, RegExp> = {
  fr: /(?:^|\s)(?:cette|cet|ces|ce)\s+(?!que\b|qui\b|qu[’']|sont\b|dont\b|n[’'])([\p{L}-]+)/giu,
  de: /\b(?:dieser|diese|dieses|diesem|diesen|jener|jene|jenes)\s+([\p{L}-]+)/giu,
  es: /\b(?:ese|esa|esos|esas|este|esta|estos|estas|aquel|aquella)\s+([\p{L}-]+)/giu,
  it: /\b(?:questo|questa|questi|queste|quel|quella)\s+([\p{L}-]+)/giu,
  pt: /\b(?:esse|essa|esses|essas|este|esta|aquele|aquela)\s+([\p{L}-]+)/giu,
};

/** Nouns a demonstrative points at the here and now with: the room, the town, the day. */
const DEICTIC = new Set(
  `morning afternoon evening night day week month year years decade century summer winter spring autumn room hall town city country conference house chamber place time moment stage
  matin soir journée semaine mois année été hiver printemps automne salle ville pays conférence maison moment
  morgen abend tag woche monat jahr jahres sommer winter frühjahr herbst saal stadt land konferenz haus moment
  mañana tarde noche día semana mes año verano invierno primavera otoño sala ciudad país conferencia casa momento curso
  mattina sera giorno settimana mese anno estate inverno sala città paese conferenza casa momento
  manhã tarde noite dia semana mês ano verão inverno sala cidade país conferência casa momento
  case way regard respect sense point one cas façon égard sinne fall caso modo sentido`
    .split(/\s+/u)
    .filter(Boolean),
);

const base = (lang: string) => lang.toLowerCase().slice(0, 2);

/** The sentence opens on a word that stands for what was said before it. */
export function opensOnReference(text: string, lang: string): boolean {
  const opener = OPENERS[base(lang)];
  const trimmed = text.trim().replace(/^[^\p{L}]+/u, '');
  if (!opener?.test(trimmed)) return false;
  if (!isEnglish(lang)) return true;
  // "That argument …" is a back-reference; "This morning, …" and "So we propose …" are not.
  const tokens = tokensOf(trimmed, lang);
  const next = tokens[1];
  if (tokens[0]?.lower === 'so') return !has(next, 'Pronoun', 'Noun', 'Determiner');
  return !(next && DEICTIC.has(next.lower));
}

/** The sentence names something said before with a demonstrative ("I do not dismiss that argument"). */
export function namesBack(text: string, lang: string): boolean {
  if (isEnglish(lang)) return namesBackInEnglish(text, lang);
  const re = DETERMINERS[base(lang)];
  return !!re && [...text.matchAll(re)].some((m) => !DEICTIC.has(m[1]!.toLowerCase()));
}

const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'such', 'that']);

function namesBackInEnglish(text: string, lang: string): boolean {
  const tokens = tokensOf(text, lang);
  return tokens.some((t, i) => {
    const noun = tokens[i + 1];
    if (!DEMONSTRATIVES.has(t.lower) || !has(noun, 'Noun') || has(noun, 'Pronoun', 'ProperNoun'))
      return false;
    if (DEICTIC.has(noun!.lower)) return false;
    // "that" also opens a clause ("believes that cooperation in … can"): only a noun nothing
    // follows ("dismiss that argument.") is its object.
    if (t.lower === 'that') return !tokens[i + 2] || /[.,;:!?]/u.test(noun!.post);
    return true;
  });
}

/** "… that this is the right image", "… because that was …": a demonstrative standing for a clause said before. */
const PRONOUN_SUBJECT =
  /\b(?:this|that|these|those)\s+(?:is|was|are|were|means|meant|shows|showed|will|would|has|had|does|did)\b/iu;

/** The sentence leans on what came before anywhere in it: not one to head a slide. */
export function pointsBack(text: string, lang: string): boolean {
  return (
    opensOnReference(text, lang) ||
    namesBack(text, lang) ||
    (isEnglish(lang) && PRONOUN_SUBJECT.test(text))
  );
}
