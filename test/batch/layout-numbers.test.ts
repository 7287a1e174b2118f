// The layout's notes quote the policy in force, not numbers typed into a sentence: the loaded policy is changed
// here (this file runs in its own process, before the layout is loaded) to figures no real version has.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { todayInShanghai } from '../../src/core/today.ts';
import { param } from '../../src/policy/index.ts';

const day = todayInShanghai();
const education = param('education', day);
const investment = param('investment', day);
assert.ok(education && investment);
Object.assign(education.value.points, { bachelorNoDegree: 61, bachelor: 91 });
investment.value.windowYears = 4;
const { COLUMNS } = await import('../../src/batch/layout.ts');
const { parseApplicant } = await import('../../src/applicant/index.ts');

const column = (key: string) => {
  const c = COLUMNS.find((x) => x.key === key);
  assert.ok(c, key);
  return c;
};

describe('batch layout notes', () => {
  it('take the education points and the investment window from the policy in force', () => {
    assert.equal(column('education').meaning.zh, '最高学历：本科 = 本科无学位（61），本科学士 = 本科并学士学位（91）');
    assert.match(column('education').meaning.en, /bachelor without degree \(61\), bachelor \(本科学士\) = with degree \(91\)$/);
    assert.equal(column('annualTax').meaning.en, 'investment: tax by investment share in each of the last 4 years');
    assert.equal(column('annualTax').type.zh, '元，最多4个，用 ; 分隔');
    assert.equal(column('hukouEmployees').meaning.zh, '带动就业：最近4年各年聘用的本市户籍人数');
  });

  it('and the schema takes as many figures as the window has years, no more', () => {
    const applicant = (annualTax: number[]) => ({ birthDate: '1990-01-01', investment: { annualTax } });
    assert.deepEqual(parseApplicant(applicant([1, 2, 3, 4])).investment?.annualTax, [1, 2, 3, 4]);
    assert.throws(() => parseApplicant(applicant([1, 2, 3, 4, 5])), /investment\.annualTax/);
  });

  it("name the first year without the family-planning veto from the veto's dated values", () => {
    assert.equal(column('familyPlanningDates').meaning.en, 'dates of family-planning violations (veto before 2023)');
  });
});
