// Section headings as plain text writes them: "1. Introduction", "II. Context", "2) Trade",
// "Section 3: Security", "CONCLUSION". The deck numbers sections itself, so numbers are dropped.

export interface Heading {
  title: string;
  /** The source's number for the section, if it had one ("1", "II", "3"). */
  number?: string;
}

const ROMAN_UPPER = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)[.)]\s+(\S.*)$/;
const ROMAN_NUMBERED = /^([IVXLC]{1,6})[.)]\s+(\S.*)$/;
const NAMED = /^(?:section|part|chapter)\s+(\d{1,2}|[IVXLC]{1,6}|[a-z]+)\s*[:.–—-]\s*(\S.*)$/i;

function plausibleTitle(title: string, maxWords: number): boolean {
  const words = title.split(/\s+/).length;
  // A trailing full stop or comma makes it a sentence or a list item, not a heading.
  return title.length <= 120 && words <= maxWords && !/[.,;!]$/.test(title) && !/^\[/.test(title);
}

/** A paragraph's text read as a heading, or undefined when it is ordinary text. */
export function readHeading(text: string): Heading | undefined {
  const t = text.trim();
  const roman = ROMAN_NUMBERED.exec(t);
  const m =
    NUMBERED.exec(t) ?? NAMED.exec(t) ?? (roman && ROMAN_UPPER.test(roman[1]!) ? roman : null);
  if (m) {
    const title = m[2]!.trim();
    return plausibleTitle(title, 15) ? { title, number: m[1]! } : undefined;
  }
  const letters = t.replace(/[^\p{L}]/gu, '');
  const allCaps = letters.length >= 4 && !/\p{Ll}/u.test(letters) && /\p{Lu}/u.test(letters);
  return allCaps && plausibleTitle(t, 10) ? { title: t } : undefined;
}

/** True when the numbers do not run 1, 2, 3… (or I, II, III…), worth telling the user. */
export function numberingIrregular(numbers: string[]): boolean {
  const arabic = numbers.map((n) => Number.parseInt(n, 10));
  if (arabic.every((n) => !Number.isNaN(n))) return arabic.some((n, i) => n !== i + 1);
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  return numbers.some((n, i) => n.toUpperCase() !== roman[i]);
}
