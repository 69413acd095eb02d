// The importer's recognisers one by one, on the shapes offices actually send.
import { describe, expect, it } from 'vitest';
import { escapeInline, newTally } from '../../../src/import/escape.js';
import { parseOccasion } from '../../../src/import/front-matter.js';
import { readHeading } from '../../../src/import/headings.js';
import { importPlainText } from '../../../src/import/index.js';
import { readBack } from './read-back.js';

describe('escaping', () => {
  const nasty = [
    'http:\\\\ and C:\\Users\\me',
    '*stars* and _under_scores_ and `ticks` and ~~strike~~',
    '# not a heading',
    '> not a quote',
    '- not a list',
    '+ not a list either',
    '12. not an ordered list',
    '3) nor this',
    'a [bracketed] aside, [sic], and [link](http://x.y) text',
    '<b>not html</b> and <!-- not a comment --> and <http://x.y>',
    'a | pipe, an &amp; entity, an &#169; number, & a plain ampersand',
    '---',
    '![not an image](x.png)',
    'trailing backslash \\',
    'see http://example.com/a_b_c?x=*y*&z=1 and www.x.org/~me/a_b. Then *this*_',
    'at https://en.wikipedia.org/wiki/Seoul_(city)), ok',
    'at http://kremlin.ru/events/60.[iv] and www.x.org/a_b, ok',
  ];

  it.each(nasty)('%s survives a round trip through marked', (text) => {
    const md = `---\ntitle: t\n---\n\n${escapeInline(text, newTally())}\n`;
    expect(readBack(md).paragraphs).toEqual([text]);
  });

  it('keeps a footnote marker right after a URL outside the link', () => {
    const md = `---\ntitle: t\n---\n\n${escapeInline('at http://kremlin.ru/events/60.[iv] ok', newTally(), () => true)}\n\n[^iv]: x\n`;
    expect(readBack(md).paragraphs).toEqual(['at http://kremlin.ru/events/60.[iv] ok']);
  });

  it('turns known footnote labels into references and leaves other brackets as text', () => {
    const md = escapeInline(
      'as said.[iv] A [note] and [12]',
      newTally(),
      (l) => l === 'iv' || l === '12',
    );
    expect(md).toBe('as said.[^iv] A \\[note\\] and [^12]');
  });

  it('escapes "#" in headings so a trailing one is not taken for closing markup', () => {
    const { markdown } = importPlainText(
      'X. Y: Address to Z\n\nI. Why C # Matters #\n\nText.\n',
      'a.txt',
    );
    expect(readBack(markdown).headings).toEqual(['## Why C # Matters #']);
  });
});

describe('headings', () => {
  it.each([
    ['  1. Introduction', 'Introduction', '1'],
    ['II. The Road Ahead', 'The Road Ahead', 'II'],
    ['2) Trade and Energy', 'Trade and Energy', '2'],
    ['Section 3: Security', 'Security', '3'],
    ['Part IV – Outlook', 'Outlook', 'IV'],
    ['CONCLUSION', 'CONCLUSION', undefined],
  ])('%s → %s', (line, title, number) => {
    expect(readHeading(line)).toEqual(number ? { title, number } : { title });
  });

  it.each([
    '1. We must act now, before it is too late.',
    'I. think so.',
    'IIII. Not a numeral',
    'U.S.A.',
    '2019. The year everything changed.',
    'Thank you.',
  ])('%s is text', (line) => {
    expect(readHeading(line)).toBeUndefined();
  });
});

describe('the occasion line', () => {
  it.each([
    [
      'Address to International Leadership Conference 2019, Seoul, Korea, May 15-17, 2019',
      {
        event: 'International Leadership Conference 2019',
        venue: 'Seoul, Korea',
        date: 'May 15-17, 2019',
      },
    ],
    [
      'Speech at the Asia Society, New York, 3 June 2021',
      { event: 'Asia Society', venue: 'New York', date: '3 June 2021' },
    ],
    [
      'Remarks at the Opening Session, Geneva',
      { event: 'Opening Session', venue: 'Geneva', date: undefined },
    ],
    [
      'Seoul, Korea, Tuesday, May 15th, 2019',
      { event: undefined, venue: 'Seoul, Korea', date: 'Tuesday, May 15th, 2019' },
    ],
    ['Vienna, 12–14 March 2022', { event: undefined, venue: 'Vienna', date: '12–14 March 2022' }],
  ])('%s', (line, parts) => {
    expect(parseOccasion(line)).toEqual(parts);
  });

  it('is not a sentence of the address', () => {
    expect(parseOccasion('Russia believes that dialogue must be resumed.')).toBeUndefined();
    expect(
      parseOccasion('Thank you, Mr. Chairman, for the kind words you said to us on May 15, 2019'),
    ).toBeUndefined();
  });
});

describe('title line', () => {
  const meta = (text: string) =>
    readBack(importPlainText(`${text}\n\nWe meet.\n`, 'a.txt').markdown).meta;

  it('splits "Speaker: Title" only when the part before the colon is a name', () => {
    expect(meta('H.E. Kim Sung-han: Remarks on Peace')).toMatchObject({
      speaker: 'H.E. Kim Sung-han',
      title: 'Remarks on Peace',
    });
    expect(meta('Korea’s Future: A View from Russia')).toEqual({
      title: 'Korea’s Future: A View from Russia',
      lang: 'en',
    });
  });

  it('reads a "Name, Office" line and an event, venue and date line under the title', () => {
    expect(
      meta(
        'Bringing the Weir Down\n\nCouncillor Ruth Adeyemi-Lang, Chair of the Ashburn Catchment Partnership\nAnnual River Restoration Conference, Ashburn Town Hall, 12 May 2025',
      ),
    ).toMatchObject({
      title: 'Bringing the Weir Down',
      speaker: 'Councillor Ruth Adeyemi-Lang',
      role: 'Chair of the Ashburn Catchment Partnership',
      event: 'Annual River Restoration Conference',
      venue: 'Ashburn Town Hall',
      date: '12 May 2025',
    });
    // A sentence with a comma is no byline.
    expect(meta('On Rivers\n\nRivers, like towns, remember.').speaker).toBeUndefined();
  });

  it('reads a subtitle under the title, and a byline and an occasion in Spanish', () => {
    const text =
      'EL AGUA QUE NO LLUEVE\nTarifas justas para una sequía larga\n\nLucía Ferrer Albarracín, Presidenta de la Mancomunidad de Aguas del Segre Medio\nJornadas sobre Gestión del Agua, Lleida, 23 de octubre de 2025\n\nBuenos días a todos y gracias por la invitación. Me han pedido que hable de tarifas, que es la manera más segura de vaciar una sala.\n\nNOTAS\n\n1. Informe anual de la Mancomunidad, 2024.\n';
    const { markdown, report } = importPlainText(text, 'a.txt');
    expect(readBack(markdown).meta).toMatchObject({
      title: 'EL AGUA QUE NO LLUEVE',
      subtitle: 'Tarifas justas para una sequía larga',
      speaker: 'Lucía Ferrer Albarracín',
      role: 'Presidenta de la Mancomunidad de Aguas del Segre Medio',
      event: 'Jornadas sobre Gestión del Agua',
      venue: 'Lleida',
      date: '23 de octubre de 2025',
      lang: 'es',
    });
    expect(report).toContain("a.txt:9: dropped notes heading 'NOTAS'");
  });

  it('tells Latin-script languages apart by their words', () => {
    const lang = (body: string) =>
      readBack(importPlainText(`Un titre\n\n${body}\n`, 'a.txt').markdown).meta.lang;
    expect(
      lang(
        'Mesdames et messieurs, je vous remercie de votre présence. Nos écoles rurales ont reçu des tablettes, mais personne n’est venu voir si les enseignants savaient s’en servir.',
      ),
    ).toBe('fr');
    expect(
      lang(
        'Meine Damen und Herren, vor acht Jahren fuhr der letzte Zug aus Hohenau um sieben Uhr abends. Heute fährt er nach Mitternacht, und die Menschen steigen wieder ein.',
      ),
    ).toBe('de');
    expect(
      lang(
        'Ladies and gentlemen, eight years ago the last train left at seven in the evening. Today it leaves after midnight, and people are riding it again.',
      ),
    ).toBe('en');
  });

  it('guesses the language from the script', () => {
    expect(
      importPlainText('김 대사: 연설\n\n우리는 오늘 만났습니다.\n', 'a.txt').markdown,
    ).toContain('lang: ko');
  });
});

describe('paragraphs and furniture', () => {
  it('joins hard-wrapped lines and drops a page number that falls inside a paragraph', () => {
    const text = [
      'A. B: Address to C',
      '',
      'We meet today in a spirit of cooperation and in the hope that the',
      'work we begin here will continue long after this conference ends.',
      'Page 2 of 9',
      'That is my wish.',
      '',
    ].join('\n');
    const { markdown, report } = importPlainText(text, 'a.txt');
    expect(readBack(markdown).paragraphs).toEqual([
      'We meet today in a spirit of cooperation and in the hope that the work we begin here will continue long after this conference ends. That is my wish.',
    ]);
    expect(report).toContain("a.txt:5: dropped page number 'Page 2 of 9'");
  });

  it('drops a calendar with a weekday row, PDF page breaks and a copyright line', () => {
    const text = [
      'March 2021',
      'Su Mo Tu We Th Fr Sa',
      '    1 2 3 4 5 6',
      '7 8 9 10 11 12 13',
      '',
      'A. B: Address to C',
      '',
      'We meet.\f- 2 -',
      '',
      'We part.',
      '',
      '© 2021 Nordic Maritime Forum. All rights reserved.',
      '',
    ].join('\n');
    const { markdown, report } = importPlainText(Buffer.from(text), 'a.txt');
    expect(readBack(markdown).paragraphs).toEqual(['We meet.', 'We part.']);
    expect(report).toEqual([
      'a.txt:1: dropped calendar header (lines 1-4)',
      'a.txt:6: read speaker and title',
      "a.txt:9: dropped page number '- 2 -'",
      "a.txt:13: dropped trailer '© 2021 Nordic Maritime Forum. All rights reserved.'",
      'a.txt: found no section headings; the deck shows the address as one section (add "## Title" lines to divide it)',
    ]);
  });

  it('keeps a sentence that mentions "click here" inside a paragraph', () => {
    const text =
      'A. B: Address to C\n\nSome say we should click here and move on.\nWe should not.\n';
    expect(readBack(importPlainText(text, 'a.txt').markdown).paragraphs.join(' ')).toContain(
      'click here',
    );
  });

  it('finds headings in a text with no blank lines at all', () => {
    const long = (s: string) =>
      `${s} ${'and so the work of this conference goes on, year after year, '.repeat(2)}today.`;
    const text = [
      'A. B: Address to C',
      '1. Introduction',
      long('We meet.'),
      long('We talk.'),
      'II. Next Steps',
      long('We part.'),
    ];
    const { markdown, report } = importPlainText(text.join('\n'), 'a.txt');
    expect(readBack(markdown).headings).toEqual(['## Introduction', '## Next Steps']);
    expect(readBack(markdown).paragraphs).toEqual([text[2], text[3], text[5]]);
    expect(report).toContain(
      'a.txt:3: split lines 3-6 into 4 paragraphs (no blank lines between them)',
    );
  });

  it('finds a heading written directly above its wrapped paragraph', () => {
    const text = [
      'A. B: Address to C',
      '',
      'INTRODUCTION',
      'We meet today in a spirit of cooperation and in the hope that the',
      'work goes on.',
      '',
    ];
    const back = readBack(importPlainText(text.join('\n'), 'a.txt').markdown);
    expect(back.headings).toEqual(['## INTRODUCTION']);
    expect(back.paragraphs).toEqual([
      'We meet today in a spirit of cooperation and in the hope that the work goes on.',
    ]);
  });

  it('keeps list items apart and a word broken at a hyphen whole', () => {
    const text = [
      'A. B: Address to C',
      '',
      'We propose three steps, each of them modest, none of them easy, and all',
      'of them overdue if inter-',
      'Korean trust is to grow:',
      '',
      '- open the liaison office',
      '- resume the family reunions, which',
      'were suspended in 2018',
      '- reconnect the railways',
      '',
    ].join('\n');
    const { markdown, report } = importPlainText(text, 'a.txt');
    expect(readBack(markdown).paragraphs).toEqual([
      'We propose three steps, each of them modest, none of them easy, and all of them overdue if inter-Korean trust is to grow:',
      '- open the liaison office',
      '- resume the family reunions, which were suspended in 2018',
      '- reconnect the railways',
    ]);
    expect(report).toContain(
      "a.txt:4: kept the hyphen in 'inter-Korean' broken across lines (a capital follows it)",
    );
  });

  it('reports a file that holds a title and nothing else', () => {
    expect(importPlainText('A. B: Address to C\n', 'a.txt').report).toContain(
      'a.txt: found no text after the title; is this the whole address?',
    );
  });

  it('reports a heading-less text', () => {
    expect(importPlainText('A. B: Address to C\n\nWe meet.\n', 'a.txt').report).toContain(
      'a.txt: found no section headings; the deck shows the address as one section (add "## Title" lines to divide it)',
    );
  });
});
