import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { parseApplicant, ValidationError } from '../../applicant/index.ts';
import type { Assessment } from '../../engine/index.ts';
import { isoDate } from '../http/applicant-schema.ts';
import { assessOptionsShape, optionIssues, type ResolvedOptions, resolveOptions } from '../http/assess-options.ts';
import { assessmentSchema } from '../http/assessment-schema.ts';
import type { SheetFormat } from '../http/batch-sheet.ts';
import type { AppEnv } from '../http/env.ts';
import { localiseIssues, ProblemError, type ProblemFieldError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { runAssess } from '../http/run-assess.ts';
import { problems } from '../http/schemas.ts';
import type { Services } from '../services.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CONTENT_TYPE: Record<SheetFormat, string> = { csv: 'text/csv; charset=utf-8', xlsx: XLSX };

const rowResult = z
  .union([
    z.object({ row: z.number().int(), ok: z.literal(true), reference: z.string().nullable(), assessment: assessmentSchema }),
    z.object({
      row: z.number().int(),
      ok: z.literal(false),
      reference: z.string().nullable(),
      errors: z.array(z.object({ path: z.string(), field: z.string(), message: z.string() })),
    }),
  ])
  .meta({ id: 'BatchRowResult' });

type BatchRowResult =
  | { row: number; ok: true; reference: string | null; assessment: Assessment }
  | { row: number; ok: false; reference: string | null; errors: ProblemFieldError[] };

/** `R1:last6consecutive,R6:yearsBeyond` → { R1: …, R6: … } (query strings have no objects). */
function parseReadings(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined;
  return Object.fromEntries(
    text
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const [id = '', option = ''] = pair.split(':');
        return [id.trim(), option.trim()];
      }),
  );
}

function referenceOf(row: unknown): string | null {
  const ref = (row as { reference?: unknown } | null)?.reference;
  return typeof ref === 'string' ? ref : null;
}

export function batchRoutes(svc: Services) {
  const maxRows = svc.config.limits.batchRows;
  const route = createRoute({
    method: 'post',
    path: '/batch',
    tags: ['assessment'],
    summary: 'Score many applicants at once: a JSON array, or a CSV/XLSX sheet in the CLI layout',
    description: [
      `Rows in = rows out, in order; a bad row comes back with its errors instead of failing the request. At most ${maxRows} rows.`,
      'JSON: an array of applicants → an array of results.',
      'CSV/XLSX (Content-Type text/csv or the XLSX type): the batch template of docs/cli.md (`hujifen template`) → the same sheet with result columns appended, as a download (format=csv|xlsx picks the output, default: same as input).',
    ].join('\n\n'),
    request: {
      query: z.object({
        date: isoDate.optional().describe('assessment date for every row; default: today in Shanghai'),
        version: assessOptionsShape.version,
        readings: z.string().max(500).optional().describe('reading switches, e.g. R1:last6consecutive,R6:yearsBeyond'),
        format: z.enum(['csv', 'xlsx']).optional().describe('output format for sheet uploads'),
      }),
      // Not `required`: the validator would then run on CSV/XLSX uploads too (as an empty JSON object).
      body: {
        content: {
          'application/json': {
            schema: z
              .array(z.unknown())
              .max(maxRows)
              .openapi({ items: { $ref: '#/components/schemas/Applicant' } }),
          },
          'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
          [XLSX]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
    },
    responses: {
      200: {
        description: 'One result per row (JSON), or the sheet with result columns (CSV/XLSX)',
        content: {
          'application/json': { schema: z.array(rowResult) },
          'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
          [XLSX]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...problems('validation', 'malformed', 'tooLarge', 'unsupportedMediaType'),
    },
  });

  return newRouter().openapi(route, async (c) => {
    const query = c.req.valid('query');
    const readings = parseReadings(query.readings);
    const issues = optionIssues({ date: query.date, version: query.version, readings });
    if (issues.length) throw new ProblemError('validation', { issues });
    const options = resolveOptions({ date: query.date, version: query.version, readings });
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (type.startsWith('text/csv')) return sheetResponse(c, svc, 'csv', query.format ?? 'csv', options);
    if (type.startsWith(XLSX)) return sheetResponse(c, svc, 'xlsx', query.format ?? 'xlsx', options);

    const rows = c.req.valid('json') as unknown;
    if (!Array.isArray(rows)) {
      throw new ProblemError('validation', {
        detail: { zh: '请发送 JSON 数组，或 CSV/XLSX 文件', en: 'send a JSON array of applicants, or a CSV/XLSX file' },
      });
    }
    const lang = c.get('lang');
    const results: BatchRowResult[] = [];
    for (const [i, row] of rows.entries()) {
      try {
        results.push({ row: i + 1, ok: true, reference: referenceOf(row), assessment: runAssess(parseApplicant(row), options) });
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        results.push({ row: i + 1, ok: false, reference: referenceOf(row), errors: localiseIssues(error.issues, lang) });
      }
      // Stay responsive to other requests during a long batch.
      if (i % 200 === 199) await yieldToLoop();
    }
    return c.json(results, 200);
  });
}

/** Spools the upload to a temporary folder, assesses it with the CLI's batch pieces, streams the result back. */
async function sheetResponse(
  c: Context<AppEnv>,
  svc: Services,
  format: SheetFormat,
  outFormat: SheetFormat,
  options: ResolvedOptions,
): Promise<Response> {
  const body = c.req.raw.body;
  if (!body) throw new ProblemError('validation', { detail: { zh: '请求体为空', en: 'the request body is empty' } });
  const dir = await mkdtemp(join(tmpdir(), 'hujifen-batch-'));
  const cleanup = () => rm(dir, { recursive: true, force: true }).catch(() => {});
  try {
    const input = join(dir, `input.${format}`);
    const output = join(dir, `result.${outFormat}`);
    await pipeline(Readable.fromWeb(body as import('node:stream/web').ReadableStream), createWriteStream(input));
    // Loaded on first use: the sheet readers pull in exceljs, which the rest of the server never needs.
    const { assessSheet } = await import('../http/batch-sheet.ts');
    await assessSheet(input, format, output, outFormat, options, c.get('lang'), svc.config.limits.batchRows);
    const stream = createReadStream(output);
    stream.once('close', cleanup);
    return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
      'Content-Type': CONTENT_TYPE[outFormat],
      'Content-Disposition': `attachment; filename="hujifen-results.${outFormat}"`,
    });
  } catch (error) {
    await cleanup();
    if (error instanceof ProblemError) throw error;
    // A sheet the reader cannot open (not really CSV/XLSX) is the caller's problem; a system error
    // (disk full, permissions) is ours.
    if (error instanceof Error && !('syscall' in error)) {
      throw new ProblemError('validation', {
        detail: { zh: '无法读取上传的表格文件', en: `the uploaded sheet cannot be read (${format})` },
      });
    }
    throw error;
  }
}
