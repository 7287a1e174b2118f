import { z } from '@hono/zod-openapi';

/** The schema of a message in an answer (`Rendered`, src/explain/render.ts): its text, key and parameters. */
export const saidSchema = z
  .object({
    zh: z.string().optional(),
    en: z.string().optional(),
    key: z.string().optional().describe('the message catalogue key (messages/<lang>/<namespace>.json), when the text is a message'),
    params: z.record(z.string(), z.unknown()).optional().describe('the parameters of the message: numbers, dates, names, nested messages'),
  })
  .meta({ id: 'Said' });
