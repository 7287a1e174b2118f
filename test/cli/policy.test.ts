// `hujifen policy`, `catalog` and `plan`: the version in force with every parameter, the diff between versions,
// catalogue search and the planner's answer. Figures by hand from the rules summarised in docs/policy.md (from the team's RULES.md).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { EXAMPLES, hujifen } from './helpers.ts';

interface Snapshot {
  version: { id: string };
  parameters: { id: string; value: Record<string, unknown>; article: { zh: string }; source: string[]; confidence: string }[];
}

describe('policy', { concurrency: 4 }, () => {
  it('--date 2017-06-30: the 2013 trial measures, SI-base cap 100 (§2.1)', async () => {
    const run = await hujifen(['policy', '--date', '2017-06-30', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const s = JSON.parse(run.stdout) as Snapshot;
    assert.equal(s.version.id, '2013');
    assert.equal(s.parameters.find((p) => p.id === 'siBase')?.value['cap'], 100);
    assert.equal(s.parameters.find((p) => p.id === 'investment')?.value['cap'], 100);
  });

  it('--date 2025-03-01: the 2022 revision; every parameter with article, sources and confidence', async () => {
    const run = await hujifen(['policy', '--date', '2025-03-01']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^版本：2022 .*沪府规〔2022〕21号 \(2023-01-01 → 2027-12-31\)/m);
    // §2.2 standard score 120, §2.4 #10 spouse 4 a year capped at 40, §4.2 reference 11,396 from 2023-07
    assert.match(run.stdout, /^ {2}标准分值 \(standardScore\) = 120$/m);
    assert.match(run.stdout, /^配偶为本市户籍人员 \(spouse\) — /m);
    assert.match(run.stdout, /^ {2}每满1年分值 \(pointsPerYear\) = 4$/m);
    assert.match(run.stdout, /参考工资（人才口径） 2025-03: 11396 元\/月/);
    const json = JSON.parse((await hujifen(['policy', '--date', '2025-03-01', '--json'])).stdout) as Snapshot;
    for (const p of json.parameters) {
      assert.ok(p.article.zh && p.source.length && p.confidence, `${p.id} has article, sources, confidence`);
    }
  });

  it('--diff 2017 2022: the family-planning veto is gone (§2.6)', async () => {
    const run = await hujifen(['policy', '--diff', '2017', '2022', '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Version 2017 → 2022/m);
    assert.match(
      run.stdout,
      /\(vetoes\)\n {2}items \(items\): family-planning violation, serious criminal offence → serious criminal offence$/m,
    );
    const d = JSON.parse((await hujifen(['policy', '--diff', '2013', '2017', '--json'])).stdout) as { params: { id: string }[] };
    // 2013 → 2017: SI-base tiers and cap (100 → 120) and investment cap (100 → 120) changed (§2.1)
    assert.ok(d.params.some((p) => p.id === 'siBase'));
    assert.ok(d.params.some((p) => p.id === 'investment'));
  });

  it('--diff in Chinese says each change in words, the raw path only in brackets', async () => {
    const run = await hujifen(['policy', '--diff', '2013', '2022']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ {2}外省市技能证书 \(outOfTownSkillRule\): 须在本市复评或验证 → 须可在全国联网系统或市人社局网站查询$/m);
    assert.match(run.stdout, /^ {2}事项 \(items\): 违反计划生育、严重刑事犯罪 → 严重刑事犯罪$/m);
    assert.match(run.stdout, /^ {2}档次 · 3倍档 · 需达到的月数 \(tiers\[3\]\.months\): （无） → 24$/m);
    assert.match(run.stdout, /^ {2}整项: 不存在 → 有效$/m);
    assert.match(run.stdout, /^申请条件 \(eligibility\)$/m);
    // outside the brackets no Latin word is left: no id, option or path reaches a Chinese reader
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('  ') && !l.includes('条文：') && !/^ {2}20\d\d:/.test(l));
    assert.deepEqual(
      lines.filter((l) => /[A-Za-z]/.test(l.replace(/\([^()]*\)/g, ''))),
      [],
    );
  });

  it('--diff with one version: exit 2', async () => {
    const run = await hujifen(['policy', '--diff', '2017']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--diff 需要两个版本/);
  });
});

describe('catalog and plan', { concurrency: 3 }, () => {
  it('catalog 焊工: the skill occupation, 15–140 by level (§2.3)', async () => {
    const run = await hujifen(['catalog', '焊工', '--limit', '1']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^1\. 焊工 — .*高技能人才职业、工种目录/m);
    assert.match(run.stdout, /五级15\/四级30\/三级60\/二级100\/一级140/);
  });

  it('catalog welder --lang en: found by its English name, shown with the official Chinese name', async () => {
    const run = await hujifen(['catalog', 'welder', '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Catalogue search for "welder": 1 hit\(s\)$/m);
    assert.match(run.stdout, /^1\. Welder \(焊工\) — High-skill occupations and trades catalogue$/m);
    assert.match(run.stdout, /^ {3}Match: exact name · confidence medium$/m);
  });

  it('catalog of a name on no catalogue says it scores nothing', async () => {
    const run = await hujifen(['catalog', '宇航员', '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /"宇航员" is not on the catalogue: it scores no points/);
  });

  // 102 as worked out in score.test.ts (SI years counted to 2024-11: 59 months → 12)
  it("plan --json: the skilled worker's gap today is 18 points (120 − 102)", async () => {
    const run = await hujifen(['plan', join(EXAMPLES, 'skilled-worker.json'), '--date', '2024-12-16', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const p = JSON.parse(run.stdout) as { gap: { total: number; points: number }; actions: unknown[] };
    assert.equal(p.gap.total, 102);
    assert.equal(p.gap.points, 18);
    assert.ok(p.actions.length > 0);
    const text = await hujifen(['plan', join(EXAMPLES, 'skilled-worker.json'), '--date', '2024-12-16']);
    assert.match(text.stdout, /^现状：已评分 · 总积分 102 \/ 120 · 若符合条件 102，还差 18 分/m);
  });
});
