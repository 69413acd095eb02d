// How much a sentence says, rule by rule, for rules a whole deck shows only by chance: an
// obligation takes a position in every language, and a measured fact is evidence.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/text.js';
import { salience } from '../../../src/plan/salience.js';

const score = (text: string, lang: string) => {
  const words = countWords(text, lang);
  return salience({ text, bullet: text, first: false, words, bulletWords: words }, lang);
};

describe('salience', () => {
  it('ranks an obligation above the same sentence without one, untagged too', () => {
    expect(
      score('Bund und Land müssen sich dauerhaft an den Investitionen beteiligen.', 'de'),
    ).toBeGreaterThan(score('Bund und Land beteiligen sich dauerhaft an den Investitionen.', 'de'));
    expect(
      score('La universidad debe admitir a sus estudiantes de otra manera.', 'es'),
    ).toBeGreaterThan(score('La universidad admite a sus estudiantes de otra manera.', 'es'));
  });

  it('ranks a measured fact above a vague one, but not a year', () => {
    expect(
      score('The surge at the inner harbour gauge reached 4.31 metres above datum.', 'en'),
    ).toBeGreaterThan(
      score('The surge at the inner harbour gauge reached far above the usual datum.', 'en'),
    );
    expect(score('The council met the fishermen again in 2019.', 'fr')).toBe(
      score('The council met the fishermen again last year.', 'fr'),
    );
  });

  it('keeps a verdict on what was said before and the speaker ending where they began off the slide', () => {
    // key-points.ts leaves out what scores below -1.5.
    for (const [text, lang] of [
      ['Creo que tiene razón.', 'es'],
      ['Tiene parte de razón.', 'es'],
      ['Tenía razón, y eso es exactamente lo que me preocupa.', 'es'],
      ['Credo che abbia ragione.', 'it'],
      ['Elle avait raison.', 'fr'],
      ['Chiudo da dove ho cominciato.', 'it'],
      ['Termino donde empecé.', 'es'],
      ['Ich schließe, wo ich begonnen habe.', 'de'],
      ['Ich erzähle Ihnen das nicht, um Sie zu entmutigen.', 'de'],
      ['I am not telling you this to frighten you.', 'en'],
      ['No les cuento esto para desanimarles.', 'es'],
    ] as const)
      expect(score(text, lang), text).toBeLessThan(-1.5);
    // A claim that only holds the same words is no verdict, nor is ending what was started.
    expect(
      score('Die Verwaltung hat recht schnell gehandelt, als die Pumpen ausfielen.', 'de'),
    ).toBeGreaterThan(-1.5);
    expect(score('I will end the programme that we started in 2019.', 'en')).toBeGreaterThan(-1.5);
    expect(score('We will tell you the results of the survey in June.', 'en')).toBeGreaterThan(
      -1.5,
    );
  });
});

describe('salience of sentences that say nothing alone', () => {
  it('leaves off an elliptical ending, the speaker handling the talk, and "he" with no one named', () => {
    for (const text of [
      'By the time those patients reached Brackley, they were.',
      'Nothing about the sea is.',
      'I will give you the figures first, because you are a conference and you will want them.',
      'I want to be fair to the people who opposed us.',
      'The figure I care about most is a different one, though.',
    ])
      expect(score(text, 'en'), text).toBeLessThan(-1.5);
    // A promise with a date says something.
    expect(score('We will tell you the results of the survey in June.', 'en')).toBeGreaterThan(
      -1.5,
    );
    expect(
      score('Our data showed the same pattern, two years after he had noticed it.', 'en'),
    ).toBeLessThan(
      score('Our data showed the same pattern, two years after Dr Osei had noticed it.', 'en'),
    );
  });
});

describe('salience of the speaker ordering the talk', () => {
  it('leaves "I start with the figures" off the slide in every language', () => {
    for (const [text, lang] of [
      ['Empiezo por los datos, porque sin ellos lo demás es opinión.', 'es'],
      ['Vuelvo a la factura que les mencionaba al principio.', 'es'],
      ['Commençons par les chiffres, puisqu’on me les demandera de toute façon.', 'fr'],
      ['Ich beginne mit den Zahlen, weil Sie danach ohnehin fragen werden.', 'de'],
      ['Let me start with the figures, because you will ask for them anyway.', 'en'],
    ] as const)
      expect(score(text, lang), text).toBeLessThan(-1.5);
    expect(score('Empezamos a cobrar el agua por tramos en 2024.', 'es')).toBeGreaterThan(-1.5);
  });
});
