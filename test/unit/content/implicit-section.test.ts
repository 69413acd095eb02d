// An address without section headings (most short remarks): one implicit section, which the deck
// shows with no outline and no divider; and the `role` key under the speaker's name.
import { describe, expect, it } from 'vitest';
import { parseAddress } from '../../../src/content/index.js';
import { slidesOf } from '../../../src/core/deck.js';
import { planDeck } from '../../../src/plan/index.js';

const md = [
  '---',
  'title: Remarks at the Harbour Skills Centre',
  'speaker: Marta Quental',
  'role: Minister of the Sea',
  '---',
  '',
  'We open this centre on a grey morning.[^1] The boats leave before dawn.',
  '',
  '<!-- note: Look at the apprentices. -->',
  '',
  'The centre will train three hundred apprentices a year. Thank you.',
  '',
  '[^1]: Harbour board minutes, 2024.',
  '',
].join('\n');

describe('an address without sections', () => {
  const { address, problems } = parseAddress(md, 'remarks.md');

  it('parses without errors into one implicit section titled as the address', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(address!.preamble).toEqual([]);
    expect(address!.sections).toHaveLength(1);
    expect(address!.sections[0]).toMatchObject({
      title: 'Remarks at the Harbour Skills Centre',
      implicit: true,
      line: 7,
    });
  });

  it('plans no outline and no divider, and keeps all the text and the aside', () => {
    const slides = slidesOf(planDeck(address!));
    const kinds = slides.map((s) => s.kind);
    expect(kinds).not.toContain('outline');
    expect(kinds).not.toContain('section');
    expect(kinds[0]).toBe('title');
    expect(kinds).toContain('references');
    const spoken = slides.flatMap((s) => s.notes.spoken.map((p) => p.text)).join(' ');
    expect(spoken).toContain('We open this centre on a grey morning.');
    expect(spoken).toContain('The centre will train three hundred apprentices a year.');
    expect(slides.flatMap((s) => s.notes.asides)).toContain('Look at the apprentices.');
  });

  it('shows the role under the speaker on the title slide', () => {
    expect(address!.meta.role).toBe('Minister of the Sea');
    expect(slidesOf(planDeck(address!))[0]!.byline?.slice(0, 2)).toEqual([
      'Marta Quental',
      'Minister of the Sea',
    ]);
  });

  it('still keeps text before the first heading as the preamble when there are sections', () => {
    const withSections = md.replace('<!-- note', '## Training\n\n<!-- note');
    const parsed = parseAddress(withSections, 'remarks.md').address!;
    expect(parsed.preamble).toHaveLength(1);
    expect(parsed.sections.map((s) => [s.title, s.implicit])).toEqual([['Training', undefined]]);
  });

  it('rejects a role that is not text, naming the line', () => {
    const bad = parseAddress(md.replace('role: Minister of the Sea', 'role: [1, 2]'), 'r.md');
    expect(bad.problems.some((p) => p.severity === 'error' && p.line === 4)).toBe(true);
  });
});
