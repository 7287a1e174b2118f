// The hand-worked cases of test/cases/*.yaml, file by file in name order.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** One case as written: the applicant as a caller sends it, the date, and what the derivation expects. */
export interface Case<Expect = unknown> {
  name: string;
  date: string;
  version?: string;
  readings?: Record<string, string>;
  applicant: unknown;
  expect?: Expect;
  expectError?: { paths: string[] };
}

const dir = new URL('../cases/', import.meta.url);

export function caseFiles<Expect = unknown>(): { file: string; cases: Case<Expect>[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, cases: parse(readFileSync(new URL(file, dir), 'utf8')) as Case<Expect>[] }));
}
