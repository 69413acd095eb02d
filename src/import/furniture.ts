// Page furniture: what a web page or a PDF wraps around the address (calendars, navigation links,
// page numbers, rules). None of it is the speaker's text, so it is dropped — and each drop reported.
import { lineRange, type Notice, type SourceLine } from './notice.js';
import { endsSentence } from './paragraphs.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const CALENDAR_MONTH = new RegExp(`^${MONTH}\\.?,?\\s+\\d{4}$`, 'i');
const CALENDAR_DAYS = /^(?:\d{1,2}\s+){2,}\d{1,2}$/;
const CALENDAR_WEEKDAYS =
  /^(?:(?:Su|Mo|Tu|We|Th|Fr|Sa|Sun|Mon|Tue|Wed|Thu|Fri|Sat|[SMTWF])\s*){7}$/i;

/** Navigation left over from a web page; only dropped when the line stands alone. */
const TRAILERS = [
  /\bclick here\b/i,
  /^(?:back|return|go back)\s+to\b.{0,60}$/i,
  /\bto go to\b.*\bpage\b/i,
  /^(?:copyright\b|©)/i,
  /^(?:top of (?:the )?page|print(?: this page)?|share(?: this(?: page)?)?|e-?mail this page)\.?$/i,
];

const PAGE_NUMBERS = [
  /^page\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
];

/** A number on a line of its own between blank lines: a page number, never a sentence. */
const BARE_NUMBER = /^\d{1,4}$/;

const RULE = /^(?:[-_*=~#•·]\s*){3,}$/;

/** Instructions to the press, never spoken: dropped wherever they stand. */
const DELIVERY = [
  /^\W*check against (?:actual )?delivery\W*$/i,
  /^\W*(?:embargo(?:ed)?|under embargo)(?:\s*(?:until|till|to|for|:|–|—|-)(?:\s.{0,100}|$)|\W*$)/i,
  /^\W*(?:as prepared for delivery|as delivered|speaking notes|please check against delivery)\W*$/i,
  /^\W*(?:only the spoken word counts|the spoken word prevails)\W*$/i,
];

export interface Furniture {
  lines: SourceLine[];
  notices: Notice[];
  /** Source lines of the dropped rules, which may introduce a note list. */
  rules: number[];
}

/** A page number inside a sentence: drop the blank lines around it, so the sentence stays whole. */
function mendPageBreak(kept: SourceLine[]): boolean {
  let k = kept.length;
  while (k > 0 && kept[k - 1]!.text.trim() === '') k--;
  const before = kept[k - 1]?.text.trim();
  if (!before || endsSentence(before)) return false;
  kept.length = k;
  return true;
}

function standsAlone(lines: SourceLine[], i: number): boolean {
  const blank = (j: number) => j < 0 || j >= lines.length || lines[j]!.text.trim() === '';
  return blank(i - 1) && blank(i + 1);
}

/** Length of the calendar block starting at `i` (month-year line, weekday row, day rows), or 0. */
function calendarLength(lines: SourceLine[], i: number): number {
  if (!CALENDAR_MONTH.test(lines[i]!.text.trim())) return 0;
  let j = i + 1;
  let dayRows = 0;
  while (j < lines.length) {
    const t = lines[j]!.text.trim();
    if (CALENDAR_DAYS.test(t)) dayRows++;
    else if (!CALENDAR_WEEKDAYS.test(t)) break;
    j++;
  }
  return dayRows >= 2 ? j - i : 0;
}

function quoted(text: string): string {
  return `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`;
}

/** Remove page furniture; blank lines are kept so paragraph boundaries survive. */
/** Short lines printed on every page of a PDF (a running head or foot): three times or more. */
function runningLines(lines: SourceLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const t = line.text.trim();
    if (t.length >= 8 && t.length <= 100 && !endsSentence(t))
      counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([t]) => t));
}

export function dropFurniture(lines: SourceLine[]): Furniture {
  const running = runningLines(lines);
  const kept: SourceLine[] = [];
  const notices: Notice[] = [];
  const rules: number[] = [];
  let skipBlanks = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (skipBlanks && !t) continue;
    skipBlanks = false;
    const calendar = t ? calendarLength(lines, i) : 0;
    if (calendar > 0) {
      const last = lines[i + calendar - 1]!.n;
      notices.push({
        line: line.n,
        message: `dropped calendar header (${lineRange(line.n, last)})`,
      });
      i += calendar - 1;
    } else if (
      t &&
      (PAGE_NUMBERS.some((re) => re.test(t)) || (BARE_NUMBER.test(t) && standsAlone(lines, i)))
    ) {
      notices.push({ line: line.n, message: `dropped page number ${quoted(t)}` });
      skipBlanks = mendPageBreak(kept);
    } else if (running.has(t)) {
      notices.push({ line: line.n, message: `dropped running head ${quoted(t)} (on every page)` });
      skipBlanks = mendPageBreak(kept);
    } else if (t && RULE.test(t)) {
      notices.push({ line: line.n, message: `dropped rule line ${quoted(t)}` });
      rules.push(line.n);
    } else if (t && t.length <= 120 && DELIVERY.some((re) => re.test(t))) {
      notices.push({ line: line.n, message: `dropped press instruction ${quoted(t)}` });
    } else if (t && t.length <= 160 && standsAlone(lines, i) && TRAILERS.some((re) => re.test(t))) {
      notices.push({ line: line.n, message: `dropped trailer ${quoted(t)}` });
    } else {
      kept.push(line);
    }
  }
  return { lines: kept, notices, rules };
}
