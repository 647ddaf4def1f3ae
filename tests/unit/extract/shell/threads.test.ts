import { describe, expect, it } from 'vitest';
import { withoutTsx } from '../../../../scripts/build/threads.ts';

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
