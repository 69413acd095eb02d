// Words that point back at what was said before, as the planner reads them: an opening pronoun
// or demonstrative, and a demonstrative before a noun; the room and the day are not "before".
import { describe, expect, it } from 'vitest';
import { namesBack, opensOnReference } from '../../../src/plan/back-reference.js';

describe('back-references', () => {
  it('finds a sentence that opens on what came before, in each language', () => {
    expect(opensOnReference('That is the width of my hand.', 'en')).toBe(true);
    expect(opensOnReference('It is the margin by which we escaped.', 'en')).toBe(true);
    expect(opensOnReference('So lange dauert Vertrauen manchmal.', 'de')).toBe(true);
    expect(opensOnReference('C’est une seule rivière.', 'fr')).toBe(true);
    expect(opensOnReference('Eso no es todo.', 'es')).toBe(true);
  });

  it('does not count the here and now, or a connective, as pointing back', () => {
    expect(opensOnReference('This morning I want to talk about water.', 'en')).toBe(false);
    expect(opensOnReference('So we propose to act now.', 'en')).toBe(false);
    expect(opensOnReference('Eleven centimetres.', 'en')).toBe(false);
  });

  it('finds a demonstrative naming what was said ("that argument", "ese argumento", "cette idée")', () => {
    expect(namesBack('I do not dismiss that argument.', 'en')).toBe(true);
    expect(namesBack('Such interaction is highly likely to help.', 'en')).toBe(true);
    expect(namesBack('No desprecio ese argumento.', 'es')).toBe(true);
    expect(namesBack('Je sais que cette idée inquiète.', 'fr')).toBe(true);
  });

  it('leaves a "that" clause, the room, the day and set phrases alone', () => {
    expect(
      namesBack('Russia believes that cooperation in a tripartite format can help.', 'en'),
    ).toBe(false);
    expect(namesBack('It is the visit, not the loan, that people tell us they value.', 'en')).toBe(
      false,
    );
    expect(namesBack('This town has survived, and in this case it was luck.', 'en')).toBe(false);
    expect(namesBack('Je sais ce que cette ville a vécu.', 'fr')).toBe(false);
  });
});
