import { parentPort, workerData } from 'node:worker_threads';
import { runBuild, type BuildOptions } from './runBuild.ts';

/** What the build thread tells the thread that started it (see runBuildInWorker). */
export type BuildMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'summary'; summary: Awaited<ReturnType<typeof runBuild>> };

const post = (message: BuildMessage) => parentPort?.postMessage(message);

/** Worker thread that runs the whole prebuild; its progress goes to the main thread, which owns the terminal. */
const options = workerData as BuildOptions;
const summary = await runBuild({
  ...options,
  onProgress: options.progress ? (done, total) => post({ kind: 'progress', done, total }) : undefined,
});
post({ kind: 'summary', summary });
