// `hujifen batch` on a generated 1,000,000-row CSV, measured as a user runs it (a child process running the
// compiled CLI, dist/cli, with its default --jobs), against parsing the same file alone with the same parser and
// options (a csv-parse stream, CSV_PARSE_OPTIONS, in one thread), measured in the same run. Peak RSS and CPU time
// come from /usr/bin/time -v (or peak RSS from sampling /proc when it is missing). Floors: batch time / parse
// time ≤ 2.0 (issue 4); peak RSS < 300 MB; 1,000,000 rows in ≤ 30 s (issue 15; < 60 s in issue 4). Then where the time of one row goes, in-process.
// Every row is different (own 编号, random facts); nothing is cached across rows. BATCH_BENCH_ROWS=N for a
// smaller file while working on it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { CsvSplitter } from '../src/batch/csv/chunks.ts';
import { CSV_PARSE_OPTIONS, parseCsvChunk } from '../src/batch/csv/source.ts';
import { defaultJobs } from '../src/cli/commands/batch.ts';

const ROWS = Number(process.env['BATCH_BENCH_ROWS'] ?? 1_000_000);
const DATE = '2024-12-16';
const ROOT = fileURLToPath(new URL('../', import.meta.url));
// The compiled CLI itself (npm run bench builds it first): bin/hujifen.mjs would fall back to tsx if a source
// file changed after the build, and measure that instead.
const CLI = pathToFileURL(join(ROOT, 'dist', 'cli', 'main.mjs')).href;
const FLOORS = { ratio: 2.0, rssMb: 300, seconds: 30 };

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

/** The parse-only baseline: the batch's parser and options over the whole file, in this one thread. */
async function parseOnly(path: string): Promise<{ seconds: number; cpu: number; records: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let records = 0;
  for await (const _ of createReadStream(path, { highWaterMark: 1 << 16 }).pipe(parse(CSV_PARSE_OPTIONS))) records++;
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6, records };
}

interface BatchRun {
  seconds: number;
  rssMb: number;
  /** User + system CPU seconds of the whole process (every thread), when /usr/bin/time is there. */
  cpu: number | undefined;
  code: number | null;
  how: string;
}

/** Runs the batch in a child process; peak RSS of that process (all its threads), not of this one. */
function batch(input: string, output: string): Promise<BatchRun> {
  const timeV = existsSync('/usr/bin/time');
  // A file, not `node -e`: worker threads inherit the flags, and `--input-type` refuses a worker's file.
  const entry = join(dirname(input), 'run-cli.mjs');
  writeFileSync(entry, `const cli = await import(${JSON.stringify(CLI)});\nprocess.exitCode = await cli.run(process.argv.slice(2));\n`);
  const args = [entry, 'batch', input, '--out', output, '--date', DATE];
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
      const field = (name: string) => new RegExp(`${name}: ([\\d.]+)`).exec(stderr)?.[1];
      const kb = field('Maximum resident set size \\(kbytes\\)');
      const user = field('User time \\(seconds\\)');
      const system = field('System time \\(seconds\\)');
      if (code !== 0) process.stderr.write(stderr);
      resolve({
        seconds,
        rssMb: (kb ? Number(kb) : sampledKb) / 1024,
        cpu: user && system ? Number(user) + Number(system) : undefined,
        code,
        how: kb ? '/usr/bin/time -v' : '/proc VmHWM sampling',
      });
    });
  });
}

/** Per-row cost of each stage of a worker's task, in-process, on the first rows of the same file. */
async function whereTimeGoes(
  path: string,
): Promise<Record<'parse' | 'rowToApplicant' | 'parseApplicant' | 'assess' | 'wholeRow' | 'format', number>> {
  const { rowToApplicant } = await import('../src/batch/row/to-applicant.ts');
  const { assessRow } = await import('../src/batch/row/assess.ts');
  const { csvLine, Utf8Writer } = await import('../src/batch/csv/text.ts');
  const { parseApplicant } = await import('../src/applicant/index.ts');
  const { assess } = await import('../src/engine/assess.ts');
  const { mapHeaders } = await import('../src/batch/headers.ts');
  const { COLUMNS } = await import('../src/batch/layout.ts');
  const splitter = new CsvSplitter(512);
  const chunks = [];
  for await (const block of createReadStream(path, { end: 4_000_000 }) as AsyncIterable<Buffer>) chunks.push(...splitter.push(block));
  // (without end(), only whole records come out: the split holds back the one cut at 4 MB)
  const sample = chunks.flatMap((c) => parseCsvChunk(c).map((r) => r.cells)).slice(1, 20_001);
  const keys = mapHeaders(HEADER, COLUMNS).keys;
  const index = new Map(keys.map((k, i) => [k ?? '', i]));
  const getter = (cells: string[]) => (k: string) => {
    const i = index.get(k);
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const inputs = sample.map((cells) => rowToApplicant(getter(cells), DATE, undefined).input);
  const valid = inputs.filter((x) => x !== undefined);
  const applicants = valid.map((x) => parseApplicant(x));
  const setup = { date: DATE, lang: 'zh' as const, keys, keep: HEADER.map((_, i) => i) };
  const outputs = sample.map((cells, i) => assessRow({ line: i + 2, cells }, setup).cells);
  /** Microseconds per item of `f` over `items`, the best of three passes after one to warm the JIT up. */
  const time = <T>(items: readonly T[], f: (item: T, i: number) => unknown): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let pass = 0; pass < 4; pass++) {
      const t = performance.now();
      for (let i = 0; i < items.length; i++) f(items[i] as T, i);
      if (pass) best = Math.min(best, ((performance.now() - t) * 1000) / items.length);
    }
    return best;
  };
  const us = {
    parse: time([chunks], (cs) => cs.forEach(parseCsvChunk)) / chunks.reduce((n, c) => n + c.lines.length, 0),
    rowToApplicant: time(sample, (cells) => rowToApplicant(getter(cells), DATE, undefined)),
    parseApplicant: time(valid, (x) => parseApplicant(x)),
    assess: time(applicants, (a) => assess(a, { date: DATE })),
    wholeRow: time(sample, (cells, i) => assessRow({ line: i + 2, cells }, setup)),
    format:
      time([outputs], (rows) => {
        const w = new Utf8Writer();
        for (const r of rows) w.write(csvLine(r));
        return w.bytes();
      }) / outputs.length,
  };
  const months = applicants.reduce((n, a) => n + a.socialInsurance.length, 0) / applicants.length;
  console.log(`\nwhere one row's time goes (one thread, in-process, ${sample.length} rows, ${months.toFixed(0)} SI months on average):`);
  console.log(`  csv-parse (a chunk)    ${us.parse.toFixed(1)} µs`);
  console.log(`  row → applicant (cli)  ${us.rowToApplicant.toFixed(1)} µs`);
  console.log(`  parseApplicant (zod)   ${us.parseApplicant.toFixed(1)} µs`);
  console.log(`  assess (engine)        ${us.assess.toFixed(1)} µs`);
  console.log(`  whole row, as batch    ${us.wholeRow.toFixed(1)} µs (the three above + output cells and reasons)`);
  console.log(`  CSV line → UTF-8       ${us.format.toFixed(1)} µs`);
  return us;
}

const dir = mkdtempSync(join(tmpdir(), 'hujifen-batch-bench-'));
try {
  const input = join(dir, 'applicants.csv');
  let t = performance.now();
  await generate(input);
  console.log(
    `generated ${ROWS.toLocaleString('en')} rows (${(statSync(input).size / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(`machine: ${availableParallelism()} cores, load average ${load()} (other work on the machine slows every figure)`);

  const p = await parseOnly(input);
  console.log(
    `parse only (csv-parse stream, the batch's options, one thread): ${p.records.toLocaleString('en')} records in ${p.seconds.toFixed(2)} s (CPU ${p.cpu.toFixed(2)} s) → ${Math.round(p.records / p.seconds).toLocaleString('en')} rows/s`,
  );

  const output = join(dir, 'out.csv');
  t = performance.now();
  const b = await batch(input, output);
  if (b.code !== 0) throw new Error(`batch exited ${b.code}`);
  let lines = 0;
  for await (const chunk of createReadStream(output)) for (const byte of chunk as Buffer) if (byte === 10) lines++;
  rmSync(output);
  const ratio = b.seconds / p.seconds;
  const met = [ratio <= FLOORS.ratio, b.rssMb < FLOORS.rssMb, b.seconds <= FLOORS.seconds];
  const checks = [
    `ratio ${ratio.toFixed(2)} ${met[0] ? '≤' : '>'} ${FLOORS.ratio}`,
    `peak RSS ${b.rssMb.toFixed(0)} MB ${met[1] ? '<' : '≥'} ${FLOORS.rssMb}`,
    `${b.seconds.toFixed(1)} s ${met[2] ? '≤' : '>'} ${FLOORS.seconds}`,
  ];
  const cpu = b.cpu === undefined ? '' : `; CPU ${b.cpu.toFixed(1)} s = ${((b.cpu * 1e6) / ROWS).toFixed(0)} µs a row`;
  console.log(
    `batch (--jobs ${defaultJobs()}, the default): ${(lines - 1).toLocaleString('en')} rows out in ${b.seconds.toFixed(1)} s → ${Math.round(ROWS / b.seconds).toLocaleString('en')} rows/s; peak RSS ${b.rssMb.toFixed(0)} MB (${b.how})${cpu}; load average now ${load()}`,
  );
  console.log(`  floors: ${checks.map((c, i) => `${c} ${met[i] ? 'met' : 'NOT met'}`).join('; ')}`);
  if (lines - 1 !== ROWS) throw new Error(`rows in ${ROWS} ≠ rows out ${lines - 1}`);
  const us = await whereTimeGoes(input);
  // What the ratio floor leaves for a row, against what a row needs with no threads, queues or I/O at all.
  const cores = availableParallelism();
  const budget = (FLOORS.ratio * p.seconds * cores * 1e6) / ROWS;
  const own = us.parse + us.wholeRow + us.format;
  console.log(
    `ratio budget: ${FLOORS.ratio} × parse-only on ${cores} cores = ${budget.toFixed(1)} µs of CPU a row in all; a row's own work (csv-parse + whole row + CSV line) is ${own.toFixed(1)} µs, of which validation and the engine ${(us.parseApplicant + us.assess).toFixed(1)} µs → ${own <= budget ? 'within the budget' : `${(own / budget).toFixed(1)}× over it before any thread or I/O cost`}`,
  );
  if (met.includes(false)) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
