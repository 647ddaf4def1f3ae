import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withoutTsx } from '../../../../scripts/build/threads.ts';

const THREADS = fileURLToPath(new URL('../../../../scripts/build/threads.ts', import.meta.url));

describe('withoutTsx', () => {
  it('drops the flags that load tsx, as `tsx file.ts` and `node --import tsx` pass them', () => {
    expect(
      withoutTsx([
        '--require',
        '/repo/node_modules/tsx/dist/preflight.cjs',
        '--import',
        'file:///repo/node_modules/tsx/dist/loader.mjs',
      ]),
    ).toEqual([]);
    expect(withoutTsx(['--import', 'tsx', '--cpu-prof'])).toEqual(['--cpu-prof']);
    expect(withoutTsx(['--import=tsx', '-r', 'C:\\repo\\node_modules\\tsx\\dist\\preflight.cjs'])).toEqual([]);
  });

  it('keeps every other flag, loaders of other modules with their values', () => {
    const flags = [
      '--max-old-space-size=900',
      '--import',
      './trace.mjs',
      '--require=dotenv/config',
      '--enable-source-maps',
    ];
    expect(withoutTsx(flags)).toEqual(flags);
  });
});

describe('startThread', () => {
  it('starts a bundled thread when the parent runs with V8 flags that a thread may not be given', () => {
    // --stack-size is a V8 flag: given to a Worker explicitly it is refused (ERR_WORKER_INVALID_EXEC_ARGV).
    const script = [
      `import { prepareThreads, startThread } from ${JSON.stringify(pathToFileURL(THREADS).href)};`,
      'await prepareThreads();',
      `const worker = startThread('extractWorker', { workerData: { spillDir: ${JSON.stringify(tmpdir())} } });`,
      "worker.on('online', () => { console.log('online'); void worker.terminate(); });",
    ].join('\n');
    const run = spawnSync(
      process.execPath,
      ['--stack-size=2000', '--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(run.stderr).not.toContain('ERR_WORKER_INVALID_EXEC_ARGV');
    expect(run.stdout.trim()).toBe('online');
  }, 60_000);
});
