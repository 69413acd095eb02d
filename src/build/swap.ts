// Puts a finished build in place of the old one with renames only, so that at every moment
// either the old or the new dist/ is complete, and a failed build never touches the old one.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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
