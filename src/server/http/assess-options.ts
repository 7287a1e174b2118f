import { z } from '@hono/zod-openapi';
import { pathText } from '../../applicant/errors.ts';
import { type Applicant, type FieldIssue, parseApplicant, ValidationError } from '../../applicant/index.ts';
import { valueList } from '../../core/join.ts';
import { type Msg, msg } from '../../core/message.ts';
import { todayInShanghai } from '../../core/today.ts';
import { readings as policyReadings, versions } from '../../policy/index.ts';
import { applicant, isoDate } from './applicant-schema.ts';
import { ProblemError } from './problem.ts';
import { fieldIssues, underField } from './validation.ts';

/** The options every assessment takes (the engine's AssessOptions), as request fields. */

const versionIds = versions.map((v) => v.id) as [string, ...string[]];

export const assessOptionsShape = {
  date: isoDate.optional().describe('assessment (application) date, YYYY-MM-DD; default: today in Shanghai'),
  version: z.enum(versionIds).optional().describe('pin a policy version instead of letting the date choose (GET /api/v1/policy/versions)'),
  readings: z
    .record(z.string(), z.string())
    .optional()
    .describe('switch readings of open questions, e.g. {"R1": "last6consecutive"} (GET /api/v1/policy)'),
};

export const assessRequestSchema = z.object({ applicant, ...assessOptionsShape }).meta({ id: 'AssessRequest' });

/** The request's own fields; the applicant is left to parseApplicant. */
const optionsSchema = z.object(assessOptionsShape);

export type AssessRequest = z.output<typeof optionsSchema> & { applicant: Applicant };

/**
 * An assess request validated once: the options by their schema, the applicant by parseApplicant (the schema
 * module's compiled fast path). Every bad field of both in one 422, named as assessRequestSchema would.
 */
export function parseAssessRequest(body: unknown): AssessRequest {
  const options = optionsSchema.safeParse(body);
  const issues = options.success ? [] : fieldIssues(options.error, body);
  // Not an object: the one issue at the root says so, as the whole-request schema would.
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ProblemError('validation', { issues });
  try {
    const parsed = parseApplicant((body as { applicant?: unknown }).applicant);
    if (options.success) return { ...options.data, applicant: parsed };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    issues.unshift(...error.issues.map((i) => underField('applicant', i)));
  }
  throw new ProblemError('validation', { issues });
}

export interface ResolvedOptions {
  date: string;
  version: string | undefined;
  readings: Record<string, string>;
}

function issue(path: (string | number)[], message: Msg): FieldIssue {
  return { ...pathText(path), message };
}

/** Checks what the schema cannot: a date the scheme covers, readings and options that exist. */
export function optionIssues(
  options: { date?: string | undefined; version?: string | undefined; readings?: Record<string, string> | undefined },
  prefix: (string | number)[] = [],
): FieldIssue[] {
  const out: FieldIssue[] = [];
  const first = versions[0]?.from ?? '';
  // A pinned version applies its rules to any date; only the date-chosen version needs one in force.
  if (options.date && options.date < first && !options.version) {
    out.push(issue([...prefix, 'date'], msg('server:options.beforeScheme', { first, date: options.date })));
  }
  for (const [id, option] of Object.entries(options.readings ?? {})) {
    const reading = policyReadings.find((r) => r.id === id);
    if (!reading) {
      out.push(issue([...prefix, 'readings', id], msg('server:options.unknownReading', { id })));
    } else if (!reading.options.some((o) => o.id === option)) {
      const known = reading.options.map((o) => o.id);
      out.push(issue([...prefix, 'readings', id], msg('server:options.unknownOption', { id, option, known: valueList(known) })));
    }
  }
  return out;
}

/** Fills the default date and throws a 422 problem for options the engine would refuse. */
export function resolveOptions(options: {
  date?: string | undefined;
  version?: string | undefined;
  readings?: Record<string, string> | undefined;
}): ResolvedOptions {
  const issues = optionIssues(options);
  if (issues.length) throw new ProblemError('validation', { issues });
  return { date: options.date ?? todayInShanghai(), version: options.version, readings: options.readings ?? {} };
}
