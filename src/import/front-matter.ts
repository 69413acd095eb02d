// The header of a speech as offices send it: a "Speaker: Title" line, then a line naming the
// occasion ("Address to <event>, <venue>, <date>"). Read into the front matter the deck needs.
import { stringify } from 'yaml';
import { LecternError } from '../errors.js';
import { readHeading } from './headings.js';
import type { Notice, SourceLine } from './notice.js';

export interface HeaderMeta {
  title: string;
  speaker?: string;
  event?: string;
  venue?: string;
  date?: string;
  lang: string;
}

const SPEECH_WORD =
  /^(?:(?:keynote|opening|closing|welcome|welcoming|inaugural|special)\s+)?(?:address|speech|remarks|statement|presentation|lecture|talk|keynote|toast|briefing|testimony)\b/i;
const OCCASION_LEAD = new RegExp(
  `^(?:${SPEECH_WORD.source.slice(1)}\\s+(?:to|at|before|for|on the occasion of)|(?:delivered|presented|given|spoken)\\s+(?:at|to|before))\\s+`,
  'i',
);
const EVENT_WORD =
  /\b(?:conference|summit|forum|congress|symposium|meeting|assembly|convention|session|dialogue|workshop|seminar|colloquium|festival|ceremony|gala|dinner|reception)\b/i;
const HONORIFIC =
  /^(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame|H\.?E|Hon|Rev|Amb|Ambassador|Minister|President|Senator|Professor|Judge|Gen)\.?$/i;
const NAME_PARTICLE = /^(?:von|van|de|der|den|del|della|di|da|du|la|le|al|el|bin|ibn|ben)$/;
const NAME_WORD = /^(?:\p{Lu}\.)+$|^\p{Lu}[\p{L}'’-]*\.?$/u;

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const WEEKDAYS = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?';
const DATE_TOKEN = new RegExp(
  `\\b(?:${MONTHS}|${WEEKDAYS})\\b\\.?|\\b\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{4}\\b|\\b(?:to|and|of)\\b|[-–—/&.]`,
  'gi',
);

/** A comma-separated part made only of months, weekdays, days, years and joiners ("May 15-17", "2019"). */
function isDatePart(part: string): boolean {
  return /\d|\p{L}/u.test(part) && part.replace(DATE_TOKEN, '').trim() === '';
}

function looksLikeName(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 6) return false;
  const ok = words.every((w) => NAME_WORD.test(w) || NAME_PARTICLE.test(w) || HONORIFIC.test(w));
  return ok && words.some((w) => NAME_WORD.test(w));
}

/** "A. Zhebin: Address to ..." → speaker and title. A colon alone is not enough ("Korea: A View"). */
function splitTitleLine(line: string): { title: string; speaker?: string } {
  const colon = line.indexOf(':');
  if (colon > 0) {
    const who = line.slice(0, colon).trim();
    const what = line.slice(colon + 1).trim();
    const marked =
      /(?:^|\s)(?:\p{Lu}\.)+(?:\s|$)/u.test(who) || who.split(/\s+/).some((w) => HONORIFIC.test(w));
    if (what && looksLikeName(who) && (marked || SPEECH_WORD.test(what)))
      return { title: what, speaker: who };
  }
  return { title: line };
}

/** "Address to <event>, <venue...>, <date>" → its parts; undefined when the line is not an occasion line. */
export function parseOccasion(
  line: string,
): Pick<HeaderMeta, 'event' | 'venue' | 'date'> | undefined {
  if (line.length > 200) return undefined;
  const lead = OCCASION_LEAD.exec(line);
  const parts = line
    .slice(lead ? lead[0].length : 0)
    .split(/\s*,\s*/)
    .filter(Boolean);
  let dateStart = parts.length;
  while (dateStart > 0 && isDatePart(parts[dateStart - 1]!)) dateStart--;
  const dateParts = parts.slice(dateStart);
  const date = dateParts.some((p) => /\d/.test(p)) ? dateParts.join(', ') : undefined;
  const named = parts.slice(0, date ? dateStart : parts.length);
  // A sentence of the address is not an occasion line, whatever dates it mentions.
  const terse = named.every((p) => p.split(/\s+/).length <= 8) && !/[.!?;]$/.test(line);
  if ((!lead && !date) || !terse) return undefined;
  const hasEvent = lead ? named.length > 0 : named.length > 1 && EVENT_WORD.test(named[0]!);
  // "Remarks at the Nordic Maritime Forum": the article belongs to the sentence, not the name.
  const event = hasEvent ? named[0]!.replace(/^the\s+/i, '') : undefined;
  const venue = (hasEvent ? named.slice(1) : named).join(', ') || undefined;
  return { event, venue, date };
}

/**
 * Read the title line and the occasion/byline lines after it; returns the lines that follow.
 * Throws when the first line of text cannot be a title.
 */
export function extractHeader(
  lines: SourceLine[],
  file: string,
): { meta: Omit<HeaderMeta, 'lang'>; rest: SourceLine[]; notices: Notice[] } {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const titleLine = lines[first];
  if (!titleLine)
    throw new LecternError(`${file}: no title line found; the file holds only page furniture`);
  const t = titleLine.text.trim().replace(/\s+/g, ' ');
  // A numbered heading or a note cannot be the title; "C. Lee: Remarks" (an initial) can.
  const numbered = readHeading(t)?.number !== undefined && !splitTitleLine(t).speaker;
  if (t.length > 200 || numbered || /^\[[^\]]+\]/.test(t)) {
    throw new LecternError(
      `${file}:${titleLine.n}: no title line found; put "Speaker: Title" on a line of its own before the text`,
    );
  }
  const meta: Omit<HeaderMeta, 'lang'> = splitTitleLine(t);
  const notices: Notice[] = [
    { line: titleLine.n, message: meta.speaker ? 'read speaker and title' : 'read title' },
  ];
  let i = first + 1;
  for (let taken = 0; taken < 3; taken++) {
    while (i < lines.length && lines[i]!.text.trim() === '') i++;
    const line = lines[i];
    if (!line) break;
    const text = line.text.trim().replace(/\s+/g, ' ');
    const by = /^by\s+(.{2,80})$/i.exec(text);
    const occasion = by ? undefined : parseOccasion(text);
    if (by && !meta.speaker && looksLikeName(by[1]!)) {
      meta.speaker = by[1]!;
      notices.push({ line: line.n, message: 'read speaker' });
    } else if (occasion && !meta.event && !meta.date) {
      Object.assign(meta, Object.fromEntries(Object.entries(occasion).filter(([, v]) => v)));
      const found = Object.keys(occasion).filter((k) => occasion[k as keyof typeof occasion]);
      notices.push({ line: line.n, message: `read ${listWords(found)}` });
    } else break;
    i++;
  }
  if (!meta.speaker) {
    notices.push({
      line: titleLine.n,
      message: 'found no speaker; add "speaker:" to the front matter',
    });
  }
  return { meta, rest: lines.slice(i), notices };
}

function listWords(words: string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The YAML front matter block; `yaml` does the quoting (colons, leading quotes, "yes"...). */
export function frontMatter(meta: HeaderMeta): string {
  const ordered = {
    title: meta.title,
    speaker: meta.speaker,
    event: meta.event,
    venue: meta.venue,
    date: meta.date,
    lang: meta.lang,
  };
  const defined = Object.fromEntries(Object.entries(ordered).filter(([, v]) => v !== undefined));
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n`;
}
