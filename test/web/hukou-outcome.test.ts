// The /hukou page's computation without a browser (web/src/hukou/outcome.ts): the calculator's answers plus the
// 居转户 facts, a bad record left out alone, the answer of W1 (test/hukou/cases.yaml) kept.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ApplicantInput } from '../../src/applicant/applicant.ts';
import { msg } from '../../src/core/message.ts';
import { hukouOutcome, withoutHukouProblems } from '../../web/src/hukou/outcome.ts';
import { fromApplicantInput } from '../../web/src/state/answers.ts';
import { applicantOf, hukouCases } from '../hukou/case-file.ts';

const w1 = hukouCases().find((c) => c.name.startsWith('W1 — '));
assert.ok(w1);
const input = applicantOf(w1) as ApplicantInput;

describe('hukouOutcome', () => {
  it('W1: the basic route met in 2024-03, from the answers the calculator holds', () => {
    const o = hukouOutcome(fromApplicantInput(input, w1.date));
    assert.equal(o.kind, 'ok');
    assert.equal(o.kind === 'ok' && o.answer.overall.status, 'open');
    assert.equal(o.kind === 'ok' && o.answer.routes.find((r) => r.id === 'basic')?.verdict, 'met');
  });

  it('a permit without its start: that permit alone is left out, the answer stays, the issue is named', () => {
    const permits = [...(input.hukou?.permits ?? []), { from: '', type: 'employment' as const }];
    const o = hukouOutcome(fromApplicantInput({ ...input, hukou: { ...input.hukou, permits } }, w1.date));
    assert.equal(o.kind, 'ok');
    if (o.kind !== 'ok') return;
    assert.deepEqual(
      o.issues.map((i) => i.path),
      ['hukou.permits[1].from'],
    );
    assert.deepEqual(o.input.hukou?.permits, input.hukou?.permits, 'the good permit kept');
    assert.equal(o.input.hukou?.taxInShanghai, true, 'the other facts kept');
    assert.equal(o.answer.overall.status, 'open');
  });

  it('a bad birth date cannot be left out: no answer, the issue named', () => {
    const o = hukouOutcome(fromApplicantInput({ ...input, birthDate: '1990-02-30' }, w1.date));
    assert.equal(o.kind, 'invalid');
    assert.deepEqual(o.kind === 'invalid' && o.issues.map((i) => i.path), ['birthDate']);
  });

  it('an empty form: nothing to answer', () => {
    assert.equal(hukouOutcome(fromApplicantInput({ ...input, birthDate: '' })).kind, 'empty');
  });

  it('withoutHukouProblems drops a scalar fact and a list record, and leaves the rest to the calculator rule', () => {
    const bad = { ...input, hukou: { ...input.hukou, taxInShanghai: 'yes' } } as unknown as ApplicantInput;
    const issue = (path: string) => ({ path, field: msg('applicant:test'), message: msg('applicant:test') });
    const rest = withoutHukouProblems(bad, [issue('hukou.taxInShanghai'), issue('certificates[0].obtainedOn')]);
    assert.ok(rest);
    assert.equal(rest.hukou?.taxInShanghai, undefined);
    assert.equal(rest.hukou?.employerInShanghai, true);
    assert.deepEqual(rest.certificates, []);
  });
});
