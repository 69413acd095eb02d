// The labels notes carry in plain text and the order they come in: 1 2 3, i ii iii, a b c,
// ¹ ² ³, * † ‡. A symbol is given a word for its label, since Markdown labels are words.

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SYMBOLS: Record<string, string> = {
  '*': 'star',
  '†': 'dagger',
  '‡': 'ddagger',
  '§': 'section',
};
const ROMAN = /^(?=[mdclxvi])m{0,3}(?:c[md]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})$/i;

export type LabelKind = 'number' | 'roman' | 'letter' | 'symbol';

/** "¹²" → "12"; other text unchanged. */
export function fromSuperscript(text: string): string {
  return [...text]
    .map((ch) => (SUPERSCRIPT.includes(ch) ? String(SUPERSCRIPT.indexOf(ch)) : ch))
    .join('');
}

/** "*" → "star", "**" → "star2", "†" → "dagger"; a label that is no symbol stays as it is. */
export function symbolLabel(mark: string): string {
  const name = SYMBOLS[mark[0]!];
  if (!name || [...mark].some((c) => c !== mark[0])) return mark;
  return mark.length === 1 ? name : `${name}${mark.length}`;
}

export function kindOf(label: string): LabelKind {
  if (/^\d+$/.test(label)) return 'number';
  if (/^(?:star|dagger|ddagger|section)\d*$/.test(label)) return 'symbol';
  if (/^[a-z]$/i.test(label) && !/^[ivxlcdm]$/i.test(label)) return 'letter';
  return ROMAN.test(label) ? 'roman' : 'letter';
}

function romanValue(r: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  const s = r.toLowerCase();
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]!]!;
    const next = v[s[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** The position of a label in its sequence: 1 for "1", "i", "a", "star"; 2 for "2", "ii", "dagger". */
export function ordinal(label: string): number {
  const kind = kindOf(label);
  if (kind === 'number') return Number(label);
  if (kind === 'roman') return romanValue(label);
  if (kind === 'letter') return label.toLowerCase().charCodeAt(0) - 96;
  const m = /^([a-z]+)(\d*)$/.exec(label)!;
  const order = ['star', 'dagger', 'ddagger', 'section'];
  return order.indexOf(m[1]!) + 1 + (m[2] ? (Number(m[2]) - 1) * order.length : 0);
}

/** True for labels a marker may carry even when no note defines them: `12`, `iv`. */
export function isMarkerLabel(label: string): boolean {
  return /^\d{1,3}$/.test(label) || ROMAN.test(label);
}
