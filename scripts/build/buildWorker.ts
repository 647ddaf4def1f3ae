import { parentPort, workerData } from 'node:worker_threads';
import { runBuild, type BuildOptions } from './runBuild.ts';

/** Worker thread that runs the whole prebuild (see runBuildInWorker). */
const summary = await runBuild(workerData as BuildOptions);
parentPort?.postMessage(summary);
