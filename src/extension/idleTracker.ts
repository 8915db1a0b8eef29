/**
 * Counts work in progress (debounce timers, worker requests, indexing runs, diagnostics refreshes) so tests and
 * other extensions can wait until the editor shows the current state, without sleeping.
 */
export class IdleTracker {
  private busy = 0;
  private waiters: Array<() => void> = [];

  /** Marks work as started; call the returned function exactly once when it ends. */
  hold(): () => void {
    this.busy++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.busy--;
      if (this.busy === 0) {
        // Resolve on a later tick: work started by listeners of the finished work gets a chance to register first.
        setImmediate(() => this.flush());
      }
    };
  }

  /** Tracks a promise until it settles, and passes it through. */
  track<T>(work: Promise<T>): Promise<T> {
    const release = this.hold();
    return work.finally(release);
  }

  get isIdle(): boolean {
    return this.busy === 0;
  }

  /** Resolves once nothing is in progress. */
  idle(): Promise<void> {
    if (this.busy === 0) return new Promise((resolve) => setImmediate(() => (this.busy === 0 ? resolve() : this.waiters.push(resolve))));
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private flush(): void {
    if (this.busy !== 0) return;
    for (const resolve of this.waiters.splice(0)) resolve();
  }
}
