// Runs every hand-worked case in test/cases/*.yaml: applicant + date → expected status, total and items.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assess, parseApplicant, ValidationError } from '../../src/engine/index.ts';
import { text } from '../../src/messages/catalogue.ts';
import { caseFiles } from './case-files.ts';

interface Expect {
  status?: string;
  total?: number;
  scoreIfEligible?: number;
  reaches?: boolean;
  version?: string;
  beyondValidity?: boolean;
  items?: Record<string, number>;
  notCounted?: string[];
  failed?: Record<string, string[]>;
  confirm?: Record<string, string[]>;
  eligibilityFailed?: string[];
  vetoes?: string[];
  documents?: string[];
  confidence?: string;
  /** Per item, the points under each alternative that changes them (reading id or 'carriedReference' → points). */
  alternatives?: Record<string, Record<string, number>>;
}

function idsWith(conditions: { id: string; status: string }[], status: string): string[] {
  return conditions
    .filter((c) => c.status === status)
    .map((c) => c.id)
    .sort();
}

for (const { file, cases } of caseFiles<Expect>()) {
  describe(file, () => {
    for (const c of cases) {
      it(c.name, () => {
        if (c.expectError) {
          assert.throws(
            () => parseApplicant(c.applicant),
            (e: unknown) => {
              assert.ok(e instanceof ValidationError, 'a ValidationError');
              assert.deepEqual(e.issues.map((i) => i.path).sort(), [...c.expectError!.paths].sort());
              for (const i of e.issues) {
                const [m, f] = [text(i.message), text(i.field)];
                assert.ok(m.zh && m.en && f.zh, 'zh and en messages');
              }
              return true;
            },
          );
          return;
        }
        const x = c.expect ?? {};
        const a = assess(parseApplicant(c.applicant), { date: c.date, version: c.version, readings: c.readings });
        if (x.status !== undefined) assert.equal(a.status, x.status, 'status');
        if (x.total !== undefined) assert.equal(a.total, x.total, 'total');
        if (x.scoreIfEligible !== undefined) assert.equal(a.scoreIfEligible, x.scoreIfEligible, 'scoreIfEligible');
        if (x.reaches !== undefined) assert.equal(a.reaches, x.reaches, 'reaches');
        if (x.version !== undefined) assert.equal(a.version.id, x.version, 'version');
        if (x.beyondValidity !== undefined) assert.equal(a.version.beyondValidity, x.beyondValidity, 'beyondValidity');
        if (x.confidence !== undefined) assert.equal(a.confidence, x.confidence, 'confidence');
        const byId = new Map(a.items.map((i) => [i.id as string, i]));
        for (const [id, points] of Object.entries(x.items ?? {})) assert.equal(byId.get(id)?.points, points, `points of ${id}`);
        if (x.notCounted)
          assert.deepEqual(
            a.items
              .filter((i) => !i.counted)
              .map((i) => i.id)
              .sort(),
            [...x.notCounted].sort(),
            'items not counted',
          );
        for (const [id, ids] of Object.entries(x.failed ?? {}))
          assert.deepEqual(idsWith(byId.get(id)?.conditions ?? [], 'failed'), [...ids].sort(), `failed conditions of ${id}`);
        for (const [id, ids] of Object.entries(x.confirm ?? {}))
          assert.deepEqual(idsWith(byId.get(id)?.conditions ?? [], 'confirm'), [...ids].sort(), `conditions to confirm of ${id}`);
        if (x.eligibilityFailed) assert.deepEqual(idsWith(a.eligibility, 'failed'), [...x.eligibilityFailed].sort(), 'failed eligibility');
        if (x.vetoes) assert.deepEqual(a.vetoes.map((v) => v.id).sort(), [...x.vetoes].sort(), 'vetoes');
        for (const [id, expected] of Object.entries(x.alternatives ?? {}))
          assert.deepEqual(
            Object.fromEntries((byId.get(id)?.alternatives ?? []).map((alt) => [alt.id, alt.points])),
            expected,
            `alternatives of ${id}`,
          );
        if (x.documents)
          for (const d of x.documents)
            assert.ok(
              a.documents.some((doc) => doc.id === d),
              `document ${d}`,
            );
      });
    }
  });
}
