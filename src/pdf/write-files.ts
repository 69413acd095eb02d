// All-or-nothing output: every PDF is written beside its target under a temporary name and renamed
// only when all of them are ready, so a failed run leaves the previous PDFs as they were.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

export interface PendingFile {
  path: string;
  bytes: Uint8Array;
}

export function writeAllOrNothing(files: PendingFile[]): void {
  const temps = files.map((f) => `${f.path}.tmp-${process.pid}`);
  try {
    files.forEach((f, i) => writeFileSync(temps[i]!, f.bytes));
    files.forEach((f, i) => renameSync(temps[i]!, f.path));
  } finally {
    for (const temp of temps) rmSync(temp, { force: true });
  }
}
