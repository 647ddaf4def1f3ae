import type { BuildMessage } from './buildWorker.ts';
import { createProgress, type Progress } from './progress.ts';
import type { BuildOptions, BuildSummary } from './runBuild.ts';
import { prepareThreads, startThread } from './threads.ts';

/** Heap cap of the thread that runs the build: the live data of 100k posts is ~300 MB of keys. */
export const DEFAULT_HEAP_MB = 640;

/**
 * runBuild in a worker thread with a capped heap. Without a cap V8 lets garbage grow the heap to gigabytes on large
 * archives (measured: 1.8 GB peak RSS for 100k cached posts, 0.58 GB with a 700 MB cap and the same work).
 */
export const runBuildInWorker = async (options: BuildOptions, heapMb = DEFAULT_HEAP_MB): Promise<BuildSummary> => {
  await prepareThreads();
  return new Promise((resolve, reject) => {
    const worker = startThread('buildWorker', {
      workerData: options,
      resourceLimits: { maxOldGenerationSizeMb: heapMb },
    });
    let summary: BuildSummary | null = null;
    // The bar is drawn here, at this thread's stderr (the terminal); made on the first report of progress.
    let bar: Promise<Progress> | null = null;
    const stopBar = () => bar?.then((progress) => progress.stop());
    worker.on('message', (message: BuildMessage) => {
      if (message.kind === 'summary') summary = message.summary;
      else {
        bar ??= createProgress(message.total, options.progress);
        void bar.then((progress) => progress.update(message.done));
      }
    });
    worker.on('error', (error) => {
      void stopBar();
      reject(error);
    });
    worker.on('exit', async (code) => {
      await stopBar();
      if (summary) resolve(summary);
      else reject(new Error(`the build thread exited with code ${code}`));
    });
  });
};
