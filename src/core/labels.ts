// The words Lectern itself puts on slides, in notes, the handout and the script ("Outline",
// "References", "Thank you"…), in the address's language. The table is data a user edits:
// templates/labels.json, one entry per primary language subtag; the front matter's `labels:`
// overrides any of them for one address. `{name}` in a label is filled in where it is used.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Labels {
  outline: string;
  section: string;
  references: string;
  thankYou: string;
  sources: string;
  asides: string;
  /** Before each of the speaker's own asides in the script. */
  aside: string;
  excerpt: string;
  slide: string;
  referencesLead: string;
  speakerScript: string;
  scriptFacts: string;
  slot: string;
  timing: string;
  onScreen: string;
  titleSlide: string;
  points: string;
  statement: string;
  quotation: string;
  image: string;
  closing: string;
  sectionNumber: string;
  handoutTitle: string;
  scriptTitle: string;
}

const FILE = fileURLToPath(new URL('../../templates/labels.json', import.meta.url));
let table: Record<string, Partial<Labels>> | undefined;

function labelTable(): Record<string, Partial<Labels>> {
  table ??= JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, Partial<Labels>>;
  return table;
}

/** The names a label may have (the English table's keys). */
export function labelKeys(): (keyof Labels)[] {
  return Object.keys(labelTable().en ?? {}) as (keyof Labels)[];
}

/** Table keys for a language tag, most specific first: `zh-TW` → zh-Hant, zh; `ko-KR` → ko. */
function tableKeys(lang: string): string[] {
  try {
    const locale = new Intl.Locale(lang).maximize();
    return [`${locale.language}-${locale.script ?? ''}`, locale.language];
  } catch {
    return [lang.toLowerCase().replace(/-.*$/s, '')];
  }
}

/** English, overlaid with the table's entry for `lang` (with its script, else its language), then `overrides`. */
export function labelsFor(lang: string, overrides: Partial<Labels> = {}): Labels {
  const all = labelTable();
  const found = tableKeys(lang).find((key) => all[key]);
  return { ...(all.en as Labels), ...(found ? all[found] : {}), ...overrides };
}

/** The labels of an address: its language's, reworded by its front matter. */
export function labelsOf(meta: { lang: string; labels?: Partial<Labels> }): Labels {
  return labelsFor(meta.lang, meta.labels);
}

/** `{name}` placeholders filled from `values`; unknown names are left as written. */
export function fill(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
