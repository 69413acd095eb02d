#!/usr/bin/env node
// One measured run for `npm run bench`, in a process of its own so that its memory is the export's
// alone (the bench process also holds Vite and the build). Prints one line of JSON:
// {ms, cpuMs, peak: {total, node, children}} — wall time, CPU time of Node and every browser
// process it started (summed by the sampler, bench-pss.js), and the peak PSS of the process tree.
// Usage: node scripts/bench-run.js floor|lectern <distDir> <deck.json> <browserPath> [cpu|pss]
// (`cpu`: time and CPU only, peak zero; `pss`, the default: memory too, which slows the run down).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const lib = (p) => new URL(`../lib/${p}`, import.meta.url).href;
const [mode, distDir, deckFile, browserPath, sampling = 'pss'] = process.argv.slice(2);
const deck = JSON.parse(readFileSync(deckFile, 'utf8'));

/** Only what running Chromium headless as root, in a container, with no network of its own needs. */
export const FLOOR_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The bare minimum: launch, open the built deck in reveal.js's print view, one page.pdf, close. */
async function floor() {
  const { printUrl } = await import(lib('pdf/print-slides.js'));
  const { startStaticServer } = await import(lib('server/static-server.js'));
  const server = await startStaticServer(distDir);
  const profile = mkdtempSync(join(tmpdir(), 'lectern-profile-bench-'));
  try {
    const browser = await puppeteer.launch({
      executablePath: browserPath,
      headless: true,
      userDataDir: profile,
      args: FLOOR_ARGS,
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
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function lectern() {
  const { exportPdfs } = await import(lib('pdf/index.js'));
  await exportPdfs({ distDir, deck, browserPath });
}

function startSampler() {
  const script = fileURLToPath(new URL('./bench-pss.js', import.meta.url));
  const child = spawn(process.execPath, [script, String(process.pid), sampling], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
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

// Load the code first, so that module loading is not counted (Lectern's CLI has done it by then).
await import(lib('pdf/index.js'));
await import(lib('server/static-server.js'));
const sampler = startSampler();
await sampler.peak();
const started = performance.now();
await (mode === 'floor' ? floor() : lectern());
const ms = performance.now() - started;
const { cpuMs, ...peak } = await sampler.peak();
sampler.stop();
console.log(JSON.stringify({ ms, cpuMs, peak }));
