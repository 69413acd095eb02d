// Word documents and saved web pages. talk.docx was written by pandoc from talk.pandoc.md beside it
// (with a tracked insertion and deletion, a comment, an image and two footnotes); press-page.html
// is a press office's page with navigation, share buttons, related links and a footer.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../src/core/errors.js';
import { importFile } from '../../../src/import/index.js';
import { readBack } from './read-back.js';

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url)));

describe('a Word document', async () => {
  const { markdown, report, files } = await importFile(fixture('docx/talk.docx'), 't.docx', 'talk');
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

  it('takes the title from its Title paragraph and the rest from the byline paragraph', () => {
    expect(readBack(markdown).meta).toEqual({
      title: 'Keeping the Lights On in the Islands',
      speaker: 'Dr. Ana Reyes',
      role: 'Director of the Island Energy Agency',
      event: 'Island Grids Forum',
      venue: 'Horta',
      date: '2 June 2025',
      lang: 'en',
    });
    expect(body).not.toMatch(/Remarks by|CHECK AGAINST/);
  });

  it('keeps headings, paragraphs, emphasis and the list as Markdown', () => {
    expect(body).toContain('## Where we stand\n\nEvery island in the archipelago');
    expect(body).toContain('at least *some* of its power.[^1] On the smallest ones');
    expect(body).toContain('for the whole **winter**.');
    expect(body).toContain(
      '- storage matters more than generation;\n- a grid is only as strong as its weakest cable;\n- people trust what they can see.',
    );
    expect(body).toContain('## What we will do');
  });

  it("turns Word's footnotes into Markdown footnotes", () => {
    expect(body).toContain(
      '[^1]: Island Energy Agency, *Annual Generation Report 2024*, p. 3.\n\n[^2]: Target agreed by the regional government, 12 March 2025.',
    );
    expect(body).toContain('by 2030.[^2]');
  });

  it('saves the image beside the Markdown and links it with its alt text', () => {
    expect(body).toContain('![A wind turbine on the ridge above Horta](talk-1.png)');
    expect(files).toEqual([{ name: 'talk-1.png', bytes: fixture('docx/harbour.png') }]);
    expect(body.match(/A wind turbine/g)).toHaveLength(1);
  });

  it('keeps insertions, drops deletions and comments, and says so', () => {
    expect(body).toContain('We will double the storage on every island by 2030.');
    expect(body).not.toMatch(/triple|Check this figure/);
    expect(report).toEqual(
      expect.arrayContaining([
        't.docx: kept 1 tracked insertion as inserted; check the changes were accepted',
        't.docx: dropped 1 tracked deletion, as if accepted',
        "t.docx: dropped 1 comment; they are the reviewers', not the speaker's",
        "t.docx:2: dropped press instruction 'CHECK AGAINST DELIVERY'",
      ]),
    );
  });

  it('reports an EMF image with its place, and leaves it out', async () => {
    const zip = await JSZip.loadAsync(fixture('docx/talk.docx'));
    const media = Object.keys(zip.files).find((f) => f.startsWith('word/media/'))!;
    zip.file(media.replace(/\.png$/, '.emf'), Buffer.from([1, 0, 0, 0]));
    zip.remove(media);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file('word/_rels/document.xml.rels', rels.replace(/(media\/\w+)\.png/, '$1.emf'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types.replace('<Default ', '<Default Extension="emf" ContentType="image/x-emf"/><Default '),
    );
    const emf = await importFile(await zip.generateAsync({ type: 'nodebuffer' }), 'e.docx', 'e');
    expect(emf.files).toEqual([]);
    expect(emf.markdown).not.toMatch(/!\[|\uE004/);
    expect(emf.report.some((l) => /^e\.docx:\d+: dropped an image in EMF format/.test(l))).toBe(
      true,
    );
  });

  it("turns Word's endnotes into Markdown footnotes too", async () => {
    const zip = await JSZip.loadAsync(fixture('docx/talk.docx'));
    const edit = async (path: string, from: RegExp, to: string, rename = path) => {
      const xml = await zip.file(path)!.async('string');
      zip.remove(path);
      zip.file(rename, xml.replace(from, to));
    };
    await edit('word/footnotes.xml', /w:footnote/g, 'w:endnote', 'word/endnotes.xml');
    await edit('word/_rels/footnotes.xml.rels', /^/, '', 'word/_rels/endnotes.xml.rels');
    await edit('word/document.xml', /w:footnoteReference/g, 'w:endnoteReference');
    await edit('word/_rels/document.xml.rels', /footnotes(\.xml|")/g, 'endnotes$1');
    await edit('[Content_Types].xml', /footnotes/g, 'endnotes');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const { markdown } = await importFile(bytes, 'n.docx', 'n');
    expect(markdown).toContain('at least *some* of its power.[^1]');
    expect(markdown).toContain('[^2]: Target agreed by the regional government, 12 March 2025.');
  });

  it('refuses a .docx that is not one, in one line naming the file', async () => {
    await expect(importFile(Buffer.from('plain words'), 'x.docx', 'x')).rejects.toThrow(
      /^x\.docx: not a Word document \(\.docx\) that can be read/,
    );
  });
});

describe('a saved web page', async () => {
  const { markdown, report } = await importFile(fixture('press-page.html'), 'p.html', 'p');
  const back = readBack(markdown);

  it('reads the page heading and the byline into the front matter', () => {
    expect(back.meta).toEqual({
      title: 'Rivers Are Roads',
      speaker: 'Minister Jonas Brandt',
      event: 'Inland Freight Summit',
      venue: 'Duisburg',
      date: '9 September 2024',
      lang: 'en',
    });
  });

  it('keeps the speech only: no navigation, share buttons, related links or footer', () => {
    expect(back.headings).toEqual(['## The freight we forgot', '## What we will build']);
    expect(markdown).not.toMatch(/Speeches|Contact us|Search|Share|Print|Related|Privacy|©/);
    expect(back.paragraphs.at(-1)).toBe('Thank you.');
    expect(back.paragraphs).toHaveLength(6);
  });

  it('turns <sup> markers and the numbered list after the rule into footnotes', () => {
    expect(back.notes.map((n) => n.label)).toEqual(['1', '2']);
    expect(back.paragraphs[1]).toMatch(/ninety lorries\.\[1\] It does so/);
    expect(report).toContain('p.html: converted 2 footnote markers and 2 notes');
  });
});

describe('a web page with a numbered list and its notes in a list under "Notes"', async () => {
  const { markdown } = await importFile(fixture('ordered-notes-page.html'), 'o.html', 'o');

  it('keeps the list as a Markdown list and makes the notes footnotes', () => {
    expect(markdown).toContain(
      'this year:\n\n1. the river crossing at Alden;\n2. the rail bridge at Brook;\n3. the footbridge at Carr.\n\nEach was',
    );
    expect(markdown).toContain('[^2]: Capital Programme 2025, annex B.');
    expect(markdown).not.toMatch(/## Notes|Home|©/);
  });
});

describe('a table in a page', () => {
  it('reads each row as a paragraph, its cells apart', async () => {
    const html =
      '<html><body><article><h1>Ports in Figures</h1><p>Here are the figures for the year, port by port, as the board gave them to us this morning.</p>' +
      '<table><tr><td>Alden</td><td>4 berths</td></tr><tr><td>Brook</td><td>6 berths</td></tr></table>' +
      '<p>Both ports will grow next year, and both will need the new dredger that the board has ordered for the spring.</p></article></body></html>';
    const { markdown } = await importFile(Buffer.from(html), 't.html', 't');
    expect(readBack(markdown).paragraphs).toContain('Alden 4 berths');
    expect(readBack(markdown).paragraphs).toContain('Brook 6 berths');
  });
});

describe('formats the importer cannot read', () => {
  it.each([
    ['talk.doc', /old Word document \(\.doc\); open it in Word or LibreOffice, save it as \.docx/],
    ['talk.odt', /OpenDocument text \(\.odt\); in LibreOffice use File > Save As/],
    ['talk.pdf', /a PDF; run `pdftotext speech\.pdf speech\.txt`/],
  ])('%s gets one line saying what to do', async (name, message) => {
    const error = await importFile(Buffer.from('x'), name, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LecternError);
    expect((error as Error).message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: this is `));
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
