// `hujifen score` says first what waiting alone changes in the coming year (the planner's near miss), in the table
// and in --json. The applicant and its hand-worked figures: test/planner/helpers.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NEAR_DATE, nearMissApplicant } from '../planner/helpers.ts';
import { hujifen } from './helpers.ts';

const input = JSON.stringify(nearMissApplicant);

describe('score: the near miss first', () => {
  it('the table says it right under the heading, dated, in zh and en', async () => {
    const zh = await hujifen(['score', '-', '--date', NEAR_DATE], { input });
    assert.equal(zh.code, 0, zh.stderr);
    const lines = zh.stdout.split('\n');
    assert.match(lines[1] ?? '', /^» 2027-06 起 \+53 分：.*36个月/);
    const en = await hujifen(['score', '-', '--date', NEAR_DATE, '--lang', 'en'], { input });
    assert.match(en.stdout.split('\n')[1] ?? '', /^» From 2027-06, \+53 points: /);
  });

  it('--json carries it beside the assessment; a pinned version has none', async () => {
    const run = await hujifen(['score', '-', '--date', NEAR_DATE, '--json'], { input });
    const a = JSON.parse(run.stdout) as {
      scoreIfEligible: number;
      nearMiss: { date: string; points: number; scoreIfEligible: number; text: { zh: string; en: string; key: string } };
    };
    assert.equal(a.scoreIfEligible, 96);
    assert.deepEqual([a.nearMiss.date, a.nearMiss.points, a.nearMiss.scoreIfEligible], ['2027-06-01', 53, 149]);
    // Its words in both languages, the message's key beside them (as every text of --json).
    assert.match(a.nearMiss.text.zh, /^2027-06 起 \+53 分：/);
    assert.match(a.nearMiss.text.en, /^From 2027-06, \+53 points: /);
    assert.equal(a.nearMiss.text.key, 'planner:nearMiss');
    const pinned = await hujifen(['score', '-', '--date', NEAR_DATE, '--version', '2022', '--json'], { input });
    assert.equal((JSON.parse(pinned.stdout) as { nearMiss: unknown }).nearMiss, null);
  });
});
