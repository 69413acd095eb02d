// Chromium's PDFs edited without re-writing them. Skia lays a PDF out one way: a single classic
// cross-reference table, no object streams, no earlier updates. Such a file can be read object by
// object through that table, and changed by appending an incremental update (ISO 32000-1 §7.5.6):
// new and replaced objects, a cross-reference section for them, a trailer pointing back at the
// original. pdf-lib instead parses every object (a tagged 200-slide PDF has ~3,300) and writes them
// all again: ~0.3 s per document on a cold start, and most of the export's Node memory.
// Anything laid out otherwise is refused with `UnexpectedLayout`; the caller then uses pdf-lib.

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

const fail = (why: string): never => {
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

// ---- reading ----

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

/** A PDF in Chromium's layout, read object by object through its cross-reference table. */
export class RawPdf {
  private constructor(
    readonly bytes: Uint8Array,
    /** Latin-1 view: string offsets are byte offsets. */
    readonly text: string,
    readonly size: number,
    readonly root: number,
    readonly info: number,
    readonly startxref: number,
    private readonly xrefBody: number,
  ) {}

  /** Throws `UnexpectedLayout` unless the file is one classic cross-reference table and its trailer. */
  static read(bytes: Uint8Array): RawPdf {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    // The last trailer, parsed, and nothing after it but `startxref n %%EOF`: a file with an
    // earlier update has a second trailer, which a pattern over the file's tail could match first.
    const at = text.lastIndexOf('trailer');
    if (at < 0 || text.indexOf('startxref') !== text.lastIndexOf('startxref'))
      return fail('not one classic trailer');
    const parser = new ValueParser(text, at + 'trailer'.length);
    const trailer = parser.value();
    const end = /^\s*startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(parser.pos));
    if (!end) return fail('no classic trailer at the end of the file');
    for (const key of ['Prev', 'Encrypt', 'XRefStm', 'ID'])
      if (entry(trailer, key)) fail(`the trailer has /${key}`);
    const size = Number((entry(trailer, 'Size') as { text?: string } | undefined)?.text);
    const root = entry(trailer, 'Root');
    const info = entry(trailer, 'Info');
    if (!size || root?.kind !== 'ref' || info?.kind !== 'ref') return fail('incomplete trailer');
    const startxref = Number(end[1]);
    const table = /^xref\s+0 (\d+)[ \t]*\r?\n/.exec(text.slice(startxref, startxref + 64));
    if (!table || Number(table[1]) !== size) return fail('more than one cross-reference section');
    return new RawPdf(
      bytes,
      text,
      size,
      root.num,
      info.num,
      startxref,
      startxref + table[0].length,
    );
  }

  /** Byte offset of `num 0 obj`, from the cross-reference table, checked against the file. */
  offsetOf(num: number): number {
    if (!Number.isInteger(num) || num <= 0 || num >= this.size) fail(`no object ${num}`);
    const line = this.text.slice(this.xrefBody + 20 * num, this.xrefBody + 20 * num + 18);
    const m = /^(\d{10}) (\d{5}) n$/.exec(line);
    if (!m || m[2] !== '00000') return fail(`object ${num} is not in use`);
    const offset = Number(m[1]);
    if (!this.text.startsWith(`${num} 0 obj`, offset))
      fail(`object ${num} is not where the table says`);
    return offset;
  }

  /** Where object `num`'s value starts (after `num 0 obj`). */
  private start(num: number): number {
    return this.offsetOf(num) + `${num} 0 obj`.length;
  }

  object(num: number): PdfObject {
    const parser = new ValueParser(this.text, this.start(num));
    const value = parser.value();
    if (parser.peekWord() !== 'stream') return { value };
    const length = this.resolve(entry(value, 'Length'));
    const bytes = Number(length?.kind === 'atom' ? length.text : NaN);
    if (!Number.isInteger(bytes)) fail(`stream ${num} has no length`);
    const keyword = this.text.indexOf('stream', parser.pos) + 'stream'.length;
    const from = keyword + (this.text.startsWith('\r\n', keyword) ? 2 : 1);
    if (!/^\s*endstream/.test(this.text.slice(from + bytes, from + bytes + 16)))
      fail(`stream ${num}'s length does not end at endstream`);
    return { value, data: this.bytes.subarray(from, from + bytes) };
  }

  /** The value itself, or what a reference points to (not a stream's data). */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value?.kind === 'ref' ? this.object(value.num).value : value;
  }

  /** Object numbers of the pages, in order, through the page tree. */
  pages(): number[] {
    this.pageList ??= this.readPages();
    return this.pageList;
  }

  private pageList: number[] | undefined;

  private readPages(): number[] {
    const pages: number[] = [];
    const visit = (num: number, depth: number): void => {
      if (depth > 32) fail('page tree too deep');
      const node = this.object(num).value;
      const type = entry(node, 'Type');
      if (type?.kind === 'atom' && type.text === '/Page') {
        pages.push(num);
        return;
      }
      const kids = entry(node, 'Kids');
      if (kids?.kind !== 'array') return fail(`page tree node ${num} has no kids`);
      for (const kid of kids.items) {
        if (kid.kind !== 'ref') fail('a page tree kid is not a reference');
        else visit(kid.num, depth + 1);
      }
    };
    const tree = entry(this.object(this.root).value, 'Pages');
    if (tree?.kind !== 'ref') return fail('the catalog has no page tree');
    visit(tree.num, 0);
    return pages;
  }
}

// ---- writing ----

/** Changes to a `RawPdf`, written as one incremental update. */
export class PdfUpdate {
  private next: number;
  private readonly objects = new Map<number, PdfObject>();
  private readonly patches: { at: number; text: string }[] = [];

  constructor(readonly pdf: RawPdf) {
    this.next = pdf.size;
  }

  /** A number for an object set later (so that objects can refer to each other). */
  reserve(): number {
    return this.next++;
  }

  add(value: PdfValue, data?: Uint8Array): number {
    const num = this.reserve();
    this.set(num, value, data);
    return num;
  }

  /** Sets a new object, or a new version of one of the file's. */
  set(num: number, value: PdfValue, data?: Uint8Array): void {
    this.objects.set(num, data ? { value, data } : { value });
  }

  /**
   * Overwrites the original object `num`'s value in place with an empty dictionary padded to the
   * same length: for the browser's Info dictionary, whose print time would make every export
   * differ even though the update replaces it.
   */
  blank(num: number): void {
    const text = this.pdf.text;
    const at = this.pdf.offsetOf(num) + `${num} 0 obj`.length;
    // Parsed, not searched for `endobj`: a title may contain that word.
    const parser = new ValueParser(text, at);
    if (parser.value().kind !== 'dict') fail(`object ${num} is not a dictionary`);
    if (!/^\s*endobj/.test(text.slice(parser.pos, parser.pos + 16))) fail(`object ${num} has more`);
    this.patches.push({ at, text: '\n<<>>'.padEnd(parser.pos - at, ' ') });
  }

  /**
   * Copies object `num` of `source` and everything it refers to into this update, once each
   * (`copied` maps source numbers to new ones). For resources (fonts, images, graphics states):
   * refuses page-tree and structure objects, which would drag a whole other document along.
   */
  copyFrom(source: RawPdf, value: PdfValue, copied: Map<number, number>): PdfValue {
    switch (value.kind) {
      case 'dict':
        return {
          kind: 'dict',
          entries: new Map(
            [...value.entries].map(([k, v]) => [k, this.copyFrom(source, v, copied)]),
          ),
        };
      case 'array':
        return array(value.items.map((v) => this.copyFrom(source, v, copied)));
      case 'atom':
        return value;
      case 'ref': {
        const known = copied.get(value.num);
        if (known !== undefined) return ref(known);
        const num = this.reserve();
        copied.set(value.num, num);
        const object = source.object(value.num);
        const type = entry(object.value, 'Type');
        if (
          type?.kind === 'atom' &&
          /^\/(Page|Pages|Catalog|StructElem|StructTreeRoot)$/.test(type.text)
        )
          fail(`a resource refers to a ${type.text.slice(1)} object`);
        this.set(num, this.copyFrom(source, object.value, copied), object.data);
        return ref(num);
      }
    }
  }

  /** The original file (patched), then the update. `root`/`info`: the objects the trailer names. */
  bytes(trailer: { root?: number; info: number; id: string }): Uint8Array {
    const original = Buffer.from(this.pdf.bytes);
    for (const p of this.patches) original.write(p.text, p.at, 'latin1');
    // The version pdf-lib's documents declare, in place of Chromium's %PDF-1.4 (same length):
    // bookmarks in a catalog with /Lang are PDF 1.4 features, but readers expect 1.7 today.
    if (original.toString('latin1', 0, 8).startsWith('%PDF-1.')) original.write('7', 7, 'latin1');
    const parts: Buffer[] = [original];
    let length = original.length;
    const push = (chunk: Buffer) => {
      parts.push(chunk);
      length += chunk.length;
    };
    if (original[original.length - 1] !== 0x0a) push(Buffer.from('\n'));
    const offsets = new Map<number, number>();
    for (const num of [...this.objects.keys()].sort((a, b) => a - b)) {
      const { value, data } = this.objects.get(num)!;
      offsets.set(num, length);
      if (data) {
        const entries = new Map(value.kind === 'dict' ? value.entries : []);
        entries.set('Length', atom(data.length));
        const withLength: PdfValue = { kind: 'dict', entries };
        push(Buffer.from(`${num} 0 obj\n${serialize(withLength)}\nstream\n`, 'latin1'));
        push(Buffer.from(data));
        push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
      } else {
        push(Buffer.from(`${num} 0 obj\n${serialize(value)}\nendobj\n`, 'latin1'));
      }
    }
    // One subsection per run of consecutive numbers.
    const nums = [...offsets.keys()].sort((a, b) => a - b);
    let xref = 'xref\n';
    for (let i = 0; i < nums.length;) {
      let j = i;
      while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
      xref += `${nums[i]} ${j - i + 1}\n`;
      for (let k = i; k <= j; k++)
        xref += `${String(offsets.get(nums[k]!)).padStart(10, '0')} 00000 n \n`;
      i = j + 1;
    }
    const xrefAt = length;
    push(
      Buffer.from(
        `${xref}trailer\n<</Size ${this.next}\n/Root ${trailer.root ?? this.pdf.root} 0 R\n` +
          `/Info ${trailer.info} 0 R\n/ID [<${trailer.id}> <${trailer.id}>]\n` +
          `/Prev ${this.pdf.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`,
        'latin1',
      ),
    );
    return new Uint8Array(Buffer.concat(parts, length));
  }
}
