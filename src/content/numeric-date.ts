// A date written in figures ("14.03.2023", "03/14/2023", "14/03/2023") read in the address's
// language, for the PDFs' creation date; it is still shown as written. Dots always put the day
// first; slashes and dashes follow the language's order (month first in `en`, day first in
// `en-GB`, `fr`, `de`…), and an order that gives no real day yields to the other.

const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;

function monthFirst(lang: string): boolean {
  const parts = new Intl.DateTimeFormat(lang, { timeZone: 'UTC' }).formatToParts(new Date(0));
  const kinds = parts.map((p) => p.type);
  return kinds.indexOf('month') < kinds.indexOf('day');
}

function iso(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO form of a date in figures, or undefined when `written` is not one. */
export function numericDateIso(written: string, lang: string): string | undefined {
  const m = NUMERIC.exec(written.trim());
  if (!m) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const dayFirst = iso(year, b, a);
  const monthFirstIso = iso(year, a, b);
  if (m[2] === '.') return dayFirst;
  return monthFirst(lang) ? (monthFirstIso ?? dayFirst) : (dayFirst ?? monthFirstIso);
}
