// Chromium's PDFs edited without re-writing them. Skia lays a PDF out one way: a single classic
// cross-reference table, no object streams, no earlier updates. Such a file can be read object by
// object through that table, and changed by appending an incremental update (ISO 32000-1 §7.5.6):
// new and replaced objects, a cross-reference section for them, a trailer pointing back at the
// original. pdf-lib instead parses every object (a tagged 200-slide PDF has ~3,300) and writes them
// all again: ~0.3 s per document on a cold start, and most of the export's Node memory.
// Anything laid out otherwise is refused with `UnexpectedLayout`; the caller then uses pdf-lib.

import { ValueParser } from './pdf-value-parser.js';
import { entry, fail, type PdfObject, type PdfValue } from './pdf-values.js';

export * from './pdf-values.js';
export { ValueParser } from './pdf-value-parser.js';

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
