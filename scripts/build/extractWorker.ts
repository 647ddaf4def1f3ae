import { parentPort, workerData } from 'node:worker_threads';
import { createFileExtractor, type FileTask } from './extractFiles.ts';

/** Worker thread: extracts the batches of files the pool sends, one reply per batch. */
const { cacheDir, version } = workerData as { cacheDir: string | null; version: string };
const extract = createFileExtractor(cacheDir, version);

parentPort?.on('message', (batch: { id: number; tasks: FileTask[] }) => {
  parentPort?.postMessage({ id: batch.id, results: batch.tasks.map(extract) });
});
