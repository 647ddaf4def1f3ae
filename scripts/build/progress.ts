import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** A progress bar on stderr for long runs at an interactive terminal; silent otherwise (CI, pipes, --quiet). */
export const createProgress = (total: number, enabled: boolean): Progress => {
  if (!enabled || !process.stderr.isTTY || total < 200) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: '  posts {bar} {percentage}% | {value}/{total} | {eta_formatted} left', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
};
