// `hujifen batch` on a generated 1,000,000-row CSV: the same file parsed alone (csv-parse stream, the batch's
// options) against the full batch (default --jobs, and 2 workers), measured as a user runs it: a child process,
// its peak RSS taken by /usr/bin/time -v (or by sampling /proc when that is missing). Floors: batch time / parse
// time ≤ 2.0; peak RSS < 300 MB; 1,000,000 rows in < 60 s. Then where the time of one row goes, measured in-process.
// Every row is different (own 编号, random facts); nothing is cached across rows.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';

const ROWS = Number(process.env['BATCH_BENCH_ROWS'] ?? 1_000_000);
const DATE = '2024-12-16';
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'hujifen.mjs');
const FLOORS = { ratio: 2.0, rssMb: 300, seconds: 60 };

const { CSV_PARSE_OPTIONS } = await import('../src/cli/batch/csv-source.ts');

const HEADER = [
  '编号',
  '出生日期',
  '学历',
  '全日制',
  '毕业日期',
  '证书类型',
  '证书名称',
  '技能等级',
  '职称等级',
  '取得日期',
  '取得方式',
  '在沪工作期间取得',
  '岗位相符',
  '社保月数',
  '月缴费基数',
  '配偶上海户籍',
  '结婚日期',
  '新城年数',
  '行政拘留日期',
];
const EDUCATION = ['大专', '本科', '本科学士', '硕士', '博士', ''];
const CERTS = [
  ['技能等级', '焊工', '三级', ''],
  ['技能等级', '电工', '二级', ''],
  ['技能等级', '计算机程序设计员', '四级', ''],
  ['职称', '工程师', '', '中级'],
  ['职称', '高级工程师', '', '高级'],
  ['', '', '', ''],
  ['', '', '', ''],
];

/** A small deterministic generator (LCG): the same file on every run. */
function rng(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

async function generate(path: string): Promise<void> {
  const r = rng(42);
  const out = createWriteStream(path);
  const pad = (n: number) => String(n).padStart(2, '0');
  let chunk: string[][] = [HEADER];
  for (let i = 0; i < ROWS; i++) {
    const [kind, name, skill, title] = CERTS[r(CERTS.length)] as string[];
    const spouse = r(5) === 0;
    chunk.push([
      `B${i}`,
      `${1966 + r(40)}-${pad(1 + r(12))}-${pad(1 + r(28))}`,
      EDUCATION[r(EDUCATION.length)] as string,
      r(4) ? '是' : '否',
      `${2000 + r(24)}-07-01`,
      kind as string,
      name as string,
      skill as string,
      title as string,
      kind ? `${2015 + r(9)}-${pad(1 + r(12))}-15` : '',
      kind === '职称' ? '评审' : kind ? '鉴定' : '',
      kind ? '是' : '',
      kind ? (r(5) ? '是' : '') : '',
      String(1 + r(120)),
      String(5000 + r(35000)),
      spouse ? '是' : '',
      spouse ? `${2005 + r(18)}-${pad(1 + r(12))}-01` : '',
      r(10) === 0 ? String(r(8)) : '',
      r(100) === 0 ? `${2020 + r(4)}-0${1 + r(9)}-10` : '',
    ]);
    if (chunk.length === 10_000) {
      if (!out.write(stringify(chunk))) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end(stringify(chunk));
  await once(out, 'close');
}

async function parseOnly(path: string): Promise<{ seconds: number; records: number }> {
  const start = performance.now();
  let records = 0;
  for await (const _ of createReadStream(path, { highWaterMark: 1 << 16 }).pipe(parse(CSV_PARSE_OPTIONS))) records++;
  return { seconds: (performance.now() - start) / 1000, records };
}

interface BatchRun {
  seconds: number;
  rssMb: number;
  code: number | null;
  how: string;
}

/** Runs the batch as a user would; peak RSS of that process (all its threads), not of this one. */
function batch(input: string, output: string, jobs: string[]): Promise<BatchRun> {
  const timeV = existsSync('/usr/bin/time');
  const args = [BIN, 'batch', input, '--out', output, '--date', DATE, ...jobs];
  const env = { ...process.env, NODE_OPTIONS: '' };
  const child = timeV
    ? spawn('/usr/bin/time', ['-v', process.execPath, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  let sampledKb = 0;
  const sampler = timeV
    ? undefined
    : setInterval(() => {
        const m = /VmHWM:\s+(\d+)/.exec(existsSync(`/proc/${child.pid}/status`) ? readFileSync(`/proc/${child.pid}/status`, 'utf8') : '');
        if (m) sampledKb = Math.max(sampledKb, Number(m[1]));
      }, 100);
  const start = performance.now();
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (sampler) clearInterval(sampler);
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const kb = m ? Number(m[1]) : sampledKb;
      if (code !== 0) process.stderr.write(stderr);
      resolve({ seconds, rssMb: kb / 1024, code, how: m ? '/usr/bin/time -v' : '/proc VmHWM sampling' });
    });
  });
}

/** Per-row cost of each stage, in-process, on the first rows of the same file. */
async function whereTimeGoes(path: string): Promise<void> {
  const { rowToApplicant } = await import('../src/cli/batch/row-to-applicant.ts');
  const { assessRow } = await import('../src/cli/batch/assess-row.ts');
  const { parseApplicant } = await import('../src/schema/index.ts');
  const { assess } = await import('../src/engine/assess.ts');
  const { mapHeaders } = await import('../src/cli/batch/headers.ts');
  const { COLUMNS } = await import('../src/cli/batch/layout.ts');
  const sample: string[][] = [];
  for await (const r of createReadStream(path).pipe(parse({ ...CSV_PARSE_OPTIONS, to_line: 20_001, from_line: 2 }))) {
    sample.push((r as { record: string[] }).record);
  }
  const keys = mapHeaders(HEADER, COLUMNS).keys;
  const index = new Map(keys.map((k, i) => [k ?? '', i]));
  const getter = (cells: string[]) => (k: string) => cells[index.get(k) ?? -1] ?? '';
  const inputs = sample.map((cells) => rowToApplicant(getter(cells), DATE, undefined).input);
  const valid = inputs.filter((x) => x !== undefined);
  const applicants = valid.map((x) => parseApplicant(x));
  const setup = { date: DATE, lang: 'zh' as const, keys, keep: HEADER.map((_, i) => i) };
  /** Microseconds per item of `f` over `items`, on a second pass (the first one warms the JIT up). */
  const time = <T>(items: readonly T[], f: (item: T, i: number) => unknown): number => {
    let us = 0;
    for (let pass = 0; pass < 2; pass++) {
      const t = performance.now();
      for (let i = 0; i < items.length; i++) f(items[i] as T, i);
      us = ((performance.now() - t) * 1000) / items.length;
    }
    return us;
  };
  const us = {
    rowToApplicant: time(sample, (cells) => rowToApplicant(getter(cells), DATE, undefined)),
    parseApplicant: time(valid, (x) => parseApplicant(x)),
    assess: time(applicants, (a) => assess(a, { date: DATE })),
    wholeRow: time(sample, (cells, i) => assessRow({ line: i + 2, cells }, setup)),
    stringify: time([sample], (rows) => stringify(rows)) / sample.length,
  };
  const months = applicants.reduce((n, a) => n + a.socialInsurance.length, 0) / applicants.length;
  console.log(`\nwhere one row's time goes (in-process, ${sample.length} rows, ${months.toFixed(0)} SI months on average):`);
  console.log(`  csv-stringify          ${us.stringify.toFixed(1)} µs`);
  console.log(`  row → applicant (cli)  ${us.rowToApplicant.toFixed(1)} µs`);
  console.log(`  parseApplicant (zod)   ${us.parseApplicant.toFixed(1)} µs`);
  console.log(`  assess (engine)        ${us.assess.toFixed(1)} µs`);
  console.log(`  whole row, as batch    ${us.wholeRow.toFixed(1)} µs (the three above + output cells and reasons)`);
}

const dir = mkdtempSync(join(tmpdir(), 'hujifen-batch-bench-'));
try {
  const input = join(dir, 'applicants.csv');
  let t = performance.now();
  await generate(input);
  console.log(
    `generated ${ROWS.toLocaleString('en')} rows (${(statSync(input).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  console.log(
    `machine: ${availableParallelism()} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other work on the machine slows every figure)`,
  );

  const p = await parseOnly(input);
  console.log(
    `parse only (csv-parse stream, batch options): ${p.records.toLocaleString('en')} records in ${p.seconds.toFixed(2)} s → ${Math.round(p.records / p.seconds).toLocaleString('en')} rows/s`,
  );

  let failed = false;
  for (const [label, jobs] of [
    ['--jobs default', []],
    ['--jobs 2', ['--jobs', '2']],
  ] as const) {
    const output = join(dir, 'out.csv');
    t = performance.now();
    const b = await batch(input, output, [...jobs]);
    if (b.code !== 0) throw new Error(`batch ${label} exited ${b.code}`);
    let lines = 0;
    for await (const chunk of createReadStream(output)) for (const byte of chunk as Buffer) if (byte === 10) lines++;
    rmSync(output);
    const ratio = b.seconds / p.seconds;
    const checks = [
      `ratio ${ratio.toFixed(2)} ${ratio <= FLOORS.ratio ? '≤' : '>'} ${FLOORS.ratio}`,
      `peak RSS ${b.rssMb.toFixed(0)} MB ${b.rssMb < FLOORS.rssMb ? '<' : '≥'} ${FLOORS.rssMb}`,
      `${b.seconds.toFixed(1)} s ${b.seconds < FLOORS.seconds ? '<' : '≥'} ${FLOORS.seconds}`,
    ];
    const met = [ratio <= FLOORS.ratio, b.rssMb < FLOORS.rssMb, b.seconds < FLOORS.seconds];
    failed ||= met.includes(false);
    console.log(
      `batch ${label}: ${(lines - 1).toLocaleString('en')} rows out in ${b.seconds.toFixed(1)} s → ${Math.round(ROWS / b.seconds).toLocaleString('en')} rows/s; peak RSS ${b.rssMb.toFixed(0)} MB (${b.how})`,
    );
    console.log(`  floors: ${checks.map((c, i) => `${c} ${met[i] ? 'met' : 'NOT met'}`).join('; ')}`);
    if (lines - 1 !== ROWS) throw new Error(`rows in ${ROWS} ≠ rows out ${lines - 1}`);
  }
  await whereTimeGoes(input);
  if (failed) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
