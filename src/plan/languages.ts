// The few closed-class words the planner needs outside English, where no tagger is used: the
// connectives a bullet may drop at its start, and the words that open a dependent clause (a text
// opening on one is no statement of its own).
export interface LanguageWords {
  connectives: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  /**
   * Words of contrast, condition and negation: a clause holding one carries the claim ("…, pero
   * mide mal lo que puede llegar a aprender, …") and is never left out as an aside or a tail.
   */
  keeps: ReadonlySet<string>;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const TABLE: Record<string, LanguageWords> = {
  fr: {
    connectives: words(
      'enfin ensuite pourtant cependant certes bref ainsi donc toutefois néanmoins alors aussi or puis concrètement',
    ),
    subordinators: words(
      'que qu’ qui quand lorsque lorsqu’ puisque puisqu’ parce si bien quoique dont où comme car afin',
    ),
    keeps: words('mais sauf sinon sans ne pas jamais aucun aucune'),
  },
  de: {
    connectives: words(
      'zunächst allerdings deshalb daher trotzdem außerdem schließlich kurz also dennoch jedoch nun erstens zweitens drittens',
    ),
    subordinators: words(
      'dass weil wenn ob obwohl obgleich da als wie wo während bevor nachdem damit sodass falls',
    ),
    keeps: words('aber sondern nicht kein keine keinen nie niemals außer'),
  },
  es: {
    connectives: words('además sin embargo pues entonces así finalmente primero segundo'),
    subordinators: words('que porque si aunque cuando donde como mientras pues'),
    keeps: words('pero sino no nunca jamás ningún ninguna salvo excepto aunque'),
  },
  it: {
    connectives: words('inoltre tuttavia quindi dunque infine allora'),
    subordinators: words('che perché se benché quando dove come mentre poiché'),
    keeps: words('ma però non mai nessun nessuna tranne salvo sennonché'),
  },
  pt: {
    connectives: words('além contudo portanto assim finalmente então'),
    subordinators: words('que porque se embora quando onde como enquanto'),
    keeps: words('mas porém não nunca nenhum nenhuma exceto salvo'),
  },
  nl: {
    connectives: words('bovendien echter dus daarom ten slotte toch'),
    subordinators: words('dat omdat als of hoewel wanneer waar terwijl doordat'),
    keeps: words('maar niet geen nooit tenzij behalve'),
  },
};

const NONE: LanguageWords = {
  connectives: new Set(),
  subordinators: new Set(),
  keeps: new Set(),
};

export function languageWords(lang: string): LanguageWords {
  return TABLE[lang.toLowerCase().slice(0, 2)] ?? NONE;
}

/**
 * Nouns with which a speaker announces the point itself ("My argument this morning is a simple
 * one: …", "Meine These lautet: …"): what follows the colon is the address's thesis.
 */
const THESIS: Record<string, ReadonlySet<string>> = {
  en: words('argument thesis point message conclusion claim case answer proposal belief'),
  fr: words('thèse argument message conclusion propos conviction réponse proposition'),
  de: words('these botschaft fazit argument schluss antwort überzeugung vorschlag'),
  es: words('tesis argumento mensaje conclusión respuesta propuesta'),
  it: words('tesi argomento messaggio conclusione risposta proposta'),
  pt: words('tese argumento mensagem conclusão resposta proposta'),
  nl: words('stelling boodschap conclusie argument antwoord voorstel'),
};

/**
 * "I want to be clear: …", "Je veux être claire : …", "Quiero ser clara: …": the speaker insists on
 * what follows the colon, which is then the point, as after a thesis noun.
 */
const INSISTS: Record<string, ReadonlySet<string>> = {
  en: words('clear plain'),
  fr: words('clair claire clairs claires'),
  de: words('klar deutlich'),
  es: words('claro clara claros claras'),
  it: words('chiaro chiara chiari chiare'),
  pt: words('claro clara claros claras'),
  nl: words('duidelijk'),
};

export function thesisNouns(lang: string): ReadonlySet<string> {
  const base = lang.toLowerCase().slice(0, 2);
  const insists = INSISTS[base];
  if (insists) return new Set([...(THESIS[base] ?? []), ...insists]);
  return THESIS[base] ?? NONE.connectives;
}

/**
 * The speaker's verdict on what someone else said ("Tenía razón.", "Credo che abbia ragione.",
 * "Il avait raison."): it leans on words the slide may not show.
 */
const VERDICTS: Record<string, string[]> = {
  en: ['was right', 'is right', 'were right', 'are right', 'is partly right', 'was partly right'],
  fr: [
    'avait raison',
    'a raison',
    'avaient raison',
    'ont raison',
    'ait raison',
    'a en partie raison',
  ],
  de: [
    'hatte recht',
    'hat recht',
    'hatten recht',
    'haben recht',
    'recht hatte',
    'recht hat',
    'hat teilweise recht',
  ],
  es: [
    'tenía razón',
    'tiene razón',
    'tenían razón',
    'tienen razón',
    'tenga razón',
    'tiene parte de razón',
    'tenía parte de razón',
  ],
  it: [
    'aveva ragione',
    'ha ragione',
    'abbia ragione',
    'avevano ragione',
    'hanno ragione',
    'ha in parte ragione',
  ],
  pt: ['tinha razão', 'tem razão', 'tenha razão', 'tinham razão', 'têm razão'],
  nl: ['had gelijk', 'heeft gelijk', 'hadden gelijk', 'hebben gelijk'],
};

/**
 * The speaker's verdict that what came before is wrong ("They were wrong.", "Ils avaient tort.",
 * "Sie irrten sich."): the sentence it answers is a view the speaker rejects.
 */
const REFUTATIONS: Record<string, RegExp> = {
  en: /(?:^|\s)(?:(?:was|were|is|are|been|proved|turned out to be)\s+(?:\p{L}+ly\s+)?(?:wrong|mistaken|untrue|false|not true)|none of (?:it|this|that) (?:happened|came true))\b/u,
  fr: /(?:^|\s)(?:avai(?:t|ent) tort|ont eu tort|a eu tort|se trompai(?:t|ent)|se sont trompés|(?:c[’']est|c[’']était) faux|il n[’']en (?:fut|a) rien)(?!\p{L})/u,
  de: /(?:^|\s)(?:irrten? sich|(?:haben|hat) sich geirrt|lagen falsch|lag falsch|hatten? unrecht|(?:ist|war) falsch|stimmte? nicht)(?!\p{L})/u,
  es: /(?:^|\s)(?:se equivoca(?:ba|ban|ron)|estaban? equivocad[oa]s?|no (?:era|fue) así|(?:es|era) falso)(?!\p{L})/u,
  it: /(?:^|\s)(?:si sbagliava(?:no)?|avevano torto|aveva torto|hanno sbagliato|ha sbagliato|non (?:era|è andata) così|(?:è|era) falso)(?!\p{L})/u,
  pt: /(?:^|\s)(?:estava(?:m)? errad[oa]s?|enganava(?:m)?-se|não era verdade|(?:é|era) falso)(?!\p{L})/u,
  nl: /(?:^|\s)(?:had(?:den)? ongelijk|vergiste(?:n)? zich|(?:is|was) onjuist)(?!\p{L})/u,
};

/** Words of a sentence that is only the verdict, at most ("They were completely wrong."). */
const REFUTATION_WORDS = 7;

/** The sentence is the speaker's short verdict that what was said before is wrong. */
export function refutesWhatCame(sentence: string, lang: string): boolean {
  const text = sentence.trim().toLocaleLowerCase();
  const re = REFUTATIONS[lang.toLowerCase().slice(0, 2)];
  return !!re && text.split(/\s+/u).length <= REFUTATION_WORDS && re.test(text);
}

/** Words before the verdict at most: "Creo que tiene razón", not a claim that ends on one. */
const VERDICT_AT = 4;

/** The sentence opens on the speaker's verdict on what was said before. */
export function judgesWhatWasSaid(sentence: string, lang: string): boolean {
  const text = sentence.trim().toLocaleLowerCase();
  return (VERDICTS[lang.toLowerCase().slice(0, 2)] ?? []).some((v) => {
    // The verdict ends its clause: "The market is right about prices" is a claim of its own.
    const at = text.search(new RegExp(`(?:^|\\s)${v}(?=\\s*(?:[,.;:!?]|$))`, 'u'));
    return at >= 0 && text.slice(0, at).split(/\s+/u).filter(Boolean).length <= VERDICT_AT;
  });
}

/**
 * The speaker ending where they began ("Termino donde empecé.", "Chiudo da dove ho cominciato."):
 * a word of ending opens the sentence, "where" and a word of beginning follow. It steers the talk.
 */
const ENDS_WHERE_BEGAN: Record<string, RegExp> = {
  en: /^(?:let me |i will |i’ll |i'll |i )?(?:end|close|finish|conclude)\s+(?:\p{L}+\s+){0,2}where\s+(?:\p{L}+\s+){0,2}(?:began|begun|started)(?!\p{L})/u,
  fr: /^(?:je )?(?:termine|finis|conclus|terminerai|finirai)\s+(?:\p{L}+\s+){0,2}où\s+(?:\p{L}+[\s’']+){0,3}commencé(?!\p{L})/u,
  de: /^(?:ich )?(?:schließe|ende|beende)[\s,]+(?:\p{L}+[\s,]+){0,3}wo\s+(?:\p{L}+\s+){0,3}(?:begonnen|angefangen)(?!\p{L})/u,
  es: /^(?:termino|acabo|cierro|concluyo|terminaré)\s+(?:\p{L}+\s+){0,2}donde\s+(?:\p{L}+\s+){0,2}(?:empecé|comencé|empezado|comenzado)(?!\p{L})/u,
  it: /^(?:chiudo|finisco|concludo|termino)\s+(?:\p{L}+\s+){0,2}dove\s+(?:\p{L}+\s+){0,2}(?:cominciato|iniziato|cominciai|iniziai)(?!\p{L})/u,
  pt: /^(?:termino|acabo|encerro|concluo)\s+(?:\p{L}+\s+){0,2}onde\s+(?:\p{L}+\s+){0,2}(?:comecei|começado|iniciei)(?!\p{L})/u,
  nl: /^(?:ik )?(?:eindig|sluit|besluit)\s+(?:\p{L}+\s+){0,2}waar\s+(?:\p{L}+\s+){0,3}(?:begon|begonnen)(?!\p{L})/u,
};

export function endsWhereBegan(sentence: string, lang: string): boolean {
  const re = ENDS_WHERE_BEGAN[lang.toLowerCase().slice(0, 2)];
  return !!re && re.test(sentence.trim().toLocaleLowerCase());
}

/**
 * Openings with which a speaker draws the conclusion of what came before ("Hence …", "Daher …",
 * "Par conséquent, …"): the sentence is the passage's point, and may run as long as a thesis.
 */
const CONCLUDING: Record<string, string[]> = {
  en: ['hence', 'therefore', 'thus', 'consequently', 'in conclusion', 'to conclude'],
  fr: ['donc', 'par conséquent', 'en conclusion', 'c’est pourquoi', "c'est pourquoi"],
  de: ['daher', 'deshalb', 'folglich', 'deswegen', 'darum'],
  es: ['por tanto', 'por lo tanto', 'por consiguiente', 'en conclusión', 'así pues'],
  it: ['quindi', 'pertanto', 'dunque', 'perciò', 'in conclusione'],
  pt: ['portanto', 'por isso', 'por conseguinte', 'em conclusão', 'logo'],
  nl: ['daarom', 'dus', 'kortom', 'derhalve', 'concluderend'],
};

/** The sentence opens on a word or phrase that draws a conclusion, in the address's language. */
export function drawsConclusion(sentence: string, lang: string): boolean {
  const start = sentence.trim().toLocaleLowerCase();
  return (CONCLUDING[lang.toLowerCase().slice(0, 2)] ?? []).some(
    (p) => start.startsWith(p) && /^[\s,]/u.test(start.slice(p.length)),
  );
}

/** "si", "wenn", "se", "als": a condition when it opens the clause ("…, si …"), else "whether". */
const CONDITIONS = words('si wenn falls se als');

/**
 * The word carries the claim in the address's language: a contrast or a negation anywhere, a
 * condition when it opens the words a cut would leave out (`opening`).
 */
export function keepsClaim(word: string, lang: string, opening = false): boolean {
  const lower = word.toLocaleLowerCase();
  if (opening && CONDITIONS.has(lower) && languageWords(lang) !== NONE) return true;
  // French elides its negation onto the verb: "n’a", "n’est".
  return languageWords(lang).keeps.has(lower) || (/^fr/iu.test(lang) && /^n[’']/u.test(lower));
}

/**
 * The speaker telling the room why they tell it ("Ich erzähle Ihnen das nicht, um Sie zu
 * entmutigen", "I am not telling you this to …", "Je ne vous dis pas cela pour …"): a verb of
 * telling with "you" near the opening, and "this" for what it tells. It is about the talk, not a
 * point of it.
 */
const TELLS_YOU: Record<string, RegExp> = {
  en: /^(?:\p{L}+\s+){0,3}(?:tell|telling|told|say|saying)\s+(?:to\s+)?you\b/iu,
  fr: /^(?:\p{L}+\s+){0,3}vous\s+(?:dis|raconte|dirai|racontes?|ai\s+dit|ai\s+raconté)(?!\p{L})/iu,
  de: /^(?:\p{L}+\s+){0,2}(?:erzähle|sage|berichte|erzählt|sagt)\s+(?:ich\s+)?(?:Ihnen|euch)(?!\p{L})/iu,
  es: /^(?:\p{L}+\s+){0,2}(?:les|os)\s+(?:cuento|digo|contaré|diré|he\s+contado|he\s+dicho)(?!\p{L})/iu,
  it: /^(?:\p{L}+\s+){0,2}(?:vi|le)\s+(?:racconto|dico|racconterò|dirò|ho\s+raccontato|ho\s+detto)(?!\p{L})/iu,
  pt: /^(?:\p{L}+\s+){0,2}(?:lhes|vos)\s+(?:conto|digo|contarei|direi)(?!\p{L})/iu,
  nl: /^(?:\p{L}+\s+){0,2}(?:vertel|zeg)\s+(?:ik\s+)?(?:u|jullie)(?!\p{L})/iu,
};

/** What is told stands for what came before: "… erzähle Ihnen das", "telling you this". */
const TOLD_BACK: Record<string, ReadonlySet<string>> = {
  en: words('this that'),
  fr: words('cela ça ceci'),
  de: words('das dies es'),
  es: words('esto eso'),
  it: words('questo ciò'),
  pt: words('isso isto'),
  nl: words('dit dat het'),
};

/** Words from the opening a pointing-back word is looked for in. */
const TOLD_BACK_WITHIN = 8;

export function tellsTheRoom(sentence: string, lang: string): boolean {
  const base = lang.toLowerCase().slice(0, 2);
  const text = sentence.trim();
  if (!TELLS_YOU[base]?.test(text)) return false;
  const opening = text
    .toLocaleLowerCase()
    .split(/[^\p{L}]+/u)
    .slice(0, TOLD_BACK_WITHIN);
  return opening.some((w) => TOLD_BACK[base]!.has(w));
}

/**
 * The speaker handling the talk rather than making a point: "I will give you the figures first,
 * because …" (a promise with a date, "We will tell you the results in June", is a point), "I
 * want to be fair to the people who opposed us." A colon after it announces the point instead
 * ("I want to be clear: …" is a thesis).
 */
const HANDLING: Record<string, RegExp> = {
  en: /^(?:(?:so|and|but|now),?\s+)?(?:i|we)\s+(?:(?:will|shall|’ll|'ll|want\s+to|would\s+like\s+to|am\s+going\s+to)\s+(?:give|show|tell|walk|take|remind)\s+you(?=[^.:]*\b(?:first|now|briefly|quickly|in\s+a\s+moment|before\s+i)\b)|(?:want|wish|need|would\s+like)\s+to\s+be\s+(?:fair|careful|clear|honest|precise|frank|candid))\b(?![^:]*:)/iu,
  de: /^(?:(?:und|aber|nun),?\s+)?ich\s+(?:will|möchte|werde)\s+(?:Ihnen\s+|euch\s+)?(?:nichts\s+vormachen|ehrlich\s+sein|offen\s+sein|fair\s+sein)(?![^:]*:)/iu,
  fr: /^(?:(?:et|mais),?\s+)?je\s+(?:veux|vais|voudrais)\s+(?:être\s+(?:honnête|franc|franche|juste|clair|claire)|ne\s+rien\s+vous\s+cacher)(?![^:]*:)|^je\s+ne\s+vais\s+pas\s+vous\s+mentir/iu,
  es: /^(?:(?:y|pero),?\s+)?(?:quiero|voy\s+a)\s+ser\s+(?:honesto|honesta|justo|justa|franco|franca|claro|clara)(?![^:]*:)|^no\s+(?:les|os)\s+voy\s+a\s+mentir/iu,
  it: /^(?:(?:e|ma),?\s+)?voglio\s+essere\s+(?:onesto|onesta|giusto|giusta|franco|franca|chiaro|chiara)(?![^:]*:)|^non\s+(?:vi|le)\s+(?:nasconderò|mentirò)/iu,
};

/** The speaker handling the talk ("I will give you the figures first", "Ich will Ihnen nichts vormachen"). */
export function handlesTheTalk(sentence: string, lang: string): boolean {
  return HANDLING[lang.toLowerCase().slice(0, 2)]?.test(sentence.trim()) ?? false;
}

/**
 * Words that only rank what follows, in the languages we label ("and most important", "c’est,
 * à mes yeux, le plus important", "das ist mir das Wichtigste"): an aside holding them, or a
 * clause before a colon ending on them, may go.
 */
const WEIGHING_WORDS =
  'most important|matters most|above all|le plus important|la plus importante|surtout|wichtigste|vor allem|lo más importante|lo principal|sobre todo|più importante|soprattutto|mais importante|sobretudo|belangrijkste';
export const WEIGHS = new RegExp(`(?:${WEIGHING_WORDS})`, 'iu');
export const ENDS_ON_WEIGHING = new RegExp(`(?:${WEIGHING_WORDS})\\s*$`, 'iu');

/** The speaker turning to a topic: "Now I come to money", "Let me turn to", "J’en viens à". */
const STEERING =
  /^(?:(?:now|so|and|next),?\s+)?(?:(?:i|we)\s+(?:now\s+)?(?:come|turn|move|return|go back|get)\s+(?:now\s+)?to|let\s+(?:me|us)\s+(?:now\s+)?(?:come(?:\s+back)?|turn|move|return|go\s+back)\s+to|(?:maintenant,?\s+)?j[’']en viens|venons-en|passons\s+(?:maintenant\s+)?(?:à|au|aux)|(?:nun\s+)?komme ich (?:nun |jetzt )?zu|ich komme (?:nun |jetzt )?zu|kommen wir (?:nun |jetzt )?zu|paso (?:ahora )?a|vengo (?:ahora )?a|pasemos a|vengo ora a|passo (?:ora )?a|venho (?:agora )?a|passemos a|ik kom (?:nu )?(?:bij|tot))\b/iu;

/**
 * The speaker ordering the talk in the languages we label: "Let me start with the figures",
 * "Commençons par les chiffres", "Empiezo por los datos", "Vuelvo a la factura", "Ich beginne
 * mit …", "Torno alla bolletta".
 */
const ORDERING =
  /^(?:(?:so|and|now|but|et|mais|alors|y|pero|und|aber|e|ma),?\s+)?(?:let\s+me\s+(?:start|begin)\s+with|i\s+(?:will\s+)?(?:start|begin)\s+with|commençons\s+par|je\s+commence(?:rai)?\s+par|je\s+voudrais\s+(?:commencer|finir|terminer)\s+(?:par|sur)|je\s+reviens\s+(?:à|au|aux|sur)|(?:empiezo|comienzo|empezaré|comenzaré)\s+por|vuelvo\s+a|(?:aquí\s+)?llego\s+a|quiero\s+(?:explicarles|contarles)|ich\s+(?:beginne|fange)\s+mit|ich\s+komme\s+(?:zurück\s+)?(?:auf|zu)|lassen\s+sie\s+mich\s+mit|(?:comincio|inizio|partirò)\s+(?:da|con)|torno\s+(?:a|al|alla|ai|alle|sul|sulla)|(?:começo|começarei)\s+por|volto\s+(?:a|ao|à))(?!\p{L})/iu;

/** The speaker turning to a topic or ordering the talk, in any language we label. */
export function steersTheTalk(sentence: string): boolean {
  return STEERING.test(sentence) || ORDERING.test(sentence);
}
