// Note markers read only where a note has the label, and guesses reported.
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../src/import/index.js';
import { readBack } from './read-back.js';

const doc = (...lines: string[]) => ['Remarks at the Harbour', '', ...lines, ''].join('\n');

describe('note markers in plain text', () => {
  it('reads a bare number after punctuation as a marker only when its note exists', () => {
    const { markdown } = importPlainText(
      doc(
        'We met in 2018. Some 1,000 people came, and 3.5 per cent stayed.1 Then they left.2',
        '',
        '______',
        '',
        '1 Harbour register, 2019.',
        '2 Harbour register, 2020.',
      ),
      'a.txt',
    );
    expect(readBack(markdown).paragraphs).toEqual([
      'We met in 2018. Some 1,000 people came, and 3.5 per cent stayed.[1] Then they left.[2]',
    ]);
  });

  it('reports a superscript with no note, a second bare citation and a spaced "(1)"', () => {
    const { report } = importPlainText(
      doc(
        'The quay was rebuilt.¹ It flooded again.⁷',
        '',
        'We said so then.1 And we say so now.1',
        '',
        'Notes',
        '1. Port minutes.',
      ),
      'a.txt',
    );
    expect(report).toEqual(
      expect.arrayContaining([
        "a.txt:3: marker '⁷' has no note (left as written)",
        "a.txt:5: read '…say so now.1' as a second citation of note 1; check it",
      ]),
    );
  });

  it('leaves "(1)" after a space alone unless the notes are written "(1)"', () => {
    const lines = ['Two things: (1) the quay and (2) the crane.(1)', '', 'Notes', ''];
    const dotted = importPlainText(doc(...lines, '1. Port minutes.'), 'a.txt');
    expect(readBack(dotted.markdown).paragraphs[0]).toBe(
      'Two things: (1) the quay and (2) the crane.[1]',
    );
    const paren = importPlainText(doc(...lines, '(1) Port minutes.', '(2) Crane log.'), 'a.txt');
    expect(paren.report).toContain("a.txt:3: read '(1)' as note marker 1; check it");
  });

  it('keeps a numbered list at the end as text when the text cites none of it', () => {
    const { markdown } = importPlainText(
      doc(
        'We thank two people.',
        '',
        '1. The harbour master, who stayed.',
        '2. The crane driver, who came back.',
      ),
      'a.txt',
    );
    expect(markdown).not.toContain('[^');
    expect(readBack(markdown).paragraphs).toHaveLength(3);
  });

  it('drops instructions to the press wherever they stand, and says so', () => {
    const { markdown, report } = importPlainText(
      doc('EMBARGOED UNTIL 10:00 CET, 3 MAY', '', 'As prepared for delivery', '', 'Good morning.'),
      'a.txt',
    );
    expect(readBack(markdown).paragraphs).toEqual(['Good morning.']);
    expect(report).toEqual(
      expect.arrayContaining([
        "a.txt:3: dropped press instruction 'EMBARGOED UNTIL 10:00 CET, 3 MAY'",
        "a.txt:5: dropped press instruction 'As prepared for delivery'",
      ]),
    );
  });
});

describe('what is not furniture', () => {
  it('keeps a last sentence with an e-mail address and a sentence starting "Embargo"', () => {
    const { markdown } = importPlainText(
      doc(
        'Embargo is the wrong word for what happened to the port.',
        '',
        'If you want to help, write to the harbour board at board@harbour.example.org today.',
      ),
      'a.txt',
    );
    expect(readBack(markdown).paragraphs).toHaveLength(2);
  });
});

describe('notes at the foot of a page', () => {
  it('are taken out of the text, and the sentence they cut is whole again', async () => {
    const { readFileSync } = await import('node:fs');
    const file = new URL('../../fixtures/import/page-foot-notes.txt', import.meta.url);
    const back = readBack(importPlainText(readFileSync(file), 'f.txt').markdown);
    expect(back.paragraphs).toHaveLength(2);
    expect(back.paragraphs[0]).toContain('supported, in the informal consultations this week.[2]');
  });
});
