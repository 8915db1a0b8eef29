/**
 * Top self-time functions of a V8 `.cpuprofile` (from `node --cpu-prof`):
 * `npx tsx bench/cpu-top.ts FILE.cpuprofile [N]`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function topSelfTime(profile: Profile, count = 15): Array<{ fn: string; where: string; ms: number; share: number }> {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, { fn: string; where: string; us: number }>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byNode.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const where = `${node.callFrame.url.replace(/^.*\/work\/main\//, '')}:${node.callFrame.lineNumber + 1}`;
    const key = `${node.callFrame.functionName}@${where}`;
    const entry = self.get(key) ?? { fn: node.callFrame.functionName || '(anonymous)', where, us: 0 };
    entry.us += dt;
    self.set(key, entry);
  });
  return [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, count)
    .map((e) => ({ fn: e.fn, where: e.where, ms: e.us / 1000, share: e.us / total }));
}

if (process.argv[2]) {
  const rows = topSelfTime(JSON.parse(readFileSync(process.argv[2], 'utf8')) as Profile, Number(process.argv[3] ?? 15));
  for (const r of rows) console.log(`${r.ms.toFixed(0).padStart(7)} ms  ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.fn}  ${r.where}`);
}
