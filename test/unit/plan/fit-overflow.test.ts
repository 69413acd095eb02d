import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/core/errors.js';
import { slidesOf } from '../../../src/core/deck.js';
import { type InlineText } from '../../../src/core/inline-text.js';
import { fitOverflow, type SlideOverflow } from '../../../src/plan/fit-overflow.js';
import { splitSpoken } from '../../../src/plan/fit-split.js';
import { keyPoints } from '../../../src/plan/key-points.js';
import { LONG_PARAGRAPH, deck, slide } from '../../fixtures/stage/make-deck.js';

const over = (id: string, kind: SlideOverflow['kind'], px = 120, line = 12): SlideOverflow => ({
  id,
  kind,
  line,
  overflowX: 0,
  overflowY: px,
});

const joined = (spoken: InlineText[]) => spoken.map((p) => p.text).join(' ');

describe('splitSpoken', () => {
  it('cuts at a sentence boundary near the middle and loses nothing', () => {
    const spoken = [{ text: LONG_PARAGRAPH, refs: [{ label: 'i', offset: 40 }] }];
    const [a, b] = splitSpoken(spoken, 'en')!;
    expect(`${joined(a)} ${joined(b)}`).toBe(LONG_PARAGRAPH);
    expect(joined(a)).toMatch(/trust\.$/);
    expect(joined(b)).toMatch(/^Sentence 13 /);
    expect(a[0]!.refs).toEqual([{ label: 'i', offset: 40 }]);
  });

  it('keeps a footnote marker with the sentence it follows, and shifts later ones', () => {
    const text = 'First point here. Second point here. Third point there. Fourth point there.';
    const cut = text.indexOf('Third');
    const spoken = [
      {
        text,
        refs: [
          { label: 'a', offset: cut - 1 },
          { label: 'b', offset: text.length },
        ],
      },
    ];
    const [a, b] = splitSpoken(spoken, 'en')!;
    expect(a[0]).toEqual({ text: text.slice(0, cut - 1), refs: [{ label: 'a', offset: cut - 1 }] });
    expect(b[0]).toEqual({
      text: text.slice(cut),
      refs: [{ label: 'b', offset: text.length - cut }],
    });
  });

  it('cuts the emphasis with the text: a mark across the cut goes on both sides', () => {
    const text = 'First point here. Second point. Third point there. Fourth point there.';
    const across = { start: text.indexOf('point. Third'), end: text.indexOf(' point there.') };
    const fourth = { start: text.indexOf('Fourth'), end: text.indexOf('Fourth') + 6 };
    const spoken: InlineText[] = [
      {
        text,
        refs: [],
        marks: [
          { kind: 'em', ...across },
          { kind: 'strong', ...fourth },
        ],
      },
    ];
    const [a, b] = splitSpoken(spoken, 'en')!;
    const cut = text.indexOf('Third');
    expect(a[0]!.text).toBe('First point here. Second point.');
    expect(a[0]!.marks).toEqual([{ kind: 'em', start: across.start, end: cut - 1 }]);
    expect(b[0]!.text).toBe('Third point there. Fourth point there.');
    expect(b[0]!.marks).toEqual([
      { kind: 'em', start: 0, end: across.end - cut },
      { kind: 'strong', start: fourth.start - cut, end: fourth.end - cut },
    ]);
  });

  it('cannot split a single sentence', () => {
    expect(splitSpoken([{ text: 'Only one sentence here.', refs: [] }], 'en')).toBeUndefined();
  });
});

describe('fitOverflow', () => {
  const points = slide({
    id: 's1-2',
    kind: 'points',
    section: 0,
    bullets: ['dialogue number 2, patient cooperation', 'dialogue number 20 and trust'],
    notes: {
      spoken: [{ text: LONG_PARAGRAPH, refs: [{ label: 'iv', offset: LONG_PARAGRAPH.length }] }],
      asides: ['pause'],
      sources: [{ label: 'iv', text: 'Source four.' }],
    },
  });
  const base = deck([[slide({ id: 's1', kind: 'section', section: 0 }), points]]);

  it('splits an overflowing points slide into two numbered parts, nothing lost', () => {
    const { deck: fitted, changes, problems } = fitOverflow(base, [over('s1-2', 'points')]);
    expect(problems).toEqual([]);
    const slides = slidesOf(fitted);
    expect(slides.map((s) => s.id)).toEqual(['s1', 's1-2', 's1-3']);
    expect(slides.slice(1).map((s) => s.part)).toEqual([
      { index: 1, count: 2 },
      { index: 2, count: 2 },
    ]);
    expect(slides[1]!.bullets).toEqual(['dialogue number 2, patient cooperation']);
    expect(slides[2]!.bullets).toEqual(['dialogue number 20 and trust']);
    expect(`${joined(slides[1]!.notes.spoken)} ${joined(slides[2]!.notes.spoken)}`).toBe(
      LONG_PARAGRAPH,
    );
    expect(slides[1]!.notes.asides).toEqual(['pause']);
    expect(slides[2]!.notes.sources).toEqual([{ label: 'iv', text: 'Source four.' }]);
    expect(slides[1]!.words + slides[2]!.words).toBe(points.words);
    expect(slides[1]!.seconds + slides[2]!.seconds).toBe(points.seconds);
    expect(changes).toEqual([{ id: 's1-2', action: 'split', into: ['s1-2', 's1-3'], line: 1 }]);
  });

  it('shrinks a quote in steps down to the floor, then names slide, line and pixels', () => {
    let d = deck([[slide({ id: 's2-2', kind: 'quote', line: 30 })]]);
    const scales: number[] = [];
    for (let round = 0; round < 5; round++) {
      const r = fitOverflow(d, [over('s2-2', 'quote', 148, 30)], { minScale: 0.75 });
      d = r.deck;
      if (r.problems.length) {
        expect(r.problems.map(formatProblem)).toEqual([
          'content/address.md:30:1: error: slide s2-2 (quote) overflows by 148px even at the smallest size — shorten the quotation, or mark it <!-- quote: drop -->',
        ]);
        break;
      }
      scales.push(slidesOf(d)[0]!.scale!);
    }
    expect(scales).toEqual([0.9, 0.8, 0.75]);
  });

  it('shrinks a points slide whose text is one sentence instead of splitting it', () => {
    const one = slide({
      id: 's3',
      kind: 'points',
      notes: { spoken: [{ text: 'One long sentence.', refs: [] }], asides: [], sources: [] },
    });
    const { deck: fitted, changes } = fitOverflow(deck([[one]]), [over('s3', 'points')]);
    expect(slidesOf(fitted)[0]!.scale).toBe(0.9);
    expect(changes[0]!.action).toBe('scale');
  });

  it('leaves slides that fit untouched', () => {
    const { deck: fitted, changes } = fitOverflow(base, []);
    expect(fitted).toEqual(base);
    expect(changes).toEqual([]);
  });

  it("re-extracts the planner's bullets for each half and renumbers the section the planner's way", () => {
    const spoken = [{ text: LONG_PARAGRAPH, refs: [] }];
    const planned = deck([
      [
        slide({ id: 's2', kind: 'section', section: 1 }),
        slide({
          id: 's2-1',
          kind: 'points',
          section: 1,
          bullets: keyPoints(spoken),
          notes: { spoken, asides: [], sources: [] },
        }),
        slide({ id: 's2-2', kind: 'quote', section: 1 }),
      ],
    ]);
    const { deck: fitted } = fitOverflow(planned, [over('s2-1', 'points')]);
    const slides = slidesOf(fitted);
    expect(slides.map((s) => s.id)).toEqual(['s2', 's2-1', 's2-2', 's2-3']);
    expect(slides[1]!.bullets).toEqual(keyPoints(slides[1]!.notes.spoken));
    expect(slides[2]!.bullets).toEqual(keyPoints(slides[2]!.notes.spoken));
    expect(slides[1]!.bullets!.length).toBeGreaterThan(0);
    expect(slides[2]!.bullets!.length).toBeGreaterThan(0);
    expect(slides[3]!.kind).toBe('quote');
  });
});
