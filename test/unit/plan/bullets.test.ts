// One bullet from one sentence: short, complete, in the address's own words.
import { describe, expect, it } from 'vitest';
import { slidesOf } from '../../../src/model.js';
import { bulletOf, keyPoints, planDeck } from '../../../src/plan/index.js';
import { address, inline, para, section } from './fixtures.js';

const bullet = (s: string) => bulletOf(s, 15, 'en');

describe('a bullet from a sentence', () => {
  it('uses a short sentence as it stands', () => {
    expect(bullet('Russia hopes for a peaceful and united Korea.')).toBe(
      'Russia hopes for a peaceful and united Korea.',
    );
  });

  it('takes the longest opening clause that ends at a boundary, not on a function word', () => {
    expect(
      bullet(
        'Russia believes that dialogue with North Korea must be resumed, attempts to intimidate the country must be stopped and a way to settle the nuclear problem of the Korean peninsula peacefully must be found.',
      ),
    ).toBe('Russia believes that dialogue with North Korea must be resumed…');
    expect(
      bullet(
        'Russia always welcomed all moves by the two Korean states aimed at relaxation of tension and promotion of inter-Korean cooperation because of two major considerations.',
      ),
    ).toBe(
      'Russia always welcomed all moves by the two Korean states aimed at relaxation of tension…',
    );
  });

  it('takes a whole sentence that ends on a word a cut may not end on, but not a lead-in', () => {
    expect(bullet('Projects that villages own last longer than those they do not.')).toBe(
      'Projects that villages own last longer than those they do not.',
    );
    expect(bullet('The minister put it to the assembly like this:')).toBeUndefined();
  });

  it('drops an opening connective and capitalises what remains', () => {
    expect(
      bullet(
        'Summing up, the inter-Korean summits were aimed at reducing the role of “external factors” in Korean affairs and to make the “big countries” to a greater degree take into consideration the interests of the Koreans.',
      ),
    ).toBe('The inter-Korean summits were aimed at reducing the role of “external factors”…');
    expect(
      bullet(
        'Besides being economically advantageous, such interaction is highly likely to contribute to the confidence-building between South and North Korea.',
      ),
    ).toBe(
      'Such interaction is likely to contribute to the confidence-building between South and North Korea.',
    );
  });

  it('gives nothing rather than a fragment: no verb, a stranded "between", an open quotation', () => {
    expect(
      bullet(
        'Improvement of relations between the DPRK and the ROK, along with providing more favorable conditions for development of trade and economic cooperation between Russia and both parts of Korea, undoubtedly would open new opportunities.',
      ),
    ).toBeUndefined();
    expect(
      bullet(
        'Moscow never failed to confirm that “Russia supports the policy of developing dialogue between the two Korean states',
      ),
    ).toBeUndefined();
    expect(bullet('According to the Kremlin,')).toBeUndefined();
  });

  it('marks a cut opening with "…" and never runs past 15 words', () => {
    const long =
      'President Putin during his recent summit with Chairman Kim Jong-un in Vladivostok expressed support for a gradual process of trading nuclear disarmament for security guarantees.';
    const b = bulletOf(long, 15, 'en', true)!;
    expect(b).toBe(
      'President Putin during his recent summit with Chairman Kim Jong-un in Vladivostok expressed support…',
    );
    expect(b.split(/\s+/).length).toBeLessThanOrEqual(15);
  });

  it('keeps the full stop of a whole sentence shown without its -ly adverbs', () => {
    expect(
      bullet(
        'Such interaction is highly likely to contribute to the confidence-building between South and North Korea, and it would certainly help.',
      ),
    ).toBe(
      'Such interaction is likely to contribute to the confidence-building between South and North Korea…',
    );
    expect(
      bullet(
        'Such interaction is highly likely to contribute greatly to the confidence-building between South and North Korea.',
      ),
    ).toBe(
      'Such interaction is likely to contribute to the confidence-building between South and North Korea.',
    );
  });
});

describe('bullets for a slide', () => {
  it('prefers the first sentence of each paragraph and keeps the address order', () => {
    const bullets = keyPoints([
      inline(
        'Trade between the two Koreas grew fast. Prices fell in the north as a result. Roads were rebuilt.',
      ),
      inline('Railways are the next step. They would link Busan with Europe.'),
    ]);
    expect(bullets).toEqual([
      'Trade between the two Koreas grew fast.',
      'Prices fell in the north as a result.',
      'Roads were rebuilt.',
      'Railways are the next step.',
    ]);
  });

  it('leaves quotations to quote slides and the notes', () => {
    const bullets = keyPoints([
      inline(
        'Vladimir Putin met the press in Vladivostok. “We advocate complete denuclearization: this is a fact,” he added.',
      ),
    ]);
    expect(bullets).toEqual(['Vladimir Putin met the press in Vladivostok.']);
  });
});

describe('a points slide nothing can be condensed from', () => {
  it('re-planned by the overflow guard, also shows a whole sentence', () => {
    const long =
      'Some opening words to set the scene for the long map of the whole peninsula that follows next.';
    expect(keyPoints([inline(long)])).toEqual([long]);
    // Quoted words stay with quote slides and the notes, even then.
    expect(keyPoints([inline(`“${long}”`)])).toEqual([]);
  });

  it('shows the shortest whole sentence that fits rather than a bare title', () => {
    const text =
      'Some opening words to set the scene for the long map of the whole peninsula that follows next. ' +
      'More words after the map, to close the section properly and well for everyone here today.';
    const deck = planDeck(address({ sections: [section(0, 'Maps', [para(text)])] }));
    const points = slidesOf(deck).filter((s) => s.kind === 'points');
    expect(points.map((s) => s.bullets)).toEqual([
      ['More words after the map, to close the section properly and well for everyone here today.'],
    ]);
  });
});
