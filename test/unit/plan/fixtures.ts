// Builders for Address objects, so the planner is tested independently of the content parser.
// Text is written with its footnote markers in place (`…together.”[i]`); the builder lifts them
// out into refs at the offsets where they stood, as the parser does.
import type {
  Address,
  Block,
  Footnote,
  ParagraphBlock,
  Section,
} from '../../../src/core/address.js';
import type { AddressMeta } from '../../../src/core/address-meta.js';
import type { InlineText } from '../../../src/core/inline-text.js';
import { SLIDE_SIZES } from '../../../src/core/address-meta.js';

const MARKER = /\[([ivxlcdm]+|\d+|[a-z][\w-]*)\]/g;

/** Text with `[label]` markers → InlineText with the markers removed and lifted into refs. */
export function inline(marked: string): InlineText {
  const refs: InlineText['refs'] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARKER)) {
    text += marked.slice(last, m.index);
    refs.push({ label: m[1]!, offset: text.length });
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), refs };
}

let nextLine = 10;

export function para(marked: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock {
  return { kind: 'paragraph', line: nextLine++, ...inline(marked), ...extra };
}

export function section(index: number, title: string, blocks: Block[]): Section {
  return { index, title, line: nextLine++, blocks };
}

/** Footnotes in definition order; "Ibid." repeats the source of the footnote before it. */
export function footnotes(defs: [label: string, text: string][]): Footnote[] {
  const out: Footnote[] = [];
  for (const [label, text] of defs) {
    const ibid = /^ibid\b/i.test(text);
    const previous = out[out.length - 1];
    const source = ibid && previous ? previous.source : text;
    out.push({ label, text, source, ibid, line: nextLine++ });
  }
  return out;
}

export function meta(extra: Partial<AddressMeta> = {}): AddressMeta {
  return {
    title: 'A Talk',
    lang: 'en',
    keywords: [],
    theme: 'default',
    size: SLIDE_SIZES['16:9'],
    wordsPerMinute: 130,
    quotes: { pin: [], exclude: [] },
    branding: { footer: '', slideNumbers: true },
    ...extra,
  };
}

export function address(parts: Partial<Address> & { sections: Section[] }): Address {
  return { file: 'content/address.md', meta: meta(), preamble: [], footnotes: [], ...parts };
}

/** `count` distinct plain sentences of about 15 words each, for length tests. */
export function sentences(count: number, topic = 'dialogue'): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `The report of week ${i + 1} shows that patient ${topic} between neighbours builds trust over many years.`,
  );
}
