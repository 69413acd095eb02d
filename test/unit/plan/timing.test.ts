// Speaking time per slide and for the talk, the duration warning, word counts in Korean, references.
import { describe, expect, it } from 'vitest';
import { slidesOf } from '../../../src/core/deck.js';
import { planDeck } from '../../../src/plan/index.js';
import { address, footnotes, meta, para, section, sentences } from './fixtures.js';

describe('timing', () => {
  const text = sentences(20).join(' '); // 16 words each: 320 words
  const deckAt = (wpm: number, duration?: number, override?: number) =>
    planDeck(
      address({
        meta: meta({ wordsPerMinute: wpm, duration }),
        sections: [section(0, 'One', [para(text)])],
      }),
      override ? { wordsPerMinute: override } : {},
    );

  it('times each slide from its words at the speaking rate, with a floor for slides without text', () => {
    const deck = deckAt(130);
    for (const s of slidesOf(deck)) {
      if (s.words > 0) expect(s.seconds).toBe(Math.max(5, Math.round((s.words / 130) * 60)));
      else expect(s.seconds).toBeGreaterThanOrEqual(5);
    }
    expect(slidesOf(deck).reduce((n, s) => n + s.words, 0)).toBe(320);
    expect(deck.totalSeconds).toBe(slidesOf(deck).reduce((n, s) => n + s.seconds, 0));
  });

  it('takes the rate from the options over the front matter', () => {
    expect(deckAt(100, undefined, 200).totalSeconds).toBeLessThan(deckAt(100).totalSeconds);
  });

  it('warns, saying how much to cut, when the talk runs past its slot', () => {
    expect(deckAt(130, 10).problems).toEqual([]);
    const deck = planDeck(
      address({ meta: meta({ duration: 1 }), sections: [section(0, 'One', [para(text)])] }),
    );
    expect(deck.problems).toHaveLength(1);
    expect(deck.problems[0]).toMatchObject({
      severity: 'warning',
      line: 0,
      file: 'content/address.md',
    });
    expect(deck.problems[0]!.message).toMatch(
      /^the talk runs about \d min, the slot is 1 min; cut about \d+0 words$/,
    );
  });

  it('counts Korean words as a reader would, not as one word per line', () => {
    const korean = '한반도의 평화는 대화로만 이룰 수 있습니다. 남과 북은 협력해야 합니다.';
    const deck = planDeck(
      address({ meta: meta({ lang: 'ko' }), sections: [section(0, '서론', [para(korean)])] }),
    );
    const s = slidesOf(deck).find((x) => x.kind === 'points')!;
    expect(s.words).toBeGreaterThanOrEqual(9);
    expect(s.notes.spoken[0]!.text).toBe(korean);
    // Both sentences reach the slide: one heads it, the other is its bullet.
    expect([s.title, ...s.bullets!]).toEqual([
      '한반도의 평화는 대화로만 이룰 수 있습니다',
      '남과 북은 협력해야 합니다.',
    ]);
  });
});

describe('references', () => {
  it('lists every source once, six a slide, numbered as parts, with every label citing it', () => {
    const notes = footnotes(
      Array.from({ length: 8 }, (_, i) => [
        `${i + 1}`,
        i === 3 ? 'Ibid., p. 4.' : `Source ${i + 1}.`,
      ]),
    );
    const deck = planDeck(
      address({ sections: [section(0, 'One', [para('Trade grew fast.[1]')])], footnotes: notes }),
    );
    const refs = slidesOf(deck).filter((s) => s.kind === 'references');
    expect(refs.map((s) => [s.id, s.part, s.references!.length, s.seconds])).toEqual([
      ['references', { index: 1, count: 2 }, 6, 10],
      ['references-2', { index: 2, count: 2 }, 1, 10],
    ]);
    // Footnote 4 repeats footnote 3's source: listed once, with both labels.
    expect(refs[0]!.references![2]).toEqual({ label: '3, 4', text: 'Source 3.' });
  });
});

describe('labels in the address’s language', () => {
  it('titles the outline, references and closing slides from the language, then the front matter', () => {
    const plan = (extra: Parameters<typeof meta>[0]) =>
      slidesOf(
        planDeck(
          address({
            meta: meta(extra),
            sections: [section(0, '대화', [para(`${sentences(3).join(' ')}[1]`)])],
            footnotes: footnotes([['1', 'Panmunjom Declaration, 2018.']]),
          }),
        ),
      );
    const titles = (slides: ReturnType<typeof plan>) =>
      slides
        .filter((s) => ['outline', 'references', 'closing'].includes(s.kind))
        .map((s) => s.title);
    expect(titles(plan({ lang: 'ko' }))).toEqual(['목차', '참고 문헌', '감사합니다']);
    expect(titles(plan({ lang: 'ru-RU', labels: { thankYou: 'Вопросы?' } }))).toEqual([
      'План',
      'Список литературы',
      'Вопросы?',
    ]);
    expect(titles(plan({}))).toEqual(['Outline', 'References', 'Thank you']);
  });
});

describe('a web address cut short in a source', () => {
  it('is left off the references slide and the quote slide, and kept in the notes', () => {
    const notes = footnotes([['1', 'Pusan talks, November 19, 2005. http:\\\\']]);
    const deck = planDeck(
      address({
        sections: [
          section(0, 'One', [
            para(sentences(6).join(' ')),
            para(
              'The minister said: “We will keep talking to our neighbours until the talks bear fruit.”[1]',
            ),
          ]),
        ],
        footnotes: notes,
      }),
    );
    const slides = slidesOf(deck);
    const refs = slides.flatMap((s) => s.references ?? []);
    expect(refs).toEqual([{ label: '1', text: 'Pusan talks, November 19, 2005.' }]);
    const citing = slides.find((s) => s.notes.sources.length)!;
    expect(citing.notes.sources[0]!.text).toContain('http:\\\\');
    const quote = slides.find((s) => s.kind === 'quote');
    expect(quote!.quote!.source!.text).toBe('Pusan talks, November 19, 2005.');
  });
});
