import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { parseApplicant, ValidationError } from '../../applicant/index.ts';
import { COLUMNS } from '../../batch/layout.ts';
import { RESULT_KEYS as RESULT_KEY_LIST } from '../../batch/result-columns.ts';
import { msg } from '../../core/message.ts';
import { type RenderedAssessment, renderAssessment } from '../../explain/render.ts';
import { authenticate } from '../auth/authenticate.ts';
import { isoDate } from '../http/applicant-schema.ts';
import { assessOptionsShape, optionIssues, type ResolvedOptions, resolveOptions } from '../http/assess-options.ts';
import { assessmentSchema } from '../http/assessment-schema.ts';
import { type SheetFormat, XLSX_TYPE as XLSX } from '../http/batch-sheet.ts';
import type { AppEnv } from '../http/env.ts';
import { JSON_BODY, OPTIONAL_ACCOUNT } from '../http/openapi-access.ts';
import { localiseIssues, ProblemError, type ProblemFieldError } from '../http/problem.ts';
import { newRouter } from '../http/router.ts';
import { runAssess } from '../http/run-assess.ts';
import { problems } from '../http/schemas.ts';
import { capBody } from '../middleware/body-limit.ts';
import type { Services } from '../services.ts';
import { BatchGate } from '../uploads/batch-gate.ts';
import { FILE_FIELD, spoolMultipartFile } from '../uploads/multipart.ts';
import { releaseWhenSent } from '../uploads/release-when-sent.ts';
import { runSheetWorker } from '../uploads/run-sheet.ts';
import { inspectXlsx } from '../uploads/xlsx-limits.ts';

const CONTENT_TYPE: Record<SheetFormat, string> = { csv: 'text/csv; charset=utf-8', xlsx: XLSX };

/**
 * Names the result columns appended to a sheet, by their language-free keys: their headers are in the caller's
 * language, and a client (the web app's batch page) finds them by position from the end.
 */
const RESULT_KEYS_HEADER = 'X-Result-Columns';
const RESULT_KEYS = RESULT_KEY_LIST.join(',');

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
  | { row: number; ok: true; reference: string | null; assessment: RenderedAssessment }
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

/** Rows assessed per pull of the streamed JSON answer: small enough that other requests get their turn. */
const JSON_CHUNK = 50;

/**
 * Who is calling (optional: batch is open to all), then a slot of the gate, then the body cap that fits the
 * caller; the slot is held until the answer has been sent.
 */
function admit(svc: Services, gate: BatchGate): MiddlewareHandler<AppEnv> {
  const anonymousCap = capBody(svc.config.limits.anonymousBatchBytes);
  return async (c, next) => {
    const caller = await authenticate(c, svc);
    c.set('caller', caller);
    const release = gate.enter(!caller);
    try {
      await (caller ? next() : anonymousCap(c, next));
    } catch (error) {
      release();
      throw error;
    }
    c.res = releaseWhenSent(c.res, release);
  };
}

/** A layout column's Chinese header, as the sheets carry it. */
const columnName = (key: string) => COLUMNS.find((c) => c.key === key)?.zh ?? key;

export function batchRoutes(svc: Services) {
  const { batchRows: maxRows, anonymousBatchRows, anonymousBatchBytes } = svc.config.limits;
  const gate = new BatchGate(svc.config.limits.batchConcurrent, svc.config.limits.anonymousBatchConcurrent);
  const route = createRoute({
    method: 'post',
    path: '/batch',
    operationId: 'assessBatch',
    tags: ['assessment'],
    security: OPTIONAL_ACCOUNT,
    summary: 'Score many applicants at once: a JSON array, or a CSV/XLSX sheet in the CLI layout',
    middleware: admit(svc, gate),
    description: [
      `Rows in = rows out, in order; a bad row comes back with its errors instead of failing the request. At most ${maxRows} rows for signed-in callers (session or API token), ${anonymousBatchRows} rows and ${anonymousBatchBytes} bytes without an account.`,
      `At most ${svc.config.limits.batchConcurrent} batches run at once on a server (${svc.config.limits.anonymousBatchConcurrent} anonymous); beyond that the answer is 503 with Retry-After.`,
      'JSON: an array of applicants → an array of results.',
      `CSV/XLSX (Content-Type text/csv or the XLSX type): the batch template of docs/cli.md (\`hujifen template\`) → the same sheet with result columns appended, as a download (format=csv|xlsx picks the output, default: same as input). XLSX output holds numbers and dates as such (${['siMonths', 'siBase', 'birthDate'].map(columnName).join(', ')}, every points column), not as text.`,
      `Or a browser form's upload (multipart/form-data): the sheet in the file field \`${FILE_FIELD}\` (a .csv or .xlsx file name, or that content type); other fields are ignored. Same limits and checks as a raw upload.`,
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
          // A plain schema, not zod: a zod one would make the router parse the whole form into memory first.
          'multipart/form-data': {
            schema: {
              type: 'object',
              properties: { [FILE_FIELD]: { type: 'string', format: 'binary', description: 'the sheet: a .csv or .xlsx file' } },
              required: [FILE_FIELD],
            },
          },
        },
      },
    },
    responses: {
      200: {
        description: 'One result per row (JSON), or the sheet with result columns (CSV/XLSX)',
        headers: {
          [RESULT_KEYS_HEADER]: {
            description: `Sheets only: the keys of the result columns, the last columns of every row, in order (${RESULT_KEYS})`,
            schema: { type: 'string' },
          },
        },
        content: {
          'application/json': { schema: z.array(rowResult) },
          'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
          [XLSX]: { schema: z.string().openapi({ format: 'binary' }) },
        },
      },
      ...problems(...JSON_BODY, 'unauthenticated', 'unavailable'),
    },
  });

  return newRouter().openapi(route, async (c) => {
    const query = c.req.valid('query');
    const readings = parseReadings(query.readings);
    const issues = optionIssues({ date: query.date, version: query.version, readings });
    if (issues.length) throw new ProblemError('validation', { issues });
    const options = resolveOptions({ date: query.date, version: query.version, readings });
    const type = (c.req.header('content-type') ?? '').toLowerCase();
    if (type.startsWith('text/csv')) return sheetResponse(c, svc, rawBody('csv'), query.format, options);
    if (type.startsWith(XLSX)) return sheetResponse(c, svc, rawBody('xlsx'), query.format, options);
    if (type.startsWith('multipart/form-data')) return sheetResponse(c, svc, formFile, query.format, options);

    // The plain multipart schema hides the JSON body's type from the router's typings; it is checked below.
    const rows = c.req.valid('json' as never) as unknown;
    if (!Array.isArray(rows)) {
      throw new ProblemError('validation', {
        detail: msg('server:detail.sendRows'),
      });
    }
    if (!c.get('caller') && rows.length > anonymousBatchRows) throw anonymousRowsProblem(anonymousBatchRows, maxRows);
    const lang = c.get('lang');
    const result = (row: unknown, i: number): BatchRowResult => {
      try {
        return {
          row: i + 1,
          ok: true,
          reference: referenceOf(row),
          assessment: renderAssessment(runAssess(parseApplicant(row), options), 'all'),
        };
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        return { row: i + 1, ok: false, reference: referenceOf(row), errors: localiseIssues(error.issues, lang) };
      }
    };
    // Streamed: each pull assesses a few rows, so the answer is never built whole in memory and a slow reader
    // slows the work down instead of piling it up.
    const encoder = new TextEncoder();
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const parts: string[] = [];
        if (next === 0) parts.push('[');
        for (const end = Math.min(rows.length, next + JSON_CHUNK); next < end; next++) {
          parts.push(`${next ? ',' : ''}${JSON.stringify(result(rows[next], next))}`);
        }
        if (next >= rows.length) parts.push(']');
        controller.enqueue(encoder.encode(parts.join('')));
        if (next >= rows.length) controller.close();
      },
    });
    return c.body(body, 200, { 'Content-Type': 'application/json' }) as never;
  });
}

function anonymousRowsProblem(anonymous: number, signedIn: number): ProblemError {
  return new ProblemError('tooLarge', {
    detail: msg('server:detail.anonymousRows', { anonymous, signedIn }),
  });
}

/** Writes the uploaded sheet into the request's folder: its path and format. */
type Spool = (body: WebReadableStream, c: Context<AppEnv>, dir: string) => Promise<{ path: string; format: SheetFormat }>;

/** The body is the sheet itself (Content-Type text/csv or the XLSX type). */
function rawBody(format: SheetFormat): Spool {
  return async (body, _c, dir) => {
    const path = join(dir, `input.${format}`);
    await pipeline(Readable.fromWeb(body), createWriteStream(path));
    return { path, format };
  };
}

/** A browser form's upload: the sheet is the `file` field. */
const formFile: Spool = (body, c, dir) => spoolMultipartFile(body, c.req.header('content-type') ?? '', dir);

/**
 * Spools the upload into a folder of this request's own, checks an XLSX against the upload limits, assesses
 * the sheet in a worker thread (its spool files in the same folder), streams the result back. The folder goes
 * on every path: after the answer is sent, on refusal, when the client goes away and when the worker dies.
 * The output format is `format=` or, by default, the input's.
 */
async function sheetResponse(
  c: Context<AppEnv>,
  svc: Services,
  spool: Spool,
  asked: SheetFormat | undefined,
  options: ResolvedOptions,
): Promise<Response> {
  const body = c.req.raw.body;
  if (!body) throw new ProblemError('validation', { detail: msg('server:detail.emptyBody') });
  const limits = svc.config.limits;
  const dir = await mkdtemp(join(tmpdir(), 'hujifen-batch-'));
  const cleanup = () => rm(dir, { recursive: true, force: true }).catch(() => {});
  let format: SheetFormat | undefined;
  try {
    const spooled = await spool(body as WebReadableStream, c, dir);
    format = spooled.format;
    const input = spooled.path;
    const outFormat = asked ?? format;
    const output = join(dir, `result.${outFormat}`);
    if (format === 'xlsx') {
      const verdict = await inspectXlsx(input, svc.config.uploads);
      if (verdict) throw new ProblemError(verdict.kind === 'tooLarge' ? 'tooLarge' : 'validation', { detail: verdict.detail });
    }
    const maxRows = c.get('caller') ? limits.batchRows : limits.anonymousBatchRows;
    await runSheetWorker(
      { input, format, output, outFormat, options, lang: c.get('lang'), maxRows, tmpDir: dir },
      svc.config.uploads,
      c.req.raw.signal,
    );
    const stream = createReadStream(output);
    stream.once('close', cleanup);
    return c.body(Readable.toWeb(stream) as ReadableStream, 200, {
      'Content-Type': CONTENT_TYPE[outFormat],
      'Content-Disposition': `attachment; filename="hujifen-results.${outFormat}"`,
      [RESULT_KEYS_HEADER]: RESULT_KEYS,
    });
  } catch (error) {
    await cleanup();
    if (error instanceof ProblemError) throw error;
    // A sheet the reader cannot open (not really CSV/XLSX) is the caller's problem; a system error
    // (disk full, permissions) is ours.
    if (error instanceof Error && !('syscall' in error)) {
      throw new ProblemError('validation', {
        detail: msg('server:detail.sheetUnreadable', { format: format ?? 'none' }),
      });
    }
    throw error;
  }
}
