// The real address as the speaker's office sent it (a byte copy of the file it came as, kept with
// the tests so that they pass from any clone), which import turned into content/address.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../src/import/index.js';
import { splitSentences } from '../../../src/core/text.js';
import { readBack } from './read-back.js';

const SOURCE = fileURLToPath(new URL('../../fixtures/import/zhebin-ilc-2019.txt', import.meta.url));
const bytes = readFileSync(SOURCE);
const sourceLines = bytes.toString('utf8').split('\n');
const { markdown, report } = importPlainText(bytes, 'source.txt');
const back = readBack(markdown);

/** The source's body paragraphs (between the venue line and the note list), as written. */
const sourceParagraphs = sourceLines
  .slice(13, 63)
  .map((l) => l.trim())
  .filter((l) => l && !/^1\. /.test(l));
const sourceNotes = sourceLines
  .slice(63, 92)
  .map((l) => /^\[(\w+)\] (.*)$/.exec(l.trim()))
  .flatMap((m) => (m ? [{ label: m[1]!, text: m[2]! }] : []));

describe('importing the real address', () => {
  it('reads the title line and the occasion line into the front matter', () => {
    expect(back.meta).toEqual({
      title: 'Address to International Leadership Conference 2019',
      speaker: 'A. Zhebin',
      event: 'International Leadership Conference 2019',
      venue: 'Seoul, Korea',
      date: 'May 15-17, 2019',
      lang: 'en',
    });
  });

  it('finds the four sections and drops the "1." every one of them carries', () => {
    expect(back.headings).toEqual([
      '## Introduction',
      '## Korea’s Re-unification: A View from Russia',
      '## The Nuclear Problem and Russia: Not All Options on the Table',
      '## Conclusion',
    ]);
  });

  it('turns the 14 markers and 14 notes into Markdown footnotes with the labels of the address', () => {
    const labels = [
      'i',
      'ii',
      'iii',
      'iv',
      'v',
      'vi',
      'vii',
      'viii',
      'ix',
      'x',
      'xi',
      'xii',
      'xiii',
      'xiv',
    ];
    expect(back.notes.map((n) => n.label)).toEqual(labels);
    expect(markdown.match(/\[\^[ivx]+\](?!:)/g)).toHaveLength(14);
    expect(back.notes).toEqual(sourceNotes);
    expect(back.notes.filter((n) => n.text === 'Ibid.')).toHaveLength(5);
  });

  it('drops the calendar header and the link trailer, and says so with line numbers', () => {
    expect(markdown).not.toMatch(/June 2023|28 29 30|click here/);
    expect(report).toContain('source.txt:1: dropped calendar header (lines 1-6)');
    expect(report).toContain(
      "source.txt:95: dropped trailer 'To go to the May 2019 ILC Schedule page, click here.'",
    );
  });

  it('keeps "http:\\\\" as written once Markdown is parsed', () => {
    expect(markdown).toContain('http:\\\\\\\\');
    expect(back.notes[0]!.text).toMatch(/ http:\\\\$/);
    expect(back.notes[3]!.text).toMatch(/ http:\\\\$/);
  });

  it('keeps every paragraph of the address word for word, in order', () => {
    expect(back.paragraphs).toEqual(sourceParagraphs);
  });

  it('keeps every sentence of the body', () => {
    const text = back.paragraphs.join('\n');
    const sentences = sourceParagraphs.flatMap((p) => splitSentences(p).map((s) => s.text));
    expect(sentences.length).toBeGreaterThan(35);
    for (const sentence of sentences) expect(text).toContain(sentence);
  });

  it('leaves the unclosed quotation alone but reports where it opens', () => {
    expect(back.paragraphs.join('\n')).toContain('According to the Kremlin, “both parties');
    expect(report).toContain(
      'source.txt:52: quotation opened at line 52 is not closed (left as written)',
    );
  });

  it('is what content/address.md holds (regenerate: lectern import <source> -o content/address.md --force)', () => {
    const committed = readFileSync(new URL('../../../content/address.md', import.meta.url), 'utf8');
    const body = (md: string) => md.replace(/^---\n[\s\S]*?\n---\n/, '');
    // Front matter may gain settings (theme, duration…) by hand; what the import wrote must stay.
    expect(readBack(committed).meta).toMatchObject(back.meta);
    expect(body(committed)).toBe(body(markdown));
  });

  it('reports every change in short lines', () => {
    expect(report).toMatchInlineSnapshot(`
      [
        "source.txt:1: dropped calendar header (lines 1-6)",
        "source.txt:9: read speaker and title",
        "source.txt:11: read event, venue and date",
        "source.txt:14: found 4 sections; dropped their numbering (1, 1, 1, 1; the deck numbers sections itself)",
        "source.txt:52: quotation opened at line 52 is not closed (left as written)",
        "source.txt:65: note [i] has an unfinished web address 'http:\\\\' (left as written)",
        "source.txt:71: note [iv] has an unfinished web address 'http:\\\\' (left as written)",
        "source.txt:95: dropped trailer 'To go to the May 2019 ILC Schedule page, click here.'",
        "source.txt: converted 14 footnote markers and 14 notes",
        "source.txt: escaped 4 backslashes",
      ]
    `);
  });
});
