// Addresses in the shapes press offices send (test/fixtures/import/*.txt, written for these tests):
// each one's header, sections, notes and every word of its body, in order.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../src/import/index.js';
import { importedWords, sourceNoteWords, sourceWords, type BodySpec } from './faithful.js';
import { readBack } from './read-back.js';

interface Case {
  file: string;
  meta: Record<string, string>;
  headings: string[];
  labels: string[];
  /** The notes' lines in the source; their words, labels aside, must be the footnotes' words. */
  notes: BodySpec;
  body: BodySpec;
  report: string[];
}

const CASES: Case[] = [
  {
    file: 'minister-superscript.txt',
    meta: {
      title: 'Remarks at the Third Atlantic Coastal Resilience Conference',
      speaker: 'H.E. Dr. Marta Quental',
      role: 'Minister of the Sea',
      event: 'Third Atlantic Coastal Resilience Conference',
      venue: 'Lisbon',
      date: '14 March 2023',
      lang: 'en',
    },
    headings: ['## WHAT THE COAST IS TELLING US', '## WHAT WE WILL DO'],
    labels: ['1', '2', '3', '4', '5'],
    notes: { from: 35, to: 41 },
    body: { from: 7, to: 32 },
    report: [
      "x.txt:1: dropped press instruction 'CHECK AGAINST DELIVERY'",
      'x.txt:3: read speaker, role, event and venue',
      'x.txt:5: read date',
      "x.txt:34: dropped notes heading 'Notes'",
      "x.txt:43: dropped rule line '* * *'",
      'x.txt:45: dropped press-office furniture (lines 45-46)',
      "x.txt:48: dropped trailer 'Back to Speeches'",
      'x.txt: converted 5 footnote markers and 5 notes',
    ],
  },
  {
    file: 'pdf-statement.txt',
    meta: {
      title: 'Statement',
      speaker: 'Ambassador Tomas Lindqvist',
      role: 'Permanent Representative of Norland to the United Nations Office at Geneva',
      venue: 'Geneva',
      date: '24 August 2022',
      lang: 'en',
    },
    headings: [],
    labels: ['1', '2', '3', '4'],
    notes: { from: 38, to: 42 },
    body: { from: 5, to: 34, drop: [21, 31], mend: { 'nego-\n\n\ntiation': 'negotiation' } },
    report: [
      'x.txt:1: read speaker',
      'x.txt:2: read role',
      'x.txt:3: read venue and date',
      "x.txt:19: joined 'nego-tiation' broken across lines as 'negotiation' (a dictionary word)",
      "x.txt:21: dropped page number '– 2 –'",
      "x.txt:36: dropped rule line '____________________'",
      'x.txt:42: note [4] is never cited in the text',
    ],
  },
  {
    file: 'symbols-endnotes.txt',
    meta: { title: 'A Toast to the Volunteers of the Valley Library', lang: 'en' },
    headings: [],
    labels: ['star', 'dagger', 'ddagger'],
    notes: { from: 18, to: 20 },
    body: { from: 3, to: 16 },
    report: [
      'x.txt:18: read lines 18-20 as the notes (no "Notes" line before them)',
      'x.txt: converted 3 footnote markers and 3 notes',
    ],
  },
  {
    file: 'paren-endnotes.txt',
    meta: {
      title: 'Innovation in Small Ports',
      speaker: 'Professor Aline Forde',
      venue: 'Harbour Institute, Cork',
      date: '5 May 2024',
      lang: 'en',
    },
    headings: ['## Why small ports matter', '## What works'],
    labels: ['1', '2', '3'],
    notes: { from: 22, to: 28 },
    body: { from: 5, to: 18 },
    report: ["x.txt:20: dropped notes heading 'Endnotes'"],
  },
  {
    file: 'as-prepared.txt',
    meta: {
      title: 'Remarks at the Pacific Ports Dialogue',
      speaker: 'Secretary Dana Whitfield',
      event: 'Pacific Ports Dialogue',
      venue: 'Honolulu, Hawaii',
      date: 'March 3, 2024',
      lang: 'en',
    },
    headings: ['## OUR SHARED WATERS'],
    labels: ['1', '2'],
    notes: { from: 23, to: 24 },
    body: { from: 6, to: 19 },
    report: [
      "x.txt:1: dropped press instruction 'As Prepared for Delivery'",
      'x.txt:3: read venue',
      'x.txt:8: split lines 8-11 into 2 paragraphs (no blank lines between them)',
      'x.txt:26: dropped press-office furniture (line 26)',
    ],
  },
  {
    file: 'rector-roman.txt',
    meta: {
      title: 'Welcome Address',
      speaker: 'Prof. Ines Varga',
      role: 'Rector of the University of Pécs',
      event: 'opening of the academic year',
      venue: 'Pécs',
      date: '01.09.2023',
      lang: 'en',
    },
    headings: [],
    labels: ['i', 'ii'],
    notes: { from: 11, to: 12 },
    body: { from: 5, to: 7 },
    report: [
      'x.txt:5: split lines 5-7 into 2 paragraphs (no blank lines between them)',
      'x.txt: converted 2 footnote markers and 2 notes',
    ],
  },
  {
    file: 'caps-numbered.txt',
    meta: {
      title: "SPEECH AT THE NATIONAL FARMERS' CONGRESS",
      role: 'PRIME MINISTER',
      event: "NATIONAL FARMERS' CONGRESS",
      lang: 'en',
    },
    headings: ['## Fair prices', '## Water', '## Young farmers'],
    labels: ['1', '2', '3'],
    notes: { from: 32, to: 34 },
    body: { from: 5, to: 29 },
    report: [
      "x.txt:3: dropped press instruction 'Embargoed until 11:00, 12 November 2024'",
      "x.txt:31: dropped notes heading 'References'",
      'x.txt:36: dropped press-office furniture (line 36)',
      'x.txt:38: dropped press-office furniture (lines 38-39)',
    ],
  },
  {
    file: 'governor-rule.txt',
    meta: {
      title: 'Address to the Annual Meeting of the Savings Banks Association',
      role: 'Governor',
      event: 'Annual Meeting of the Savings Banks Association',
      venue: 'Frankfurt',
      date: '14.03.2023',
      lang: 'en',
    },
    headings: [],
    labels: ['1', '2', '3'],
    notes: { from: 19, to: 21 },
    body: { from: 5, to: 16 },
    report: ['x.txt:2: read event', 'x.txt:3: read venue and date'],
  },
  {
    file: 'delegation-lines.txt',
    meta: {
      title: 'Statement',
      speaker: 'Ms. Lea Okonkwo',
      role: 'Head of Delegation',
      event: 'Committee on Fisheries, Thirty-Sixth Session',
      venue: 'Rome',
      date: '9 July 2024',
      lang: 'en',
    },
    headings: [],
    labels: ['1', '2'],
    notes: { from: 11, to: 12 },
    body: { from: 4, to: 9 },
    report: [
      'x.txt:4: split lines 4-9 into 6 paragraphs (no blank lines between them)',
      "x.txt:7: read '2027.2' as the year 2027 and note marker 2; check it",
      'x.txt: converted 2 footnote markers and 2 notes',
    ],
  },
  {
    file: 'running-head.txt',
    meta: {
      title: 'Keynote: The Library as a Public Square',
      speaker: 'Dr. Sam Ito',
      event: 'National Library Week',
      venue: 'Wellington',
      date: '5 May 2025',
      lang: 'en',
    },
    headings: [],
    labels: [],
    notes: { from: 1, to: 0 },
    body: { from: 7, to: 21, drop: [11, 12, 18, 19] },
    report: [
      "x.txt:5: dropped running head 'The Library as a Public Square — Dr. Sam Ito' (on every page)",
      "x.txt:11: dropped page number '– 1 –'",
    ],
  },
  {
    file: 'page-foot-notes.txt',
    meta: {
      title: 'Statement',
      speaker: 'Ambassador Rui Santos',
      venue: 'Lisbon',
      date: '3 October 2024',
      lang: 'en',
    },
    headings: [],
    labels: ['1', '2'],
    notes: { from: 10, to: 11 },
    body: { from: 4, to: 19, drop: [9, 10, 11, 13] },
    report: [
      'x.txt:10: took the notes at the foot of a page (lines 10-11)',
      "x.txt:13: dropped page number '– 2 –'",
      'x.txt: converted 2 footnote markers and 2 notes',
    ],
  },
];

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)));

describe.each(CASES)('$file', (c) => {
  const source = fixture(c.file);
  const { markdown, report } = importPlainText(source, 'x.txt');
  const back = readBack(markdown);

  it('reads the header into the front matter, none of it spoken', () => {
    expect(back.meta).toEqual(c.meta);
  });

  it('finds the sections', () => {
    expect(back.headings).toEqual(c.headings);
  });

  it('keeps every word of the body, whole and in order, and nothing else', () => {
    expect(importedWords(back)).toEqual(sourceWords(source.toString('utf8'), c.body));
  });

  it('makes every note a footnote, word for word', () => {
    // Read from the definitions: marked drops a note nobody cites, the content stage keeps it.
    const defs = [...markdown.matchAll(/^\[\^([^\]]+)\]: (.*)$/gm)];
    expect(defs.map((d) => d[1])).toEqual(c.labels);
    const noteWords = defs.flatMap((d) => d[2]!.replace(/\\(.)/g, '$1').split(/\s+/));
    expect(noteWords).toEqual(sourceNoteWords(source.toString('utf8'), c.notes, c.labels));
  });

  it('cites every note whose marker is in the text', () => {
    const cited = new Set([...markdown.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1]));
    const uncited = c.labels.filter((l) => !cited.has(l));
    for (const l of uncited)
      expect(report).toContain(`x.txt:${lineOf(c, l)}: note [${l}] is never cited in the text`);
  });

  it('reports what it dropped, joined and guessed', () => {
    expect(report).toEqual(expect.arrayContaining(c.report));
  });
});

function lineOf(c: Case, label: string): number {
  const lines = fixture(c.file).toString('utf8').split('\n');
  return lines.findIndex((l, i) => i >= c.notes.from - 1 && l.startsWith(`${label} `)) + 1;
}
