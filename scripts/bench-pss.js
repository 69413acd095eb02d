// Samples the peak PSS of a process tree (a process and all its descendants) from /proc, in a
// process of its own so the sampling does not slow the measured one. Linux only.
// Usage: node scripts/bench-pss.js <pid> [cpu|pss]; on each "peak\n" read from stdin, prints the peak
// since the last one as JSON {total, node, children} in MB (zeros in `cpu` mode), and cpuMs: the
// CPU time of every process seen in the tree since then (kernel counts a child's time in its parent
// only once it is waited for, and Chromium's renderers are not, so the tree is summed here, process
// by process).
// `cpu` mode reads only /proc/<pid>/stat. Reading smaps_rollup walks a process's memory map under
// its mmap lock, which can hold up a Chromium mapping memory as it prints; timed runs must not pay for
// that, so the bench measures memory in runs of its own (`pss`, the default).
import { readFileSync, readdirSync } from 'node:fs';

/** CPU time (utime + stime, ms) of each process, as last seen: */
const cpuSeen = new Map();

function children() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
      // Fields 14 and 15 of proc(5), in clock ticks of 10 ms.
      cpuSeen.set(Number(name), (Number(fields[11]) + Number(fields[12])) * 10);
    } catch {
      // gone already
    }
  }
  return map;
}

function pssKb(pid) {
  try {
    const m = /^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0; // gone already
  }
}

/** PSS in MB of `root` and of all its descendants but this sampler (zeros unless `withPss`). */
export function treePss(root, withPss = true) {
  const tree = children();
  const pids = [root];
  for (let i = 0; i < pids.length; i++)
    pids.push(...(tree.get(pids[i]) ?? []).filter((p) => p !== process.pid));
  for (const pid of pids) treeSeen.add(pid);
  if (!withPss) return { total: 0, node: 0, children: 0 };
  const rootKb = pssKb(root);
  const restKb = pids.slice(1).reduce((sum, pid) => sum + pssKb(pid), 0);
  return { total: (rootKb + restKb) / 1024, node: rootKb / 1024, children: restKb / 1024 };
}

/** Every process seen in the tree: its CPU time counts even after it has exited. */
const treeSeen = new Set();

/** CPU time in ms of every process seen in the tree so far (to the last sample; ~100 ms steps). */
export function treeCpuMs() {
  let sum = 0;
  for (const pid of treeSeen) sum += cpuSeen.get(pid) ?? 0;
  return sum;
}

if (process.argv[2]) {
  const root = Number(process.argv[2]);
  const withPss = process.argv[3] !== 'cpu';
  let peak = { total: 0, node: 0, children: 0 };
  let cpuBase = 0;
  const sample = () => {
    const now = treePss(root, withPss);
    if (now.total > peak.total) peak = now;
  };
  const timer = setInterval(sample, 100);
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    if (!chunk.includes('peak')) return;
    sample();
    const cpuMs = treeCpuMs() - cpuBase;
    process.stdout.write(`${JSON.stringify({ ...peak, cpuMs })}\n`);
    peak = { total: 0, node: 0, children: 0 };
    cpuBase = treeCpuMs();
  });
  process.stdin.on('end', () => clearInterval(timer));
}
