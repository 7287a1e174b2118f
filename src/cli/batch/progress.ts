import cliProgress from 'cli-progress';
import type { Lang } from '../../core/lang.ts';

export interface Progress {
  update(bytes: number, rows: number): void;
  stop(): void;
}

const QUIET: Progress = { update() {}, stop() {} };

/**
 * A progress bar on stderr when it is a terminal (rows, rows/s, ETA from the bytes read so far); silent when
 * output is piped or logged, so files and CI logs stay clean.
 */
export function progressBar(totalBytes: number, lang: Lang, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || totalBytes <= 0) return QUIET;
  const label = lang === 'zh' ? { rows: '行', speed: '行/秒', eta: '剩余' } : { rows: 'rows', speed: 'rows/s', eta: 'ETA' };
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{bar} {percentage}% | {rows} ${label.rows} | {speed} ${label.speed} | ${label.eta} {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(totalBytes, 0, { rows: 0, speed: 0 });
  return {
    update(bytes, rows) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(Math.min(bytes, totalBytes), { rows, speed: seconds > 0 ? Math.round(rows / seconds) : 0 });
    },
    stop() {
      bar.stop();
    },
  };
}
