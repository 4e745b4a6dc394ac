import cliProgress from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A bar on stderr for long runs, only when a person is watching (stderr is a terminal) and there is more
 * than a handful of items; scripts and CI logs stay quiet.
 */
export function startProgress(total: number | null, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || (total !== null && total <= 3)) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format:
        total === null
          ? ' {value} done | {label}'
          : ' [{bar}] {value}/{total} | {eta_formatted} left | {label}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total ?? 0, 0, { label: '' });
  return {
    tick: (label) => bar.increment(1, { label: label.length > 40 ? `…${label.slice(-39)}` : label }),
    stop: () => bar.stop(),
  };
}
