// Parsed HTML (a Word document through mammoth, or a web page's article) → the plain text the
// importer reads, one block per paragraph, with what plain text cannot say kept aside: which lines
// are headings, where emphasis and images stand (as private-use characters the escaping leaves
// alone, put back as Markdown afterwards), and the document's notes as a "Notes" list.

export const MARK = {
  emOpen: '\uE000',
  emClose: '\uE001',
  strongOpen: '\uE002',
  strongClose: '\uE003',
  image: '\uE004',
  item: '\uE005',
};

export interface DocImage {
  src: string;
  alt: string;
}

export interface DocText {
  text: string;
  /** Lines (1-based) that are headings in the document. */
  headings: Set<number>;
  images: DocImage[];
}

/** The DOM as much as this walk needs, so linkedom's and other DOMs' nodes fit. */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'FIGURE',
  'FIGCAPTION',
  'TR',
  'DD',
  'DT',
  'PRE',
  'ADDRESS',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'UL',
  'OL',
  'TABLE',
  'TBODY',
  'THEAD',
  'BODY',
  'HTML',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'NAV',
  'BUTTON',
  'FORM',
  'SVG',
  'IFRAME',
  'TEMPLATE',
  'HEAD',
]);
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const NOTE_LINK = /^#((?:foot|end)note)-(?!ref-)(.+)$/;
const BACK_LINK = /^#(?:foot|end)note-ref-/;

const attr = (n: DomNode, name: string) => n.getAttribute?.(name) ?? null;
const children = (n: DomNode) => Array.from(n.childNodes);

class Walker {
  blocks: { text: string; heading: boolean }[] = [];
  images: DocImage[] = [];
  /** Note id ("footnote-20") → the label its reference shows ("1"). */
  labels = new Map<string, string>();
  notes: { id: string; node: DomNode }[] = [];
  private current = '';

  flush(heading = false): void {
    const text = this.current
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (text) this.blocks.push({ text, heading });
    this.current = '';
  }

  inline(node: DomNode): string {
    if (node.nodeType === 3) return (node.textContent ?? '').replace(/\s+/g, ' ');
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return '';
    const name = node.nodeName;
    const inner = () =>
      children(node)
        .map((c) => this.inline(c))
        .join('');
    const href = attr(node, 'href') ?? '';
    const note = NOTE_LINK.exec(href);
    if (name === 'A' && note) {
      const label =
        (node.textContent ?? '').replace(/[[\]\s]/g, '') || String(this.labels.size + 1);
      this.labels.set(`${note[1]}-${note[2]}`, label);
      return `[${label}]`;
    }
    if (name === 'A' && BACK_LINK.test(href)) return '';
    if (name === 'BR') return '\n';
    if (name === 'IMG') return this.image(node);
    if (name === 'EM' || name === 'I') return wrap(inner(), MARK.emOpen, MARK.emClose);
    if (name === 'STRONG' || name === 'B') return wrap(inner(), MARK.strongOpen, MARK.strongClose);
    if (name === 'SUP') {
      const text = inner();
      return /^\d{1,3}$/.test(text.trim())
        ? [...text.trim()].map((d) => SUPERSCRIPT[+d]).join('')
        : text;
    }
    return inner();
  }

  /** "3. " for the third item of a numbered list (counting from its `start`), else nothing. */
  number(item: DomNode): string {
    const list = (item as DomNode & { parentNode?: DomNode | null }).parentNode;
    if (!list || list.nodeName !== 'OL') return '';
    const items = children(list).filter((c) => c.nodeName === 'LI');
    const start = Number(attr(list, 'start') ?? '1') || 1;
    return `${start + items.indexOf(item)}. `;
  }

  image(node: DomNode): string {
    this.images.push({ src: attr(node, 'src') ?? '', alt: (attr(node, 'alt') ?? '').trim() });
    return `${MARK.image}${this.images.length - 1}${MARK.image}`;
  }

  block(node: DomNode): void {
    if (node.nodeType !== 1) {
      this.current += this.inline(node);
      return;
    }
    const name = node.nodeName;
    const id = attr(node, 'id') ?? '';
    if (SKIP.has(name)) return;
    if (name === 'LI' && /^(?:foot|end)note-/.test(id)) {
      this.notes.push({ id, node });
      return;
    }
    if (name === 'HR') {
      // A rule, as plain text writes one: it may introduce the notes (split-notes.ts).
      this.flush();
      this.blocks.push({ text: '______', heading: false });
    } else if (/^H[1-6]$/.test(name)) {
      this.flush();
      this.current = this.inline(node);
      this.flush(true);
    } else if (BLOCKS.has(name)) {
      this.flush();
      const prefix = name === 'LI' ? `${MARK.item}${this.number(node)}` : '';
      this.current = prefix;
      for (const child of children(node)) this.block(child);
      if (this.current === prefix) this.current = '';
      this.flush();
    } else if (name === 'TD' || name === 'TH') {
      // A table row is one paragraph; its cells are kept apart by a space.
      this.current += ' ';
      for (const child of children(node)) this.block(child);
    } else this.current += this.inline(node);
  }

  /** The notes as a "Notes" list of `[label] text` lines, their back links dropped. */
  noteList(): void {
    if (!this.notes.length) return;
    this.blocks.push({ text: 'Notes', heading: false });
    for (const { id, node } of this.notes) {
      const text = children(node)
        .map((c) => this.inline(c))
        .join(' ')
        .replace(/\s*↑\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      const label = this.labels.get(id) ?? id.replace(/^\D+-/, '');
      this.blocks.push({ text: `[${label}] ${text}`, heading: false });
    }
  }
}

function wrap(text: string, open: string, close: string): string {
  const m = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return m[2] ? `${m[1]}${open}${m[2]}${close}${m[3]}` : text;
}

/** The walk of `root`'s children into blocks separated by blank lines. */
export function htmlToText(root: DomNode): DocText {
  const walker = new Walker();
  for (const child of children(root)) walker.block(child);
  walker.flush();
  walker.noteList();
  const headings = new Set<number>();
  const lines: string[] = [];
  for (const b of walker.blocks) {
    if (b.heading) headings.add(lines.length + 1);
    lines.push(b.text, '');
  }
  return { text: lines.join('\n'), headings, images: walker.images };
}
