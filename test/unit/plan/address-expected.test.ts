// The address's content slides as a reviewer read and accepted them, committed in
// test/fixtures/plan/address-expected.json: the planner must still give exactly these. A change
// to the planner that changes what the audience reads here shows up as a difference to review.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/content/index.js';
import { slidesOf, type Slide } from '../../../src/core/deck.js';
import { planDeck } from '../../../src/plan/index.js';

interface Expected {
  slides: Record<string, unknown>[];
}

const expected = JSON.parse(
  readFileSync(new URL('../../fixtures/plan/address-expected.json', import.meta.url), 'utf8'),
) as Expected;

/** What the audience reads on a content slide, in the fixture's shape. */
function shown(s: Slide): Record<string, unknown> | undefined {
  if (s.kind === 'points' || s.kind === 'statement')
    return {
      kind: s.kind,
      kicker: s.kicker,
      title: s.title,
      ...(s.kind === 'points' ? { bullets: s.bullets } : {}),
      ...(s.ordered ? { ordered: true } : {}),
      ...(s.start ? { start: s.start } : {}),
    };
  if (s.kind === 'quote')
    return {
      kind: 'quote',
      ...(s.quote!.lead ? { lead: s.quote!.lead } : {}),
      quote: s.quote!.text,
      ...(s.quote!.tail ? { tail: s.quote!.tail } : {}),
      attribution: s.quote!.attribution,
      ...(s.point ? { point: s.point } : {}),
    };
  return undefined;
}

describe('the address’s content slides', () => {
  const file = 'content/address.md';
  const { address } = parseAddress(readFileSync(file, 'utf8'), file);
  const planned = slidesOf(planDeck(address!)).flatMap((s) => shown(s) ?? []);

  it('are the headlines, bullets and quotes a reviewer accepted, in order', () => {
    expect(JSON.parse(JSON.stringify(planned))).toEqual(expected.slides);
  });
});
