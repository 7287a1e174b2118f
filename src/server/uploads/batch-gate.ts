import { msg } from '../../core/message.ts';
import { ProblemError } from '../http/problem.ts';

/** Seconds a refused batch is told to wait: batches of the default size finish within a few seconds. */
const RETRY_AFTER_S = 5;

/**
 * How many batches run at once on this server, and how many of those may be anonymous. A batch holds its
 * slot from before its body is read until its answer is sent; beyond the limit the answer is 503 with
 * Retry-After, at once, so a flood of batches costs the server nothing but the refusal.
 */
export class BatchGate {
  private running = 0;
  private anonymous = 0;
  constructor(
    private readonly total: number,
    private readonly anonymousMax: number,
  ) {}

  /** Takes a slot or throws 503; the returned release is idempotent. */
  enter(isAnonymous: boolean): () => void {
    if (this.running >= this.total || (isAnonymous && this.anonymous >= this.anonymousMax)) {
      throw new ProblemError('unavailable', {
        headers: { 'Retry-After': String(RETRY_AFTER_S) },
        detail: msg('server:detail.tooManyBatches', { seconds: RETRY_AFTER_S, anonymous: isAnonymous ? 'yes' : 'no' }),
      });
    }
    this.running++;
    if (isAnonymous) this.anonymous++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      if (isAnonymous) this.anonymous--;
    };
  }
}
