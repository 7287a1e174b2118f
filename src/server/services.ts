import type { Logger } from 'pino';
import type { ServerConfig } from './config.ts';
import type { Database } from './db/database.ts';
import type { Db } from './db/types.ts';

/** What every route and middleware may use: the database, the logger, the configuration. */
export interface Services {
  database: Database;
  db: Db;
  logger: Logger;
  config: ServerConfig;
}
