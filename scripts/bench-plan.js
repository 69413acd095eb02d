#!/usr/bin/env node
// `npm run bench`, first part: how long planning takes, the NLP library's load included. Each run
// is a fresh Node process (bench-plan-run.js) that imports the content and plan stages, reads the
// address and plans it, so compromise's start-up is counted as a user's `lectern build` pays it.
// Two addresses: content/address.md, and a long one made of the address and the sample addresses
// in test/fixtures/addresses repeated under new section titles (about 200 slides). Goals: the
// address under 1 s, the 200-slide address under 5 s (medians).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUNDS = 5;
const GOALS = { address: 1000, long: 5000 };
const LONG_SLIDES = 200;

const body = (text) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/** An English address of about `slides` slides, from the address's and the samples' own text. */
function longAddress(slides) {
  const dir = new URL('../test/fixtures/addresses/', import.meta.url);
  const english = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => readFileSync(new URL(f, dir), 'utf8'))
    .filter((t) => /^lang: en\b/m.test(t));
  const texts = [readFileSync('content/address.md', 'utf8'), ...english].map(body);
  const parts = [];
  // Footnote labels are made unique per copy, so every copy's notes resolve.
  for (let copy = 0; parts.length * 20 < slides; copy++) {
    for (const text of texts) {
      parts.push(
        text
          .replace(/^## (.+)$/gm, `## $1 (${copy + 1})`)
          .replace(/\[\^([^\]]+)\]/g, `[^c${copy}-$1]`),
      );
    }
  }
  return `---\ntitle: A long address\nspeaker: A. Speaker\nlang: en\n---\n\n${parts.join('\n\n')}`;
}

const runner = fileURLToPath(new URL('./bench-plan-run.js', import.meta.url));
function once(file) {
  const r = spawnSync(process.execPath, [runner, file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`planning ${file} failed: ${r.stderr.trim().split('\n')[0]}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-plan-'));
try {
  const long = join(dir, 'long.md');
  writeFileSync(long, longAddress(LONG_SLIDES));
  console.log('Planning (fresh process each run: module load, NLP library, parse, plan)');
  for (const [name, file] of [
    ['address', 'content/address.md'],
    ['long', long],
  ]) {
    const runs = Array.from({ length: ROUNDS }, () => once(file));
    const total = median(runs.map((r) => r.loadMs + r.planMs));
    const verdict = total < GOALS[name] ? 'ok' : 'OVER GOAL';
    console.log(
      `  ${name.padEnd(8)} ${String(runs[0].slides).padStart(4)} slides: load ${median(runs.map((r) => r.loadMs)).toFixed(0)} ms + parse and plan ${median(runs.map((r) => r.planMs)).toFixed(0)} ms = ${total.toFixed(0)} ms (goal < ${GOALS[name]} ms: ${verdict})`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
