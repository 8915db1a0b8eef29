// Process-tree helpers (Linux /proc): find what this harness started, measure it, and end it.
import fs from 'node:fs';

function childrenByParent() {
  const kids = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid).push(Number(d));
    } catch { /* exited meanwhile */ }
  }
  return kids;
}

/** `rootPid` and all of its descendants. */
export function processTree(rootPid) {
  const kids = childrenByParent();
  const pids = [];
  const walk = (p) => { pids.push(p); for (const c of kids.get(p) || []) walk(c); };
  walk(rootPid);
  return pids;
}

/** SIGKILLs every descendant of this process (never the process itself). Safe to call from an 'exit' handler. */
export function killOwnDescendants() {
  for (const pid of processTree(process.pid).slice(1).reverse()) {
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
  }
}

/** Proportional set size (shared pages split fairly) of a process tree, in MiB. */
export function treePssMiB(rootPid) {
  let kb = 0;
  for (const p of processTree(rootPid)) {
    try {
      const roll = fs.readFileSync(`/proc/${p}/smaps_rollup`, 'utf8');
      kb += Number(roll.match(/^Pss:\s+(\d+)/m)?.[1] ?? 0);
    } catch { /* gone or not readable */ }
  }
  return Math.round(kb / 1024);
}

/** Tracks the peak PSS of the given process trees while running. */
export function startMemoryTracker(rootPids, periodMs = 500) {
  let peak = 0;
  const sample = () => {
    const total = rootPids().reduce((sum, pid) => sum + treePssMiB(pid), 0);
    if (total > peak) peak = total;
  };
  const timer = setInterval(sample, periodMs);
  timer.unref();
  return { stop() { clearInterval(timer); sample(); return peak; } };
}
