// The bullets a slide's sentences offer, each with how much it says (salience.ts): one per
// sentence, and one per group of fragments and the sentence they set up (sentence-groups.ts).
import type { PlanOptions } from '../core/plan-options.js';
import { countWords } from '../core/text.js';
import { announcesThesis, bulletOf, THESIS_ROOM } from './bullet.js';
import { salience } from './salience.js';
import { range } from './cut-words.js';
import { groupsOf } from './sentence-groups.js';

/** A sentence a bullet may come from. */
export interface BulletSource {
  text: string;
  /** First sentence of its paragraph: preferred. */
  first: boolean;
  /** Offset in `text` where a key quotation starts; 0 = the sentence opens on one. */
  quoteFrom?: number;
  /** It rests on its neighbour (leaning-sentences.ts): no bullet of its own. */
  leans?: boolean;
}

export interface Candidate {
  bullet: string;
  /** Where its first sentence stands, for the address's order. */
  position: number;
  /** The last sentence it shows (`position` unless it shows a group). */
  last: number;
  score: number;
  words: number;
}

export function candidatesOf(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxBulletWords'>,
  lang: string,
): Candidate[] {
  const singles = sources.flatMap((s, position) => {
    if (s.quoteFrom === 0 || !s.text.trim()) return [];
    const before = sources[position - 1];
    const announced = !!before && announcesThesis(before.text, lang);
    // An announced thesis may run longer: it is the one line the address exists to say.
    const room = options.maxBulletWords * (announced ? THESIS_ROOM : 1);
    const bullet = bulletOf(s.text, Math.round(room), lang);
    if (!bullet) return [];
    const words = countWords(bullet, lang);
    const score = salience(
      {
        text: s.text,
        bullet,
        first: s.first,
        words: countWords(s.text, lang),
        bulletWords: words,
        announced,
        leans: s.leans,
      },
      lang,
    );
    return [{ bullet, position, last: position, score, words }];
  });
  return [...singles, ...groupCandidates(sources, options, lang)];
}

/** Words a group may run beyond a bullet: its fragments are short, and said for effect. */
const GROUP_ROOM = 8;

/**
 * Added to a group's score for each sentence beyond the first: fragments set up the line that
 * follows or echo the one before, and the longer chain says more of the passage.
 */
const GROUP_BONUS = 1;

function groupCandidates(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxBulletWords'>,
  lang: string,
): Candidate[] {
  const texts = sources.map((s) =>
    s.quoteFrom === undefined && s.text.trim() ? s.text : undefined,
  );
  const starts = sources.map((s) => s.first);
  return groupsOf(texts, starts, lang).flatMap((g) => {
    const parts = range(g.from, g.to).map((i) => sources[i]!.text.trim());
    const fragments = parts.filter((_, k) => g.from + k !== g.core);
    const room = options.maxBulletWords + GROUP_ROOM - countWords(fragments.join(' '), lang);
    const core = sources[g.core]!;
    const shown = bulletOf(core.text, room, lang);
    if (!shown) return [];
    // "1.9 million pounds is a lot of money for a small council[, and it would be dishonest to
    // claim we knew …]. We did not.": fragments after a shortened line may answer what was cut.
    if (g.to > g.core && shown !== core.text.trim()) return [];
    const bullet = parts.map((p, k) => (g.from + k === g.core ? shown : p)).join(' ');
    const score =
      salience(
        {
          text: core.text,
          bullet: shown,
          first: sources[g.from]!.first,
          words: countWords(core.text, lang),
          bulletWords: countWords(shown, lang),
          anchored: g.core > g.from,
          leans: range(g.from, g.to).some((i) => sources[i]!.leans),
        },
        lang,
      ) +
      GROUP_BONUS * (g.to - g.from);
    return [{ bullet, position: g.from, last: g.to, score, words: countWords(bullet, lang) }];
  });
}
