import { parentPort, threadId, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { createFileExtractor, type FileTask } from './extractFiles.ts';
import { loadExtractDeps } from './parserSnapshot.ts';
import { PartWriter } from './partWriter.ts';
import { renderMonth, type MonthJob } from './renderMonth.ts';
import type { WorkerReply, WorkerRequest } from './workerPool.ts';

/**
 * Worker thread: extracts batches of files (their events go to this thread's own month files under spillDir) and
 * renders months, one reply per request. It builds its parsers as soon as it starts, so that a worker started
 * before the folder is scanned is ready when the scan finds something to extract.
 */
const { spillDir, parserSnapshot } = workerData as { spillDir: string; parserSnapshot: string | null };
const months = new PartWriter(join(spillDir, `thread-${threadId}`));
const deps = loadExtractDeps(parserSnapshot);
const extract = createFileExtractor(months, () => deps);

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  if (request.kind === 'extract') {
    reply = { kind: 'extract', id: request.id, results: request.tasks.map((task: FileTask) => extract(task)) };
  } else if (request.kind === 'flush') {
    months.flush();
    reply = { kind: 'flush', id: request.id };
  } else {
    reply = { kind: 'render', id: request.id, summaries: request.jobs.map((job: MonthJob) => renderMonth(job)) };
  }
  parentPort?.postMessage(reply);
});
