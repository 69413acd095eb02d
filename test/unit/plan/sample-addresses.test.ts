// The planner's rules on whole addresses: the address in content/ and the samples in
// test/fixtures/addresses/ (English prose, English with lists, French, German). Each is parsed as
// `lectern build` parses it, then planned; the rules are checked on every slide.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/content/index.js';
import { slidesOf, type Deck, type Slide } from '../../../src/core/deck.js';
import { planDeck } from '../../../src/plan/index.js';
import { countWords, splitSentences } from '../../../src/core/text.js';
import { checkFaithfulness } from './faithfulness.js';

const FILES = [
  'content/address.md',
  'test/fixtures/addresses/harbour-resilience.md',
  'test/fixtures/addresses/libraries-future.md',
  'test/fixtures/addresses/eau-partagee.md',
  'test/fixtures/addresses/energiewende-kommunen.md',
  'test/fixtures/addresses/night-shift.md',
  'test/fixtures/addresses/admision-universitaria.md',
  'test/fixtures/addresses/scuole-di-montagna.md',
];

function plan(file: string): {
  deck: Deck;
  sentences: string[];
  lang: string;
  authored: Set<string>;
} {
  const { address } = parseAddress(readFileSync(file, 'utf8'), file);
  if (!address) throw new Error(`${file} does not parse`);
  const lang = address.meta.lang;
  const texts = [...address.preamble, ...address.sections.flatMap((s) => s.blocks)].flatMap((b) =>
    b.kind === 'paragraph' || b.kind === 'blockquote'
      ? [b.text]
      : b.kind === 'list'
        ? b.items.map((i) => i.text)
        : [],
  );
  const sentences = texts.flatMap((t) => splitSentences(t, lang).map((s) => s.text));
  // The author's own points (`<!-- points -->`) are theirs to word.
  const authored = new Set(
    address.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'points' ? b.items : []))),
  );
  return { deck: planDeck(address), sentences, lang, authored };
}

/** `short`'s words stand in `long` in the same order: it was made only by leaving words out. */
function leftOutOnly(short: string, long: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  const source = words(long);
  let at = 0;
  return words(short).every((w) => {
    at = source.indexOf(w, at) + 1;
    return at > 0;
  });
}

const spokenSentences = (s: Slide, lang: string) =>
  s.notes.spoken.flatMap((p) => splitSentences(p.text, lang).map((x) => x.text));

describe.each(FILES)('the deck planned from %s', (file) => {
  const { deck, sentences, lang, authored } = plan(file);
  const slides = slidesOf(deck);
  const points = slides.filter((s) => s.kind === 'points' && !s.ordered);

  it('holds every sentence of the address in exactly one slide’s notes, in order', () => {
    expect(checkFaithfulness(sentences, deck)).toEqual([]);
  });

  it('shows bullets that are the speaker’s words, left out but never added, none cut off with "…"', () => {
    for (const s of [...points, ...slides.filter((x) => x.kind === 'statement')]) {
      for (const b of s.bullets ?? []) {
        expect(b, s.id).not.toMatch(/^…|…$/);
        expect(b, s.id).toMatch(/^[\p{Lu}\p{N}«„“"]/u);
        if (authored.has(b)) continue;
        // A list item is shown as written; every other bullet comes from one sentence, or from
        // fragments and the sentence they set up ("Zwölf Jahre. So lange dauert …"), each whole
        // or shortened, in the address's order.
        const spoken = spokenSentences(s, lang);
        const parts = splitSentences(b, lang).map((x) => x.text);
        const first = spoken.findIndex(
          (t, k) =>
            leftOutOnly(parts[0]!, t) && parts.every((p, i) => leftOutOnly(p, spoken[k + i] ?? '')),
        );
        const inOrder = first >= 0;
        expect(inOrder || s.notes.spoken.some((p) => p.text.trim() === b), b).toBe(true);
      }
    }
  });

  it('heads each key-point slide on its own: a headline with the section as kicker, or the section numbered', () => {
    const content = slides.filter((s) => s.kind === 'points' || s.kind === 'statement');
    const headings = content.map((s) => `${s.title} ${s.part?.index ?? ''}`);
    expect(new Set(headings).size).toBe(headings.length);
    for (const s of content.filter((x) => x.kicker && x.kind === 'points')) {
      for (const b of s.bullets!)
        expect(b.toLowerCase().startsWith(s.title.toLowerCase())).toBe(false);
    }
    // English gets headlines of its own (an author's list keeps its section's title); other
    // languages take a whole sentence of the address where no phrase is found.
    const headed = content.filter((s) => s.kicker);
    if (lang === 'en') expect(headed.length).toBeGreaterThan(content.length / 2);
    else expect(headed.length).toBeGreaterThanOrEqual(content.length * 0.75);
  });

  it('never leaves an enumeration’s last item alone on a slide after a quotation', () => {
    const lone = slides.filter((s) => s.ordered && s.start && s.bullets?.length === 1);
    expect(lone.map((s) => s.bullets![0])).toEqual([]);
    expect(slides.filter((s) => s.kind === 'points' && s.part?.count === 2 && s.ordered)).toEqual(
      [],
    );
  });

  it('keeps a slide’s spoken text to about a minute, unless one sentence is longer', () => {
    for (const s of slides) {
      const longest = Math.max(0, ...spokenSentences(s, lang).map((t) => countWords(t, lang)));
      // About 150 (a passage that gives no bullet joins a neighbour, which may pass it by a few
      // words); a sentence of a hundred words or more may take it further.
      if (longest <= 100) expect(s.words, s.id).toBeLessThanOrEqual(155);
      else if (longest <= 150) expect(s.words, s.id).toBeLessThanOrEqual(180);
    }
  });

  it('gives no more than about a third of its slides to quotations', () => {
    expect(slides.filter((s) => s.kind === 'quote').length).toBeLessThanOrEqual(
      slides.length / 3 + 1,
    );
  });
});

describe('the strongest lines reach the screen', () => {
  it('shows the address’s punchline quotation and its line about the nation’s destiny', () => {
    const { deck } = plan('content/address.md');
    const shown = slidesOf(deck)
      .flatMap((s) => [s.title, ...(s.bullets ?? []), s.quote?.text ?? ''])
      .join('\n');
    expect(shown).toContain('will eat grass');
    expect(shown).toContain('take its nation’s destiny in their own hands');
    expect(shown).toMatch(/no alternative to inter-Korean dialogue/i);
  });

  it('numbers a signposted enumeration and gives quote slides to French and German quotation marks', () => {
    const harbour = slidesOf(plan('test/fixtures/addresses/harbour-resilience.md').deck);
    expect(harbour.find((s) => s.ordered)?.title).toBe('Three lessons');
    // The third lesson heads the quotation that bears it out, and is spoken there.
    const night = slidesOf(plan('test/fixtures/addresses/night-shift.md').deck);
    const porter = night.find((s) => s.quote?.text.startsWith('The ward goes quiet'))!;
    expect(porter.point).toBe('3. The people on the ground already knew.');
    expect(porter.notes.spoken[0]!.text).toMatch(/^Third, the people on the ground already knew\./);
    for (const file of [
      'test/fixtures/addresses/eau-partagee.md',
      'test/fixtures/addresses/energiewende-kommunen.md',
    ]) {
      const quotes = slidesOf(plan(file).deck).filter((s) => s.kind === 'quote');
      expect(quotes.length, file).toBeGreaterThanOrEqual(2);
      for (const q of quotes) expect(q.quote!.text, file).not.toMatch(/^[–—-]/);
    }
  });
});
