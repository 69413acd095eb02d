// Two more texts of the same family in other shapes (see test/fixtures/import/make-samples.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../src/import/index.js';
import { readBack } from './read-back.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));

describe('a hard-wrapped UTF-8 file with BOM and CRLF, Roman headings and numeric notes', () => {
  const { markdown, report } = importPlainText(
    readFileSync(fixture('roman-crlf-bom.txt')),
    'water.txt',
  );
  const back = readBack(markdown);

  it('matches the expected Markdown', async () => {
    await expect(markdown).toMatchFileSnapshot('../../fixtures/import/roman-crlf-bom.expected.md');
  });

  it('reads a "Dr." speaker and a "Keynote Address to the ..." occasion', () => {
    expect(back.meta).toEqual({
      title: 'Keynote Address on Water Security in the Pacific',
      speaker: 'Dr. Helen Okafor',
      event: 'Pacific Water Security Summit',
      venue: 'Suva, Fiji',
      date: '9 October 2018',
      lang: 'en',
    });
  });

  it('finds Roman numeral headings and joins wrapped lines into paragraphs', () => {
    expect(back.headings).toEqual([
      '## Why Water, Why Now',
      '## What the Islands Have Taught Us',
      '## A Compact for the Next Decade',
    ]);
    expect(back.paragraphs).toHaveLength(6);
    expect(markdown).not.toMatch(/\r|\uFEFF/);
  });

  it('keeps asterisks, underscores, "<", "|" and a year starting a paragraph as text', () => {
    expect(back.paragraphs[1]).toContain('the *first* thing');
    expect(back.paragraphs[2]).toMatch(/^1998\. That was the year/);
    expect(back.paragraphs[3]).toContain('sensor_nobody_reads. The third is that <5% of our');
    expect(back.paragraphs[4]).toContain('a simple rule | every new system');
  });

  it('joins a note wrapped over two lines', () => {
    expect(back.notes[1]).toEqual({
      label: '2',
      text: 'World Health Organization, Guidelines for Drinking-water Quality, 4th ed. (Geneva: WHO, 2017), p. 1.',
    });
  });

  it('drops page numbers, the "Back to top" link and the rule, and reports the footnote gaps', () => {
    expect(markdown).not.toMatch(/Page \d of 3|Back to top|___|^15$/m);
    expect(report).toMatchInlineSnapshot(`
      [
        "water.txt:1: read speaker and title",
        "water.txt:3: read event, venue and date",
        "water.txt:5: dropped page number 'Page 1 of 3'",
        "water.txt:7: found 3 sections; dropped their numbering",
        "water.txt:20: dropped page number '15'",
        "water.txt:35: dropped page number 'Page 2 of 3'",
        "water.txt:42: footnote marker [4] has no note; add "[^4]: source" at the end of the Markdown",
        "water.txt:48: dropped trailer 'Back to top'",
        "water.txt:50: dropped rule line '____________________'",
        "water.txt:56: note [5] is never cited in the text",
        "water.txt:58: dropped page number 'Page 3 of 3'",
        "water.txt: converted 4 footnote markers and 4 notes",
        "water.txt: escaped 7 other Markdown characters (* 1. _ < |)",
      ]
    `);
  });
});

describe('a Windows-1252 file with a byline, "Section N:" headings, a preamble and a "Notes" list', () => {
  const { markdown, report } = importPlainText(
    readFileSync(fixture('section-cp1252.txt')),
    'ships.txt',
  );
  const back = readBack(markdown);

  it('matches the expected Markdown', async () => {
    await expect(markdown).toMatchFileSnapshot('../../fixtures/import/section-cp1252.expected.md');
  });

  it('decodes curly quotes, dashes, accents and the euro sign', () => {
    expect(back.paragraphs.join('\n')).toContain(
      'roughly €2 billion to the cost of the transition for Norwegian owners alone, according to the Ministry’s own estimate.[2] Our café conversations in Bergen have moved on – the question',
    );
    expect(back.paragraphs.join('\n')).toContain('described as “hard to abate”.');
  });

  it('takes a title with a colon as the title, and the speaker from the byline', () => {
    expect(back.meta).toMatchObject({
      title: 'Charting a Cleaner Course: Shipping After 2030',
      speaker: 'Ingrid Solberg',
      event: 'Nordic Maritime Forum',
      venue: 'Bergen, Norway',
      date: '4 March 2021',
    });
  });

  it('keeps the preamble before the first heading and splits lines that have no blank line between', () => {
    expect(markdown.indexOf('Good morning.')).toBeLessThan(markdown.indexOf('## Where We Stand'));
    expect(back.headings).toEqual([
      '## Where We Stand',
      '## The Price of Waiting',
      '## What We Will Do',
    ]);
    expect(back.paragraphs).toHaveLength(5);
  });

  it('reads "1." notes under the "Notes" line as footnotes', () => {
    expect(back.notes.map((n) => n.label)).toEqual(['1', '2', '3']);
    expect(markdown).not.toMatch(/^Notes$/m);
  });

  it('reports the encoding and what it did', () => {
    expect(report).toMatchInlineSnapshot(`
      [
        "ships.txt: not valid UTF-8; decoded as Windows-1252",
        "ships.txt:1: read title",
        "ships.txt:2: read speaker",
        "ships.txt:3: read event, venue and date",
        "ships.txt:5: kept 1 paragraph before the first heading as the preamble",
        "ships.txt:7: found 3 sections; dropped their numbering",
        "ships.txt:9: split lines 9-10 into 2 paragraphs (no blank lines between them)",
        "ships.txt:20: dropped notes heading 'Notes'",
        "ships.txt: converted 3 footnote markers and 3 notes",
      ]
    `);
  });
});
