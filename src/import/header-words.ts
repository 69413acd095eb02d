// The words a speech's header is made of: what the speech is, honorifics, names, dates.

export const SPEECH_WORD =
  /^(?:(?:keynote|opening|closing|welcome|welcoming|inaugural|special)\s+)?(?:address|speech|remarks|statement|presentation|lecture|talk|keynote|toast|briefing|testimony)\b/i;
export const OCCASION_LEAD = new RegExp(
  `^(?:${SPEECH_WORD.source.slice(1)}\\s+(?:to|at|before|for|on the occasion of)|(?:delivered|presented|given|spoken)\\s+(?:at|to|before))\\s+`,
  'i',
);
export const EVENT_WORD =
  /(?<!\p{L})(?:conference|summit|forum|congress|symposium|meeting|assembly|convention|session|dialogue|workshop|seminar|colloquium|festival|ceremony|gala|dinner|reception|committee|council|commission|week|day|launch|opening|conférence|congrès|colloque|journées?|rencontres?|assises|sommet|séminaire|tagung|kongress|konferenz|symposium|fachtagung|jahrestagung|versammlung|gipfel|jornadas?|congreso|conferencia|foro|encuentro|cumbre|seminario|simposio|convegno|conferenza|congresso|giornat[ae]|incontro|vertice|congresso|encontro|jornada|conferentie|congres|bijeenkomst)(?!\p{L})/iu;
export const HONORIFIC =
  /^(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|H\.?E|Hon|Rev|Amb|Ambassador|Minister|President|Senator|Professor|Judge|Gen|Councillor|Councilor|Cllr|Mayor|Alderman|Alderwoman|Governor|Bishop|Dean)\.?$/i;
const NAME_PARTICLE = /^(?:von|van|de|der|den|del|della|di|da|du|la|le|al|el|bin|ibn|ben)$/;
const NAME_WORD = /^(?:\p{Lu}\.)+$|^\p{Lu}[\p{L}'’-]*\.?$/u;

// English, and the months of the Latin-script languages Lectern labels ("23 de octubre de 2025",
// "12. März 2024", "3 juin 2023").
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus|oktober';
const WEEKDAYS = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?';
const DATE_TOKEN = new RegExp(
  `(?<!\\p{L})(?:${MONTHS}|${WEEKDAYS})(?!\\p{L})\\.?|\\b\\d{1,2}(?:st|nd|rd|th|er)?\\b\\.?|\\b\\d{4}\\b|(?<!\\p{L})(?:to|and|of|de|del|au|à|bis|al|e|y|und|et|van|tot)(?!\\p{L})|[-–—/&.]`,
  'giu',
);

/** A comma-separated part made only of months, weekdays, days, years and joiners ("May 15-17", "2019"). */
export function isDatePart(part: string): boolean {
  return /\d|\p{L}/u.test(part) && part.replace(DATE_TOKEN, '').trim() === '';
}

export function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6) return false;
  const ok = words.every((w) => NAME_WORD.test(w) || NAME_PARTICLE.test(w) || HONORIFIC.test(w));
  return ok && words.some((w) => NAME_WORD.test(w));
}

/** A name with an honorific or initials ("Dr. Sam Ito", "A. Zhebin"): a speaker line on its own. */
export function isMarkedName(text: string): boolean {
  const words = text.split(/\s+/);
  const marked =
    /(?:^|\s)(?:\p{Lu}\.)+(?:\s|$)/u.test(text) || words.some((w) => HONORIFIC.test(w));
  return words.length >= 2 && words.length <= 6 && marked && looksLikeName(text);
}
