// The catalogue files against the founding document's lists, copied here by hand (the tests never read ../shared).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { qualificationsFile, skillOccupationsFile } from '../../src/catalog/file-schema.ts';
import { catalogs, entries, findExact, getEntry, inForce, namesOf } from '../../src/catalog/index.ts';

// The seed's 高技能人才职业、工种目录, items 1–62 in order; 36 has two names.
const SKILLS = [
  '半导体芯片制造工',
  '电子产品制版工',
  '印刷电路制作工',
  '计算机程序设计员',
  '计算机软件测试员',
  '网络与信息安全管理员',
  '信息通信网络动力机务员',
  '信息通信网络终端维修员',
  '药物检验员',
  '化学合成制药工',
  '药物制剂工',
  '生化药品制造工',
  '金属船体制造工',
  '船舶机械装配工',
  '船舶电气装配工',
  '船舶木塑帆缆制造工',
  '飞机装配工',
  '航空发动机装配工',
  '飞机系统安装调试工',
  '航空电气安装调试工',
  '航空装配平衡工',
  '飞机外场调试与维护工',
  '汽车饰件制造工',
  '汽车装调工',
  '汽车生产线操作工',
  '车工',
  '钳工',
  '刨插工',
  '铣工',
  '焊工',
  '电工',
  '磨工',
  '镗工',
  '电切削工',
  '锻造工',
  '金属热处理工/热处理工',
  '模具工',
  '压缩机操作工',
  '起重工',
  '工业废水处理工',
  '冲压工',
  '多工序数控机床操作调整工',
  '电机制造工',
  '机床装调维修工',
  '仪器仪表维修工',
  '变电设备检修工',
  '工程机械维修工',
  '制冷空调系统安装维修工',
  '电梯安装维修工',
  '计量员',
  '化学检验员',
  '试验员',
  '无损检测员',
  '船舶甲板设备操作工',
  '船舶机舱设备操作工',
  '轨道列车司机',
  '动车组制修师',
  '铁路线桥工',
  '牵引电力线路安装维护工',
  '轨道交通信号工',
  '汽车维修工',
  '起重装卸机械操作工',
];

// The seed's 专业技术类职业资格目录, items 1–56 ("A,B" = one entry with two names), with the title(s) it can be appointed to.
const QUALIFICATIONS: [string, string[]][] = [
  ['注册消防工程师(一级)', ['工程师']],
  ['注册核安全工程师', ['工程师']],
  ['注册建筑师(一级)', ['工程师']],
  ['监理工程师', ['工程师']],
  ['房地产估价师', ['经济师']],
  ['造价工程师(一级),造价工程师', ['工程师', '经济师']],
  ['注册城乡规划师,注册城市规划师', ['工程师', '经济师']],
  ['建造师(一级)', ['工程师', '经济师']],
  ['注册验船师(A级、B级)', ['工程师']],
  ['注册设备监理师', ['工程师']],
  ['注册计量师(一级)', ['工程师']],
  ['注册安全工程师(中级),注册安全工程师', ['工程师']],
  ['执业药师(执业中药师)', ['主管药师(主管中药师)']],
  ['注册测绘师', ['工程师']],
  ['工程咨询(投资)专业技术人员职业资格,注册咨询工程师(投资)', ['工程师', '经济师']],
  ['通信专业技术人员职业资格(中级)', ['工程师']],
  ['计算机技术与软件专业技术资格(中级、高级)', ['工程师']],
  ['社会工作者(中级),社会工作师', ['社会工作师']],
  ['经济专业技术资格(中级)', ['经济师']],
  ['会计专业技术资格(中级)', ['会计师']],
  ['统计专业技术资格(中级)', ['统计师']],
  ['审计专业技术资格(中级)', ['审计师']],
  ['资产评估师', ['经济师']],
  ['土地登记代理专业人员职业资格', ['经济师']],
  ['房地产经纪专业人员职业资格(房地产经纪人)', ['经济师']],
  ['银行业专业人员职业资格(中级)', ['经济师']],
  ['税务师,注册税务师', ['经济师']],
  ['环境影响评价工程师', ['工程师']],
  ['公路水运工程试验检测专业技术人员职业资格(试验检测师)', ['工程师']],
  ['机动车检测维修专业技术人员职业资格', ['工程师']],
  ['卫生专业技术资格(中级)', ['主治医师', '主管医师', '主管药师', '主管护师', '主管技师', '助理研究员']],
  ['出版专业技术人员职业资格(中级)', ['编辑']],
  ['翻译专业资格(中级)', ['二级翻译']],
  ['注册结构工程师', ['工程师']],
  ['注册土木工程师(岩土)', ['工程师']],
  ['注册土木工程师(港口与航道工程)', ['工程师']],
  ['注册土木工程师(水利水电工程)', ['工程师']],
  ['注册土木工程师(道路工程)', ['工程师']],
  ['注册化工工程师', ['工程师']],
  ['注册电气工程师', ['工程师']],
  ['注册公用设备工程师', ['工程师']],
  ['注册环保工程师', ['工程师']],
  ['企业法律顾问', ['经济师']],
  ['质量(中级)', ['工程师']],
  ['国际商务师', ['经济师']],
  ['广告师', ['经济师']],
  ['价格鉴证师', ['经济师']],
  ['招标师', ['经济师']],
  ['物业管理师', ['经济师']],
  ['棉花质量检验师', ['工程师']],
  ['一级地震安全性评价工程师', ['工程师']],
  ['管理咨询师', ['经济师', '会计师']],
  ['矿业权评估师', ['经济师']],
  ['人才中介师', ['经济师']],
  ['注册会计师', ['会计师']],
  ['法律职业资格,执业律师', []],
];

describe('skill-occupation catalogue', () => {
  const list = entries('skillOccupations');

  it('holds the seed’s 62 items plus 疫苗制品工 (63)', () => {
    assert.equal(list.length, 63);
    assert.deepEqual(
      list.map((e) => e.number),
      Array.from({ length: 63 }, (_, i) => i + 1),
    );
  });

  it('has every seed item once, with its exact name, in order', () => {
    const names = list.slice(0, 62).map((e) => [e.name, ...e.altNames].join('/'));
    assert.deepEqual(names, SKILLS);
    const all = list.flatMap((e) => namesOf(e));
    assert.equal(new Set(all).size, all.length, 'no name appears twice');
    for (const e of list.slice(0, 62)) assert.ok(e.source.includes('seed'), `${e.name} cites the seed`);
  });

  it('treats 金属热处理工/热处理工 as one entry with both names', () => {
    const e = findExact('skillOccupations', '热处理工');
    assert.equal(e?.number, 36);
    assert.equal(e?.name, '金属热处理工');
    assert.deepEqual(e?.altNames, ['热处理工']);
  });

  it('adds 疫苗制品工 as item 63 from 2022-06-01, medium confidence', () => {
    const e = list[62];
    assert.equal(e?.name, '疫苗制品工');
    assert.equal(e?.from, '2022-06-01');
    assert.equal(e?.confidence, 'medium');
    assert.equal(inForce(e!, '2022-05-31'), false);
    assert.equal(inForce(e!, '2022-06-01'), true);
  });

  it('spot checks: number → name', () => {
    const byNumber = new Map(list.map((e) => [e.number, e.name]));
    const spots: [number, string][] = [
      [1, '半导体芯片制造工'],
      [4, '计算机程序设计员'],
      [6, '网络与信息安全管理员'],
      [18, '航空发动机装配工'],
      [22, '飞机外场调试与维护工'],
      [30, '焊工'],
      [31, '电工'],
      [42, '多工序数控机床操作调整工'],
      [50, '计量员'],
      [57, '动车组制修师'],
      [61, '汽车维修工'],
      [62, '起重装卸机械操作工'],
    ];
    for (const [n, name] of spots) assert.equal(byNumber.get(n), name, `item ${n}`);
  });
});

describe('qualification catalogue', () => {
  const list = entries('qualifications');

  it('has the seed’s 56 items, each once, with exact names and titles', () => {
    assert.equal(list.length, 56);
    assert.deepEqual(
      list.map((e) => [[e.name, ...e.altNames].join(','), e.titles]),
      QUALIFICATIONS,
    );
    const all = list.flatMap((e) => namesOf(e));
    assert.equal(new Set(all).size, all.length, 'no name appears twice');
  });

  it('spot checks: number → name', () => {
    const byNumber = new Map(list.map((e) => [e.number, e.name]));
    const spots: [number, string][] = [
      [1, '注册消防工程师(一级)'],
      [8, '建造师(一级)'],
      [13, '执业药师(执业中药师)'],
      [17, '计算机技术与软件专业技术资格(中级、高级)'],
      [20, '会计专业技术资格(中级)'],
      [31, '卫生专业技术资格(中级)'],
      [33, '翻译专业资格(中级)'],
      [43, '企业法律顾问'],
      [44, '质量(中级)'],
      [54, '人才中介师'],
      [55, '注册会计师'],
      [56, '法律职业资格'],
    ];
    for (const [n, name] of spots) assert.equal(byNumber.get(n), name, `item ${n}`);
  });

  it('reads the garbled last rows as R14 says: 55 → 会计师 (low), 56 → no title, human check', () => {
    const cpa = getEntry('qual-55')?.entry;
    assert.ok(cpa && 'titles' in cpa);
    assert.deepEqual(cpa.titles, ['会计师']);
    assert.equal(cpa.confidence, 'low');
    assert.deepEqual(cpa.readings, ['R14']);
    const law = findExact('qualifications', '执业律师');
    assert.equal(law?.number, 56);
    assert.deepEqual(law?.titles, []);
    assert.equal(law?.needsHumanCheck, true);
  });

  it('marks registration-type (注册类) qualifications', () => {
    for (const name of ['建造师(一级)', '执业药师', '注册建筑师(一级)', '注册结构工程师', '监理工程师', '注册安全工程师']) {
      assert.equal(findExact('qualifications', name)?.registration, true, name);
    }
    for (const name of ['会计专业技术资格(中级)', '经济专业技术资格(中级)', '计算机技术与软件专业技术资格(中级、高级)', '税务师']) {
      assert.equal(findExact('qualifications', name)?.registration, false, name);
    }
  });

  it('marks qualifications awarded by national examination', () => {
    assert.equal(findExact('qualifications', '会计专业技术资格(中级)')?.obtainedBy, 'nationalExam');
    assert.equal(findExact('qualifications', '人才中介师')?.obtainedBy, 'unknown');
  });
});

describe('shortage-major catalogue', () => {
  it('is marked incomplete: 8 of 105 known', () => {
    const v = catalogs.shortageMajors.meta.version;
    assert.equal(v.complete, false);
    assert.equal(v.expectedCount, 105);
    assert.equal(entries('shortageMajors').length, 8);
    assert.ok(catalogs.shortageMajors.meta.matchRule?.zh.includes('完全一致'));
  });

  it('keeps codes and names exactly', () => {
    const e = findExact('shortageMajors', '城市轨道交通车辆');
    assert.equal(e?.code, '52030100');
    assert.equal(e?.category, '城市轨道交通运输类');
    assert.equal(findExact('shortageMajors', '园艺技术')?.code, '51010500');
  });
});

describe('lookup and validation', () => {
  it('matches names exactly after normalising brackets and width, and aliases, but never fuzzily', () => {
    assert.equal(findExact('qualifications', '注册安全工程师（中级）')?.number, 12);
    assert.equal(findExact('qualifications', '一建')?.number, 8);
    assert.equal(findExact('skillOccupations', '焊功'), undefined);
    assert.equal(findExact('skillOccupations', '建造师(一级)'), undefined, 'lookups stay inside their catalogue');
  });

  it('every catalogue carries version metadata', () => {
    for (const c of Object.values(catalogs)) {
      assert.ok(c.meta.version.source.length > 0);
      assert.match(c.meta.version.from, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(c.meta.version.knownCount, c.entries.length);
    }
  });

  it('the schemas reject a qualification without title or human check, and a wrong count', () => {
    const qual = {
      id: 'qual-01',
      number: 1,
      name: 'x',
      nameEn: 'x',
      titles: [],
      titlesEn: [],
      registration: false,
      obtainedBy: 'nationalExam',
      source: ['seed'],
      from: '2013-07-01',
      confidence: 'low',
    };
    const meta = (id: string, knownCount: number) => ({
      id,
      name: { zh: 'x', en: 'x' },
      version: {
        label: { zh: 'x', en: 'x' },
        from: '2013-07-01',
        publishedOn: null,
        lastKnownChange: null,
        source: ['seed'],
        complete: true,
        knownCount,
        confidence: 'low',
      },
    });
    assert.equal(qualificationsFile.safeParse({ catalog: meta('qualifications', 1), entries: [qual] }).success, false);
    assert.equal(
      qualificationsFile.safeParse({ catalog: meta('qualifications', 1), entries: [{ ...qual, needsHumanCheck: true }] }).success,
      true,
    );
    const skill = { id: 'skill-01', number: 1, name: 'x', nameEn: 'x', source: ['seed'], from: '2013-07-01', confidence: 'low' };
    assert.equal(skillOccupationsFile.safeParse({ catalog: meta('skillOccupations', 1), entries: [skill] }).success, true);
    assert.equal(skillOccupationsFile.safeParse({ catalog: meta('skillOccupations', 2), entries: [skill] }).success, false);
  });

  it('the schemas require an English name without Chinese or full-width punctuation, and each title in English', () => {
    const skill = { id: 'skill-01', number: 1, name: '焊工', nameEn: 'Welder', source: ['seed'], from: '2013-07-01', confidence: 'low' };
    const meta = {
      id: 'skillOccupations',
      name: { zh: 'x', en: 'x' },
      version: { label: { zh: 'x', en: 'x' }, from: '2013-07-01', publishedOn: null, lastKnownChange: null, source: ['seed'] },
    };
    const file = (entry: object) => ({
      catalog: { ...meta, version: { ...meta.version, complete: true, knownCount: 1, confidence: 'low' } },
      entries: [entry],
    });
    assert.equal(skillOccupationsFile.safeParse(file(skill)).success, true);
    const { nameEn: _, ...noEnglish } = skill;
    const missing = skillOccupationsFile.safeParse(file(noEnglish));
    assert.equal(missing.success, false);
    assert.deepEqual(missing.error?.issues[0]?.path, ['entries', 0, 'nameEn']);
    for (const nameEn of ['焊工', 'Welder（Grade I）', 'Welder，gas', 'Welder\u3000gas', '']) {
      assert.equal(skillOccupationsFile.safeParse(file({ ...skill, nameEn })).success, false, nameEn);
    }
    const qual = {
      ...skill,
      id: 'qual-01',
      name: '建造师(一级)',
      nameEn: 'Constructor (Grade I)',
      titles: ['工程师', '经济师'],
      titlesEn: ['Engineer', 'Economist'],
      registration: true,
      obtainedBy: 'nationalExam',
    };
    const qualFile = (entry: object) => ({ ...file(entry), catalog: { ...file(entry).catalog, id: 'qualifications' } });
    assert.equal(qualificationsFile.safeParse(qualFile(qual)).success, true);
    const short = qualificationsFile.safeParse(qualFile({ ...qual, titlesEn: ['Engineer'] }));
    assert.deepEqual(short.error?.issues[0]?.path, ['entries', 0, 'titlesEn']);
    assert.equal(qualificationsFile.safeParse(qualFile({ ...qual, titlesEn: ['Engineer', '经济师'] })).success, false);
  });
});
