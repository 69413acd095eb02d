import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/content/index.js';
import type { Address, Block } from '../../../src/core/address.js';

function parse(body: string, front = 'title: A talk') {
  return parseAddress(`---\n${front}\n---\n\n${body}`, '/talks/address.md');
}

function address(body: string, front?: string): Address {
  const { address, problems } = parse(body, front);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (!address) throw new Error('no address');
  return address;
}

function blocks(body: string): Block[] {
  return address(`## S\n\n${body}`).sections[0]?.blocks ?? [];
}

describe('sections and preamble', () => {
  it('opens a section at each ## heading, keeps text before the first as preamble', () => {
    const a = address('Good morning.\n\n## First *part*\n\nOne.\n\nTwo.\n\n## Second\n\nThree.\n');
    expect(a.preamble).toEqual([{ kind: 'paragraph', line: 5, text: 'Good morning.', refs: [] }]);
    expect(a.sections.map((s) => [s.index, s.title, s.line, s.blocks.length])).toEqual([
      [0, 'First part', 7, 2],
      [1, 'Second', 13, 1],
    ]);
    expect(a.sections[0]?.blocks[1]).toMatchObject({ kind: 'paragraph', line: 11, text: 'Two.' });
  });

  it('reads # headings as sections in a text that has no ## heading, the title heading left out', () => {
    const { address: a, problems } = parse(
      '# A Talk\n\nGood morning.\n\n# First\n\nOne.\n\n### Aside\n\n# Second\n\nTwo.\n',
    );
    expect(a?.preamble.map((b) => b.line)).toEqual([7]);
    expect(a?.sections.map((s) => [s.title, s.line, s.blocks.length])).toEqual([
      ['First', 9, 2],
      ['Second', 15, 1],
    ]);
    expect(problems.map((p) => [p.line, p.message, p.hint])).toEqual([
      [
        9,
        "'# ' headings are read as sections, as the text has no '## ' headings",
        "write sections as '## ' headings; the title comes from the front matter",
      ],
      [13, 'sub-heading becomes a paragraph of the section', "use '# ' to start a new section"],
    ]);
  });

  it('keeps ## sections when there are any: a # heading is then ignored, silently if it is the title', () => {
    const { address: a, problems } = parse('# A talk\n\n# Other\n\n## Only\n\nOne.\n');
    expect(a?.sections.map((s) => s.title)).toEqual(['Only']);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [7, "'# ' heading is ignored: the title comes from the front matter"],
    ]);
  });
});

describe('paragraph text', () => {
  it('removes Markdown escapes: http:\\\\\\\\ in the file is http:\\\\ in the text', () => {
    expect(blocks('See http:\\\\\\\\ and 1998\\. and \\*not emphasis\\*.')[0]).toMatchObject({
      text: 'See http:\\\\ and 1998. and *not emphasis*.',
    });
  });

  it('drops emphasis, keeps link and code text, decodes character references, joins lines', () => {
    expect(
      blocks('A *very* __bold__ [link](http://x.org) and `code`\nover &amp; “out”.')[0],
    ).toMatchObject({
      text: 'A very bold link and code over & “out”.',
    });
  });

  it('keeps raw HTML as the characters written, and warns', () => {
    const { address: a, problems } = parse('## S\n\nSay <script>alert(1)</script> now.');
    expect(a?.sections[0]?.blocks[0]).toMatchObject({ text: 'Say <script>alert(1)</script> now.' });
    expect(problems).toMatchObject([
      { severity: 'warning', message: 'raw HTML is shown as text', line: 7, col: 5 },
    ]);
  });

  it('lifts footnote markers into refs at the offset where they stood', () => {
    const [p] = blocks(
      'Russia supports it.[^i] And  more\nhere[^ii] too.\n\n[^i]: One.\n[^ii]: Two.',
    );
    expect(p).toMatchObject({
      text: 'Russia supports it. And more here too.',
      refs: [
        { label: 'i', offset: 19 },
        { label: 'ii', offset: 33 },
      ],
    });
    const text = (p as { text: string }).text;
    expect(text.slice(0, 19)).toBe('Russia supports it.');
    expect(text.slice(0, 33)).toBe('Russia supports it. And more here');
  });
});

describe('blockquotes', () => {
  it.each([
    ['— Vladimir Putin', 'Vladimir Putin'],
    ['-- Vladimir Putin', 'Vladimir Putin'],
    ['―Vladimir Putin', 'Vladimir Putin'],
  ])('takes a final line "%s" as the attribution', (line, who) => {
    const [q] = blocks(`> Russia supports the policy\n> of dialogue.\n> ${line}`);
    expect(q).toEqual({
      kind: 'blockquote',
      line: 7,
      text: 'Russia supports the policy of dialogue.',
      refs: [],
      attribution: who,
    });
  });

  it('moves a footnote on the attribution line to the end of the quotation', () => {
    const [q] = blocks('> We support it.\n>\n> — Putin[^1]\n\n[^1]: Pusan, 2005.');
    expect(q).toEqual({
      kind: 'blockquote',
      line: 7,
      text: 'We support it.',
      refs: [{ label: '1', offset: 14 }],
      attribution: 'Putin',
    });
  });

  it('has no attribution without a dash line, and a dash inside the text is text', () => {
    const [q] = blocks('> Peace — not war — is the aim.');
    expect(q).toEqual({
      kind: 'blockquote',
      line: 7,
      text: 'Peace — not war — is the aim.',
      refs: [],
    });
  });
});

describe('lists and images', () => {
  it('reads list items as inline text, nested items flattened', () => {
    const [l] = blocks('1. First *point*\n2. Second[^a]\n   - nested\n\n[^a]: Src.');
    expect(l).toEqual({
      kind: 'list',
      line: 7,
      ordered: true,
      items: [
        { text: 'First point', refs: [], marks: [{ kind: 'em', start: 6, end: 11 }] },
        { text: 'Second', refs: [{ label: 'a', offset: 6 }] },
        { text: 'nested', refs: [] },
      ],
    });
  });

  it('keeps the author’s emphasis as marks over the plain text, through re-spacing', () => {
    const [p] = blocks(
      'A *light*  and **strong\nword** with `code`[^a] and ~~gone~~.\n\n[^a]: Src.',
    );
    expect(p).toMatchObject({
      text: 'A light and strong word with code and gone.',
      refs: [{ label: 'a', offset: 33 }],
      marks: [
        { kind: 'em', start: 2, end: 7 },
        { kind: 'strong', start: 12, end: 23 },
        { kind: 'code', start: 29, end: 33 },
        { kind: 'del', start: 38, end: 42 },
      ],
    });
    // A code span keeps its trailing spaces; collapsed, the mark must not take the next letter.
    const [c] = blocks('run `ls  ` now');
    expect(c).toMatchObject({ text: 'run ls now', marks: [{ kind: 'code', start: 4, end: 7 }] });
    const [q] = blocks('> *All* of it.\n> — Someone');
    expect(q).toMatchObject({ text: 'All of it.', marks: [{ kind: 'em', start: 0, end: 3 }] });
  });

  it('turns an image alone in a paragraph into an image block resolved against the file', () => {
    expect(blocks('![The summit, 2018](img/summit%20photo.png)')).toEqual([
      {
        kind: 'image',
        line: 7,
        src: 'img/summit%20photo.png',
        path: '/talks/img/summit photo.png',
        alt: 'The summit, 2018',
      },
    ]);
  });
});

describe('directives', () => {
  it('reads note, points, break and thematic breaks, case-insensitively', () => {
    const b = blocks(
      '<!-- NOTE: Pause here;\n  look up. -->\n\n<!-- points\n- first point\n- second\n  point\n-->\n\n<!-- Break -->\n\n---\n\nText.',
    );
    expect(b).toEqual([
      { kind: 'aside', line: 7, text: 'Pause here; look up.' },
      { kind: 'points', line: 10, items: ['first point', 'second point'] },
      { kind: 'break', line: 16 },
      { kind: 'break', line: 18 },
      { kind: 'paragraph', line: 20, text: 'Text.', refs: [] },
    ]);
  });

  it('steers the next paragraph with quote: pin / quote: drop, even right above it', () => {
    const b = blocks('<!-- quote: pin -->\nPinned.\n\n<!-- quote: DROP -->\n\nDropped.\n\nPlain.');
    expect(b.map((x) => (x.kind === 'paragraph' ? [x.text, x.quoteSteer] : x.kind))).toEqual([
      ['Pinned.', 'pin'],
      ['Dropped.', 'drop'],
      ['Plain.', undefined],
    ]);
  });

  it('ignores ordinary comments', () => {
    const { address: a, problems } = parse('## S\n\n<!-- a reminder to myself -->\n\nText.');
    expect(a?.sections[0]?.blocks).toHaveLength(1);
    expect(problems).toEqual([]);
  });
});

describe('footnotes and Ibid.', () => {
  const body = [
    '## S',
    '',
    'A.[^i] B.[^ii] C.[^iii] D.[^iv] E.[^v]',
    '',
    '[^i]: M. Titarenko, *Russia and Her Asian Partners* (Moscow, 2012), p. 471.',
    '[^ii]: Ibid.',
    '[^iii]: ibid., p. 5',
    '[^iv]: Ibid',
    '[^v]: Interview, [Kremlin](http://kremlin.ru/events/19611).',
  ].join('\n');

  it('keeps definition order, resolves every Ibid. to the last full source, its page replacing the source’s', () => {
    const a = address(body);
    const src = 'M. Titarenko, Russia and Her Asian Partners (Moscow, 2012), p. 471.';
    expect(a.footnotes).toEqual([
      { label: 'i', text: src, source: src, ibid: false, line: 9 },
      { label: 'ii', text: 'Ibid.', source: src, ibid: true, line: 10 },
      {
        label: 'iii',
        text: 'ibid., p. 5',
        source: 'M. Titarenko, Russia and Her Asian Partners (Moscow, 2012), p. 5',
        ibid: true,
        line: 11,
      },
      { label: 'iv', text: 'Ibid', source: src, ibid: true, line: 12 },
      expect.objectContaining({
        label: 'v',
        text: 'Interview, Kremlin (http://kremlin.ru/events/19611).',
      }),
    ]);
  });
});

describe('front matter', () => {
  it('warns about a label name it does not know, with the name it probably means', () => {
    const { address, problems } = parse(
      '## S\n\nText.',
      'title: T\nlabels:\n  thankyou: Merci\n  outline: Plan',
    );
    expect(address?.meta.labels).toEqual({ outline: 'Plan' });
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 4,
        message: "unknown label 'labels.thankyou'",
        hint: "did you mean 'thankYou'?",
      }),
    ]);
  });

  it('fills defaults', () => {
    expect(address('## S\n\nText.').meta).toEqual({
      title: 'A talk',
      lang: 'en',
      keywords: [],
      theme: 'address',
      size: { width: 1280, height: 720, aspect: '16:9' },
      wordsPerMinute: 130,
      quotes: { pin: [], exclude: [] },
      branding: { footer: '', slideNumbers: true, controls: false },
    });
  });

  it('reads every key; an ISO date is shown in the address’s language; the footer defaults to event · date', () => {
    const meta = address(
      '## S\n\nText.',
      [
        'title: Address to ILC 2019',
        'subtitle: A view from Russia',
        'speaker: A. Zhebin',
        'event: International Leadership Conference',
        'venue: Seoul, Korea',
        'date: 2019-05-15',
        'lang: ko',
        'keywords: [Korea, Russia]',
        'theme: night',
        'size: "4:3"',
        'duration: 20',
        'wpm: 120',
        'quotes:',
        '  pin: firm conviction',
        '  exclude: [“big countries”]',
        'logo: ../assets/logo.png',
        'slideNumbers: false',
        'controls: true',
        'labels:',
        '  thankYou: 질문 있으신가요?',
      ].join('\n'),
    ).meta;
    expect(meta).toEqual({
      title: 'Address to ILC 2019',
      subtitle: 'A view from Russia',
      speaker: 'A. Zhebin',
      event: 'International Leadership Conference',
      venue: 'Seoul, Korea',
      date: '2019년 5월 15일',
      dateIso: '2019-05-15',
      lang: 'ko',
      keywords: ['Korea', 'Russia'],
      theme: 'night',
      size: { width: 1024, height: 768, aspect: '4:3' },
      duration: 20,
      wordsPerMinute: 120,
      quotes: { pin: ['firm conviction'], exclude: ['“big countries”'] },
      branding: {
        logo: '/assets/logo.png',
        footer: 'International Leadership Conference · 2019년 5월 15일',
        slideNumbers: false,
        controls: true,
      },
      labels: { thankYou: '질문 있으신가요?' },
    });
  });

  it('shows a date as written unless it is an ISO date, which keeps its ISO form for the PDFs', () => {
    const metaOf = (front: string) => parse('## S\n\nText.\n', `title: T\n${front}`).address!.meta;
    expect(metaOf('date: May 15-17, 2019')).toMatchObject({ date: 'May 15-17, 2019' });
    expect(metaOf('date: May 15-17, 2019').dateIso).toBeUndefined();
    expect(metaOf('date: 2019-05-15')).toMatchObject({
      date: 'May 15, 2019',
      dateIso: '2019-05-15',
    });
    expect(metaOf('date: 2019-05-15\nlang: ru').date).toBe('15 мая 2019 г.');
    expect(metaOf('date: 2019-02-30').date).toBe('2019-02-30');
  });

  it('reads keywords as a comma-separated string too', () => {
    expect(
      address('## S\n\nT.', 'title: T\nkeywords: Korea,  Russia , ,dialogue').meta.keywords,
    ).toEqual(['Korea', 'Russia', 'dialogue']);
  });

  it('keeps a bare year or unquoted 4:3 as written', () => {
    const meta = address('## S\n\nT.', 'title: 1984\ndate: 2019\nsize: 4:3').meta;
    expect([meta.title, meta.date, meta.size.aspect]).toEqual(['1984', '2019', '4:3']);
  });

  it('hides the footer with false, takes a given footer, resolves a theme path', () => {
    expect(address('## S\n\nT.', 'title: T\nevent: E\nfooter: false').meta.branding.footer).toBe(
      '',
    );
    expect(address('## S\n\nT.', 'title: T\nevent: E\nfooter: Seoul').meta.branding.footer).toBe(
      'Seoul',
    );
    expect(address('## S\n\nT.', 'title: T\nevent: E').meta.branding.footer).toBe('E');
    expect(address('## S\n\nT.', 'title: T\ntheme: ./brand.css').meta.theme).toBe(
      '/talks/brand.css',
    );
  });

  it('gives no address when the title is missing, but still reports body problems', () => {
    const { address: a, problems } = parse('## S\n\nText.[^x]', 'speaker: A');
    expect(a).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual([
      'missing title',
      'footnote [^x] is referenced but not defined',
    ]);
  });
});
