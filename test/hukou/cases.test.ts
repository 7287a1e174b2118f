// Every hand-worked 居转户 case of cases.yaml: each route's verdict and earliest month, the overall answer, the
// conditions failing today, and bad input refused with the field named in zh and en.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseApplicant, ValidationError } from '../../src/applicant/index.ts';
import type { Msg } from '../../src/core/message.ts';
import { assessHukou } from '../../src/hukou/index.ts';
import { missingKeys, say } from '../../src/messages/catalogue.ts';
import { applicantOf, hukouCases } from './case-file.ts';

const cases = hukouCases();

/** Every message anywhere in a value. */
function messagesIn(value: unknown): Msg[] {
  if (Array.isArray(value)) return value.flatMap(messagesIn);
  if (value === null || typeof value !== 'object') return [];
  if (typeof (value as Msg).key === 'string' && (value as Msg).key.includes(':')) return [value as Msg];
  return Object.values(value).flatMap(messagesIn);
}

describe('居转户 hand-worked cases', () => {
  it('has at least 40 cases, each with its derivation', () => {
    assert.ok(cases.length >= 40, `${cases.length} cases`);
    for (const c of cases) assert.ok(c.derivation && c.derivation.length > 20, `${c.name} explains its answer`);
  });

  for (const c of cases) {
    it(c.name, () => {
      if (c.expectError) {
        assert.throws(
          () => parseApplicant(applicantOf(c)),
          (e: unknown) => {
            assert.ok(e instanceof ValidationError);
            assert.deepEqual(
              e.issues.map((i) => i.path),
              c.expectError?.paths,
            );
            const first = e.issues[0];
            assert.ok(first);
            assert.equal(say('zh', first.message), c.expectError?.zh);
            assert.equal(say('en', first.message), c.expectError?.en);
            return true;
          },
        );
        return;
      }
      const answer = assessHukou(parseApplicant(applicantOf(c)), { date: c.date, version: c.version, readings: c.readings });
      const e = c.expect ?? {};
      if (e.overall) {
        assert.equal(answer.overall.status, e.overall.status, 'overall status');
        assert.equal(answer.overall.earliest, e.overall.earliest, 'overall earliest');
      }
      for (const [id, want] of Object.entries(e.routes ?? {})) {
        const r = answer.routes.find((x) => x.id === id);
        assert.ok(r, id);
        const failing = r.conditions.filter((x) => x.status !== 'met').map((x) => `${x.id}: ${say('en', x.text)}`);
        assert.equal(`${r.verdict} ${r.earliest ?? '-'}`, want, `${id} (${failing.join('; ')})`);
      }
      for (const [id, ids] of Object.entries(e.failed ?? {})) {
        const r = answer.routes.find((x) => x.id === id);
        assert.deepEqual(
          r?.conditions.filter((x) => x.status === 'failed').map((x) => x.id),
          ids,
          `${id} failed today`,
        );
      }
      if (e.plan)
        assert.deepEqual(
          answer.plan.map((p) => say('en', p)),
          e.plan,
        );
      // Every sentence of the answer (conditions, fixes, documents, warnings, the plan) renders in both languages.
      for (const m of messagesIn(answer)) {
        say('zh', m);
        say('en', m);
      }
      assert.deepEqual(missingKeys(), []);
    });
  }
});
