import { describe, expect, it } from 'vitest';
import { LecternError } from '../../../src/core/errors.js';
import { decodeText, importPlainText } from '../../../src/import/index.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, and CRLF or CR line endings, as LF text', () => {
    expect(decodeText(utf8('“Hi” – A\r\nB\rC\n'), 'a.txt')).toBe('“Hi” – A\nB\nC\n');
    expect(
      decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Russia’s\r\n')]), 'a.txt'),
    ).toBe('Russia’s\n');
  });

  it('reads bytes that are not UTF-8 as Windows-1252, curly quotes and dashes included', () => {
    // “Caf\xe9” – 5 € … ‘ok’ — as a Windows word processor saves it
    const bytes = Buffer.from([
      0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x80, 0x85, 0x91, 0x6f, 0x6b,
      0x92, 0x97,
    ]);
    expect(decodeText(bytes, 'a.txt')).toBe('“Café” – 5€…‘ok’—');
  });

  it('reads UTF-16 files that carry a BOM', () => {
    const le = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Seoul “2019”\r\n', 'utf16le'),
    ]);
    expect(decodeText(le, 'a.txt')).toBe('Seoul “2019”\n');
  });

  it('refuses binary files in one line that names the file', () => {
    expect(() => decodeText(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43]), 'x.bin')).toThrow(
      'x.bin: this is a binary file, not plain text; save the address as plain text (.txt) and import that',
    );
    expect(() => decodeText(utf8('%PDF-1.7\n%âãÏÓ\n'), 'speech.pdf')).toThrow(
      /^speech\.pdf: this is a PDF file/,
    );
    expect(() =>
      decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'speech.docx'),
    ).toThrow(/Word document/);
  });
});

describe('encodings in the report', () => {
  const text = 'A. Zhebin: Address to the Forum\n\nIt is “good”.\n';

  it('says nothing about encoding for UTF-8, and says when it fell back to Windows-1252', () => {
    expect(importPlainText(utf8(text), 'a.txt').report.join('\n')).not.toMatch(/decoded|UTF-8/);
    const cp1252 = Buffer.from(text.replace('“', '\x93').replace('”', '\x94'), 'latin1');
    const result = importPlainText(cp1252, 'b.txt');
    expect(result.report[0]).toBe('b.txt: not valid UTF-8; decoded as Windows-1252');
    expect(result.markdown).toContain('It is “good”.');
  });

  it('gives the same Markdown for the same speech in UTF-8, UTF-8 with BOM and CRLF, and Windows-1252', () => {
    const plain = importPlainText(utf8(text), 'a.txt').markdown;
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text.replace(/\n/g, '\r\n'))]);
    expect(importPlainText(bom, 'a.txt').markdown).toBe(plain);
    expect(
      importPlainText(
        Buffer.from(text.replace('“', '\x93').replace('”', '\x94'), 'latin1'),
        'a.txt',
      ).markdown,
    ).toBe(plain);
    expect(importPlainText(text, 'a.txt').markdown).toBe(plain);
  });
});

describe('errors', () => {
  const fails = (input: Buffer | string) => {
    try {
      importPlainText(input, 'speech.txt');
    } catch (err) {
      expect(err).toBeInstanceOf(LecternError);
      return (err as Error).message;
    }
    throw new Error('expected an error');
  };

  it('refuses an empty file or one with only blank lines', () => {
    expect(fails(Buffer.alloc(0))).toBe('speech.txt: the file is empty; nothing to import');
    expect(fails(' \r\n\t\n')).toBe('speech.txt: the file is empty; nothing to import');
  });

  it('refuses a file with no title line', () => {
    expect(fails('June 2023\n1 2 3 4 5 6 7\n8 9 10 11 12 13 14\n\nBack to top\n')).toBe(
      'speech.txt: no title line found; the file holds only page furniture',
    );
    expect(fails('\n\n  1. Introduction\n\nWe meet today.\n')).toBe(
      'speech.txt:3: no title line found; put "Speaker: Title" on a line of its own before the text',
    );
    expect(fails(`${'We meet today in a spirit of cooperation. '.repeat(6)}\n`)).toMatch(
      /^speech\.txt:1: no title line found/,
    );
  });

  it('refuses binary input', () => {
    expect(fails(Buffer.from([0, 1, 2, 3, 0, 0]))).toMatch(/^speech\.txt: this is a binary file/);
  });
});
