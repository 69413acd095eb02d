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
});
