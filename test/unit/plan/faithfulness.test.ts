// The faithfulness check itself must fail when a deck loses, repeats or reorders a sentence.
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/core/deck.js';
import { slidesOf } from '../../../src/core/deck.js';
import { planDeck } from '../../../src/plan/index.js';
import { checkFaithfulness, sourceSentences } from './faithfulness.js';
import { realAddress, REAL_SECTIONS } from './real-address.js';
import { splitSentences } from '../../../src/core/text.js';

const source = REAL_SECTIONS.flatMap(([, ps]) => ps.flatMap((p) => sourceSentences(p)));
const fresh = (): Deck => structuredClone(planDeck(realAddress()));
const target =
  'Moscow strongly believes that diplomacy is the only way to solve the North Korean nuclear problem.';
const holder = (deck: Deck) =>
  slidesOf(deck).find((s) => s.notes.spoken.some((p) => p.text.includes(target)))!;

describe('checkFaithfulness', () => {
  it('passes the planned deck against sentences with footnote markers still in them', () => {
    const raw = REAL_SECTIONS.flatMap(([, ps]) =>
      ps.flatMap((p) => splitSentences(p).map((s) => s.text)),
    );
    expect(raw.some((s) => s.includes('[iii]'))).toBe(true);
    expect(checkFaithfulness(raw, planDeck(realAddress()))).toEqual([]);
  });

  it('reports a sentence deleted from the notes', () => {
    const deck = fresh();
    const p = holder(deck).notes.spoken.find((x) => x.text.includes(target))!;
    p.text = p.text.replace(target, '');
    expect(checkFaithfulness(source, deck)).toEqual([`missing: ${target}`]);
  });

  it('reports a sentence held by two slides, and one moved out of order', () => {
    const deck = fresh();
    const slides = slidesOf(deck);
    slides.at(-1)!.notes.spoken.push({ text: target, refs: [] });
    const problems = checkFaithfulness(source, deck);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^duplicated \(s3-\d+, closing\)/);

    const moved = fresh();
    const p = holder(moved).notes.spoken.find((x) => x.text.includes(target))!;
    p.text = p.text.replace(target, '');
    slidesOf(moved)[0]!.notes.spoken.push({ text: target, refs: [] });
    expect(checkFaithfulness(source, moved)).toEqual([`out of order (title): ${target}`]);
  });
});
