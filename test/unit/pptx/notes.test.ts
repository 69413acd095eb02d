import { describe, expect, it } from 'vitest';
import { notesParagraphs, spokenWithMarkers } from '../../../src/pptx/notes.js';

describe('speaker notes', () => {
  it('puts each footnote marker back where it stood', () => {
    const text = 'Moscow agrees. Seoul agrees.';
    expect(
      spokenWithMarkers({
        text,
        refs: [
          { label: 'ii', offset: 28 },
          { label: 'i', offset: 14 },
        ],
      }),
    ).toBe('Moscow agrees.[i] Seoul agrees.[ii]');
    expect(spokenWithMarkers({ text: 'Short.', refs: [{ label: '9', offset: 99 }] })).toBe(
      'Short.[9]',
    );
  });

  it('gives the spoken text, then the sources, then the asides, under the deck’s labels', () => {
    const notes = {
      spoken: [
        { text: 'First paragraph.', refs: [{ label: '1', offset: 16 }] },
        { text: 'Second.', refs: [] },
      ],
      sources: [{ label: '1', text: 'A report, 2019.' }],
      asides: ['Pause here.'],
    };
    expect(notesParagraphs(notes, { lang: 'en' })).toEqual([
      'First paragraph.[1]',
      'Second.',
      'Sources:',
      '[1] A report, 2019.',
      "Speaker's notes:",
      'Pause here.',
    ]);
    expect(
      notesParagraphs(
        { spoken: [{ text: 'Nur.', refs: [] }], sources: [], asides: [] },
        { lang: 'de' },
      ),
    ).toEqual(['Nur.']);
  });
});
