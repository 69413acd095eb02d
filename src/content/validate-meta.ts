// Front-matter entries → AddressMeta: defaults, types, paths resolved against the content file.
import { SLIDE_SIZES, type AddressMeta } from '../core/address-meta.js';
import { closest } from '../core/did-you-mean.js';
import type { FrontMatterEntry } from './front-matter.js';
import { readKey, type Draft } from './meta-readers.js';
import { numericDateIso } from './numeric-date.js';
import type { ProblemSink } from '../core/problems.js';
import { KEYS, type FileRef, type Key } from './meta-keys.js';

export type { FileRef } from './meta-keys.js';

export const DEFAULT_THEME = 'address';
export const DEFAULT_WPM = 130;

// Names authors reach for that mean one of ours.
const ALIASES: Record<string, Key> = {
  author: 'speaker',
  by: 'speaker',
  presenter: 'speaker',
  conference: 'event',
  occasion: 'event',
  location: 'venue',
  place: 'venue',
  language: 'lang',
  tags: 'keywords',
  aspect: 'size',
  ratio: 'size',
  wordsperminute: 'wpm',
  minutes: 'duration',
  length: 'duration',
  slidenumbers: 'slideNumbers',
  numbers: 'slideNumbers',
  arrows: 'controls',
  progress: 'controls',
};

export interface MetaResult {
  meta?: AddressMeta;
  files: FileRef[];
}

export function validateMeta(
  entries: FrontMatterEntry[],
  file: string,
  sink: ProblemSink,
  knownThemes?: string[],
): MetaResult {
  const draft: Draft = { text: {}, meta: {} };
  const files: FileRef[] = [];
  const ctx = { file, sink, knownThemes, files };
  for (const entry of entries) {
    if ((KEYS as readonly string[]).includes(entry.key))
      readKey(entry.key as Key, entry, draft, ctx);
    else unknownKey(entry, sink);
  }
  const title = draft.text.title;
  if (!title) {
    sink.error(
      entries.length > 0 ? { line: 2, col: 1 } : { line: 1, col: 1 },
      'missing title',
      "add 'title: …' to the front matter",
    );
    return { files };
  }
  return { meta: finish(draft, title), files };
}

function unknownKey(entry: FrontMatterEntry, sink: ProblemSink): void {
  const guess = ALIASES[entry.key.toLowerCase().replace(/[-_\s]/g, '')] ?? closest(entry.key, KEYS);
  sink.warn(
    entry.at,
    `unknown front-matter key '${entry.key}'`,
    guess ? `did you mean '${guess}'?` : `known keys: ${KEYS.join(', ')}`,
  );
}

/**
 * An ISO date (`2019-05-15`, which the README recommends for the PDFs' creation date) as people
 * read it in the address's language: "May 15, 2019", "2019년 5월 15일", "15 мая 2019 г.". Any
 * other date is shown as written.
 */
export function shownDate(written: string, lang: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written.trim());
  if (!iso) return written;
  const day = new Date(Date.UTC(+iso[1]!, +iso[2]! - 1, +iso[3]!));
  if (day.getUTCDate() !== +iso[3]!) return written; // 2019-02-30 is not a day
  // `lang` is a canonical tag by now (meta-readers.ts), which Intl accepts.
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

function finish(draft: Draft, title: string): AddressMeta {
  const { subtitle, speaker, role, event, venue } = draft.text;
  const written = draft.text.date;
  const date = written && shownDate(written, draft.meta.lang ?? 'en');
  const footer =
    draft.footer === false ? '' : (draft.footer ?? [event, date].filter(Boolean).join(' · '));
  const meta: AddressMeta = {
    title,
    lang: draft.meta.lang ?? 'en',
    keywords: draft.meta.keywords ?? [],
    theme: draft.meta.theme ?? DEFAULT_THEME,
    size: draft.meta.size ?? { ...SLIDE_SIZES['16:9'] },
    wordsPerMinute: draft.meta.wordsPerMinute ?? DEFAULT_WPM,
    quotes: draft.meta.quotes ?? { pin: [], exclude: [] },
    branding: {
      footer,
      slideNumbers: draft.slideNumbers ?? true,
      controls: draft.controls ?? false,
    },
  };
  if (draft.logo) meta.branding.logo = draft.logo;
  if (draft.assets && draft.assets.length > 0) meta.assets = draft.assets;
  if (draft.meta.duration !== undefined) meta.duration = draft.meta.duration;
  if (draft.meta.labels && Object.keys(draft.meta.labels).length > 0)
    meta.labels = draft.meta.labels;
  Object.assign(meta, pickDefined({ subtitle, speaker, role, event, venue, date }));
  if (written && date !== written) meta.dateIso = written.trim();
  else if (written) meta.dateIso = numericDateIso(written, meta.lang);
  if (meta.dateIso === undefined) delete meta.dateIso;
  return meta;
}

function pickDefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
