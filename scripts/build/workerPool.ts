import type { Worker } from 'node:worker_threads';
import type { FileResult, FileTask } from './extractFiles.ts';
import type { MonthJob, MonthSummary } from './renderMonth.ts';
import { startThread } from './threads.ts';

export type WorkerRequest =
  | { kind: 'extract'; id: number; tasks: FileTask[] }
  | { kind: 'flush'; id: number }
  | { kind: 'render'; id: number; jobs: MonthJob[] };
export type WorkerReply =
  | { kind: 'extract'; id: number; results: FileResult[] }
  | { kind: 'flush'; id: number }
  | { kind: 'render'; id: number; summaries: MonthSummary[] };

/** Files per message: big enough to keep message overhead small, small enough to balance the load. */
const EXTRACT_BATCH = 64;
/** Months per message: a month of a large archive is a few MB of lines. */
const RENDER_BATCH = 4;
/** Requests each worker holds at once. */
const IN_FLIGHT = 2;

/**
 * Threads that extract files and render months. Each builds its parsers (gazetteer index) once, on its first file.
 * A worker that dies fails the run: that is a bug, not bad input (bad input never throws).
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];

  constructor(
    count: number,
    private readonly data: { spillDir: string; parserSnapshot: string | null },
  ) {
    this.grow(count);
  }

  private grow(count: number): void {
    for (let i = 0; i < count; i++) {
      this.workers.push(
        startThread('extractWorker', {
          workerData: this.data,
          // The parsers need ~100 MB; a cap makes V8 collect garbage early instead of growing the heap (peak RSS).
          resourceLimits: { maxOldGenerationSizeMb: 320 },
        }),
      );
    }
  }

  /** Extract the tasks, handing each result to onResult in task order (results that arrive early wait). */
  async extract(
    tasks: FileTask[],
    onResult: (task: FileTask, result: FileResult) => void,
    onProgress?: (done: number) => void,
  ): Promise<void> {
    const waiting = new Map<number, FileResult>();
    let cursor = 0;
    let done = 0;
    const requests: WorkerRequest[] = [];
    for (let start = 0; start < tasks.length; start += EXTRACT_BATCH) {
      requests.push({ kind: 'extract', id: start, tasks: tasks.slice(start, start + EXTRACT_BATCH) });
    }
    await this.dispatch(requests, (reply) => {
      if (reply.kind !== 'extract') return;
      reply.results.forEach((result, k) => waiting.set(reply.id + k, result));
      for (let next = waiting.get(cursor); next !== undefined; next = waiting.get(cursor)) {
        waiting.delete(cursor);
        onResult(tasks[cursor], next);
        cursor++;
      }
      done += reply.results.length;
      onProgress?.(done);
    });
    // Workers buffer their month lines: every one writes what it holds before anyone reads the months.
    await Promise.all(
      this.workers.map(
        (worker, id) =>
          new Promise<void>((resolve, reject) => {
            const onMessage = (reply: WorkerReply) => {
              if (reply.kind !== 'flush') return;
              worker.off('message', onMessage);
              worker.off('error', reject);
              resolve();
            };
            worker.on('message', onMessage);
            worker.on('error', reject);
            worker.postMessage({ kind: 'flush', id } satisfies WorkerRequest);
          }),
      ),
    );
  }

  /** Render the months; summaries in job order. */
  async render(jobs: MonthJob[]): Promise<MonthSummary[]> {
    const summaries: MonthSummary[] = new Array<MonthSummary>(jobs.length);
    const requests: WorkerRequest[] = [];
    for (let start = 0; start < jobs.length; start += RENDER_BATCH) {
      requests.push({ kind: 'render', id: start, jobs: jobs.slice(start, start + RENDER_BATCH) });
    }
    await this.dispatch(requests, (reply) => {
      if (reply.kind === 'render') reply.summaries.forEach((summary, k) => (summaries[reply.id + k] = summary));
    });
    return summaries;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** Keep every worker busy (IN_FLIGHT requests each) until all are answered. */
  private dispatch(requests: WorkerRequest[], onReply: (reply: WorkerReply) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      let next = 0;
      let answered = 0;
      if (requests.length === 0) return resolve();
      const listeners = this.workers.map((worker) => {
        const feed = () => {
          if (next < requests.length) worker.postMessage(requests[next++]);
        };
        const onMessage = (reply: WorkerReply) => {
          onReply(reply);
          if (++answered === requests.length) finish(null);
          else feed();
        };
        const onError = (error: Error) => finish(error);
        worker.on('message', onMessage);
        worker.on('error', onError);
        return { worker, onMessage, onError, feed };
      });
      const finish = (error: Error | null) => {
        for (const { worker, onMessage, onError } of listeners) {
          worker.off('message', onMessage);
          worker.off('error', onError);
        }
        if (error) reject(error);
        else resolve();
      };
      // Two requests in flight per worker: the next is queued while it works on one, so it never waits for the
      // round trip of its reply (a batch is ~30 ms of work).
      for (let depth = 0; depth < IN_FLIGHT; depth++) for (const { feed } of listeners) feed();
    });
  }
}
