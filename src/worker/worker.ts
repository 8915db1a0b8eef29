import { parentPort, workerData } from 'worker_threads';
import { createWorkerApi } from './api';
import type { WorkerBootData, WorkerRequest, WorkerResponse } from './protocol';

// The worker answers one request at a time, in order; an exception answers that request and the worker lives on.
const api = createWorkerApi();
const boot = (workerData ?? {}) as WorkerBootData;
const port = parentPort;
if (!port) throw new Error('source-lens worker must run in a worker thread');

port.on('message', (request: WorkerRequest) => {
  if (request.method === 'crashForTest' && boot.testHooks === true) {
    // Ends this thread only (process.exit in a worker stops the worker), exactly like a crash would.
    process.exit(70);
  }
  let response: WorkerResponse;
  try {
    const method = Object.prototype.hasOwnProperty.call(api, request.method) ? (api[request.method] as (...args: unknown[]) => unknown) : undefined;
    if (typeof method !== 'function') throw new Error(`unknown method ${String(request.method)}`);
    response = { id: request.id, ok: true, result: method(...(Array.isArray(request.args) ? request.args : [])) };
  } catch (err) {
    response = { id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(response);
});
