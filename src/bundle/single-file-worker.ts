// The one-file deck built in a worker thread. Its font subsetting is seconds of synchronous work
// (harfbuzz in wasm) that, on the main thread, stalls every browser step the build runs meanwhile:
// on the address, the legibility check waited 1.5 s for it. Used when compiled (lib/); from the
// TypeScript sources (tests) the build runs on the calling thread instead.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { LecternError } from '../core/errors.js';
import type { Problem } from '../core/problems.js';
import { buildSingleFile, type SingleFileResult } from './inline-deck.js';

type Reply =
  | { ok: SingleFileResult }
  /** A LecternError's exit code and problems cross the thread with its message. */
  | { error: string; lectern?: { exitCode: number; problems: Problem[] } };

/** `buildSingleFile` off the main thread when it can be; same result, same errors. */
export function buildSingleFileAside(distDir: string, outFile: string): Promise<SingleFileResult> {
  const script = new URL(import.meta.url);
  if (!script.pathname.endsWith('.js') || !existsSync(fileURLToPath(script)))
    return buildSingleFile(distDir, outFile);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { distDir, outFile } });
    let settled = false;
    worker.once('message', (reply: Reply) => {
      settled = true;
      if ('ok' in reply) resolve(reply.ok);
      else
        reject(
          reply.lectern ? new LecternError(reply.error, reply.lectern) : new Error(reply.error),
        );
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the one-file deck's worker stopped (exit ${code})`));
    });
  });
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { distDir, outFile } = workerData as { distDir: string; outFile: string };
  buildSingleFile(distDir, outFile).then(
    (ok) => port.postMessage({ ok } satisfies Reply),
    (error: unknown) =>
      port.postMessage({
        error: error instanceof Error ? error.message : String(error),
        ...(error instanceof LecternError
          ? { lectern: { exitCode: error.exitCode, problems: error.problems } }
          : {}),
      } satisfies Reply),
  );
}
