// The tagged words the planner reads: a bullet made of a sentence's words keeps the parts of
// speech they had in the sentence, and reads back as the bullet.
import { describe, expect, it } from 'vitest';
import { condense } from '../../../src/plan/condense.js';
import { render, tokensOf } from '../../../src/plan/tokens.js';

describe('a bullet’s words', () => {
  it('are the sentence’s words, tagged as they were there, and render as the bullet', () => {
    const sentence =
      'In these circumstances the harbour board, which met four times this winter, decided to rebuild the two western berths before the storms.';
    const bullet = condense(sentence, { maxWords: 18, lang: 'en' })!;
    expect(bullet).toBe(
      'The harbour board decided to rebuild the two western berths before the storms.',
    );
    const tokens = tokensOf(bullet, 'en');
    expect(render(tokens, () => true)).toBe(bullet);
    const inSentence = tokensOf(sentence, 'en').find((t) => t.lower === 'berths')!;
    expect(tokens.find((t) => t.lower === 'berths')!.tags).toEqual(inSentence.tags);
  });

  it('says "looks like" is a verb and its preposition, whatever the tagger read', () => {
    const tokens = tokensOf(
      'We must see how each city’s policy looks like from the outside.',
      'en',
    );
    const looks = tokens.findIndex((t) => t.lower === 'looks');
    expect(tokens[looks]!.tags.has('Verb')).toBe(true);
    expect(tokens[looks + 1]!.tags.has('Preposition')).toBe(true);
  });
});
