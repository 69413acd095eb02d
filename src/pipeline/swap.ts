// Puts a finished build in place of the old one with renames only, so that at every moment
// either the old or the new dist/ is complete, and a failed build never touches the old one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { LecternError } from '../core/errors.js';

/**
 * The swap deletes the old folder, so it must be one a build made: refuse a folder that holds
 * anything but has no lectern.json (say `--out .` or `--out content`).
 */
export function checkReplaceable(outDir: string): void {
  if (!existsSync(outDir)) return;
  if (!statSync(outDir).isDirectory()) {
    throw new LecternError(`${outDir} is a file, not a folder; choose another --out`);
  }
  if (readdirSync(outDir).length > 0 && !existsSync(join(outDir, 'lectern.json'))) {
    throw new LecternError(
      `${outDir} is not a Lectern build (no lectern.json) and would be replaced; choose another --out, or empty it first`,
    );
  }
}

export async function swapIntoPlace(staging: string, outDir: string): Promise<void> {
  if (!existsSync(outDir)) {
    await rename(staging, outDir);
    return;
  }
  const old = join(dirname(outDir), `.${basename(outDir)}-old-${process.pid}-${Date.now()}`);
  await rename(outDir, old);
  try {
    await rename(staging, outDir);
  } catch (error) {
    await rename(old, outDir);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
