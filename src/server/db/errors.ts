/** True for a unique-constraint violation on either backend (a race lost to a concurrent insert). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Connection-level failures: the database is down, restarting, or out of connections. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  'SQLITE_BUSY',
]);
const UNREACHABLE_MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection ended unexpectedly/i;
/** Out of space: SQLite's disk full, PostgreSQL's disk_full / out of memory. */
const FULL_CODES = new Set(['SQLITE_FULL', '53100', '53200']);

/**
 * Why the database cannot serve the request right now — unreachable (a restart, an outage) or full — or
 * undefined for any other error. These are answered 503, not 500: nothing is wrong with the request or the code.
 */
export function databaseOutage(error: unknown): 'unreachable' | 'full' | undefined {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (FULL_CODES.has(code)) return 'full';
  if (UNREACHABLE_CODES.has(code) || code.startsWith('08') || code.startsWith('SQLITE_IOERR')) return 'unreachable';
  return typeof e?.message === 'string' && UNREACHABLE_MESSAGES.test(e.message) ? 'unreachable' : undefined;
}
