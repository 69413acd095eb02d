// Changes to a RawPdf written as one incremental update (ISO 32000-1 §7.5.6): new and replaced
// objects, a cross-reference section for them, and a trailer pointing back at the original.
import { ValueParser } from './pdf-value-parser.js';
import {
  array,
  atom,
  entry,
  fail,
  ref,
  serialize,
  type PdfObject,
  type PdfValue,
} from './pdf-values.js';
import type { RawPdf } from './raw-pdf.js';

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
