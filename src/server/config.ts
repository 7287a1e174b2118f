import type { SheetWorkerLimits } from './uploads/run-sheet.ts';
import type { XlsxLimits } from './uploads/xlsx-limits.ts';

/** Tunables of the server, with their defaults. Everything an operator sets comes from main.ts (env / flags). */
export interface ServerConfig {
  /** Sliding session lifetime: a session unused this long expires. */
  sessionTtlMs: number;
  invitationTtlMs: number;
  /**
   * Behind exactly one reverse proxy: take the client address from the last X-Forwarded-For entry and
   * the scheme from X-Forwarded-Proto. Off by default: a client could forge them.
   */
  trustProxy: boolean;
  /**
   * Login throttling (docs/deploy.md): per account+address pair, `freePerPair` attempts in the window, then each
   * further one waits twice as long as the one before, from `firstDelayMs` up to `maxDelayMs`; per address,
   * `perIp` attempts in the window. Attempts count from the moment they start; a successful one is forgotten.
   */
  login: { windowMs: number; freePerPair: number; firstDelayMs: number; maxDelayMs: number; perIp: number };
  /** Sign-ups and invitations per client address (and invitations per user) in `windowMs`. */
  signup: { windowMs: number; perIp: number; invitationsPerUser: number };
  limits: {
    /** Request bodies of ordinary JSON endpoints. */
    jsonBytes: number;
    /** Batch bodies (JSON arrays and CSV/XLSX uploads) of signed-in callers. */
    batchBytes: number;
    batchRows: number;
    /** The same for callers without an account. */
    anonymousBatchBytes: number;
    anonymousBatchRows: number;
    /** Batches running at once on this server, and how many of them may be anonymous; beyond: 503. */
    batchConcurrent: number;
    anonymousBatchConcurrent: number;
  };
  /** What an XLSX upload may inflate to, and the worker thread that parses a sheet. */
  uploads: XlsxLimits & SheetWorkerLimits;
  /** Built web app (index.html and assets); served at / when present. */
  webDir?: string | undefined;
}

export const defaultConfig: ServerConfig = {
  sessionTtlMs: 8 * 60 * 60 * 1000,
  invitationTtlMs: 7 * 24 * 60 * 60 * 1000,
  trustProxy: false,
  login: { windowMs: 15 * 60 * 1000, freePerPair: 5, firstDelayMs: 1000, maxDelayMs: 15 * 60 * 1000, perIp: 100 },
  signup: { windowMs: 60 * 60 * 1000, perIp: 20, invitationsPerUser: 50 },
  limits: {
    jsonBytes: 1024 * 1024,
    batchBytes: 20 * 1024 * 1024,
    batchRows: 5000,
    anonymousBatchBytes: 1024 * 1024,
    anonymousBatchRows: 200,
    batchConcurrent: 4,
    anonymousBatchConcurrent: 2,
  },
  uploads: {
    entries: 1000,
    entryBytes: 256 * 1024 * 1024,
    totalBytes: 512 * 1024 * 1024,
    ratio: 200,
    sharedStrings: 1_000_000,
    sharedStringsBytes: 64 * 1024 * 1024,
    heapMb: 256,
    timeoutMs: 120_000,
  },
};
