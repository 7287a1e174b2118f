import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import type { FieldIssue } from '../../../src/engine/index.ts';

/**
 * One problem per answer: the schema may say two things of one field (an empty date is neither YYYY-MM-DD nor a
 * real calendar date); the first is enough, and a person sees one message per field.
 */
export function onePerField(issues: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path) && Boolean(seen.add(i.path)));
}

/** `certificates[0].obtainedOn` → the answer's key and record index: `certificates`, 0. */
function topOf(path: string): { key: string; index: number | undefined } {
  const m = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(path);
  return { key: m?.[1] ?? '', index: m?.[2] === undefined ? undefined : Number(m[2]) };
}

/**
 * The answers without the parts that have a problem, so everything else can still be scored: a record of a list
 * (a certificate with no date) is left out, an optional section (marriage) too. Null when a problem is in an answer
 * that cannot be left out (the birth date) — then there is no result without it.
 */
export function withoutProblems(input: ApplicantInput, issues: readonly FieldIssue[]): ApplicantInput | null {
  const out: Record<string, unknown> = { ...input };
  const drop = new Map<string, Set<number>>();
  for (const issue of issues) {
    const { key, index } = topOf(issue.path);
    if (!key || key === 'birthDate' || !(key in out)) return null;
    if (index !== undefined && Array.isArray(out[key])) drop.set(key, (drop.get(key) ?? new Set()).add(index));
    else delete out[key];
  }
  for (const [key, indexes] of drop) out[key] = (out[key] as unknown[]).filter((_, i) => !indexes.has(i));
  return out as ApplicantInput;
}

/** The value a path points at in the answers ('' for an empty field), or undefined. */
export function valueAt(input: ApplicantInput, path: string): unknown {
  let v: unknown = input;
  for (const part of path.split(/[.[\]]+/).filter(Boolean)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}
