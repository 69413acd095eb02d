// The I/O edge of the content stage: read the file as UTF-8, parse it, and check every file it
// names (images, logo, theme CSS): that it is there, inside the folders a deck may take files
// from (file-boundary.ts), and, for an image, an image by its bytes. Each is reported at its line.
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Problem } from '../core/problems.js';
import type { ParseResult } from '../core/address.js';
import { FileBoundary, outsideProblem } from '../core/file-boundary.js';
import { fileImageKind, IMAGE_KINDS } from './image-bytes.js';
import { parseAddressDetailed, type ParseOptions } from './parse.js';
import type { FileRef } from './validate-meta.js';

export interface LoadOptions extends ParseOptions {
  /**
   * Folders the person building allows besides the content file's and the front matter's
   * `assets:` (the --templates and --assets folders, the folder of a --theme file).
   */
  allowedDirs?: string[];
}

export async function loadAddress(file: string, options: LoadOptions = {}): Promise<ParseResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      file,
      code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})`,
      code === 'ENOENT'
        ? 'check the path, or create it with lectern import'
        : 'check that the file is readable',
    );
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(
      file,
      'not valid UTF-8',
      'save the file as UTF-8, or run it through lectern import, which converts other encodings',
    );
  }
  const { address, problems, files } = parseAddressDetailed(source, file, options);
  const boundary = new FileBoundary([
    dirname(file),
    ...(address?.meta.assets ?? []),
    ...(options.allowedDirs ?? []),
  ]);
  const checked = await Promise.all(files.map((ref) => fileProblem(ref, file, boundary)));
  const fileProblems = checked.filter((p): p is Problem => p !== undefined);
  const all = [...problems, ...fileProblems].sort((a, b) => a.line - b.line || a.col - b.col);
  return { address, problems: all };
}

/** What is wrong with one file the content names: missing, outside the boundary, not an image. */
async function fileProblem(
  ref: FileRef,
  file: string,
  boundary: FileBoundary,
): Promise<Problem | undefined> {
  const at = { file, line: ref.at.line, col: ref.at.col, severity: 'error' as const };
  if (ref.what === 'assets folder') {
    if (await isFolder(ref.path)) return undefined;
    return {
      ...at,
      message: `assets folder not found: ${ref.path}`,
      hint: "correct the path in 'assets:' (relative paths start from the content file's folder)",
    };
  }
  if (!(await isFile(ref.path))) {
    return {
      ...at,
      message: `${ref.what} file not found: ${ref.path}`,
      hint: `put the ${ref.what} file there, or correct the path (relative paths start from the content file's folder)`,
    };
  }
  const outside = boundary.outside(ref.path);
  if (outside !== undefined) return { ...at, ...outsideProblem(ref.what, ref.path, outside) };
  if (ref.what !== 'theme' && (await fileImageKind(ref.path)) === undefined) {
    return {
      ...at,
      message: `${ref.what} ${ref.path} is not an image: its bytes are not ${IMAGE_KINDS}`,
      hint: 'export it as PNG, JPEG or SVG, or correct the path',
    };
  }
  return undefined;
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function fail(file: string, message: string, hint: string): ParseResult {
  return {
    address: undefined,
    problems: [{ file, line: 0, col: 0, severity: 'error', message, hint }],
  };
}
