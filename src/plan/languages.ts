// The few closed-class words the planner needs outside English, where no tagger is used: the
// connectives a bullet may drop at its start, the words that open a dependent clause (a text
// opening on one is no statement of its own), and the articles that open a noun phrase.
export interface LanguageWords {
  connectives: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  articles: ReadonlySet<string>;
}

const words = (s: string): ReadonlySet<string> => new Set(s.split(' '));

const TABLE: Record<string, LanguageWords> = {
  fr: {
    connectives: words(
      'enfin ensuite pourtant cependant certes bref ainsi donc toutefois néanmoins alors aussi or puis',
    ),
    subordinators: words(
      'que qu’ qui quand lorsque lorsqu’ puisque puisqu’ parce si bien quoique dont où comme car afin',
    ),
    articles: words(
      'le la les l’ un une des du au aux ce cette ces notre nos votre vos leur leurs',
    ),
  },
  de: {
    connectives: words(
      'zunächst allerdings deshalb daher trotzdem außerdem schließlich kurz also dennoch jedoch nun erstens zweitens drittens',
    ),
    subordinators: words(
      'dass weil wenn ob obwohl obgleich da als wie wo während bevor nachdem damit sodass falls',
    ),
    articles: words(
      'der die das den dem des ein eine einen einem einer eines unser unsere unseren ihr ihre',
    ),
  },
  es: {
    connectives: words('además sin embargo pues entonces así finalmente primero segundo'),
    subordinators: words('que porque si aunque cuando donde como mientras pues'),
    articles: words('el la los las un una unos unas nuestro nuestra'),
  },
  it: {
    connectives: words('inoltre tuttavia quindi dunque infine allora'),
    subordinators: words('che perché se benché quando dove come mentre poiché'),
    articles: words('il lo la i gli le un uno una l’ nostro nostra'),
  },
  pt: {
    connectives: words('além contudo portanto assim finalmente então'),
    subordinators: words('que porque se embora quando onde como enquanto'),
    articles: words('o a os as um uma nosso nossa'),
  },
  nl: {
    connectives: words('bovendien echter dus daarom ten slotte toch'),
    subordinators: words('dat omdat als of hoewel wanneer waar terwijl doordat'),
    articles: words('de het een ons onze'),
  },
};

const NONE: LanguageWords = {
  connectives: new Set(),
  subordinators: new Set(),
  articles: new Set(),
};

export function languageWords(lang: string): LanguageWords {
  return TABLE[lang.toLowerCase().slice(0, 2)] ?? NONE;
}

/** The first word of `text`, lower-cased, with an elided article kept whole ("l’eau" → "l’"). */
export function firstWord(text: string): string {
  const m = /^[\s«»„“”"(]*([\p{L}]+[’']|[\p{L}]+)/u.exec(text);
  return (m?.[1] ?? '').toLowerCase().replace("'", '’');
}
