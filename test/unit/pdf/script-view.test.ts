import { describe, expect, it } from 'vitest';
import {
  deckOutline,
  formatDuration,
  handoutView,
  runningHeader,
  scriptView,
} from '../../../src/pdf/script-view.js';
import { withMarkers } from '../../helpers/markers.js';
import { cssString, renderTemplate } from '../../../src/pdf/print-html.js';
import { PAPER_SIZE } from '../../../src/pdf/handout-layout.js';
import { fixtureDeck } from '../../fixtures/export/deck.js';

describe('script view', () => {
  it('(the tests’ oracle) puts footnote markers back where they stood', () => {
    expect(
      withMarkers({
        text: 'One. Two.',
        refs: [
          { label: 'i', offset: 4 },
          { label: '2', offset: 9 },
        ],
      }),
    ).toBe('One.[i] Two.[2]');
    expect(withMarkers({ text: 'Plain.', refs: [] })).toBe('Plain.');
  });

  it('formats times as m:ss and h:mm:ss', () => {
    expect(formatDuration(40)).toBe('0:40');
    expect(formatDuration(605)).toBe('10:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });

  it('numbers every slide, keeps a running total, and groups slides by stack', () => {
    const deck = fixtureDeck();
    const view = scriptView(deck);
    const slides = view.parts.flatMap((p) => p.slides);
    expect(slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(slides.at(-1)!.timing).toMatch(
      new RegExp(`running total ${formatDuration(deck.totalSeconds)}$`),
    );
    expect(view.parts.map((p) => p.heading)).toEqual([
      deck.meta.title,
      '1. Introduction',
      '2. The Summits of 2018',
      'References',
    ]);
    expect(withMarkers(slides[3]!.paragraphs[1]!)).toMatch(/in 2018\.\[1\]$/);
    expect(slides[3]!.asides).toEqual(['Pause and look at the audience.']);
  });

  it('speaks the address’s language, and the front matter’s own wording wins', () => {
    const deck = fixtureDeck();
    deck.meta.lang = 'ko-KR';
    deck.meta.labels = { thankYou: '질문 있으신가요?' };
    deck.meta.duration = 15;
    const view = scriptView(deck);
    expect(view.labels.speakerScript).toBe('발표 원고');
    expect(view.labels.thankYou).toBe('질문 있으신가요?');
    expect(view.facts).toBe(
      `슬라이드 8장 · 약 ${formatDuration(deck.totalSeconds)} · 분당 130단어 기준 · 배정 시간 15분`,
    );
    expect(view.parts.at(-1)!.heading).toBe('참고 문헌');
    expect(view.parts[1]!.slides[0]!.kind).toBe('섹션');
    // Traditional Chinese by region or script, not the Simplified table.
    deck.meta.lang = 'zh-TW';
    expect(scriptView(deck).labels.slide).toBe('投影片');
    deck.meta.lang = 'zh';
    expect(scriptView(deck).labels.slide).toBe('幻灯片');
    // A language without a table of its own reads English.
    deck.meta.lang = 'sv-SE';
    expect(scriptView(deck).labels.speakerScript).toBe('Speaker script');
  });

  it('builds the running header and one outline entry per stack', () => {
    const deck = fixtureDeck();
    expect(runningHeader(deck)).toBe(
      'Address to the Leadership Conference · A. Zhebin · International Leadership Conference 2019',
    );
    expect(deckOutline(deck, (i) => i)).toEqual([
      { title: deck.meta.title, page: 0 },
      { title: '1. Introduction', page: 2 },
      { title: '2. The Summits of 2018', page: 4 },
      { title: 'References', page: 6 },
    ]);
  });

  it('lists every footnote in the handout, Ibid. resolved and the written form kept', () => {
    const refs = handoutView(fixtureDeck(), { paper: PAPER_SIZE.a4, layout: 3 }).references;
    expect(refs).toHaveLength(3);
    expect(refs[2]).toMatchObject({ label: '3', written: 'Ibid., p. 14.' });
    expect(refs[2]!.text).toContain('p. 14');
  });
});

describe('templates', () => {
  it('escapes data placed in CSS strings so it cannot close the string or the style element', () => {
    expect(cssString('A "B" \\ </style>')).toBe('A \\22 B\\22  \\5c  \\3c /style\\3e ');
  });

  it('renders the script with every spoken passage and the header in the page rule', () => {
    const deck = fixtureDeck();
    const html = renderTemplate('script', { ...scriptView(deck), pageSize: 'A4' });
    for (const p of deck.stacks.flatMap((s) => s.slides).flatMap((s) => s.notes.spoken)) {
      expect(html).toContain(p.text.replace(/&/g, '&amp;').slice(0, 40));
    }
    expect(html).toContain('content: "Address to the Leadership Conference · A. Zhebin');
    expect(html).toContain('<html lang="en">');
  });

  it('renders the author’s emphasis in the script, escaped, with plain [label] markers', () => {
    const deck = fixtureDeck();
    const passage = deck.stacks[1]!.slides[1]!.notes.spoken[0]!;
    passage.text = 'We <must> say this slowly.';
    passage.refs = [{ label: '1', offset: passage.text.length }];
    passage.marks = [{ kind: 'em', start: 19, end: 25 }];
    const html = renderTemplate('script', { ...scriptView(deck), pageSize: 'A4' });
    expect(html).toContain('<p>We &lt;must&gt; say this <em>slowly</em>.[1]</p>');
  });

  it('labels the speaker’s asides in the address’s language, escaped', () => {
    const deck = fixtureDeck();
    deck.stacks[1]!.slides[1]!.notes.asides = ['Pause <here>.'];
    const english = renderTemplate('script', { ...scriptView(deck), pageSize: 'A4' });
    expect(english).toContain(
      '<p class="aside"><span class="aside-label">Aside:</span> Pause &lt;here&gt;.</p>',
    );
    deck.meta.lang = 'ko';
    const korean = renderTemplate('script', { ...scriptView(deck), pageSize: 'A4' });
    expect(korean).toContain('<span class="aside-label">메모:</span> Pause &lt;here&gt;.');
    expect(korean).not.toContain('Aside');
  });

  it('keeps each part of the script’s byline on one line', () => {
    const html = renderTemplate('script', { ...scriptView(fixtureDeck()), pageSize: 'A4' });
    expect(html).toContain(
      '<p class="byline"><span>A. Zhebin</span> · <span>International Leadership Conference 2019</span> · <span>Seoul, Korea</span> · <span>2019-05-15</span></p>',
    );
  });

  it('renders one sheet per handout page, with its captions, before the references', () => {
    const deck = fixtureDeck();
    deck.meta.lang = 'ko';
    const html = renderTemplate(
      'handout',
      handoutView(deck, { paper: PAPER_SIZE.letter, layout: 3 }),
    );
    // 8 slides, of which the content slides (4, the key points; 6, the quote) go on the sheets:
    // the title, outline, dividers and closing are the frame, and the references are printed in
    // full after them. Numbered as in the deck and in the address's language.
    expect(html.match(/class="sheet"/g)).toHaveLength(1);
    expect(html.match(/class="caption"/g)).toHaveLength(2);
    expect(html).toContain('>슬라이드 4</span>');
    expect(html).toContain('>슬라이드 6</span></div>');
    for (const n of [1, 2, 3, 5, 7, 8]) expect(html).not.toContain(`>슬라이드 ${n}<`);
    expect(html).toContain('size: letter;');
    expect(html.indexOf('참고 문헌')).toBeGreaterThan(html.lastIndexOf('class="sheet"'));
  });
});
