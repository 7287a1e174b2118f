import { rmSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The output is written to a hidden temporary file beside the target and renamed at the very end (a rename in
 * one folder is atomic): an interrupted run never leaves a partial file under the name a complete one would have.
 */
export class AtomicFile {
  readonly target: string;
  readonly temp: string;
  constructor(target: string) {
    this.target = target;
    this.temp = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  }

  async commit(): Promise<void> {
    await rename(this.temp, this.target);
  }

  /** Synchronous, so it also works inside a signal handler right before the process exits. */
  discard(): void {
    rmSync(this.temp, { force: true });
  }
}
