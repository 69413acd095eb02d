// Reads one PDF value at a time from a file's Latin-1 text, for RawPdf.
import { atom, fail, ref, type PdfValue } from './pdf-values.js';

const WHITE = new Set(['\0', '\t', '\n', '\f', '\r', ' ']);
const DELIMITER = new Set(['(', ')', '<', '>', '[', ']', '{', '}', '/', '%']);

/** Parses one value of `text` (Latin-1: one character per byte) at `pos`. */
export class ValueParser {
  constructor(
    private readonly text: string,
    public pos: number,
  ) {}

  private skipSpace(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const c = text[this.pos]!;
      if (WHITE.has(c)) this.pos++;
      else if (c === '%')
        while (this.pos < text.length && !'\r\n'.includes(text[this.pos]!)) this.pos++;
      else break;
    }
  }

  /** A bare token: a number, a keyword (true, null, R, stream…) or, with the slash, a name. */
  private word(): string {
    const start = this.pos;
    if (this.text[this.pos] === '/') this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (WHITE.has(c) || DELIMITER.has(c)) break;
      this.pos++;
    }
    return this.text.slice(start, this.pos);
  }

  peekWord(): string {
    const at = this.pos;
    this.skipSpace();
    const word = this.word();
    this.pos = at;
    return word;
  }

  value(): PdfValue {
    this.skipSpace();
    const { text } = this;
    const c = text[this.pos];
    if (c === undefined) return fail('unexpected end of file');
    if (text.startsWith('<<', this.pos)) {
      this.pos += 2;
      const entries = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (text.startsWith('>>', this.pos)) {
          this.pos += 2;
          return { kind: 'dict', entries };
        }
        if (text[this.pos] !== '/') fail(`a dictionary key expected at byte ${this.pos}`);
        const key = this.word().slice(1);
        entries.set(key, this.value());
      }
    }
    if (c === '[') {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (text[this.pos] === ']') {
          this.pos++;
          return { kind: 'array', items };
        }
        items.push(this.value());
      }
    }
    if (c === '(') return atom(this.literalString());
    if (c === '<') {
      const end = text.indexOf('>', this.pos);
      if (end < 0) fail('unterminated hex string');
      const hex = text.slice(this.pos, end + 1);
      this.pos = end + 1;
      return atom(hex);
    }
    const word = this.word();
    if (word === '') fail(`unexpected "${c}" at byte ${this.pos}`);
    // `12 0 R` is a reference; look ahead without consuming when it is not.
    if (/^\d+$/.test(word)) {
      const at = this.pos;
      this.skipSpace();
      const gen = this.word();
      this.skipSpace();
      if (/^\d+$/.test(gen) && this.word() === 'R') {
        if (gen !== '0') fail('object generations other than 0');
        return ref(Number(word));
      }
      this.pos = at;
    }
    return atom(word);
  }

  /** `(…)` with balanced parentheses and backslash escapes, returned as written. */
  private literalString(): string {
    const { text } = this;
    const start = this.pos;
    let depth = 0;
    for (; this.pos < text.length; this.pos++) {
      const c = text[this.pos];
      if (c === '\\') this.pos++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        this.pos++;
        return text.slice(start, this.pos);
      }
    }
    return fail('unterminated string');
  }
}
