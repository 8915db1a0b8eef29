import assert from 'node:assert/strict';

// Growth is asserted by the RATIO of two CPU times, never by an absolute time, so a slow or busy machine neither
// fails a linear stage nor hides a quadratic one. Noise (JIT, garbage collection, other processes) only ever makes
// a run slower, so each input keeps the fastest time seen, and a ratio over its limit is measured again before
// the assertion fails.

/** Each measurement repeats its input until this much CPU time has accumulated (at least twice). */
const MIN_TOTAL_MS = 200;
const MAX_REPEATS = 9;
const ATTEMPTS = 3;
/** A run this long is not repeated. */
const LONG_RUN_MS = 15_000;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** The fastest CPU time of `run`, in ms, over the fastest recorded before under the same key. */
export class CpuTimer {
  private readonly best = new Map<string, number>();

  measure(key: string, run: () => void): number {
    let best = this.best.get(key) ?? Infinity;
    let total = 0;
    for (let i = 0; i < MAX_REPEATS && (i < 2 || total < MIN_TOTAL_MS); i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const t0 = cpuMs();
      run();
      const ms = cpuMs() - t0;
      total += ms;
      best = Math.min(best, ms);
      if (ms > LONG_RUN_MS) break;
    }
    this.best.set(key, best);
    return best;
  }

  /** Times recorded so far, for failure messages. */
  describe(): string {
    return [...this.best].map(([key, ms]) => `${key}: ${ms.toFixed(0)} ms`).join('; ');
  }

  /**
   * Asserts time(large) / max(time(small), floorMs) ≤ limit. The floor keeps a few milliseconds of noise on a
   * tiny input from producing a large ratio; a quadratic stage still shows at the large end.
   */
  assertRatio(small: [string, () => void], large: [string, () => void], limit: number, floorMs: number): number {
    let ratio = Infinity;
    for (let attempt = 0; attempt < ATTEMPTS && ratio > limit; attempt++) {
      const base = attempt === 0 && this.best.has(small[0]) ? this.best.get(small[0])! : this.measure(...small);
      ratio = this.measure(...large) / Math.max(base, floorMs);
    }
    assert.ok(ratio <= limit, `time grew ${ratio.toFixed(1)}× from ${small[0]} to ${large[0]} (limit ${limit.toFixed(1)}×): ${this.describe()}`);
    return ratio;
  }
}
