// The header of a speech as offices send it: a "Speaker: Title" line, then a line naming the
// occasion ("Address to <event>, <venue>, <date>"). Read into the front matter the deck needs.
import { stringify } from 'yaml';
import { LecternError } from '../core/errors.js';
import { readHeading } from './headings.js';
import {
  isPlaceLine,
  parseOccasionTail,
  isRoleLine,
  parsePlaceDate,
  parseSpeechBy,
  splitInstruction,
} from './byline.js';
import {
  EVENT_WORD,
  HONORIFIC,
  isDatePart,
  isMarkedName,
  looksLikeName,
  OCCASION_LEAD,
  SPEECH_WORD,
} from './header-words.js';
import type { Notice, SourceLine } from './notice.js';

export interface HeaderMeta {
  title: string;
  subtitle?: string;
  speaker?: string;
  role?: string;
  event?: string;
  venue?: string;
  date?: string;
  lang: string;
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
export interface HeaderSeed {
  title?: string;
  speaker?: string;
  /** A speaker of last resort (a document's author property), taken only when the text names none. */
  author?: string;
}

export function extractHeader(
  lines: SourceLine[],
  file: string,
  seed: HeaderSeed = {},
): { meta: Omit<HeaderMeta, 'lang'>; rest: SourceLine[]; notices: Notice[] } {
  const first = lines.findIndex((l) => l.text.trim() !== '');
  const titleLine = lines[first];
  if (!titleLine)
    throw new LecternError(`${file}: no title line found; the file holds only page furniture`);
  const t = titleLine.text.trim().replace(/\s+/g, ' ');
  // A numbered heading or a note cannot be the title; "C. Lee: Remarks" (an initial) can.
  const numbered = readHeading(t)?.number !== undefined && !splitTitleLine(t).speaker;
  if (!seed.title && (t.length > 200 || numbered || /^\[[^\]]+\]/.test(t))) {
    throw new LecternError(
      `${file}:${titleLine.n}: no title line found; put "Speaker: Title" on a line of its own before the text`,
    );
  }
  const meta: Partial<HeaderMeta> = { title: seed.title, speaker: seed.speaker };
  const notices: Notice[] = [];
  let fallback: string | undefined;
  let i = first;
  for (let taken = 0; taken < 6; taken++) {
    while (i < lines.length && lines[i]!.text.trim() === '') i++;
    const line = lines[i];
    if (!line) break;
    const split = splitInstruction(line.text.trim().replace(/\s+/g, ' '));
    // A subtitle sits on the line right under the title, on its own.
    const underTitle = taken === 1 && i === first + 1 && (lines[i + 1]?.text.trim() ?? '') === '';
    const read = readHeaderLine(split.text, meta, taken === 0 && !seed.title, underTitle);
    if (!read) break;
    fallback =
      read.titleTail && fallback ? `${fallback} ${read.titleTail}` : (fallback ?? read.title);
    notices.push({ line: line.n, message: `read ${listWords(read.keys)}` });
    if (split.instruction)
      notices.push({ line: line.n, message: `dropped press instruction '${split.instruction}'` });
    i++;
  }
  const title = meta.title ?? fallback ?? t;
  if (!meta.speaker && seed.author && looksLikeName(seed.author)) {
    meta.speaker = seed.author;
    notices.push({
      message: `took the speaker '${seed.author}' from the document's author; check it`,
    });
  } else if (!meta.speaker) {
    notices.push({
      line: titleLine.n,
      message: 'found no speaker; add "speaker:" to the front matter',
    });
  }
  return { meta: { ...meta, title }, rest: lines.slice(i), notices };
}

/** Words of a subtitle, at most. */
const MAX_SUBTITLE_WORDS = 12;

/** A short phrase, capitalised, that ends on no sentence mark and names nobody. */
function subtitleLike(text: string): boolean {
  const words = text.split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= MAX_SUBTITLE_WORDS &&
    /^\p{Lu}/u.test(text) &&
    !/[.,;:!?]$/u.test(text) &&
    !text.includes(',') &&
    !looksLikeName(text) &&
    !readHeading(text)
  );
}

/** A short line in Title Case or in quotation marks: the address's own title. */
function titleLike(text: string): boolean {
  if (/^["“‘].{3,120}["”’]$/.test(text)) return true;
  const words = text.split(/\s+/);
  const big = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const small = words.filter((w) =>
    /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from)$/.test(w),
  );
  return (
    words.length >= 2 &&
    words.length <= 14 &&
    big + small.length === words.length &&
    !/[.,;:]$/.test(text) &&
    !readHeading(text)
  );
}

type Read = { keys: string[]; title?: string; titleTail?: string };

/** Set what one header line says into `meta`; undefined when the line is not part of the header. */
function readHeaderLine(
  text: string,
  meta: Partial<HeaderMeta>,
  first: boolean,
  underTitle = false,
): Read | undefined {
  const set = (found: Partial<HeaderMeta>): string[] => {
    const keys = Object.entries(found).filter(
      ([k, v]) => v && k !== 'title' && meta[k as keyof HeaderMeta] === undefined,
    );
    for (const [k, v] of keys) (meta as Record<string, string>)[k] = v!;
    return keys.map(([k]) => k);
  };
  // A document's title property, repeated as its first line.
  if (first === false && meta.title && text === meta.title) return { keys: ['title'] };
  const speechBy = parseSpeechBy(text);
  if (speechBy) return { keys: set(speechBy), title: speechBy.title };
  if (first) {
    const line = splitTitleLine(text);
    meta.title = line.title;
    return { keys: line.speaker ? [...set({ speaker: line.speaker }), 'title'] : ['title'] };
  }
  // "EL AGUA QUE NO LLUEVE / Tarifas justas para una sequía larga": a short line right under
  // the title, before anyone is named, is its subtitle.
  if (underTitle && meta.title && !meta.subtitle && !meta.speaker && subtitleLike(text))
    return { keys: set({ subtitle: text }) };
  const by = /^by\s+(.{2,80})$/i.exec(text);
  if (by && !meta.speaker && looksLikeName(by[1]!)) return { keys: set({ speaker: by[1]! }) };
  if (!meta.speaker && isMarkedName(text)) return { keys: set({ speaker: text }) };
  // "Councillor Ruth Adeyemi-Lang, Chair of the Ashburn Catchment Partnership": name, then office.
  const comma = text.indexOf(', ');
  if (!meta.speaker && comma > 0) {
    const [name, role] = [text.slice(0, comma), text.slice(comma + 2)];
    if (looksLikeName(name) && name.split(/\s+/u).length >= 2 && isRoleLine(role))
      return { keys: set({ speaker: name, role }) };
  }
  const byline = meta.speaker !== undefined || meta.role !== undefined;
  if (meta.speaker && !meta.role && isRoleLine(text)) return { keys: set({ role: text }) };
  const occasion = parseOccasion(text);
  if (occasion && !meta.event && !meta.date) return { keys: set(occasion) };
  const tail = byline && !meta.event ? parseOccasionTail(text) : undefined;
  if (tail) {
    const { lead, ...found } = tail;
    return { keys: set(found), titleTail: lead ? `${lead}${tail.event}` : undefined };
  }
  const place = parsePlaceDate(text);
  if (place && !meta.date) return { keys: set(place) };
  if (meta.speaker && !meta.venue && isPlaceLine(text)) return { keys: set({ venue: text }) };
  if (!meta.title && titleLike(text)) {
    meta.title = text.replace(/^["“‘](.*)["”’]$/, '$1');
    return { keys: ['title'] };
  }
  return undefined;
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
    subtitle: meta.subtitle,
    speaker: meta.speaker,
    role: meta.role,
    event: meta.event,
    venue: meta.venue,
    date: meta.date,
    lang: meta.lang,
  };
  const defined = Object.fromEntries(Object.entries(ordered).filter(([, v]) => v !== undefined));
  return `---\n${stringify(defined, { lineWidth: 0 })}---\n`;
}
