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

export function thesisNouns(lang: string): ReadonlySet<string> {
  return THESIS[lang.toLowerCase().slice(0, 2)] ?? NONE.connectives;
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
