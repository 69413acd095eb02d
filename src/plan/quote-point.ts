// The point a quote slide shows above its quotation: the claim the paragraph makes with it
// ("Russia’s conviction is that “sanctions … are useless”"), taken from the slide's sentences.
import type { PlanOptions } from '../core/plan-options.js';
import { candidatesOf, type BulletSource } from './candidates.js';
import { isClaim } from './salience.js';

/** Salience a quote slide's lead-in needs to be shown above the quotation: a claim, not a link. */
const CLAIM = 2;

/**
 * The claim a quotation supports, from the sentences of its slide ("Russia’s conviction is that
 * “sanctions … are useless” since …, the North Koreans “will eat grass…”"): the best bullet that
 * says something, does not repeat the quotation shown (`quoted`) and is not `seen` on an earlier
 * slide, else undefined.
 */
export function claimOf(
  sources: BulletSource[],
  options: Pick<PlanOptions, 'maxBulletWords'>,
  lang: string,
  quoted: string,
  seen: (bullet: string) => boolean = () => false,
): string | undefined {
  const opening = quoted
    .replace(/^[…\s]+/u, '')
    .split(/\s+/u)
    .slice(0, 3)
    .join(' ')
    .toLowerCase();
  const best = candidatesOf(
    sources.map((s) => ({ ...s, quoteFrom: undefined })),
    options,
    lang,
  )
    .filter(
      (c) =>
        c.score >= CLAIM &&
        isClaim(c.bullet, lang) &&
        !c.bullet.toLowerCase().includes(opening) &&
        !seen(c.bullet),
    )
    .sort((a, b) => b.score - a.score || a.position - b.position)[0];
  return best?.bullet;
}
