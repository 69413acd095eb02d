// What the overflow guard does when splitting key points and shrinking are not enough: long lists
// go over two slides, a quotation is excerpted earlier or shown as key points, nothing is lost.
import { describe, expect, it } from 'vitest';
import { slidesOf, type Slide } from '../../../src/core/deck.js';
import { shorterExcerpt } from '../../../src/plan/fit-fallbacks.js';
import { fitOverflow, type SlideOverflow } from '../../../src/plan/fit-overflow.js';
import { keyPoints } from '../../../src/plan/key-points.js';
import { outlineSlides } from '../../../src/plan/frame.js';
import { deck, slide } from '../../fixtures/stage/make-deck.js';

const over = (id: string, kind: SlideOverflow['kind'], px = 400, box = 560): SlideOverflow => ({
  id,
  kind,
  line: 7,
  overflowX: 0,
  overflowY: px,
  boxHeight: box,
});

const QUOTE =
  'we will never again let war break out on this land, and we will build a peace regime that ' +
  'lasts, one that our children inherit, and one that the whole region can trust';

function quoteSlide(text: string, scale?: number): Slide {
  return slide({
    id: 's2-2',
    kind: 'quote',
    section: 1,
    scale,
    quote: { text, attribution: 'Moon Jae-in', excerpted: false },
    notes: {
      spoken: [{ text: `The President said that “${text}.”`, refs: [] }],
      asides: [],
      sources: [],
    },
  });
}

describe('shorterExcerpt', () => {
  it('cuts at the last sentence boundary within 60% of the words', () => {
    const text =
      'One two three four five six seven eight nine. Ten eleven twelve. Thirteen fourteen fifteen sixteen seventeen eighteen.';
    expect(shorterExcerpt(text, 'en')).toBe('One two three four five six seven eight nine.');
  });

  it('cuts at a clause boundary, marked, when there is no sentence boundary', () => {
    expect(shorterExcerpt(QUOTE, 'en')).toBe(
      'we will never again let war break out on this land …',
    );
  });

  it('gives nothing for a quotation with no boundary to cut at', () => {
    expect(
      shorterExcerpt(
        'one two three four five six seven eight nine ten eleven twelve thirteen fourteen',
        'en',
      ),
    ).toBeUndefined();
  });
});

describe('fitOverflow beyond shrinking', () => {
  it('excerpts a quotation measured far too tall, keeping it whole in the notes', () => {
    const d = deck([[quoteSlide(QUOTE)]]);
    const {
      deck: fitted,
      changes,
      problems,
    } = fitOverflow(d, [over('s2-2', 'quote', 900)], {
      minScale: 0.7,
    });
    expect(problems).toEqual([]);
    expect(changes.map((c) => c.action)).toEqual(['excerpt']);
    const shown = slidesOf(fitted)[0]!;
    expect(shown.quote).toMatchObject({ excerpted: true, attribution: 'Moon Jae-in' });
    expect(shown.quote!.text.endsWith('…')).toBe(true);
    expect(shown.notes.spoken[0]!.text).toContain(QUOTE);
  });

  it('shows a quotation with no shorter excerpt as key points at full size', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    const d = deck([[quoteSlide(text, 0.7)]]);
    const { deck: fitted, changes } = fitOverflow(d, [over('s2-2', 'quote', 50)], {
      minScale: 0.7,
      keyPoints,
    });
    expect(changes.map((c) => c.action)).toEqual(['points']);
    const shown = slidesOf(fitted)[0]!;
    expect(shown.kind).toBe('points');
    expect(shown.scale ?? 1).toBe(1);
    expect(shown.quote).toBeUndefined();
    expect(shown.notes.spoken[0]!.text).toContain(text);
  });

  it('splits a long outline in two and numbers the second part on', () => {
    const sections = Array.from({ length: 8 }, (_, i) => ({ index: i, title: `Part ${i + 1}` }));
    const [outline] = outlineSlides(sections as never, 130);
    const d = deck([[slide({ id: 'title', kind: 'title' }), outline!]]);
    const { deck: fitted } = fitOverflow(d, [over('outline', 'outline')]);
    const slides = slidesOf(fitted).filter((s) => s.kind === 'outline');
    expect(slides.map((s) => [s.id, s.outline, s.start, s.part])).toEqual([
      ['outline', ['Part 1', 'Part 2', 'Part 3', 'Part 4'], undefined, { index: 1, count: 2 }],
      ['outline-2', ['Part 5', 'Part 6', 'Part 7', 'Part 8'], 5, { index: 2, count: 2 }],
    ]);
  });

  it('plans a 20-section outline over three slides of seven or six', () => {
    const sections = Array.from({ length: 20 }, (_, i) => ({ index: i, title: `Part ${i + 1}` }));
    const slides = outlineSlides(sections as never, 130);
    expect(slides.map((s) => [s.id, s.outline!.length, s.start])).toEqual([
      ['outline', 7, undefined],
      ['outline-2', 7, 8],
      ['outline-3', 6, 15],
    ]);
  });
});
