// Attributes a quotation from the words around it in its sentence: "…,” the Russian leader said",
// "according to the Kremlin, “…", "Moscow never failed to confirm that “…", "he added" (the last
// named speaker), or a document ("Russia’s Foreign Policy Concept … states that “…").
import { NAME_SEQUENCE, resolveSpeaker, type Resolved, type Speakers } from './speakers.js';
import { has, isEnglish, tokensOf } from './tokens.js';

const VERBS =
  'said|says|added|adds|warned|emphasi[sz]ed|elaborated|stressed|noted|stated|states|declared|explained|insisted|continued|remarked|replied|concluded|argued|asked|underlined|observed|pointed out|wrote|confirmed|announced|recalled|recounted|admitted|answered|told';
/** "…”, she added." in the languages we read: a short tail with a third-person pronoun. */
const TAIL_PRONOUN =
  /^[\s,.;:!?…–—-]*(?:\p{L}+[\s-]+){0,3}?(?:t-)?(?:he|she|il|elle|er|sie|él|ella|lui|lei|ele|ela|hij|zij)\b[^.!?]{0,30}[.!?]?\s*$/iu;
/**
 * "«…», ha aggiunto.", "«…», añadió.": where the pronoun is dropped, a tail of only a verb (one
 * lower-case word, or an auxiliary and a participle) says the last speaker went on.
 */
const TAIL_VERB_ONLY =
  /^[\s,.;:!?…–—-]*(?:(?:ha|hanno|han|había|habían|tinha|aveva)\s+)?\p{Ll}{3,}[.!?]?\s*$/u;
/**
 * "An old fisherman in the harbour said to me …: “…”", "Un vieil agriculteur …, que j’ai
 * rencontré …, m’a dit : « … »": someone unnamed, described by the sentence's subject.
 */
const DESCRIBED =
  /^\s*((?:a|an|one|un|une|ein|eine|einer|uno|una|um|uma|een)\s+[^,“”"«»„:]{3,60}?)(?=,|\s+(?:said|told|put|asked|wrote|replied|added)\b)/iu;
const SPEAKER = String.raw`(?:\b(?:he|she|they)\b|the\s+\p{L}+\s+(?:leader|[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Mm]inister|[Gg]overnment|Kremlin)|the\s+\p{Lu}\p{L}+|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*)`;
const TAIL = new RegExp(String.raw`^[\s,.;:!?…]*(${SPEAKER})\s+(?:${VERBS})\b`, 'u');
const TAIL_INVERTED = new RegExp(String.raw`^[\s,.;:!?…]*(?:${VERBS})\s+(${SPEAKER})`, 'u');
const ACCORDING = new RegExp(String.raw`according to\s+(${SPEAKER})`, 'iu');
const HEAD_VERB = new RegExp(String.raw`(${SPEAKER})\s+(?:${VERBS})(?:\s+that)?[\s:,]*$`, 'u');
/** Words that start a sentence without being anyone: "In", "However", "Speaking"… */
const NOT_A_SPEAKER =
  /^(?:In|On|At|As|The|This|That|These|Those|It|However|Besides|Hence|Thus|Summing|Speaking|Actually|Moreover|And|But|We|I|Our|My|Let|Let’s|Let's|Allow|Today|Now|Here|There|So|Then|When|If|Finally|For|With|From|To|Of)$/;
/**
 * "… the words of a resident of Tussendijken, who told us: “…”": someone unnamed but described,
 * quoted through a relative clause. The description is the attribution.
 */
const WHO = new RegExp(
  String.raw`(?:^|[\s,])((?:a|an|one)\s+[^,“”"]{3,60}?),\s+who\s+(?:told\s+(?:us|me|them|him|her)|${VERBS})\b[^“”"]*$`,
  'iu',
);
const DOCUMENT =
  /(?:Concept|Declaration|Doctrine|Strategy|Charter|Treaty|Statement|Agreement|Law|Resolution|Report|Constitution|Communiqué)$/;
const PRONOUN = /^(?:he|she|they)$/i;

export interface AttributionContext {
  speakers: Speakers;
  /** The address's language: English roles are told from predicates by their parts of speech. */
  lang?: string;
  /** Words the address writes in lower case (so not names), when known. */
  common?: Set<string>;
  /** The last person a quotation was attributed to (for "he said"). */
  lastPerson?: string;
  /** The sentence before the quotation's, when it has no quotation of its own (for "he said"). */
  previous?: string;
  /** The paragraph's sentences before the quotation's, nearest first, those without quotations. */
  earlier?: string[];
  /** The last body or document a quotation was attributed to (for "the same review"). */
  lastSource?: string;
}

/** Drops an opening participle or prepositional phrase: "Speaking to the journalists …, ". */
function mainClause(head: string): string {
  const m = /^\s*(?:\p{L}+ing|In|On|At|After|Before|During|Speaking|Besides)\b[^,]*,\s*/u.exec(
    head,
  );
  return m ? head.slice(m[0].length) : head;
}

function resolve(phrase: string, context: AttributionContext, head: string): Resolved | undefined {
  if (PRONOUN.test(phrase.trim())) return pronounOf(head, context);
  return resolveSpeaker(phrase, context.speakers);
}

/** Whom "he" or "elle" stands for: a person named in the clause, else the last one named. */
function pronounOf(head: string, context: AttributionContext): Resolved | undefined {
  const named = firstEntity(head, context);
  if (named?.person) return named;
  // "Tom Brannigan, who …, said it better than any report. “…,” he recalled."
  const previous = context.previous ? firstEntity(context.previous, context) : undefined;
  if (previous?.person) return previous;
  // "Harriet Osei, our collections manager, was on the pavement … She said: “…”": the person
  // the paragraph named, a few sentences back.
  for (const sentence of context.earlier ?? []) {
    const named = firstEntity(sentence, context);
    if (named?.person) return named;
  }
  return context.lastPerson ? { name: context.lastPerson, person: true } : undefined;
}

/** An object pronoun before a verb: "lo resumió", "le dijo", "nous a dit", "ci ha detto". */
const CLITIC_VERB =
  /^(?:(?:lo|le|les|me|nos|se)\s+\p{L}+(?:ó|ió|aba|ía|ían|aron)|(?:nous|m[’']|lui|leur|vous)\s*(?:a|avait|ont)|(?:ci|mi|gli|le)\s+(?:ha|aveva|hanno|disse))(?!\p{L})/iu;

/** Longest role set off after a name ("Ingrid Solberg, chief librarian in Marrenhaven, told us"). */
const MAX_ROLE_WORDS = 12;

/**
 * The words are a predicate, not a role: "Anna Berg, was blunt about the sea:" says what she did.
 * Only English is tagged; elsewhere a role is told by its punctuation alone.
 */
function predicate(words: string, lang: string | undefined): boolean {
  if (!lang || !isEnglish(lang)) return false;
  const first = tokensOf(words, lang)[0];
  return has(first, 'Verb', 'Copula', 'Auxiliary', 'Modal', 'Adverb');
}

/** A phrase headed by a noun that is no time or number ("the harbour master", not "last week"). */
function nounPhrase(words: string, lang: string | undefined): boolean {
  if (!lang || !isEnglish(lang)) return false;
  const tokens = tokensOf(words, lang);
  const head = tokens[tokens.length - 1];
  return (
    has(head, 'Noun') &&
    !has(head, 'Date', 'Time', 'Duration', 'Value', 'Pronoun') &&
    !tokens.some((t) => has(t, 'Verb', 'Copula', 'Auxiliary', 'Modal'))
  );
}

/** The role in commas right after a name, when there is one: "chief engineer of the Authority". */
function roleAfter(rest: string, lang?: string): string | undefined {
  const m = /^,\s+([^,“”"«»„:;]{3,80}?)(,\s|\s?:\s*$)/u.exec(rest);
  const role = m?.[1]?.trim();
  // Untagged, "Jaume Roig, lo resumió en una frase …:" is what he did: an object pronoun and a
  // verb open a predicate, not a role ("directora del Servicio …:" is one).
  if (role && CLITIC_VERB.test(role)) return undefined;
  // A role has words in lower case (German capitalises its nouns: "Geschäftsführerin der …").
  if (!role || !/(?:^|\s)\p{Ll}/u.test(role) || role.split(/\s+/u).length > MAX_ROLE_WORDS)
    return undefined;
  // "the engineer whose work many of you will know" speaks to the room, not of the person.
  if (/\b(?:you|we|us|I|vous|nous|je|Sie|wir|ich)\b/u.test(role)) return undefined;
  if (predicate(role, lang)) return undefined;
  if (OWNED_BY_ANOTHER.test(role)) return undefined;
  // "…, who piloted ships …," is a story about them; "whose work …" likewise.
  if (
    /^(?:who|whom|whose|which|where|when|that|qui|que|dont|der|die|das|den|dem|deren|dessen)\b/iu.test(
      role,
    )
  )
    return undefined;
  return role;
}

/**
 * "Its chair, Gerald Pike, …" names the body of the sentence before: on the slide "its" is
 * nobody's, so the name stands alone.
 */
const OWNED_BY_ANOTHER =
  /^(?:its|their|his|her|son|sa|ses|leur|leurs|sein|seine|ihr|ihre|su|sus|suo|sua|loro)\s/iu;

/** Longest role set off before a name ("The mayor, Anna Berg, told the council"). */
const MAX_ROLE_BEFORE_WORDS = 6;

/**
 * The role a clause opens on before the name in commas ("The mayor, Anna Berg, …"), lower-cased
 * as it reads after the name: "Anna Berg, the mayor". English only: a role must be told by its
 * parts of speech from a time ("Last week, Anna Berg, …"), which punctuation cannot do.
 */
function roleBefore(before: string, rest: string, lang?: string): string | undefined {
  if (!/^,\s/u.test(rest)) return undefined;
  const m = /^\s*([^,“”"«»„:;]{3,60}),\s*$/u.exec(before);
  const role = m?.[1]?.trim();
  if (!role || role.split(/\s+/u).length > MAX_ROLE_BEFORE_WORDS) return undefined;
  if (!/\s\p{Ll}/u.test(role) || !nounPhrase(role, lang) || OWNED_BY_ANOTHER.test(role))
    return undefined;
  return role.charAt(0).toLocaleLowerCase() + role.slice(1);
}

/**
 * A name, or a body's name with its linking words ("Department for Coastal Affairs", "Ministerio
 * de Universidades", "Department of Health").
 */
const ORGANISATION = new RegExp(
  String.raw`${NAME_SEQUENCE.source}(?:\s+(?:of|for|de|del|des|du|für|di|do|da|van)\s+${NAME_SEQUENCE.source})*`,
  'gu',
);

/** "the same review", "le même rapport", "el mismo informe": the source quoted before. */
const SAME_SOURCE =
  /\b(?:the same|le même|la même|el mismo|la misma|derselbe|dieselbe|dasselbe|lo stesso|la stessa|o mesmo|a mesma|hetzelfde|dezelfde)\s+\p{L}+/iu;

/** "In its guidance it states that …": the body the sentence before named. */
const IT_SAYS = new RegExp(String.raw`\bit\s+(?:${VERBS}|concludes|recommends|finds)\b`, 'iu');

/** The first named subject of the clause: a role ("the Russian President"), a name, a document. */
function firstEntity(head: string, context: AttributionContext): Resolved | undefined {
  const clause = mainClause(head);
  const role = new RegExp(`^\\s*(${SPEAKER})`, 'u').exec(clause);
  if (role && /^the\s/i.test(role[1]!)) {
    // "The Department for Coastal Affairs has set out …": the body's whole name.
    const body = new RegExp(`^\\s*[Tt]he\\s+(${ORGANISATION.source})`, 'u').exec(clause)?.[1];
    if (body && /\s(?:of|for|de|del|des|du|für|di|do|da|van)\s/u.test(body))
      return { name: body, person: false };
    return resolveSpeaker(role[1]!, context.speakers);
  }
  const matches = [...clause.matchAll(ORGANISATION)];
  for (const [k, m] of matches.entries()) {
    const words = m[0].split(/\s+/);
    while (words.length && NOT_A_SPEAKER.test(words[0]!)) words.shift();
    // A sentence's first word ("Wie uns Karin Oltmanns …", "Como nos dijo Andrés Quiroga …") is
    // no name: the address writes it in lower case too, or a full name follows in the clause.
    const opening = k === 0 && (m.index ?? 0) <= 1 && words.length === 1;
    const later = matches.slice(k + 1).some((n) => n[0].split(/\s+/).length >= 2);
    if (words.length === 1 && context.common?.has(words[0]!.toLocaleLowerCase())) continue;
    if (opening && later) continue;
    if (words.length === 0) continue;
    const phrase = words.join(' ');
    if (DOCUMENT.test(phrase)) return { name: phrase, person: false };
    const found = resolveSpeaker(phrase.replace(/[’']s$/, ''), context.speakers);
    const rest = clause.slice((m.index ?? 0) + m[0].length);
    const role =
      roleAfter(rest, context.lang) ??
      roleBefore(clause.slice(0, m.index ?? 0), rest, context.lang);
    // A name with a role in commas is a person: "he" and "she" later stand for them; so is one
    // a relative clause tells about ("Tom Brannigan, who piloted ships …,").
    if (found && role && words.length >= 2) return { name: `${found.name}, ${role}`, person: true };
    if (found && words.length >= 2 && /^,\s+(?:who|qui|der|die)\b/u.test(rest))
      return { ...found, person: true };
    return found;
  }
  return undefined;
}

/** A document as a clause's subject, before its verb or a comma, in the languages we read. */
const DOCUMENT_SUBJECTS = [
  /^\s*((?:the|its|our|their|this|that)\s+(?:[\p{L}’'\d-]+\s+){0,4}?(?:review|report|study|strategy|guidance|survey|evaluation|assessment|audit|inquiry|consultation|white paper|analysis|briefing)(?:\s+(?:of|on|by|for|from)\s+[^,:“”"]{3,50}?)?)(?=\s*,|\s+(?:put|puts|said|says|states|stated|concluded|concludes|found|finds|recommended|recommends|warned|warns|noted|notes|wrote|writes|admits|admitted|reads|argued|argues|declared)\b)/iu,
  /^\s*((?:le|la|les|l[’'])\s*(?:rapport|étude|mission|stratégie|revue|enquête|évaluation|circulaire|commission|audit)(?:\s+(?:de|du|des|d[’'])\s*[^,:«»]{3,60}?)?)(?=\s*,|\s+(?:formule|conclut|indique|affirme|écrit|note|recommande|estime|dit|reconnaît|constate|souligne)(?!\p{L}))/iu,
  /^\s*((?:der|die|das)\s+(?:Bericht|Studie|Gutachten|Strategie|Leitfaden|Evaluation|Untersuchung|Kommission)(?:\s+(?:des|der|zum|zur)\s+[^,:„“]{3,50}?)?)(?=\s*,|\s+(?:stellt|schreibt|kommt|empfiehlt|sagt|formuliert|hält|warnt)(?!\p{L}))/u,
  /^\s*((?:el|la|los|las)\s+(?:informe|estudio|estrategia|evaluación|comisión|auditoría)(?:\s+(?:de|del)\s+[^,:«»“”]{3,50}?)?)(?=\s*,|\s+(?:concluye|afirma|dice|señala|recomienda|advierte|reconoce|escribe)(?!\p{L}))/iu,
  /^\s*((?:il|lo|la|l[’'])\s*(?:rapporto|relazione|studio|strategia|commissione|valutazione|indagine)(?:\s+(?:di|del|della|dei|delle)\s+[^,:«»“”]{3,50}?)?)(?=\s*,|\s+(?:conclude|afferma|dice|scrive|raccomanda|avverte|riconosce|osserva)(?!\p{L}))/iu,
];

function documentSubject(clause: string): string | undefined {
  for (const re of DOCUMENT_SUBJECTS) {
    const m = re.exec(clause)?.[1]?.trim();
    if (m) return m.charAt(0).toLocaleUpperCase() + m.slice(1);
  }
  return undefined;
}

/** The words after a quotation say who spoke ("” she said", "» a-t-il ajouté", "», añadió"). */
export function tailSpeaks(tail: string): boolean {
  return [TAIL, TAIL_INVERTED, TAIL_PRONOUN, TAIL_VERB_ONLY].some((re) => re.test(tail));
}

/** Who said the quotation whose sentence reads `head` “…” `tail`. */
export function attributeQuote(
  head: string,
  tail: string,
  context: AttributionContext,
): Resolved | undefined {
  const fromTail = TAIL.exec(tail) ?? TAIL_INVERTED.exec(tail);
  if (fromTail) {
    const r = resolve(fromTail[1]!, context, head);
    if (r) return r;
  }
  if (!head.trim() && (TAIL_PRONOUN.test(tail) || TAIL_VERB_ONLY.test(tail))) {
    const r = pronounOf(head, context);
    if (r) return r;
  }
  const described = DESCRIBED.exec(mainClause(head));
  if (described && /[:,]\s*$|\b(?:said|told|put it)\b/u.test(head)) {
    const d = described[1]!.trim();
    return { name: d.charAt(0).toLocaleUpperCase() + d.slice(1), person: false };
  }
  if (SAME_SOURCE.test(head) && context.lastSource)
    return { name: context.lastSource, person: false };
  if (IT_SAYS.test(head) && context.previous) {
    const body = firstEntity(context.previous, context);
    if (body && !body.person) return body;
  }
  // "The county's 2022 review put it plainly: “…”", "Le rapport de la mission … formule la
  // difficulté en ces termes : « … »": a document the sentence's subject names speaks.
  const document = documentSubject(mainClause(head));
  if (document) return { name: document, person: false };
  // "« … » — c’est ainsi que Margaux Delorme résumait …": a full name just after the quotation.
  if (!head.trim()) {
    const named = [...tail.slice(0, 80).matchAll(NAME_SEQUENCE)].find(
      (m) => m[0].split(/\s+/).length >= 2,
    );
    if (named) return resolveSpeaker(named[0], context.speakers);
  }
  const according = ACCORDING.exec(head);
  if (according) return resolve(according[1]!, context, '');
  const who = WHO.exec(head);
  // Not a person the address names, so not whom a later "he said" refers to.
  if (who) return { name: who[1]!.charAt(0).toUpperCase() + who[1]!.slice(1), person: false };
  const verb = HEAD_VERB.exec(head);
  if (verb) {
    const r = resolve(verb[1]!, context, head.slice(0, verb.index));
    if (r) return r;
  }
  return firstEntity(head, context);
}
