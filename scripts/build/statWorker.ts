import { parentPort, workerData } from 'node:worker_threads';
import { statFiles } from './statFiles.ts';

/** Worker thread: stats its share of a re-run's posts (see runBuild's statPosts) and sends the columns back. */
const stats = statFiles((workerData as { paths: string[] }).paths);
parentPort?.postMessage(stats, [stats.sizes.buffer, stats.mtimes.buffer]);
