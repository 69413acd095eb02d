// The label table is data a user edits (templates/labels.json): these tests catch a translation
// that drops a label or a `{placeholder}`, and a key the code names that the table lacks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fill, labelsFor, type Labels } from '../../../src/core/labels.js';

const table = JSON.parse(
  readFileSync(new URL('../../../templates/labels.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, string>>;

// Fails to type-check when Labels gains or loses a key, so the list below stays the interface's.
const EVERY_KEY = {
  outline: 1,
  section: 1,
  references: 1,
  thankYou: 1,
  sources: 1,
  asides: 1,
  aside: 1,
  excerpt: 1,
  slide: 1,
  referencesLead: 1,
  speakerScript: 1,
  scriptFacts: 1,
  slot: 1,
  timing: 1,
  onScreen: 1,
  titleSlide: 1,
  points: 1,
  statement: 1,
  quotation: 1,
  image: 1,
  closing: 1,
  sectionNumber: 1,
  handoutTitle: 1,
  scriptTitle: 1,
} satisfies Record<keyof Labels, 1>;

const placeholders = (label: string) => [...label.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the label table', () => {
  it('has in English exactly the labels the code names', () => {
    expect(Object.keys(table.en!).sort()).toEqual(Object.keys(EVERY_KEY).sort());
  });

  it.each(Object.keys(table))(
    '%s: every label, known, non-empty, with English’s placeholders',
    (lang) => {
      const entry = table[lang]!;
      expect(Object.keys(entry).sort()).toEqual(Object.keys(table.en!).sort());
      for (const [key, label] of Object.entries(entry)) {
        expect(label.trim(), `${lang}.${key}`).not.toBe('');
        expect(placeholders(label), `${lang}.${key}`).toEqual(placeholders(table.en![key]!));
      }
    },
  );

  it('picks the language, then its script, and lets the front matter reword one label', () => {
    expect(labelsFor('ko-KR').outline).toBe(table.ko!.outline);
    expect(labelsFor('zh-TW').outline).toBe(table['zh-Hant']!.outline);
    expect(labelsFor('zh-CN').outline).toBe(table.zh!.outline);
    expect(labelsFor('xx').outline).toBe('Outline');
    expect(labelsFor('not a tag!').outline).toBe('Outline');
    const own = labelsFor('fr', { thankYou: 'Merci à tous' });
    expect(own.thankYou).toBe('Merci à tous');
    expect(own.outline).toBe(table.fr!.outline);
  });

  it('fills placeholders it is given and leaves unknown ones as written', () => {
    expect(fill('Section {n} of {total}', { n: 2 })).toBe('Section 2 of {total}');
  });
});

describe('languages the planner reads', () => {
  it('each have labels of their own, so no slide of theirs says "Outline" or "Thank you"', () => {
    for (const lang of ['fr', 'de', 'es', 'it', 'pt', 'nl']) {
      expect(table[lang], lang).toBeDefined();
      expect(labelsFor(lang).thankYou, lang).not.toBe(labelsFor('en').thankYou);
    }
  });
});
