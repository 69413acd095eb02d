// Reading a bullet's emphasis back from the passage that holds its words.
import { describe, expect, it } from 'vitest';
import { marksOf } from '../../../src/core/inline-marks.js';
import type { InlineMark, InlineText } from '../../../src/core/inline-text.js';

function passage(text: string, marked: [InlineMark['kind'], string][]): InlineText {
  return {
    text,
    refs: [],
    marks: marked.map(([kind, word]) => ({
      kind,
      start: text.indexOf(word),
      end: text.indexOf(word) + word.length,
    })),
  };
}

describe('marksOf', () => {
  it('finds a capitalised bullet inside its sentence and counts the marks from its start', () => {
    const p = passage('However, we must never give up.', [['em', 'never']]);
    expect(marksOf('We must never give up.', [p])).toEqual([{ kind: 'em', start: 8, end: 13 }]);
  });

  it('matches whole words only, and characters regular expressions treat specially', () => {
    const p = passage('A peaceful (and free) peace [1+1] matters.', [
      ['strong', 'peaceful'],
      ['em', 'free'],
    ]);
    expect(marksOf('Peace.', [p])).toBeUndefined();
    expect(marksOf('Peaceful (and free) peace [1+1] matters.', [p])).toEqual([
      { kind: 'strong', start: 0, end: 8 },
      { kind: 'em', start: 14, end: 18 },
    ]);
  });

  it('reads the emphasis from a later passage when the first holds the words unmarked', () => {
    const plain = passage('We will build bridges. Trade grew.', [['em', 'Trade']]);
    const marked = passage('Again: we will build bridges.', [['strong', 'bridges']]);
    expect(marksOf('We will build bridges.', [plain, marked])).toEqual([
      { kind: 'strong', start: 14, end: 21 },
    ]);
  });

  it('keeps the emphasis of a bullet that left out -ly adverbs to fit, one mark per marked phrase', () => {
    const p = passage('We firmly believe that peace will come, slowly but surely.', [
      ['strong', 'peace will come'],
      ['em', 'firmly'],
    ]);
    // bulletOf's withoutAdverbs: "firmly" (emphasised, and gone with its mark) and the rest.
    expect(marksOf('We believe that peace will come.', [p])).toEqual([
      { kind: 'strong', start: 16, end: 31 },
    ]);
  });

  it('gives nothing for a bullet whose words are not in the text as written', () => {
    const p = passage('Trade grew very fast.', [['em', 'fast']]);
    expect(marksOf('Trade grew fast.', [p])).toBeUndefined();
  });
});
