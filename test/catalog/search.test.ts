import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entries, namesOf, notOnCatalogue, search } from '../../src/catalog/index.ts';
import type { Said } from '../../src/core/message.ts';
import { say } from '../../src/messages/catalogue.ts';

const en = (s: Said | null | undefined) => (s ? say('en', s) : '');
const zh = (s: Said | null | undefined) => (s ? say('zh', s) : '');

/** The first hit's entry name and match kind. */
function first(query: string) {
  const hit = search(query).hits[0];
  return hit ? { name: hit.entry.name, match: hit.match } : undefined;
}

describe('search: what people type finds the intended entry first', () => {
  const cases: [string, string, string][] = [
    // query, expected first entry, how it matched
    ['焊工', '焊工', 'exact'],
    ['热处理工', '金属热处理工', 'exact'],
    ['注册安全工程师（中级）', '注册安全工程师(中级)', 'exact'],
    ['52030100', '城市轨道交通车辆', 'exact'],
    ['一建', '建造师(一级)', 'alias'],
    ['一级建造师', '建造师(一级)', 'alias'],
    ['中级会计', '会计专业技术资格(中级)', 'alias'],
    ['中级会计师', '会计专业技术资格(中级)', 'alias'],
    ['软考中级', '计算机技术与软件专业技术资格(中级、高级)', 'alias'],
    ['中级软考', '计算机技术与软件专业技术资格(中级、高级)', 'alias'],
    ['中级经济师', '经济专业技术资格(中级)', 'alias'],
    ['CPA', '注册会计师', 'alias'],
    ['司法考试', '法律职业资格', 'alias'],
    ['法考', '法律职业资格', 'alias'],
    ['注安', '注册安全工程师(中级)', 'alias'],
    ['一级造价', '造价工程师(一级)', 'alias'],
    ['程序员', '计算机程序设计员', 'alias'],
    ['电工证', '电工', 'alias'],
    ['软件测试', '计算机软件测试员', 'alias'],
    ['网络安全', '网络与信息安全管理员', 'alias'],
    ['数控', '多工序数控机床操作调整工', 'alias'],
    ['电焊工', '焊工', 'alias'],
    ['汽修', '汽车维修工', 'alias'],
    ['叉车', '起重装卸机械操作工', 'alias'],
    ['半导体芯片', '半导体芯片制造工', 'prefix'],
    ['起重', '起重工', 'prefix'],
    ['信息安全管理员', '网络与信息安全管理员', 'substring'],
    ['dg', '电工', 'pinyin'],
    ['diangong', '电工', 'pinyin'],
    ['dianGong', '电工', 'pinyin'],
    ['hangong', '焊工', 'pinyin'],
    ['yijian', '建造师(一级)', 'pinyin'],
    ['焊功', '焊工', 'typo'],
    ['电梯安装维修功', '电梯安装维修工', 'typo'],
  ];
  for (const [query, name, match] of cases) {
    it(`${query} → ${name} (${match})`, () => assert.deepEqual(first(query), { name, match }));
  }
});

describe('search: not on the catalogue', () => {
  for (const query of ['美容师', '厨师']) {
    it(`${query} is reported as not on the catalogue, with the consequence`, () => {
      const r = search(query);
      assert.equal(r.found, false);
      assert.deepEqual(r.hits, []);
      assert.ok(r.notFound);
      assert.equal(zh(r.notFound.text), `「${query}」不在目录内，不能积分`);
      assert.equal(en(r.notFound.text), `"${query}" is not on the catalogue: it scores no points`);
      assert.match(zh(r.notFound.consequence), /不能积分/);
      assert.match(en(r.notFound.consequence), /scores no points/);
      assert.match(zh(r.notFound.consequence), /职称证书不受目录限制/, 'titles are not catalogue-bound');
      assert.match(zh(r.notFound.consequence), /可能不完整/, 'the catalogues held are incomplete');
      assert.deepEqual(notOnCatalogue(query), r.notFound);
    });
  }

  it('a typo neighbour is a suggestion, not a find', () => {
    const r = search('焊功');
    assert.equal(r.found, false);
    assert.deepEqual(
      r.notFound?.suggestions.map((s) => s.name),
      ['焊工'],
    );
    assert.match(zh(r.notFound?.didYouMean), /焊工/);
  });

  it('二级建造师 is not on the catalogue; 建造师(一级) is suggested', () => {
    const r = search('二级建造师');
    assert.equal(r.found, false);
    assert.deepEqual(
      r.notFound?.suggestions.map((s) => s.id),
      ['qual-08'],
    );
  });

  it('a near-identical major name is not a match (name and code must match exactly)', () => {
    const r = search('机械制造及自动化', { catalogs: ['shortageMajors'] });
    assert.equal(r.found, false);
    assert.match(zh(r.notFound?.consequence), /名称和代码完全一致/);
    assert.equal(search('52030101', { catalogs: ['shortageMajors'] }).hits.length, 0, 'codes do not take typos');
  });

  it('a found query has no not-found answer; an empty query has neither hits nor an answer', () => {
    assert.equal(notOnCatalogue('焊工'), null);
    assert.deepEqual(search('  （）'), { query: '  （）', found: false, hits: [], notFound: null });
  });
});

describe('search: what a hit carries', () => {
  it('a skill occupation gives 15–140 by level, with its conditions in zh and en', () => {
    const hit = search('焊工').hits[0]!;
    assert.equal(hit.catalog, 'skillOccupations');
    assert.deepEqual(hit.ref, { catalog: 'skillOccupations', id: 'skill-30', name: '焊工', nameEn: 'Welder' });
    assert.equal(hit.points.min, 15);
    assert.equal(hit.points.max, 140);
    assert.deepEqual(hit.points.byLevel, { 5: 15, 4: 30, 3: 60, 2: 100, 1: 140 });
    assert.equal(zh(hit.points.text), '15–140分，按等级：五级15/四级30/三级60/二级100/一级140');
    assert.match(en(hit.points.text), /^15–140 by level: level 5 → 15/);
    assert.ok(hit.conditions.length >= 3);
    for (const c of hit.conditions) assert.ok(zh(c).length > 0 && en(c).length > 0);
    assert.ok(hit.conditions.some((c) => zh(c).includes('所聘岗位相符')));
  });

  it('a qualification gives 100 as a mid-level equivalent and names its titles', () => {
    const hit = search('一建').hits[0]!;
    assert.equal(hit.points.min, 100);
    assert.equal(hit.points.max, 100);
    assert.equal(zh(hit.points.text), '100分（视同中级职称）');
    assert.ok(hit.conditions.some((c) => zh(c).includes('工程师或经济师')));
    assert.ok(
      hit.conditions.some((c) => zh(c).includes('注册有效期')),
      'registration-type',
    );
  });

  it('a shortage major gives 30', () => {
    const hit = search('园艺技术').hits[0]!;
    assert.equal(hit.catalog, 'shortageMajors');
    assert.equal(hit.points.max, 30);
    assert.ok(hit.conditions.some((c) => zh(c).includes('51010500')));
  });

  it('tells whether an entry is on its catalogue on the given date', () => {
    assert.equal(search('疫苗制品工', { date: '2022-05-31' }).hits[0]?.inForce, false);
    assert.equal(search('疫苗制品工', { date: '2022-06-01' }).hits[0]?.inForce, true);
    assert.equal(search('疫苗制品工').hits[0]?.inForce, null);
    assert.ok(search('疫苗制品工').hits[0]?.conditions.some((c) => zh(c).includes('2022-06-01')));
  });

  it('the out-of-town rule in the conditions follows the version in force', () => {
    const at = (date: string) => search('焊工', { date }).hits[0]!.conditions.map(zh).join('；');
    assert.match(at('2019-06-01'), /在本市复评或验证/);
    assert.match(at('2024-06-01'), /全国联网查询系统/);
  });

  it('ranks exact > alias > prefix > substring > pinyin > typo, and honours limit and catalogue filters', () => {
    const r = search('电工');
    assert.equal(r.hits[0]?.entry.name, '电工');
    for (let i = 1; i < r.hits.length; i++) assert.ok(r.hits[i - 1]!.rank <= r.hits[i]!.rank);
    assert.equal(search('工', { limit: 3 }).hits.length, 3);
    assert.ok(search('工程师', { catalogs: ['qualifications'] }).hits.every((h) => h.catalog === 'qualifications'));
  });

  it('every official name and alias finds its own entry first', () => {
    for (const catalog of ['skillOccupations', 'qualifications', 'shortageMajors'] as const) {
      for (const e of entries(catalog)) {
        for (const name of namesOf(e)) assert.equal(search(name).hits[0]?.entry.id, e.id, name);
        for (const alias of e.aliases) assert.equal(search(alias).hits[0]?.entry.id, e.id, alias);
      }
    }
  });
});
