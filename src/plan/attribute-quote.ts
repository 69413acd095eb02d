// Attributes a quotation from the words around it in its sentence: "…,” the Russian leader said",
// "according to the Kremlin, “…", "Moscow never failed to confirm that “…", "he added" (the last
// named speaker), or a document ("Russia’s Foreign Policy Concept … states that “…").
import { NAME_SEQUENCE, resolveSpeaker, type Resolved, type Speakers } from './speakers.js';

const VERBS =
  'said|says|added|adds|warned|emphasi[sz]ed|elaborated|stressed|noted|stated|states|declared|explained|insisted|continued|remarked|replied|concluded|argued|asked|underlined|observed|pointed out|wrote|confirmed|announced';
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
  /** Words the address writes in lower case (so not names), when known. */
  common?: Set<string>;
  /** The last person a quotation was attributed to (for "he said"). */
  lastPerson?: string;
}

/** Drops an opening participle or prepositional phrase: "Speaking to the journalists …, ". */
function mainClause(head: string): string {
  const m = /^\s*(?:\p{L}+ing|In|On|At|After|Before|During|Speaking|Besides)\b[^,]*,\s*/u.exec(
    head,
  );
  return m ? head.slice(m[0].length) : head;
}

function resolve(phrase: string, context: AttributionContext, head: string): Resolved | undefined {
  if (PRONOUN.test(phrase.trim())) {
    const named = firstEntity(head, context);
    if (named?.person) return named;
    return context.lastPerson ? { name: context.lastPerson, person: true } : undefined;
  }
  return resolveSpeaker(phrase, context.speakers);
}

/** The first named subject of the clause: a role ("the Russian President"), a name, a document. */
function firstEntity(head: string, context: AttributionContext): Resolved | undefined {
  const clause = mainClause(head);
  const role = new RegExp(`^\\s*(${SPEAKER})`, 'u').exec(clause);
  if (role && /^the\s/i.test(role[1]!)) return resolveSpeaker(role[1]!, context.speakers);
  for (const m of clause.matchAll(NAME_SEQUENCE)) {
    const words = m[0].split(/\s+/);
    while (words.length && NOT_A_SPEAKER.test(words[0]!)) words.shift();
    if (words.length === 0) continue;
    const phrase = words.join(' ');
    if (DOCUMENT.test(phrase)) return { name: phrase, person: false };
    return resolveSpeaker(phrase.replace(/[’']s$/, ''), context.speakers);
  }
  return undefined;
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
