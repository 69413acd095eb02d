// Bytes → text. Speakers' offices send UTF-8 (with or without a BOM), old Windows files in
// Windows-1252, and line endings of every platform; everything downstream sees LF-only Unicode.
import { LecternError } from '../core/errors.js';
import type { Notice } from './notice.js';

// Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls (Latin-1), losing curly
// quotes and dashes, so the 32 bytes where Windows-1252 differs from Latin-1 are mapped here.
// Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in Windows-1252 and keep their C1 code point.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? (CP1252_80_9F[b - 0x80] ?? b) : b);
  }
  return out;
}

/** Formats a user may send by mistake, recognised by their first bytes, with what to do instead. */
const KNOWN_BINARIES: { magic: number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF file' },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    what: 'a Word document (name it .docx to import it) or a zip archive',
  },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Word document' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

function checkNotBinary(bytes: Uint8Array, file: string): void {
  const known = KNOWN_BINARIES.find((k) => k.magic.every((b, i) => bytes[i] === b));
  const sample = bytes.subarray(0, 8192);
  // Tab, LF, CR, form feed (page breaks from PDF-to-text tools) and a DOS end-of-file mark are text.
  const controls = sample.filter((b) => b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1a].includes(b));
  if (known || sample.includes(0) || controls.length > sample.length / 20) {
    const what = known ? known.what : 'a binary file';
    throw new LecternError(
      `${file}: this is ${what}, not plain text; save the address as plain text (.txt) and import that`,
    );
  }
}

export interface Decoded {
  text: string;
  notices: Notice[];
}

/** Decode and normalise line endings, saying which encoding was used when it was not UTF-8. */
export function decodeWithNotices(input: Buffer | Uint8Array, file: string): Decoded {
  const bytes = new Uint8Array(input);
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes);
    return {
      text: normaliseNewlines(text),
      notices: [{ message: `decoded as ${encoding.toUpperCase()}` }],
    };
  }
  checkNotBinary(bytes, file);
  const notices: Notice[] = [];
  let text: string;
  try {
    // The decoder strips a UTF-8 BOM by default.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      // A UTF-8 BOM says the file meant to be UTF-8: keep it so, and let the user find the damage.
      text = new TextDecoder('utf-8').decode(bytes);
      notices.push({
        message: 'invalid UTF-8 bytes replaced with \uFFFD; check the text around them',
      });
    } else {
      text = decodeWindows1252(bytes);
      notices.push({ message: 'not valid UTF-8; decoded as Windows-1252' });
    }
  }
  return { text: normaliseNewlines(text), notices };
}

/** LF line endings; a form feed (a PDF page break) is a line break; a DOS end-of-file mark goes. */
export function normaliseNewlines(text: string): string {
  const eof = '\u001a';
  const body = text.endsWith(eof) ? text.slice(0, -1) : text;
  return body.replace(/^\uFEFF/, '').replace(/\r\n?|\f/g, '\n');
}

/** The text of a plain-text file: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252; LF line endings. */
export function decodeText(input: Buffer, file: string): string {
  return decodeWithNotices(input, file).text;
}
