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
  login: { windowMs: number; perAccount: number; perIp: number };
  limits: {
    /** Request bodies of ordinary JSON endpoints. */
    jsonBytes: number;
    /** Batch bodies (JSON arrays and CSV/XLSX uploads). */
    batchBytes: number;
    batchRows: number;
  };
  /** Built web app (index.html and assets); served at / when present. */
  webDir?: string | undefined;
}

export const defaultConfig: ServerConfig = {
  sessionTtlMs: 8 * 60 * 60 * 1000,
  invitationTtlMs: 7 * 24 * 60 * 60 * 1000,
  trustProxy: false,
  login: { windowMs: 15 * 60 * 1000, perAccount: 5, perIp: 30 },
  limits: { jsonBytes: 1024 * 1024, batchBytes: 20 * 1024 * 1024, batchRows: 5000 },
};
