// The one place the importer touches files: read the source, write the Markdown atomically.
import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { LecternError } from '../core/errors.js';
import { importFile } from './formats.js';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Import `inFile` into `outFile`; refuses to replace an existing file unless `force`. Written to a
 * temporary file beside the target and renamed, so a failed import never leaves half a file.
 */
export async function writeImport(
  inFile: string,
  outFile: string,
  opts: { force: boolean },
): Promise<string[]> {
  const input = await readFile(inFile).catch((err: NodeJS.ErrnoException) => {
    const why =
      err.code === 'ENOENT'
        ? 'no such file'
        : err.code === 'EISDIR'
          ? 'is a directory'
          : err.message;
    throw new LecternError(`${inFile}: cannot read: ${why}`, { cause: err });
  });
  const { markdown, report, files } = await importFile(
    input,
    inFile,
    basename(outFile, extname(outFile)),
  );
  const images = files.map((f) => ({ ...f, path: join(dirname(outFile), f.name) }));
  for (const path of [outFile, ...images.map((i) => i.path)]) {
    if (!opts.force && (await exists(path)))
      throw new LecternError(`${path} exists; use --force to overwrite`);
  }
  await mkdir(dirname(outFile), { recursive: true });
  for (const image of images) {
    await writeFile(image.path, image.bytes).catch((err: Error) => {
      throw new LecternError(`${image.path}: cannot write: ${err.message}`, { cause: err });
    });
    report.push(`${inFile}: saved image ${image.path}`);
  }
  const temp = `${outFile}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, markdown, 'utf8');
    await rename(temp, outFile);
  } catch (err) {
    await rm(temp, { force: true });
    throw new LecternError(`${outFile}: cannot write: ${(err as Error).message}`, { cause: err });
  }
  return report;
}
