// How a section's text is cut into slides: by spoken length, at sentence boundaries, at breaks,
// with the author's points, lists, images and asides.
import { describe, expect, it } from 'vitest';
import { slidesOf } from '../../../src/core/deck.js';
import { type Block } from '../../../src/core/address.js';
import { planDeck } from '../../../src/plan/index.js';
import { checkFaithfulness } from './faithfulness.js';
import { address, inline, para, section, sentences } from './fixtures.js';

const planOne = (blocks: Block[], preamble: Block[] = []) =>
  planDeck(address({ preamble, sections: [section(0, 'Dialogue', blocks)] }));

describe('cutting a section into slides', () => {
  it('splits a long paragraph across slides at sentence boundaries, ~150 spoken words each', () => {
    const text = sentences(40);
    const deck = planOne([para(text.join(' '))]);
    const points = slidesOf(deck).filter((s) => s.kind === 'points');
    expect(points.length).toBe(5);
    for (const s of points) {
      expect(s.words).toBeLessThanOrEqual(150);
      expect(s.notes.spoken).toHaveLength(1);
      expect(s.notes.spoken[0]!.text).toMatch(/^The report of week \d+ .*years\.$/);
      expect(s.bullets!.length).toBeGreaterThanOrEqual(2);
    }
    // Each slide is headed on its own, or numbered as a part of the section when it cannot be.
    const headings = points.map((s) => `${s.title} ${s.part?.index ?? ''}`);
    expect(new Set(headings).size).toBe(points.length);
    expect(checkFaithfulness(text, deck)).toEqual([]);
  });

  it('starts a new slide at a break', () => {
    const deck = planOne([
      para('Trade grew fast between the two Koreas.'),
      { kind: 'break', line: 5 },
      para('Roads were rebuilt across the border.'),
    ]);
    // Each side of the break has one point: each is a statement slide of its own.
    expect(
      slidesOf(deck)
        .filter((s) => s.kind === 'statement')
        .map((s) => s.title),
    ).toEqual(['Trade grew fast between the two Koreas.', 'Roads were rebuilt across the border.']);
  });

  it('shows the author’s points instead of extracted bullets, keeping the text in the notes', () => {
    const deck = planOne([
      { kind: 'points', line: 4, items: ['Dialogue first', 'Then trade'] },
      para(sentences(3).join(' ')),
    ]);
    const s = slidesOf(deck).find((x) => x.kind === 'points')!;
    expect(s.bullets).toEqual(['Dialogue first', 'Then trade']);
    expect(s.notes.spoken[0]!.text).toBe(sentences(3).join(' '));
  });

  it('turns a list into bullets that are also spoken, and an image into an image slide', () => {
    const deck = planOne([
      {
        kind: 'list',
        line: 3,
        ordered: false,
        items: [inline('Oil and gas pipelines.'), inline('Railways to Europe.[i]')],
      },
      {
        kind: 'image',
        line: 6,
        src: 'map.png',
        path: '/abs/map.png',
        alt: 'A map of the railways',
      },
    ]);
    const [, list, image] = deck.stacks[1]!.slides;
    expect(list).toMatchObject({
      kind: 'points',
      bullets: ['Oil and gas pipelines.', 'Railways to Europe.'],
    });
    expect(list!.notes.spoken.map((p) => p.text)).toEqual([
      'Oil and gas pipelines.',
      'Railways to Europe.',
    ]);
    expect(image).toMatchObject({
      id: 's1-2',
      kind: 'image',
      image: { src: 'map.png', path: '/abs/map.png', alt: 'A map of the railways' },
    });
  });

  it('gives an aside to the slide of the text that follows it, and the preamble to the title slide', () => {
    const deck = planOne(
      [
        para('Trade grew fast between the two Koreas.'),
        { kind: 'aside', line: 4, text: 'Pause here.' },
        { kind: 'break', line: 5 },
        para('Roads were rebuilt across the border.'),
      ],
      [para('Good morning, friends.'), { kind: 'aside', line: 2, text: 'Smile.' }],
    );
    const slides = slidesOf(deck);
    expect(slides[0]!.notes).toMatchObject({
      spoken: [{ text: 'Good morning, friends.' }],
      asides: ['Smile.'],
    });
    expect(slides.find((s) => s.bullets?.[0]?.startsWith('Roads'))!.notes.asides).toEqual([
      'Pause here.',
    ]);
    expect(slides.find((s) => s.bullets?.[0]?.startsWith('Trade'))!.notes.asides).toEqual([]);
  });

  it('plans a section with no text as its divider alone, and an address without footnotes without references', () => {
    const deck = planOne([]);
    expect(slidesOf(deck).map((s) => s.id)).toEqual(['title', 'outline', 's1', 'closing']);
  });
});

describe('emphasis in the notes', () => {
  it('follows its words into whichever slide’s notes they land in', () => {
    const text = sentences(24).join(' ');
    const words = 'patient dialogue between neighbours';
    const at = text.lastIndexOf(words);
    const block = {
      ...para(text),
      marks: [{ kind: 'em' as const, start: at, end: at + words.length }],
    };
    const deck = planDeck(address({ sections: [section(0, 'Dialogue', [block])] }));
    const marked = slidesOf(deck).flatMap((s) =>
      s.notes.spoken.flatMap((p) => (p.marks ?? []).map((m) => p.text.slice(m.start, m.end))),
    );
    expect(marked).toEqual([words]);
    // The address is long enough to need several slides: the mark is not on the first.
    expect(slidesOf(deck).filter((s) => s.kind === 'points').length).toBeGreaterThan(1);
  });
});
