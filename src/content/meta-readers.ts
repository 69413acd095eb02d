// One reader per front-matter key: each checks its value and writes it into the draft meta.
import { dirname, resolve } from 'node:path';
import { labelKeys, type Labels } from '../core/labels.js';
import { SLIDE_SIZES, type AddressMeta, type SlideSize } from '../core/address-meta.js';
import { closest } from '../core/did-you-mean.js';
import type { FrontMatterEntry } from './front-matter.js';
import { readBoolean, readPositiveNumber, readText, readTextList } from './meta-fields.js';
import type { ProblemSink } from '../core/problems.js';
import type { FileRef, Key } from './meta-keys.js';

export interface Draft {
  text: Partial<
    Record<'title' | 'subtitle' | 'speaker' | 'role' | 'event' | 'venue' | 'date', string>
  >;
  meta: Partial<AddressMeta>;
  footer?: string | false;
  logo?: string;
  slideNumbers?: boolean;
  controls?: boolean;
  assets?: string[];
}

export interface Ctx {
  file: string;
  sink: ProblemSink;
  knownThemes: string[] | undefined;
  files: FileRef[];
}

export function readKey(key: Key, entry: FrontMatterEntry, draft: Draft, ctx: Ctx): void {
  const { sink } = ctx;
  switch (key) {
    case 'title':
    case 'subtitle':
    case 'speaker':
    case 'role':
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
    case 'labels':
      return readLabels(entry, draft, sink);
    case 'logo':
      return readLogo(entry, draft, ctx);
    case 'footer':
      return readFooter(entry, draft, sink);
    case 'assets':
      return readAssets(entry, draft, ctx);
    case 'slideNumbers':
    case 'controls': {
      const b = readBoolean(entry, sink);
      if (b !== undefined) draft[key] = b;
      return;
    }
  }
}

/** `assets:` folders, resolved against the content file and noted among the files it names. */
function readAssets(entry: FrontMatterEntry, draft: Draft, ctx: Ctx): void {
  const dirs = readTextList(entry, ctx.sink);
  if (!dirs) return;
  draft.assets = dirs.map((dir) => resolve(dirname(ctx.file), dir));
  for (const path of draft.assets) ctx.files.push({ what: 'assets folder', path, at: entry.at });
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

/** `labels: { thankYou: "감사합니다" }`: Lectern's own words, reworded for this address. */
function readLabels(entry: FrontMatterEntry, draft: Draft, sink: ProblemSink): void {
  const keys = labelKeys();
  if (!entry.sub) {
    if (entry.node !== null) {
      sink.error(
        entry.at,
        "'labels' must map label names to text",
        `write it as labels: { thankYou: "Questions?" }; names: ${keys.join(', ')}`,
      );
    }
    return;
  }
  const labels: Partial<Labels> = {};
  for (const sub of entry.sub) {
    if (!(keys as string[]).includes(sub.key)) {
      const guess = closest(sub.key, keys);
      sink.warn(
        sub.at,
        `unknown label 'labels.${sub.key}'`,
        guess ? `did you mean '${guess}'?` : `label names: ${keys.join(', ')}`,
      );
      continue;
    }
    const text = readText({ ...sub, key: `labels.${sub.key}` }, sink);
    if (text !== undefined) labels[sub.key as keyof Labels] = text;
  }
  draft.meta.labels = labels;
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
