import cliProgress from 'cli-progress';
import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import { say } from '../../messages/catalogue.ts';

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
  const [rows, speed, eta] = ['rows', 'speed', 'eta'].map((k) => say(lang, msg(`cli:batch.progress.${k}`)));
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `{bar} {percentage}% | {rows} ${rows} | {speed} ${speed} | ${eta} {eta_formatted}`,
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
