// The I/O edge of the content stage: read the file as UTF-8, parse it, and check that every file
// it names (images, logo, theme CSS) is there, so a missing image is reported at its line.
import { readFile, stat } from 'node:fs/promises';
import type { ParseResult, Problem } from '../model.js';
import { parseAddressDetailed, type ParseOptions } from './parse.js';
import type { FileRef } from './validate-meta.js';

export async function loadAddress(file: string, options: ParseOptions = {}): Promise<ParseResult> {
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
  const missing = await missingFiles(files, file);
  const all = [...problems, ...missing].sort((a, b) => a.line - b.line || a.col - b.col);
  return { address, problems: all };
}

async function missingFiles(files: FileRef[], file: string): Promise<Problem[]> {
  const checks = await Promise.all(
    files.map(async (ref) => ((await isFile(ref.path)) ? undefined : ref)),
  );
  return checks
    .filter((ref): ref is FileRef => ref !== undefined)
    .map((ref) => ({
      file,
      line: ref.at.line,
      col: ref.at.col,
      severity: 'error' as const,
      message: `${ref.what} file not found: ${ref.path}`,
      hint: `put the ${ref.what} file there, or correct the path (relative paths start from the content file's folder)`,
    }));
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
