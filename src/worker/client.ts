import { Worker, type ResourceLimits } from 'worker_threads';
import { WORKER_METHODS, type WorkerApi, type WorkerBootData, type WorkerMethod, type WorkerRequest, type WorkerResponse } from './protocol';

export type AsyncWorkerApi = { [M in WorkerMethod]: (...args: Parameters<WorkerApi[M]>) => Promise<ReturnType<WorkerApi[M]>> };

export interface WorkerClientOptions {
  /** Heap limits of the worker thread: a runaway analysis ends the worker, never the extension host. */
  resourceLimits?: ResourceLimits;
  /** Restarts allowed within `restartWindowMs` before the client gives up (a crash loop must not spin forever). */
  maxRestarts?: number;
  restartWindowMs?: number;
  /** Lets tests end the worker through `crashForTest`. */
  testHooks?: boolean;
}

export interface WorkerClient {
  readonly api: AsyncWorkerApi;
  /** Called after the worker died and a fresh one took its place; the caller must index again. */
  onRestart(listener: (reason: string) => void): void;
  /** Called once when the worker kept crashing and the client stopped restarting it; every later call fails. */
  onGiveUp(listener: (reason: string) => void): void;
  dispose(): Promise<void>;
}

export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 3072, maxYoungGenerationSizeMb: 64 };

/**
 * Starts the corpus worker and restarts it when it dies, failing the requests that were in flight so no
 * caller waits forever.
 */
export function createWorkerClient(workerFile: string, options: WorkerClientOptions = {}): WorkerClient {
  const maxRestarts = options.maxRestarts ?? 3;
  const windowMs = options.restartWindowMs ?? 60_000;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const restartListeners: Array<(reason: string) => void> = [];
  const giveUpListeners: Array<(reason: string) => void> = [];
  const restarts: number[] = [];
  let stopped: string | undefined;
  let worker: Worker | undefined = start();

  function start(): Worker {
    const boot: WorkerBootData = { testHooks: options.testHooks === true };
    const w = new Worker(workerFile, { resourceLimits: options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS, workerData: boot });
    w.on('message', (response: WorkerResponse) => {
      const waiter = pending.get(response.id);
      if (!waiter) return;
      pending.delete(response.id);
      if (response.ok) waiter.resolve(response.result);
      else waiter.reject(new Error(response.error));
    });
    w.on('error', (err) => crashed(w, `worker error: ${err.message}`));
    w.on('messageerror', (err) => crashed(w, `unreadable message: ${err.message}`));
    w.on('exit', (code) => crashed(w, `worker exited with code ${code}`));
    return w;
  }

  function failPending(message: string) {
    for (const waiter of pending.values()) waiter.reject(new Error(message));
    pending.clear();
  }

  function crashed(which: Worker, reason: string) {
    // 'error' is followed by 'exit' for the same worker: only the first report counts.
    if (stopped || which !== worker) return;
    failPending(`Source Lens corpus worker stopped: ${reason}`);
    which.removeAllListeners();
    void which.terminate();
    const now = Date.now();
    while (restarts.length && now - restarts[0] > windowMs) restarts.shift();
    if (restarts.length >= maxRestarts) {
      worker = undefined;
      stopped = `the corpus worker crashed ${restarts.length + 1} times within ${Math.round(windowMs / 1000)} s (last: ${reason})`;
      for (const l of giveUpListeners) l(stopped);
      return;
    }
    restarts.push(now);
    worker = start();
    for (const l of restartListeners) l(reason);
  }

  const call = (method: WorkerMethod, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      if (stopped || !worker) return reject(new Error(`Source Lens corpus worker is not running: ${stopped ?? 'disposed'}`));
      const id = nextId++;
      pending.set(id, { resolve, reject });
      try {
        worker.postMessage({ id, method, args } as WorkerRequest);
      } catch (err) {
        pending.delete(id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });

  const api = Object.fromEntries(WORKER_METHODS.map((m) => [m, (...args: unknown[]) => call(m, args)])) as unknown as AsyncWorkerApi;

  return {
    api,
    onRestart: (l) => void restartListeners.push(l),
    onGiveUp: (l) => void giveUpListeners.push(l),
    async dispose() {
      stopped ??= 'disposed';
      failPending('Source Lens corpus worker is disposed');
      const w = worker;
      worker = undefined;
      if (w) {
        w.removeAllListeners();
        await w.terminate();
      }
    },
  };
}
