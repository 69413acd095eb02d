#!/usr/bin/env node
// `npm run bench`: how much PDF export costs over the bare minimum, and how much memory it takes.
// Builds two decks with the compiled tool (lib/): the address in content/ and a generated
// 200-slide address. For each it measures
//   floor   = puppeteer-core launch + open the built deck in print view + one page.pdf + close,
//   lectern = exportPdfs (slides PDF, handout, script),
// then prints the ratio (goal < 1.5x), the per-slide marginal cost of each, and the peak PSS of
// the whole process tree (Node + Chromium) while exporting, against a 600 MB budget.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { syntheticDeck } from './bench-decks.js';

const lib = (p) => new URL(`../lib/${p}`, import.meta.url).href;
const { buildDeck } = await import(lib('build/build-deck.js'));
const { exportPdfs } = await import(lib('export/index.js'));
const { locateBrowser } = await import(lib('export/find-browser.js'));
const { browserArgs } = await import(lib('export/launch-browser.js'));
const { printUrl } = await import(lib('export/print-slides.js'));
const { startStaticServer } = await import(lib('build/static-server.js'));

const GOAL_RATIO = 1.5;
const BUDGET_MB = 600;
const RUNS = 3;

async function addressDeck() {
  try {
    const { loadDeck } = await import(lib('build/index.js'));
    const { deck } = await loadDeck({ input: 'content/address.md' });
    return { deck, real: true };
  } catch (error) {
    console.log(
      `(content/address.md could not be planned yet: ${String(error.message).split('\n')[0]};`,
    );
    console.log(
      ' TODO: rerun once the content and plan stages land. Using a generated 40-slide deck.)',
    );
    return { deck: syntheticDeck(40, join(process.cwd(), 'content', 'address.md')), real: false };
  }
}

// ---- measurement ----

/** A sampler process watching this process tree; `peak()` returns the peak PSS since the last call. */
function startSampler() {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./bench-pss.js', import.meta.url)), String(process.pid)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => waiting.shift()?.(JSON.parse(line)));
  return {
    peak: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write('peak\n');
      }),
    stop: () => child.stdin.end(),
  };
}

async function timed(run) {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function floor(dir, deck, browserPath) {
  const server = await startStaticServer(dir);
  const profile = mkdtempSync(join(tmpdir(), 'lectern-profile-bench-'));
  try {
    return await timed(async () => {
      const browser = await puppeteer.launch({
        executablePath: browserPath,
        headless: true,
        userDataDir: profile,
        args: browserArgs(),
      });
      try {
        const page = await browser.newPage();
        await page.setViewport({ width: deck.meta.size.width, height: deck.meta.size.height });
        await page.evaluateOnNewDocument(
          "document.addEventListener('pdf-ready', () => (window.__ready = true), true)",
        );
        await page.goto(printUrl(server.url, false), { waitUntil: 'load' });
        await page.waitForFunction('window.__ready === true');
        await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await browser.close();
      }
    });
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(name, deck, browserPath, sampler) {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  try {
    await buildDeck(deck, { outDir: join(dir, 'dist'), pdf: false });
    const dist = join(dir, 'dist');
    const floors = [];
    const exports = [];
    for (let i = 0; i < RUNS; i++) {
      floors.push(await floor(dist, deck, browserPath));
      exports.push(await timed(() => exportPdfs({ distDir: dist, deck, browserPath })));
    }
    // Memory in runs of their own, sampled by another process.
    await sampler.peak();
    await floor(dist, deck, browserPath);
    const floorPeak = await sampler.peak();
    await exportPdfs({ distDir: dist, deck, browserPath });
    const peak = await sampler.peak();
    const slides = deck.stacks.reduce((n, s) => n + s.slides.length, 0);
    return {
      name,
      slides,
      floorMs: median(floors),
      lecternMs: median(exports),
      floorPeak,
      peak,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- report ----

const browser = await locateBrowser();
console.log(
  `Browser: ${browser.path}; time: median of ${RUNS} runs each; memory: one more run each; Node ${process.version}`,
);
const address = await addressDeck();
const sampler = startSampler();
const results = [
  await measure(
    address.real ? 'address (content/address.md)' : 'address (generated stand-in)',
    address.deck,
    browser.path,
    sampler,
  ),
  await measure(
    'generated 200-slide address',
    syntheticDeck(200, join(tmpdir(), 'long.md')),
    browser.path,
    sampler,
  ),
];
sampler.stop();
const mb = (p) => `${p.total.toFixed(0)} MB (${p.node.toFixed(0)})`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
console.log('');
console.log(
  'deck                            slides   floor    lectern  ratio  peak PSS (floor / lectern)',
);
for (const r of results) {
  const ratio = r.lecternMs / r.floorMs;
  console.log(
    `${r.name.padEnd(32)}${String(r.slides).padStart(6)}  ${s(r.floorMs).padStart(7)}  ${s(r.lecternMs).padStart(7)}  ${ratio.toFixed(2)}x  ${mb(r.floorPeak)} / ${mb(r.peak)}`,
  );
}
const [small, large] = results;
const extra = large.slides - small.slides;
const floorPerSlide = (large.floorMs - small.floorMs) / extra;
const lecternPerSlide = (large.lecternMs - small.lecternMs) / extra;
const worstRatio = Math.max(...results.map((r) => r.lecternMs / r.floorMs));
const peak = Math.max(...results.map((r) => r.peak.total));
console.log('');
console.log(
  `per-slide marginal cost: floor ${floorPerSlide.toFixed(1)} ms, lectern ${lecternPerSlide.toFixed(1)} ms (three PDFs)`,
);
console.log(
  `ratio lectern / floor: worst ${worstRatio.toFixed(2)}x (goal < ${GOAL_RATIO}x) — ${worstRatio < GOAL_RATIO ? 'met' : 'NOT met'}`,
);
console.log(
  `peak PSS of Node + Chromium: ${peak.toFixed(0)} MB (budget ${BUDGET_MB} MB) — ${peak < BUDGET_MB ? 'within' : 'OVER'}`,
);
