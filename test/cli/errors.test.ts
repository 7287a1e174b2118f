// Bad input and bad options: a clear zh + en message naming each bad field, the documented exit code,
// never a stack trace, never the personal data itself.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EXAMPLES, hasStackTrace, hujifen, tempDir } from './helpers.ts';

const EXIT = { ok: 0, usage: 2, invalidInput: 3, io: 4 };
const ID_NUMBER = '11010519491231002Y'; // 18 characters, wrong check digit

describe('bad input', { concurrency: 4 }, () => {
  const tmp = tempDir('errors');
  let bad: string;
  let syntax: string;
  before(() => {
    bad = join(tmp.dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        birthDate: '1990-02-30',
        idNumber: ID_NUMBER,
        education: [{ level: 'phd' }],
        socialInsurance: [{ month: '2024-13', base: 100.5 }],
      }),
    );
    syntax = join(tmp.dir, 'syntax.json');
    writeFileSync(syntax, `{\n  "birthDate": "1990-01-01",\n  "secret": "张三 ${ID_NUMBER}"\n  "education": []\n}`);
  });
  after(() => tmp.cleanup());

  it('an invalid applicant: exit 3, every bad field named in zh and en, no value echoed', async () => {
    const run = await hujifen(['score', bad, '--date', '2024-12-16']);
    assert.equal(run.code, EXIT.invalidInput);
    assert.equal(run.stdout, '');
    for (const expected of [
      /出生日期（birthDate）：不是有效的日历日期 \/ not a real calendar date/,
      /身份证号（idNumber）：身份证号须为18位且校验码正确 \/ ID number must be 18 characters with a valid checksum/,
      /education\[0\]\.level）：取值无效/,
      /socialInsurance\[0\]\.month）：月份格式应为 YYYY-MM/,
      /socialInsurance\[0\]\.base）：金额须为整数元 \/ must be whole yuan/,
    ]) {
      assert.match(run.stderr, expected);
    }
    assert.match(run.stderr, /申请人数据有5处错误 \/ the applicant has 5 invalid field\(s\)/);
    assert.ok(!run.stderr.includes(ID_NUMBER), 'the ID number is never printed');
    assert.ok(!hasStackTrace(run.stderr));
  });

  it('--lang en puts English first', async () => {
    const run = await hujifen(['score', bad, '--date', '2024-12-16', '--lang', 'en']);
    assert.equal(run.code, EXIT.invalidInput);
    assert.match(run.stderr, /^Error: the applicant has 5 invalid field\(s\) \/ 申请人数据有5处错误$/m);
    assert.match(run.stderr, /birthDate \(出生日期\): not a real calendar date \/ 不是有效的日历日期/);
  });

  it('a JSON syntax error: exit 3 with the line, without quoting the file', async () => {
    const run = await hujifen(['score', syntax]);
    assert.equal(run.code, EXIT.invalidInput);
    assert.match(run.stderr, /第4行.*格式错误.*not valid JSON\/YAML at line 4/);
    assert.ok(!run.stderr.includes('张三') && !run.stderr.includes(ID_NUMBER));
    assert.ok(!hasStackTrace(run.stderr));
  });

  it('a missing file: exit 4', async () => {
    const run = await hujifen(['score', join(tmp.dir, 'nope.yaml')]);
    assert.equal(run.code, EXIT.io);
    assert.match(run.stderr, /找不到文件 .*nope\.yaml \/ file not found/);
  });
});

describe('bad options', { concurrency: 4 }, () => {
  const engineer = join(EXAMPLES, 'engineer.json');
  const cases: [string, string[], RegExp][] = [
    ['an impossible date', ['score', engineer, '--date', '2024-02-30'], /日期须为 YYYY-MM-DD 格式的有效日期 \/ must be a real date/],
    [
      'a date before the scheme began',
      ['score', engineer, '--date', '2012-01-01'],
      /早于积分制度施行日（2013-07-01） \/ before the points scheme began/,
    ],
    ['an unknown version', ['score', engineer, '--version', '1999'], /未知的版本（可选：2013, 2017, 2022） \/ unknown version/],
    ['an unknown reading option', ['score', engineer, '--reading', 'R1=sometimes'], /R1没有该选项.*\/ R1 has no such option/],
    ['a malformed reading', ['score', engineer, '--reading', 'R1'], /格式应为 编号=选项/],
    ['an unknown command', ['frobnicate'], /unknown command/],
    ['batch without --out', ['batch', join(EXAMPLES, 'batch.csv')], /缺少 --out 输出文件 \/ missing --out/],
    [
      'batch with a bad --jobs',
      ['batch', join(EXAMPLES, 'batch.csv'), '--out', '/tmp/x.csv', '--jobs', 'two'],
      /must be a whole number from 0 to 64/,
    ],
    ['batch to an unknown format', ['batch', join(EXAMPLES, 'batch.csv'), '--out', '/tmp/x.ods'], /须为 \.csv 或 \.xlsx/],
  ];
  for (const [name, args, message] of cases) {
    it(`${name}: exit 2`, async () => {
      const run = await hujifen(args);
      assert.equal(run.code, EXIT.usage, run.stderr);
      assert.match(run.stderr, message);
      assert.ok(!hasStackTrace(run.stderr));
    });
  }
});

describe('help', () => {
  it('hujifen score --help: examples, exit 0 (run as a user would)', async () => {
    const run = await hujifen(['score', '--help']);
    assert.equal(run.code, EXIT.ok);
    assert.match(run.stdout, /Examples \/ 示例:\n {2}hujifen score /);
  });

  it('every command has --help with examples', async () => {
    const { buildProgram } = await import('../../src/cli/main.ts');
    const program = buildProgram();
    const help = (cmd: typeof program) => {
      let text = '';
      cmd.configureOutput({ writeOut: (s) => (text += s) });
      cmd.outputHelp();
      return text;
    };
    assert.match(help(program), /Examples \/ 示例:\n {2}hujifen /);
    const names = program.commands.map((c) => c.name()).sort();
    assert.deepEqual(names, ['batch', 'catalog', 'hukou', 'plan', 'policy', 'score', 'template']);
    for (const cmd of program.commands) assert.match(help(cmd), new RegExp(`Examples / 示例:\\n {2}hujifen ${cmd.name()} `), cmd.name());
  });
});
