#!/usr/bin/env node
// One planning run for bench-plan.js, in a process of its own: prints load and plan times as JSON.
import { readFileSync } from 'node:fs';

const t0 = performance.now();
const lib = (p) => new URL(`../lib/${p}`, import.meta.url).href;
const { parseAddress } = await import(lib('content/index.js'));
const { planDeck } = await import(lib('plan/index.js'));
const t1 = performance.now();
const file = process.argv[2];
const { address } = parseAddress(readFileSync(file, 'utf8'), file);
const deck = planDeck(address);
const t2 = performance.now();
const slides = deck.stacks.reduce((n, s) => n + s.slides.length, 0);
console.log(JSON.stringify({ loadMs: t1 - t0, planMs: t2 - t1, slides }));
