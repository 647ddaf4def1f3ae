export interface Progress {
  update(done: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr for long runs at an interactive terminal; silent otherwise (CI, pipes, --quiet). The bar's
 * package is loaded only when one is shown: a re-run that extracts a post or two should not pay for it.
 */
export const createProgress = async (total: number, enabled: boolean): Promise<Progress> => {
  if (!enabled || !process.stderr.isTTY || total < 200) return { update: () => {}, stop: () => {} };
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: '  posts {bar} {percentage}% | {value}/{total} | {eta_formatted} left', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
};
