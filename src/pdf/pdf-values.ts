// PDF values as Chromium's PDFs write them, and how to write them back: the vocabulary shared by
// the reader (raw-pdf.ts, pdf-value-parser.ts) and the incremental update (pdf-update.ts).

/** A PDF value as written: dictionaries, arrays and references parsed; all else kept as its text. */
export type PdfValue =
  | { kind: 'dict'; entries: Map<string, PdfValue> }
  | { kind: 'array'; items: PdfValue[] }
  | { kind: 'ref'; num: number }
  | { kind: 'atom'; text: string };

export interface PdfObject {
  value: PdfValue;
  /** The stream's bytes as stored (still encoded), for a stream object. */
  data?: Uint8Array;
}

/** The file is not laid out the way this module reads; use pdf-lib instead. */
export class UnexpectedLayout extends Error {}

/** `fn()`, or undefined when it meets a file laid out otherwise than this module reads. */
export async function unlessUnexpected<T>(fn: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof UnexpectedLayout) return undefined;
    throw error;
  }
}

/** Refuses a file laid out otherwise than this module reads. */
export const fail = (why: string): never => {
  throw new UnexpectedLayout(why);
};

export type PdfDict = Extract<PdfValue, { kind: 'dict' }>;

export const dict = (entries: Record<string, PdfValue> = {}): PdfDict => ({
  kind: 'dict',
  entries: new Map(Object.entries(entries)),
});
export const array = (items: PdfValue[]): PdfValue => ({ kind: 'array', items });
export const ref = (num: number): PdfValue => ({ kind: 'ref', num });
export const atom = (text: string | number): PdfValue => ({
  kind: 'atom',
  text: typeof text === 'number' ? formatNumber(text) : text,
});
export const name = (n: string): PdfValue => atom(`/${n}`);

/** At most `decimals` decimals, no trailing zeros, no exponent: what every PDF reader parses. */
export function formatNumber(n: number, decimals = 4): string {
  let fixed = n.toFixed(decimals);
  if (fixed.includes('.')) fixed = fixed.replace(/0+$/, '').replace(/\.$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/** A text string as UTF-16BE hex with a byte-order mark: any language, and no escaping to get wrong. */
export function textString(text: string): PdfValue {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return atom(`<${hex.toUpperCase()}>`);
}

export function entry(value: PdfValue | undefined, key: string): PdfValue | undefined {
  return value?.kind === 'dict' ? value.entries.get(key) : undefined;
}

export function serialize(value: PdfValue): string {
  switch (value.kind) {
    case 'dict':
      return `<<${[...value.entries].map(([k, v]) => `/${k} ${serialize(v)}`).join('\n')}>>`;
    case 'array':
      return `[${value.items.map(serialize).join(' ')}]`;
    case 'ref':
      return `${value.num} 0 R`;
    case 'atom':
      return value.text;
  }
}
