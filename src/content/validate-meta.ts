// Front-matter entries → AddressMeta: defaults, types, paths resolved against the content file.
import { dirname, resolve } from 'node:path';
import { SLIDE_SIZES, type AddressMeta, type SlideSize } from '../model.js';
import { closest } from './did-you-mean.js';
import type { FrontMatterEntry } from './front-matter.js';
import { readBoolean, readPositiveNumber, readText, readTextList } from './meta-fields.js';
import type { Position, ProblemSink } from './problems.js';

/** A file the front matter names; its existence is checked by loadAddress, which does the I/O. */
export interface FileRef {
  what: 'logo' | 'theme' | 'image';
  path: string;
  at: Position;
}

export const DEFAULT_THEME = 'address';
export const DEFAULT_WPM = 130;

const KEYS = [
  'title',
  'subtitle',
  'speaker',
  'event',
  'venue',
  'date',
  'lang',
  'keywords',
  'theme',
  'size',
  'duration',
  'wpm',
  'quotes',
  'logo',
  'footer',
  'slideNumbers',
] as const;
type Key = (typeof KEYS)[number];

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
};

export interface MetaResult {
  meta?: AddressMeta;
  files: FileRef[];
}

interface Draft {
  text: Partial<Record<'title' | 'subtitle' | 'speaker' | 'event' | 'venue' | 'date', string>>;
  meta: Partial<AddressMeta>;
  footer?: string | false;
  logo?: string;
  slideNumbers?: boolean;
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

interface Ctx {
  file: string;
  sink: ProblemSink;
  knownThemes: string[] | undefined;
  files: FileRef[];
}

function readKey(key: Key, entry: FrontMatterEntry, draft: Draft, ctx: Ctx): void {
  const { sink } = ctx;
  switch (key) {
    case 'title':
    case 'subtitle':
    case 'speaker':
    case 'event':
    case 'venue':
    case 'date': {
      const text = readText(entry, sink);
      if (text) draft.text[key] = text;
      return;
    }
    case 'lang':
      return readLang(entry, draft, sink);
    case 'keywords': {
      const list = readTextList(entry, sink);
      if (list) draft.meta.keywords = list;
      return;
    }
    case 'theme':
      return readTheme(entry, draft, ctx);
    case 'size':
      return readSize(entry, draft, sink);
    case 'duration': {
      const n = readPositiveNumber(entry, sink, '20   (minutes)');
      if (n !== undefined) draft.meta.duration = n;
      return;
    }
    case 'wpm': {
      const n = readPositiveNumber(entry, sink, '130   (words per minute)');
      if (n !== undefined) draft.meta.wordsPerMinute = n;
      return;
    }
    case 'quotes':
      return readQuotes(entry, draft, sink);
    case 'logo':
      return readLogo(entry, draft, ctx);
    case 'footer':
      return readFooter(entry, draft, sink);
    case 'slideNumbers': {
      const b = readBoolean(entry, sink);
      if (b !== undefined) draft.slideNumbers = b;
      return;
    }
  }
}

function readLang(entry: FrontMatterEntry, draft: Draft, sink: ProblemSink): void {
  const lang = readText(entry, sink);
  if (!lang) return;
  try {
    draft.meta.lang = Intl.getCanonicalLocales(lang)[0] ?? lang;
  } catch {
    sink.error(
      entry.at,
      `'lang' is not a language tag: ${lang}`,
      "use a tag such as 'en', 'ko' or 'en-GB'",
    );
  }
}

/** A theme that looks like a path is a CSS file next to the content; otherwise a built-in name. */
function readTheme(entry: FrontMatterEntry, draft: Draft, ctx: Ctx): void {
  const theme = readText(entry, ctx.sink);
  if (!theme) return;
  if (theme.includes('/') || theme.includes('\\') || theme.toLowerCase().endsWith('.css')) {
    const path = resolve(dirname(ctx.file), theme);
    draft.meta.theme = path;
    ctx.files.push({ what: 'theme', path, at: entry.at });
    return;
  }
  const known = ctx.knownThemes;
  if (known && !known.includes(theme)) {
    const guess = closest(theme, known);
    ctx.sink.error(
      entry.at,
      `unknown theme '${theme}'`,
      `${guess ? `did you mean '${guess}'? ` : ''}known themes: ${known.join(', ')}; or give a path to a .css file`,
    );
    return;
  }
  draft.meta.theme = theme;
}

function readSize(entry: FrontMatterEntry, draft: Draft, sink: ProblemSink): void {
  const size = readText(entry, sink);
  if (!size) return;
  const aspect = size.replace(/\s+/g, '').replace(/[x×/]/, ':') as SlideSize['aspect'];
  if (aspect in SLIDE_SIZES) draft.meta.size = { ...SLIDE_SIZES[aspect] };
  else
    sink.error(
      entry.at,
      `unknown slide size '${size}'`,
      "use 'size: 16:9' (1280×720) or 'size: 4:3' (1024×768)",
    );
}

function readQuotes(entry: FrontMatterEntry, draft: Draft, sink: ProblemSink): void {
  if (!entry.sub) {
    if (entry.node !== null) {
      sink.error(
        entry.at,
        "'quotes' must have 'pin' and/or 'exclude' lists",
        'write it as quotes: { pin: ["a fragment"], exclude: [] }',
      );
    }
    return;
  }
  const steer = { pin: [] as string[], exclude: [] as string[] };
  for (const sub of entry.sub) {
    if (sub.key === 'pin' || sub.key === 'exclude') {
      steer[sub.key] = readTextList({ ...sub, key: `quotes.${sub.key}` }, sink) ?? [];
    } else {
      sink.warn(sub.at, `unknown key 'quotes.${sub.key}'`, "use 'pin' or 'exclude'");
    }
  }
  draft.meta.quotes = steer;
}

function readLogo(entry: FrontMatterEntry, draft: Draft, ctx: Ctx): void {
  const logo = readText(entry, ctx.sink);
  if (!logo) return;
  draft.logo = resolve(dirname(ctx.file), logo);
  ctx.files.push({ what: 'logo', path: draft.logo, at: entry.at });
}

function readFooter(entry: FrontMatterEntry, draft: Draft, sink: ProblemSink): void {
  if (entry.node !== null && readScalarBoolean(entry) === false) {
    draft.footer = false;
    return;
  }
  const text = readText(entry, sink);
  if (text !== undefined) draft.footer = text;
}

function readScalarBoolean(entry: FrontMatterEntry): boolean | undefined {
  const value = (entry.node as { value?: unknown } | null)?.value;
  return typeof value === 'boolean' ? value : undefined;
}

function finish(draft: Draft, title: string): AddressMeta {
  const { subtitle, speaker, event, venue, date } = draft.text;
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
    branding: { footer, slideNumbers: draft.slideNumbers ?? true },
  };
  if (draft.logo) meta.branding.logo = draft.logo;
  if (draft.meta.duration !== undefined) meta.duration = draft.meta.duration;
  Object.assign(meta, pickDefined({ subtitle, speaker, event, venue, date }));
  return meta;
}

function pickDefined<T extends object>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
