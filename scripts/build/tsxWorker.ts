import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Workers are plain Node: this boot script registers tsx in them so they can run the TypeScript sources. */
const TSX_API = import.meta.resolve('tsx/esm/api');

export const startTsxWorker = (entry: URL, options: Omit<WorkerOptions, 'eval'>): Worker =>
  new Worker(
    `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`,
    { ...options, eval: true },
  );
