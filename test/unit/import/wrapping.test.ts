// Lines wrapped at uneven widths, indented first lines, a paragraph per line and words hyphenated
// across breaks, all in one address (test/fixtures/import/ragged-wrap.txt).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../src/import/index.js';
import { readBack } from './read-back.js';

const file = fileURLToPath(new URL('../../fixtures/import/ragged-wrap.txt', import.meta.url));
const { markdown, report } = importPlainText(readFileSync(file), 'ragged.txt');
const back = readBack(markdown);

describe('a ragged, hand-wrapped address', () => {
  it('rejoins every paragraph from sentence evidence', () => {
    expect(back.paragraphs.map((p) => p.slice(0, 40))).toEqual([
      'Your Excellency Madam President of the G',
      'We open this centre on a grey morning, w',
      'For too long that knowledge lived in a f',
      'The agreement we sign today took two yea',
      'The centre will train three hundred appr',
      'It will pay them while they learn.',
      'It will place them with a skipper, a boa',
      'It will be run by the people who know th',
      'Mr. Chairman, Distinguished colleagues,',
      'I thank you for your patience, and for t',
    ]);
  });

  it('keeps a salutation spread over lines as one paragraph', () => {
    expect(back.paragraphs[0]).toBe(
      'Your Excellency Madam President of the General Assembly, honoured guests, friends from the fishing towns,',
    );
  });

  it('mends hyphens from the text itself, then from the dictionary', () => {
    const text = back.paragraphs.join('\n');
    expect(text).toContain('through patient negotiation between');
    expect(text).toContain('an older net-mender with cold hands');
    expect(text).toContain('and for the flexibility every one');
    expect(report).toEqual(
      expect.arrayContaining([
        "ragged.txt:9: kept the hyphen in 'net-mender' broken across lines (both parts are words)",
        "ragged.txt:15: joined 'nego-tiation' broken across lines as 'negotiation' (a dictionary word)",
        "ragged.txt:29: joined 'flexi-bility' broken across lines as 'flexibility' (as the text writes it)",
      ]),
    );
  });

  it('keeps every word of the source, in order', () => {
    const words = (s: string) => s.replace(/-\n/g, '').split(/\s+/).filter(Boolean);
    const source = readFileSync(file, 'utf8').split('\n').slice(2).join('\n');
    const mended = source.replace('net-\nmender', 'net-mender');
    expect(back.paragraphs.join(' ').split(/\s+/)).toEqual(words(mended));
  });
});

describe('a word hyphenated across lines that nothing knows', () => {
  it('keeps the hyphen and reports it', () => {
    const text = 'Remarks\n\nWe sailed on the old quin-\ntorvak from the north harbour at dawn.\n';
    const { markdown, report } = importPlainText(text, 'h.txt');
    expect(readBack(markdown).paragraphs[0]).toContain('old quin-torvak from');
    expect(report).toContain(
      "h.txt:3: kept the hyphen in 'quin-torvak' broken across lines (unknown word; check it)",
    );
  });
});
