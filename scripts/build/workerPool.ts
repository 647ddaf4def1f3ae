import type { Worker } from 'node:worker_threads';
import type { FileResult, FileTask } from './extractFiles.ts';
import { startTsxWorker } from './tsxWorker.ts';

export interface PoolOptions {
  workers: number;
  cacheDir: string | null;
  version: string;
  /** Files per message: big enough to keep message overhead small, small enough to balance the load. */
  batchSize?: number;
  onProgress?: (done: number) => void;
  /** Called once per task, in task order (results that arrive early wait), so the caller need not hold them all. */
  onResult: (index: number, result: FileResult) => void;
}

/**
 * Extract files on `workers` threads, handing each result to onResult in task order. Each worker builds its own
 * parsers (gazetteer index) once. A worker that dies fails the run: that is a bug, not bad input (bad input never
 * throws).
 */
export const extractInWorkers = (tasks: FileTask[], options: PoolOptions): Promise<void> => {
  const batchSize = options.batchSize ?? 64;
  const waiting = new Map<number, FileResult>();
  let cursor = 0;
  const deliver = (index: number, result: FileResult) => {
    waiting.set(index, result);
    for (let next = waiting.get(cursor); next !== undefined; next = waiting.get(cursor)) {
      waiting.delete(cursor);
      options.onResult(cursor++, next);
    }
  };
  const batches: Array<{ id: number; tasks: FileTask[] }> = [];
  for (let start = 0; start < tasks.length; start += batchSize) {
    batches.push({ id: start, tasks: tasks.slice(start, start + batchSize) });
  }
  const count = Math.max(1, Math.min(options.workers, batches.length));
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let finished = 0;
    const workers: Worker[] = [];
    const stopAll = () => Promise.all(workers.map((worker) => worker.terminate()));
    for (let w = 0; w < count; w++) {
      const worker = startTsxWorker(new URL('./extractWorker.ts', import.meta.url), {
        workerData: { cacheDir: options.cacheDir, version: options.version },
        // The parsers need ~100 MB; a cap makes V8 collect garbage early instead of growing the heap (peak RSS).
        resourceLimits: { maxOldGenerationSizeMb: 320 },
      });
      workers.push(worker);
      const feed = () => {
        if (next < batches.length) worker.postMessage(batches[next++]);
        else if (++finished === count) void stopAll().then(() => resolve());
      };
      worker.on('message', (reply: { id: number; results: FileResult[] }) => {
        reply.results.forEach((result, k) => deliver(reply.id + k, result));
        done += reply.results.length;
        options.onProgress?.(done);
        feed();
      });
      worker.on('error', (error) => {
        void stopAll();
        reject(error);
      });
      feed();
    }
  });
};
