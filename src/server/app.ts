import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import { defaultConfig, type ServerConfig } from './config.ts';
import type { Database } from './db/database.ts';
import type { AppEnv } from './http/env.ts';
import { newRouter } from './http/router.ts';
import { createLogger } from './logger.ts';
import { accessLog } from './middleware/access-log.ts';
import { auditDenied } from './middleware/audit-denied.ts';
import { limitBodies } from './middleware/body-limit.ts';
import { checkCharset } from './middleware/charset.ts';
import { closeWhenDraining } from './middleware/draining.ts';
import { notFound, onError } from './middleware/errors.ts';
import { requestContext } from './middleware/request-context.ts';
import { securityHeaders } from './middleware/security-headers.ts';
import { accountRoutes } from './routes/account.ts';
import { assessRoutes } from './routes/assess.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { batchRoutes } from './routes/batch.ts';
import { batchTemplateRoutes } from './routes/batch-template.ts';
import { caseAssessmentRoutes } from './routes/case-assessments.ts';
import { caseDocumentRoutes } from './routes/case-documents.ts';
import { caseNoteRoutes } from './routes/case-notes.ts';
import { caseRoutes } from './routes/cases.ts';
import { catalogRoutes } from './routes/catalog.ts';
import { docsRoutes } from './routes/docs.ts';
import { healthRoutes } from './routes/health.ts';
import { hukouRoutes } from './routes/hukou.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { planRoutes } from './routes/plan.ts';
import { policyRoutes } from './routes/policy.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { userRoutes } from './routes/users.ts';
import { webRoutes } from './routes/web.ts';
import type { Services } from './services.ts';

export interface AppDeps {
  /** An open, migrated database (openDatabase). */
  database: Database;
  logger?: Logger | undefined;
  /** Overrides of the defaults in config.ts. */
  config?: Partial<ServerConfig> | undefined;
  /** Built web app served at / (default: none). */
  webDir?: string | undefined;
  /** Set `draining` to make /readyz answer 503 while the server shuts down. */
  lifecycle?: { draining: boolean } | undefined;
}

/** The whole HTTP application, without a listening socket: main.ts serves it, tests may call app.request(). */
export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const config: ServerConfig = { ...defaultConfig, ...deps.config, webDir: deps.webDir ?? deps.config?.webDir };
  const logger = deps.logger ?? createLogger('info');
  const svc: Services = { database: deps.database, db: deps.database.db, logger, config };

  const lifecycle = deps.lifecycle ?? { draining: false };
  const app = newRouter();
  app.use('*', closeWhenDraining(lifecycle));
  app.use('*', requestContext());
  app.use('*', accessLog(logger));
  app.use('*', securityHeaders(config));
  app.use('/api/*', limitBodies(config));
  app.use('/api/*', checkCharset());
  app.use('/api/*', auditDenied(svc));
  app.onError(onError(logger));
  app.notFound(notFound);

  const api = newRouter();
  api.route('/', assessRoutes());
  api.route('/', planRoutes());
  api.route('/', hukouRoutes());
  api.route('/', batchRoutes(svc));
  api.route('/', batchTemplateRoutes());
  api.route('/', catalogRoutes());
  api.route('/', policyRoutes());
  api.route('/', authRoutes(svc));
  api.route('/', accountRoutes(svc));
  api.route('/', userRoutes(svc));
  api.route('/', invitationRoutes(svc));
  api.route('/', tokenRoutes(svc));
  api.route('/', caseRoutes(svc));
  api.route('/', caseAssessmentRoutes(svc));
  api.route('/', caseDocumentRoutes(svc));
  api.route('/', caseNoteRoutes(svc));
  api.route('/', auditRoutes(svc));
  app.route('/api/v1', api);
  app.route('/', healthRoutes(svc, lifecycle));
  docsRoutes(app);
  webRoutes(app, config.webDir);
  return app;
}
