// The deck planned from the real address (built by hand in real-address.ts, as the parser gives it).
import { describe, expect, it } from 'vitest';
import { slidesOf, type Slide } from '../../../src/core/deck.js';
import { DEFAULT_PLAN_OPTIONS } from '../../../src/core/plan-options.js';
import { planDeck } from '../../../src/plan/index.js';
import { findQuoteCandidates } from '../../../src/plan/quote-candidates.js';
import { countWords, splitSentences } from '../../../src/core/text.js';
import { checkFaithfulness, sourceSentences } from './faithfulness.js';
import { REAL_NOTES, REAL_SECTIONS, realAddress } from './real-address.js';

const address = realAddress();
const deck = planDeck(address);
const slides = slidesOf(deck);
const quotes = slides.filter((s) => s.kind === 'quote');
const quoteSaying = (words: string) => quotes.find((s) => s.quote!.text.includes(words));
/** `words` stand in `text` in this order (words left out between them). */
function inOrder(words: string[], text: string): boolean {
  const source: string[] = text.match(/[\p{L}\p{N}’-]+/gu) ?? [];
  let at = 0;
  for (const w of words) {
    at = source.indexOf(w, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

const allSentences = REAL_SECTIONS.flatMap(([, paragraphs]) =>
  paragraphs.flatMap((p) => sourceSentences(p)),
);

describe('the deck for the real address', () => {
  it('opens with title and outline, has one stack per section, and ends with references and closing', () => {
    expect(deck.stacks.map((s) => s.slides[0]!.id)).toEqual([
      'title',
      's1',
      's2',
      's3',
      's4',
      'references',
    ]);
    const [title, outline] = deck.stacks[0]!.slides;
    expect(title).toMatchObject({
      kind: 'title',
      title: 'Address to International Leadership Conference 2019',
      byline: [
        'A. Zhebin',
        'International Leadership Conference 2019',
        'Seoul, Korea · May 15-17, 2019',
      ],
    });
    expect(outline!.outline).toEqual(REAL_SECTIONS.map(([t]) => t));
    const last = deck.stacks[deck.stacks.length - 1]!.slides;
    // 14 footnotes citing 9 distinct sources, six a slide.
    expect(last.map((s) => s.id)).toEqual(['references', 'references-2', 'closing']);
    expect(last[2]).toMatchObject({
      title: 'Thank you',
      byline: ['A. Zhebin', 'International Leadership Conference 2019'],
    });
  });

  it('numbers the slides of a section s2, s2-1, s2-2… after its divider, which carries no text', () => {
    for (const stack of deck.stacks.slice(1, -1)) {
      const n = stack.section! + 1;
      expect(stack.slides.map((s) => s.id)).toEqual(
        stack.slides.map((_, i) => (i ? `s${n}-${i}` : `s${n}`)),
      );
      expect(stack.slides[0]).toMatchObject({ kind: 'section', words: 0, notes: { spoken: [] } });
      // Key-point slides carry headlines of their own, the section shown as their kicker.
      for (const s of stack.slides.filter((x) => x.kind === 'points' || x.kind === 'statement')) {
        expect(s.kicker, s.id).toBe(stack.slides[0]!.title);
        expect(s.title, s.id).not.toBe(stack.slides[0]!.title);
      }
    }
  });

  it('puts every sentence of the address in exactly one slide’s notes, whole and in order', () => {
    expect(allSentences.length).toBeGreaterThan(40);
    expect(checkFaithfulness(allSentences, deck)).toEqual([]);
  });

  it('keeps a slide’s spoken text to about 80 seconds, 100 where a one-bullet slide was joined', () => {
    for (const s of slides) expect(s.words, s.id).toBeLessThanOrEqual(220);
    expect(slides.filter((s) => s.words > 175).length).toBeLessThanOrEqual(2);
  });

  /** The headline is one of the slide's own statements (an assertion headline), not a phrase. */
  const asserts = (s: Slide) => {
    const words = s.title.toLowerCase().match(/[\p{L}\p{N}’-]+/gu) ?? [];
    return (
      words.length >= 6 &&
      s.notes.spoken.some((p) =>
        splitSentences(p.text).some((x) => inOrder(words, x.text.toLowerCase())),
      )
    );
  };

  it('leaves no points slide with a single bullet, unless its headline is a second statement', () => {
    const single = slides.filter(
      (s) => s.kind === 'points' && s.bullets!.length === 1 && !asserts(s),
    );
    expect(single.map((s) => s.id)).toEqual([]);
  });

  it('shows 2–4 complete statements per points slide, in the address’s words, none cut off with "…"', () => {
    const points = slides.filter((s) => s.kind === 'points');
    const sentencesOf = (s: Slide) =>
      s.notes.spoken.flatMap((p) => splitSentences(p.text).map((x) => x.text.toLowerCase()));
    for (const s of points) {
      const bullets = s.bullets!;
      const statements = bullets.length + (asserts(s) ? 1 : 0);
      expect(statements, s.id).toBeGreaterThanOrEqual(2);
      expect(statements).toBeLessThanOrEqual(4);
      expect(countWords(bullets.join(' '))).toBeLessThanOrEqual(48);
      for (const b of bullets) {
        // An enumeration's item repeats the words the items share ("Moscow hopes that …").
        // A conclusion ("Hence …") may run as long as a thesis.
        const concludes = sentencesOf(s).some(
          (x) => /^(?:hence|therefore|thus)\b/u.test(x) && x.includes(b.toLowerCase().slice(0, -1)),
        );
        expect(countWords(b), b).toBeLessThanOrEqual(s.ordered ? 26 : concludes ? 29 : 18);
        expect(b).toMatch(/^\p{Lu}.*[^.…]\.$/u);
        expect((b.match(/“/g) ?? []).length).toBe((b.match(/”/g) ?? []).length);
        // Its own words, in their order, from one sentence of the text the slide covers.
        const words = b.toLowerCase().match(/[\p{L}\p{N}’-]+/gu)!;
        const from = sentencesOf(s).find((t) => inOrder(words, t));
        expect(from, b).toBeDefined();
      }
    }
  });

  it('heads every key-point slide with a phrase or a short statement of its own, unique in the deck', () => {
    const heads = slides.filter((s) => s.kind === 'points').map((s) => s.title);
    expect(new Set(heads).size).toBe(heads.length);
    const sections = new Set(REAL_SECTIONS.map(([t]) => t));
    for (const s of slides.filter((x) => x.kind === 'points')) {
      expect(sections.has(s.title), s.title).toBe(false);
      // Never the opening words of a bullet, nor a bullet the slide shows again.
      for (const b of s.bullets!) expect(b.startsWith(s.title), s.title).toBe(false);
      const words = s.title.split(/\s+/).length;
      expect(words).toBeLessThanOrEqual(16);
      // A long headline is a statement of the address: one of its sentences, shortened.
      if (words > 7)
        expect(
          s.notes.spoken
            .map((p) => p.text)
            .join(' ')
            .toLowerCase(),
        ).toContain(s.title.split(' ').slice(1, 5).join(' ').toLowerCase());
    }
  });

  it('gives each footnote, Ibid resolved, to the notes of every slide citing it and to the references', () => {
    const refs = slides.flatMap((s) => s.references ?? []);
    // Each source once, with every label citing it, in the order first cited.
    expect(refs.map((r) => r.label).join(', ')).toBe(REAL_NOTES.map(([l]) => l).join(', '));
    expect(new Set(refs.map((r) => r.text)).size).toBe(refs.length);
    expect(refs.find((r) => r.label.split(', ').includes('vi'))!.text).toBe(REAL_NOTES[4]![1]);
    for (const s of slides) {
      const cited = [...new Set(s.notes.spoken.flatMap((p) => p.refs.map((r) => r.label)))];
      expect(s.notes.sources.map((x) => x.label)).toEqual(cited);
      for (const src of s.notes.sources) expect(src.text).not.toMatch(/^Ibid/);
    }
    expect(slides.flatMap((s) => s.notes.sources.map((x) => x.label))).toEqual(
      REAL_NOTES.map(([l]) => l),
    );
  });

  it('re-bases each footnote ref to its passage, right after the words it stood after', () => {
    const s = slides.find((x) => x.notes.sources.some((src) => src.label === 'iii'))!;
    const passage = s.notes.spoken.find((p) => p.refs.some((r) => r.label === 'iii'))!;
    const at = passage.refs.find((r) => r.label === 'iii')!.offset;
    expect(passage.text.slice(0, at)).toMatch(/between Moscow and Seoul\.$/);
  });
});

describe('key quotes of the real address', () => {
  it('finds quotations of 8+ words and leaves scare quotes in the text', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(4);
    for (const q of quotes) expect(countWords(q.quote!.text)).toBeGreaterThanOrEqual(8);
    expect(quotes.some((q) => /external factors|big countries/.test(q.quote!.text))).toBe(false);
  });

  it('gives at most two quote slides per paragraph and at most a third of the slides', () => {
    const lines = quotes.map((q) => q.line);
    for (const line of new Set(lines))
      expect(lines.filter((l) => l === line).length).toBeLessThanOrEqual(2);
    expect(quotes.length).toBeLessThanOrEqual(slides.length / 3);
  });

  it('keeps the condition a strong opening goes on to ("However… it should be exclusively peaceful")', () => {
    const q = quoteSaying('We definitely support')!;
    expect(q.quote).toMatchObject({
      text: 'We definitely support the aspiration of Koreans for national unification. It’s a natural process. However… it should be exclusively peaceful and take into account the interests of the North, as well as of the South.',
      attribution: 'Vladimir Putin',
    });
  });

  it('attributes "the Russian leader said" to Vladimir Putin, with its footnote', () => {
    expect(quoteSaying('We welcome DPRK’s steps')!.quote).toMatchObject({
      attribution: 'Vladimir Putin',
      source: { label: 'ii', text: REAL_NOTES[1]![1] },
      excerpted: false,
    });
  });

  it('joins the two parts of one utterance and attributes the document that states it', () => {
    const candidates = [...findQuoteCandidates(address, DEFAULT_PLAN_OPTIONS).values()].flatMap(
      (p) => p.candidates,
    );
    const joined = candidates.find((c) =>
      c.quote.text.includes('closer together … Russia has always aspired to'),
    )!;
    expect(joined.quote.attribution).toBe('Moscow');
    // A long passage of official prose: attributed, but left to the notes.
    const concept = candidates.find((c) =>
      c.quote.text.includes('Russia is interested in maintaining'),
    )!;
    expect(concept.quote.attribution).toBe('Russia’s Foreign Policy Concept');
    expect(quoteSaying('Russia is interested in maintaining')).toBeUndefined();
  });

  it('resolves "he added" to the last named speaker and "Ibid." to the source it repeats', () => {
    const q = [...findQuoteCandidates(address, DEFAULT_PLAN_OPTIONS).values()]
      .flatMap((p) => p.candidates)
      .find((c) => c.quote.text.includes('We advocate complete denuclearization'))!;
    expect(q.quote).toMatchObject({
      attribution: 'Vladimir Putin',
      source: { label: 'xi', text: REAL_NOTES[8]![1] },
    });
  });

  it('shows the quote slide where the address quotes it, with the sentences that hold it in its notes', () => {
    const q = quoteSaying('We welcome DPRK’s steps')!;
    // The paragraph's lead-in would be a one-bullet slide of its own: it is spoken on the quote,
    // and so is the paragraph before, whose thesis the deck showed in the introduction.
    expect(q.notes.spoken.map((p) => p.text).join(' ')).toMatch(
      /^Russia’s firm conviction is .* Moscow never failed .*Russian President Vladimir Putin reconfirmed.* “We welcome.*the Russian leader said\.$/,
    );
    expect(q.notes.sources.map((s) => s.label)).toEqual(['i', 'ii']);
  });

  it('never shows the same statement twice: the thesis the address repeats is on screen once', () => {
    const key = (t: string) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
    const lines = slides.flatMap((s) => [...(s.bullets ?? []), ...(s.point ? [s.point] : [])]);
    const thesis = lines.filter((l) =>
      l.startsWith('Russia’s firm conviction is that there is no'),
    );
    expect(thesis).toHaveLength(1);
    expect(new Set(lines.map(key)).size).toBe(lines.length);
  });

  it('gives the paragraph’s second strong quotation, the punchline it lands on, a slide', () => {
    expect(quoteSaying('whipping up military hysteria')!.quote).toMatchObject({
      text: 'In this environment, in this situation, whipping up military hysteria is absolutely pointless; it is a dead end.',
      attribution: 'Vladimir Putin',
      excerpted: true,
    });
  });
});
