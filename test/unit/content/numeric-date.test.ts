// A date in figures is shown as written, and read in the address's language for the PDFs.
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/content/index.js';
import { numericDateIso } from '../../../src/content/numeric-date.js';

describe('a date written in figures', () => {
  it.each([
    ['14.03.2023', 'en', '2023-03-14'],
    ['03.04.2023', 'en', '2023-04-03'],
    ['03/04/2023', 'en', '2023-03-04'],
    ['03/04/2023', 'en-GB', '2023-04-03'],
    ['03/04/2023', 'fr', '2023-04-03'],
    ['03/14/2023', 'en-GB', '2023-03-14'],
    ['14/03/2023', 'en', '2023-03-14'],
    ['31.02.2023', 'de', undefined],
    ['May 15-17, 2019', 'en', undefined],
  ])('%s in %s is %s', (written, lang, expected) => {
    expect(numericDateIso(written, lang)).toBe(expected);
  });

  it('is shown as written and gives the PDFs their date', () => {
    const md = '---\ntitle: T\ndate: 14.03.2023\nlang: de\n---\n\nText.\n';
    const { meta } = parseAddress(md, 'a.md').address!;
    expect(meta.date).toBe('14.03.2023');
    expect(meta.dateIso).toBe('2023-03-14');
  });
});
