// Is a file an image, judged by its bytes and not its name? The six kinds a deck may show have
// fixed signatures in their first bytes (SVG: an `<svg` root after any XML prologue).
import { open } from 'node:fs/promises';

export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'svg';

export const IMAGE_KINDS = 'PNG, JPEG, GIF, WebP, AVIF or SVG';

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, end));

/** An XML declaration, comments, a doctype and whitespace, then the root element `<svg`. */
const SVG_START =
  /^(?:\uFEFF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<svg[\s>]/i;

/** The kind of image `bytes` (the file's first kilobytes) begin, or undefined. */
export function imageKind(bytes: Uint8Array): ImageKind | undefined {
  const sig = (...b: number[]) => b.every((v, i) => bytes[i] === v);
  if (sig(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (sig(0xff, 0xd8, 0xff)) return 'jpeg';
  if (/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    // The major brand, then the compatible brands, in the ftyp box.
    const size = Math.min((bytes[2]! << 8) | bytes[3]!, bytes.length);
    const brands = ascii(bytes, 8, 12) + ascii(bytes, 16, size);
    if (/avi[fs]/.test(brands)) return 'avif';
  }
  if (SVG_START.test(new TextDecoder('utf-8').decode(bytes))) return 'svg';
  return undefined;
}

/** The kind of image the file at `path` is, from its first 4 KiB. */
export async function fileImageKind(path: string): Promise<ImageKind | undefined> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return imageKind(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
