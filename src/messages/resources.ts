/** Every namespace of the message catalogue in both languages, for the server and the CLI (the web app loads its own). */

import enApplicant from '../../messages/en/applicant.json' with { type: 'json' };
import enBatch from '../../messages/en/batch.json' with { type: 'json' };
import enCatalog from '../../messages/en/catalog.json' with { type: 'json' };
import enCli from '../../messages/en/cli.json' with { type: 'json' };
import enCommon from '../../messages/en/common.json' with { type: 'json' };
import enEngine from '../../messages/en/engine.json' with { type: 'json' };
import enHukou from '../../messages/en/hukou.json' with { type: 'json' };
import enPlanner from '../../messages/en/planner.json' with { type: 'json' };
import enPolicy from '../../messages/en/policy.json' with { type: 'json' };
import enServer from '../../messages/en/server.json' with { type: 'json' };
import enWeb from '../../messages/en/web.json' with { type: 'json' };
import enWebCalculator from '../../messages/en/web-calculator.json' with { type: 'json' };
import enWebHukou from '../../messages/en/web-hukou.json' with { type: 'json' };
import enWebRecords from '../../messages/en/web-records.json' with { type: 'json' };
import enWebWorkspace from '../../messages/en/web-workspace.json' with { type: 'json' };
import zhApplicant from '../../messages/zh/applicant.json' with { type: 'json' };
import zhBatch from '../../messages/zh/batch.json' with { type: 'json' };
import zhCatalog from '../../messages/zh/catalog.json' with { type: 'json' };
import zhCli from '../../messages/zh/cli.json' with { type: 'json' };
import zhCommon from '../../messages/zh/common.json' with { type: 'json' };
import zhEngine from '../../messages/zh/engine.json' with { type: 'json' };
import zhHukou from '../../messages/zh/hukou.json' with { type: 'json' };
import zhPlanner from '../../messages/zh/planner.json' with { type: 'json' };
import zhPolicy from '../../messages/zh/policy.json' with { type: 'json' };
import zhServer from '../../messages/zh/server.json' with { type: 'json' };
import zhWeb from '../../messages/zh/web.json' with { type: 'json' };
import zhWebCalculator from '../../messages/zh/web-calculator.json' with { type: 'json' };
import zhWebHukou from '../../messages/zh/web-hukou.json' with { type: 'json' };
import zhWebRecords from '../../messages/zh/web-records.json' with { type: 'json' };
import zhWebWorkspace from '../../messages/zh/web-workspace.json' with { type: 'json' };

export const NAMESPACES = [
  'common',
  'engine',
  'planner',
  'catalog',
  'policy',
  'applicant',
  'batch',
  'cli',
  'server',
  'hukou',
  'web',
  'web-calculator',
  'web-workspace',
  'web-records',
  'web-hukou',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

type Bundle = Record<string, unknown>;
export const ZH: Record<Namespace, Bundle> = {
  common: zhCommon,
  engine: zhEngine,
  planner: zhPlanner,
  catalog: zhCatalog,
  policy: zhPolicy,
  applicant: zhApplicant,
  batch: zhBatch,
  cli: zhCli,
  server: zhServer,
  hukou: zhHukou,
  web: zhWeb,
  'web-calculator': zhWebCalculator,
  'web-workspace': zhWebWorkspace,
  'web-records': zhWebRecords,
  'web-hukou': zhWebHukou,
};
export const EN: Record<Namespace, Bundle> = {
  common: enCommon,
  engine: enEngine,
  planner: enPlanner,
  catalog: enCatalog,
  policy: enPolicy,
  applicant: enApplicant,
  batch: enBatch,
  cli: enCli,
  server: enServer,
  hukou: enHukou,
  web: enWeb,
  'web-calculator': enWebCalculator,
  'web-workspace': enWebWorkspace,
  'web-records': enWebRecords,
  'web-hukou': enWebHukou,
};
