// One bullet from one sentence: a complete statement in the address's own words, shortened only
// by leaving words out. The table in test/fixtures/plan/shortening.json guards the shortening.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slidesOf } from '../../../src/core/deck.js';
import { bulletOf, keyPoints, planDeck } from '../../../src/plan/index.js';
import { roomFor, thesisOf } from '../../../src/plan/bullet.js';
import { enumerationIn } from '../../../src/plan/enumeration.js';
import { splitSentences } from '../../../src/core/text.js';
import { address, inline, para, section } from './fixtures.js';

const table = JSON.parse(
  readFileSync(new URL('../../fixtures/plan/shortening.json', import.meta.url), 'utf8'),
) as { shortened: [string, string | null][]; whole: string[] };

const bullet = (s: string) => bulletOf(s, 18, 'en');
const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}’-]+/gu) ?? [];

/** Every word of `short` stands in `long`, in the same order: nothing added, nothing moved. */
function leftOutOnly(short: string, long: string): boolean {
  const source = wordsOf(long);
  let at = 0;
  for (const w of wordsOf(short)) {
    at = source.indexOf(w, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

describe('a bullet from a sentence', () => {
  it.each(table.shortened)('shortens %s', (sentence, expected) => {
    const b = bullet(sentence);
    expect(b).toBe(expected ?? undefined);
    if (b) {
      expect(leftOutOnly(b, sentence), b).toBe(true);
      expect(b).not.toMatch(/^…|…$/);
      // An announced thesis or a conclusion may run to 1.6 times a bullet's length, a position
      // against a concession to 24 words.
      const room = thesisOf(sentence, 'en') ? 29 : roomFor(sentence, 18, 'en');
      expect(b.split(/\s+/).length).toBeLessThanOrEqual(room);
    }
  });

  it.each(table.whole)('keeps a short whole sentence as it stands: %s', (sentence) => {
    expect(bullet(sentence)).toBe(sentence);
  });

  it('outside English, never cuts a number at its decimal comma, a main clause after an opening phrase, or a clause on its pronoun', () => {
    const fr = (t: string, max = 18) => bulletOf(t, max, 'fr');
    expect(
      fr(
        'En 2023, la ville a dépensé 3,2 millions d’euros, soit 14 % de plus, pour les cantines de ses écoles rurales et urbaines.',
        12,
      ),
    ).toBe('En 2023, la ville a dépensé 3,2 millions d’euros.');
    expect(
      fr(
        'En 2020, après le premier confinement, il fallait montrer que l’on agissait, et les tablettes se voient mieux qu’une formation.',
      ),
    ).toBe('En 2020, après le premier confinement, il fallait montrer que l’on agissait.');
    // A clause joined by "y" goes only as the sentence's tail.
    expect(
      bulletOf(
        'Nadie se quedó sin beber, y eso se debe al trabajo de los técnicos de la mancomunidad, que durante meses durmieron con el teléfono encima de la mesilla.',
        18,
        'es',
      ),
    ).toBe(
      'Nadie se quedó sin beber, y eso se debe al trabajo de los técnicos de la mancomunidad.',
    );
    // Weighing between dashes only ranks what follows.
    expect(
      fr(
        'Enfin — et c’est, à mes yeux, le plus important — nous confions la formation aux enseignants eux-mêmes.',
      ),
    ).toBe('Nous confions la formation aux enseignants eux-mêmes.');
  });

  it('gives a position taken against a concession the room of a thesis, both halves kept', () => {
    const b = bulletOf(
      'Although I disagree with its conclusion, the Department is right that the national budget cannot protect every metre of coast.',
      18,
      'en',
    );
    expect(b).toBe(
      'Although I disagree with its conclusion, the Department is right that the national budget cannot protect every metre of coast.',
    );
  });

  it('never leaves out a condition, a negation or who holds the view', () => {
    expect(
      bullet(
        'The ministry believes that coastal towns, which have paid for their own walls since the war, will not pay more unless the budget is cut.',
      ),
    ).toBe('The ministry believes that coastal towns will not pay more unless the budget is cut.');
    // No shortening keeps the condition within 18 words: no bullet, rather than a claim it lacks.
    expect(
      bullet(
        'We will not raise the wall along the whole of the outer harbour by another metre unless the cheaper option of the meadows upstream fails.',
      ),
    ).toBeUndefined();
  });

  it('shortens other languages at punctuation only, keeping a short whole sentence', () => {
    expect(bulletOf('Nous devons partager l’eau.', 18, 'fr')).toBe('Nous devons partager l’eau.');
    const b = bulletOf(
      'La gestion commune du fleuve est une nécessité, comme le montrent les sécheresses de ces dernières années dans tout le bassin versant du Rhône et de ses affluents.',
      18,
      'fr',
    );
    expect(b).toBe('La gestion commune du fleuve est une nécessité.');
  });

  it('leaves out a lead-in of a word or two before a colon ("Im Gegenteil:")', () => {
    expect(
      bulletOf(
        'Im Gegenteil: Die Genossenschaft versorgt heute 340 Haushalte, sie hat keinen einzigen Kunden verloren, und ihre Mitglieder sind die überzeugendsten Werbeträger, die wir haben.',
        18,
        'de',
      ),
    ).toBe(
      'Die Genossenschaft versorgt heute 340 Haushalte, sie hat keinen einzigen Kunden verloren.',
    );
  });

  it('shows what the speaker insists on after "I want to be clear:", in every language', () => {
    expect(
      bulletOf('Je veux être claire : il ne s’agit pas de désigner des coupables.', 18, 'fr'),
    ).toBe('Il ne s’agit pas de désigner des coupables.');
    expect(bullet('Let me be plain: the wall will not be raised again.')).toBe(
      'The wall will not be raised again.',
    );
  });
});

describe('signposted enumerations', () => {
  const items = (text: string) =>
    enumerationIn(
      splitSentences(text).map((s) => s.text),
      { maxWords: 18, lang: 'en' },
    );

  it('gives one bullet per item of "three lessons. First, … Second, … Third, …"', () => {
    const e = items(
      'What it taught us can be put into three lessons. First, the danger was not where we had been looking. We had spent a decade on the wall. Second, our warnings worked, but only for the people who were already listening. Third, the town’s memory turned out to be better than its data.',
    );
    expect(e).toMatchObject({
      signpost: 'three lessons',
      items: [
        'The danger was not where we had been looking.',
        'Our warnings worked, but only for the people who were already listening.',
        'The town’s memory turned out to be better than its data.',
      ],
    });
  });

  it('splits "two considerations: firstly, …, and secondly, …" in one sentence, each item with its subject', () => {
    const e = items(
      'Russia welcomed these moves because of two major considerations: Moscow hopes that the reconciliation, firstly, will remove a threat of military conflict, and secondly, promote a more favorable environment for trade.',
    );
    expect(e).toMatchObject({
      signpost: 'two major considerations',
      items: [
        'Moscow hopes that the reconciliation will remove a threat of military conflict.',
        'Moscow hopes that the reconciliation will promote a more favorable environment for trade.',
      ],
    });
  });

  it('lets an item run longer by the words every item repeats, so its object stays', () => {
    const e = items(
      'The city council backed the plan for two reasons: the members of the city council hoped that the new tram line, firstly, would end the long queues on the bridge, and secondly, bring a steadier flow of shoppers to the market.',
    );
    expect(e?.items[1]).toBe(
      'The members of the city council hoped that the new tram line would bring a steadier flow of shoppers to the market.',
    );
  });

  it('gives the list a slide of its own, so the sentences before it keep theirs', () => {
    const deck = planDeck(
      address({
        sections: [
          section(0, 'Water', [
            para(
              'Our delegation welcomes the report. We agree with most of its findings. Our delegation believes that no agreement will hold unless the upstream states take part in it. We therefore propose two steps. First, a joint monitoring body should be set up by next year. Second, every state should publish its withdrawals each month.',
            ),
          ]),
        ],
      }),
    );
    const shown = slidesOf(deck).filter((s) => s.kind === 'points' || s.kind === 'statement');
    expect(shown.map((s) => s.ordered ?? false)).toEqual([false, true]);
    expect(shown[0]!.bullets).toContain(
      'Our delegation believes that no agreement will hold unless the upstream states take part in it.',
    );
    expect(shown[1]).toMatchObject({ title: 'We therefore propose two steps' });
  });

  it('finds nothing in an ordinary paragraph, nor in ranks out of order', () => {
    expect(
      items('Trade grew fast. Second thoughts came later. Roads were rebuilt.'),
    ).toBeUndefined();
  });

  it('numbers the items on the slide and names the list in its headline', () => {
    const deck = planDeck(
      address({
        sections: [
          section(0, 'Lessons', [
            para(
              'The inquiry taught us three lessons. First, the danger was not where we had been looking. Second, our warnings worked, but only for the people who were already listening. Third, the town’s memory turned out to be better than its data.',
            ),
          ]),
        ],
      }),
    );
    const s = slidesOf(deck).find((x) => x.kind === 'points')!;
    expect(s).toMatchObject({
      ordered: true,
      title: 'The inquiry taught us three lessons',
      kicker: 'Lessons',
    });
    expect(s.bullets).toHaveLength(3);
  });
});

describe('bullets for a slide', () => {
  it('chooses claims and topic sentences over narration, and keeps the address order', () => {
    const bullets = keyPoints([
      inline(
        'The ministry believes that every town must pay for its own defences. The report was published on a Tuesday. It ran to 212 pages.',
      ),
      inline('Our town cannot pay. The mayor read the report twice.'),
    ]);
    expect(bullets).toHaveLength(3);
    expect(bullets[0]).toBe('The ministry believes that every town must pay for its own defences.');
    expect(bullets[2]).toBe('Our town cannot pay.');
  });

  it('leaves quotations that open a sentence to quote slides and the notes', () => {
    const bullets = keyPoints([
      inline(
        'Vladimir Putin met the press in Vladivostok. “We advocate complete denuclearization: this is a fact,” he added.',
      ),
    ]);
    expect(bullets).toEqual(['Vladimir Putin met the press in Vladivostok.']);
  });
});

describe('a points slide nothing can be condensed from', () => {
  it('re-planned by the overflow guard, shows a whole sentence', () => {
    const long =
      'Some opening words to set the scene for the long map of the whole peninsula that follows next.';
    expect(keyPoints([inline(long)])).toEqual([long]);
    // Quoted words stay with quote slides and the notes, even then.
    expect(keyPoints([inline(`“${long}”`)])).toEqual([]);
  });

  it('sets a slide with one point as a statement: its sentence is the heading, the section its kicker', () => {
    const deck = planDeck(
      address({ sections: [section(0, 'Maps', [para('A wall is a held breath.')])] }),
    );
    const s = slidesOf(deck).find((x) => x.section === 0 && x.kind !== 'section')!;
    expect(s).toMatchObject({
      kind: 'statement',
      title: 'A wall is a held breath.',
      kicker: 'Maps',
    });
  });
});
