// Scratch folders that go on every path: their owner removes them when done, and the interrupt
// handler (interrupt.ts) on Ctrl-C or SIGTERM. A build's staging folder carries its process id
// in its name, so the next build can remove the folder of one that was killed outright (SIGKILL,
// power loss), and never one of a build still running.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { atInterrupt } from './interrupt.js';

const releases = new Map<string, () => void>();

/** A fresh folder `parent/prefix…`, removed on interrupt until removeTempDir is called. */
export function makeTempDir(prefix: string, parent: string = tmpdir()): string {
  const dir = mkdtempSync(join(parent, prefix));
  releases.set(
    dir,
    atInterrupt(() => rmSync(dir, { recursive: true, force: true })),
  );
  return dir;
}

export async function removeTempDir(dir: string): Promise<void> {
  releases.get(dir)?.();
  releases.delete(dir);
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
}

export function removeTempDirSync(dir: string): void {
  releases.get(dir)?.();
  releases.delete(dir);
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
}

/** The name stem of `outDir`'s staging folders: `.dist-building-<pid>-`. */
export function stagingPrefix(outDir: string, pid = process.pid): string {
  return `.${basename(outDir)}-building-${pid}-`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the staging (and half-swapped `-old-`) folders beside `outDir` left by builds whose
 * process is gone. Returns their names.
 */
export function removeStaleStaging(outDir: string): string[] {
  const escaped = basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${escaped}-(?:building|old)-(\\d+)-`);
  let names: string[];
  try {
    names = readdirSync(dirname(outDir));
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    return Number.isInteger(pid) && pid !== process.pid && !alive(pid);
  });
  for (const name of stale) rmSync(join(dirname(outDir), name), { recursive: true, force: true });
  return stale;
}
