import { defaultConfig, type ServerConfig } from './config.ts';

type Sections = Pick<ServerConfig, 'login' | 'signup' | 'limits' | 'uploads'>;

/** Every limit a deployer may set from the environment (docs/deploy.md lists them): variable → section, key. */
const TUNABLES: Record<string, [keyof Sections, string]> = {
  LOGIN_WINDOW_MS: ['login', 'windowMs'],
  LOGIN_FREE_PER_PAIR: ['login', 'freePerPair'],
  LOGIN_FIRST_DELAY_MS: ['login', 'firstDelayMs'],
  LOGIN_MAX_DELAY_MS: ['login', 'maxDelayMs'],
  LOGIN_PER_IP: ['login', 'perIp'],
  SIGNUP_WINDOW_MS: ['signup', 'windowMs'],
  SIGNUP_PER_IP: ['signup', 'perIp'],
  INVITATIONS_PER_USER: ['signup', 'invitationsPerUser'],
  BATCH_MAX_ROWS: ['limits', 'batchRows'],
  BATCH_MAX_BYTES: ['limits', 'batchBytes'],
  BATCH_ANON_MAX_ROWS: ['limits', 'anonymousBatchRows'],
  BATCH_ANON_MAX_BYTES: ['limits', 'anonymousBatchBytes'],
  BATCH_CONCURRENT: ['limits', 'batchConcurrent'],
  BATCH_ANON_CONCURRENT: ['limits', 'anonymousBatchConcurrent'],
  XLSX_MAX_ENTRIES: ['uploads', 'entries'],
  XLSX_MAX_ENTRY_BYTES: ['uploads', 'entryBytes'],
  XLSX_MAX_TOTAL_BYTES: ['uploads', 'totalBytes'],
  XLSX_MAX_RATIO: ['uploads', 'ratio'],
  XLSX_MAX_SHARED_STRINGS: ['uploads', 'sharedStrings'],
  XLSX_MAX_SHARED_STRINGS_BYTES: ['uploads', 'sharedStringsBytes'],
  SHEET_WORKER_HEAP_MB: ['uploads', 'heapMb'],
  SHEET_WORKER_TIMEOUT_MS: ['uploads', 'timeoutMs'],
};

/** The sections of the configuration that the environment changes; a bad value stops startup, naming the variable. */
export function configFromEnv(env: NodeJS.ProcessEnv): Partial<Sections> {
  const out: Partial<Sections> = {};
  for (const [name, [section, key]] of Object.entries(TUNABLES)) {
    const text = env[name];
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0 (got ${JSON.stringify(text)})`);
    const target = (out[section] ?? { ...defaultConfig[section] }) as unknown as Record<string, number>;
    target[key] = value;
    out[section] = target as never;
  }
  return out;
}
