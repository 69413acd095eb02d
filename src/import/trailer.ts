// What a press office puts after the address (and after its notes): media contacts, "ENDS",
// "Back to Speeches", share links. Dropped from the end backwards, block by block, and reported.
import { lineRange, type Notice, type SourceLine } from './notice.js';

/** A line that opens a block of press-office furniture: all of that block goes. */
const OPENERS =
  /^(?:for (?:media|press) (?:enquiries|inquiries|information)|media (?:contacts?|enquiries|inquiries)|press (?:office|contacts?|enquiries|inquiries)|contacts?\s*:|for (?:further|more) information|notes? to editors|issued by|about the (?:ministry|department|office)\b|follow us\b)/i;
/** A line that is furniture on its own. */
const FURNITURE = [
  /^[-–—\s]*(?:ends|end|-?30-|###)[-–—\s]*$/i,
  /^(?:back|return|go back)\s+to\b.{0,60}$/i,
  /\b[\w.+-]+@[\w-]+\.[\w.-]+\b/,
  /^(?:tel|phone|mobile|fax|t|m)?\.?\s*:?\s*\+?\(?\d[\d\s().-]{6,}\d$/i,
  /^(?:share|tweet|print|email|e-mail)(?:\s+(?:this|on)\b.*)?$/i,
  /^(?:tags?|categories|related|last (?:updated|modified)|page last (?:updated|reviewed))\b.*$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^(?:©|copyright\b)/i,
];

/** Furniture lines are short: a sentence of the address that gives an e-mail address is not one. */
function isFurniture(t: string): boolean {
  return t.split(/\s+/).length <= 10 && FURNITURE.some((re) => re.test(t));
}

/** Drop trailing furniture; blank lines between its blocks go with it. */
export function dropTrailer(lines: SourceLine[]): { lines: SourceLine[]; notices: Notice[] } {
  let end = lines.length;
  const notices: Notice[] = [];
  for (;;) {
    while (end > 0 && !lines[end - 1]!.text.trim()) end--;
    let start = end;
    while (start > 0 && lines[start - 1]!.text.trim()) start--;
    const block = lines.slice(start, end).map((l) => l.text.trim());
    if (!block.length) break;
    const opener = block.findIndex((t) => OPENERS.test(t));
    // The furniture starts at an opener, or is every line of the block from some line on.
    let from =
      opener >= 0 && block.slice(opener).every((t) => t.length <= 160) ? opener : block.length;
    if (opener < 0 && block.every(isFurniture)) from = 0;
    if (from === block.length) break;
    const [first, last] = [lines[start + from]!.n, lines[end - 1]!.n];
    notices.push({
      line: first,
      message: `dropped press-office furniture (${lineRange(first, last)})`,
    });
    end = start + from;
    if (from > 0) break;
  }
  return { lines: lines.slice(0, end), notices };
}
