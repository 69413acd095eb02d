// The words and marks the condenser's cuts are judged by: what opens an aside or a clause, what
// carries the claim, and where a pause or a quotation stands. Shared by cut-asides.ts,
// cut-tails.ts and condense.ts.
import type { Token } from './tokens.js';

/** A tail opening with one of these carries the claim and stays. */
export const KEEPS_CLAIM = new Set(
  'but yet unless if until although though except only not nor whether otherwise provided'.split(
    ' ',
  ),
);
/** A tail holding one of these says what the claim depends on or denies: it is never left off. */
export const CONDITIONS = new Set('unless if until except not never nor'.split(' '));
/** A tail opening with one of these only elaborates what came before it. */
export const ELABORATES = new Set(
  'because since including like such as whereby thereby while whereas especially notably particularly namely along'.split(
    ' ',
  ),
);
/** An aside between commas opening with one of these can go. */
export const ASIDE_OPENERS = new Set(
  'which who whom whose where both including especially notably albeit say firstly secondly thirdly for along'.split(
    ' ',
  ),
);

export const DEMONSTRATIVE = new Set(['this', 'that']);
export const OPENS_CLAUSE = new Set(
  'if unless when whenever because since although though while whereas until once as where'.split(
    ' ',
  ),
);

/** Verbs that introduce what someone said: a tail holding the quotation is their point. */
export const REPORTING = new Set(
  'said say says told tell tells put puts wrote write writes added add adds asked recalled warned stressed declared noted described explained emphasized emphasised elaborated replied answered'.split(
    ' ',
  ),
);

/** Verbs whose with-phrase is what they give ("provides South and North Korea [with a chance]"). */
export const WITH_VERBS = new Set(
  'provide provides provided supply supplies supplied equip equips equipped furnish furnishes furnished present presents presented'.split(
    ' ',
  ),
);

export interface Cut {
  from: number;
  to: number;
  cost: number;
  /** Always left out: it only ranks what follows ("— et c'est le plus important —"). */
  always?: boolean;
}

/** Quotation depth before each token and after the last: cuts start and end outside quotations. */
export function quoteDepths(tokens: Token[], lang: string): number[] {
  const german = lang.toLowerCase().startsWith('de');
  const opens = german ? /[„«»「『]/g : /[“«„「『]/g;
  const closes = german ? /[“”»«」』]/g : /[”»」』]/g;
  const depth: number[] = [];
  // A sentence inside a quotation that began in an earlier one closes more than it opens.
  const all = tokens.map((t) => t.pre + t.post).join('');
  let d = Math.max(0, (all.match(closes) ?? []).length - (all.match(opens) ?? []).length);
  for (const t of tokens) {
    d += (t.pre.match(opens) ?? []).length;
    depth.push(Math.max(0, d - (t.pre.match(closes) ?? []).length));
    d = Math.max(0, d - (t.pre.match(closes) ?? []).length);
    d = Math.max(0, d - (t.post.match(closes) ?? []).length + (t.post.match(opens) ?? []).length);
  }
  depth.push(d);
  return depth;
}

export const pause = (t: Token | undefined) => !!t && /[,;:–—]/.test(t.post);
export const dashAfter = (t: Token | undefined) => !!t && /\s[–—]\s|[–—]\s*$/.test(t.post);

export function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

/** Which words stand inside brackets (an aside that goes before any tail is judged). */
export function inBrackets(tokens: Token[]): boolean[] {
  let depth = 0;
  return tokens.map((t) => {
    depth += (t.pre.match(/\(/g) ?? []).length;
    const inside = depth > 0;
    depth = Math.max(0, depth - (t.post.match(/\)/g) ?? []).length);
    return inside;
  });
}
