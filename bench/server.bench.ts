/**
 * HTTP throughput of the server (SQLite): POST /api/v1/assess with a realistic applicant against the
 * bare GET /healthz, same duration, 50 connections, one after the other in the same run. The server and
 * autocannon each run in their own child process, on loopback.
 * Floors: assess/hello ≥ 0.5 in requests/s, assess p99 < 20 ms, no errors.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = 50;
const SECONDS = 8;
const WARMUP_SECONDS = 2;

/**
 * 48 months at about 1.5× the reference wage, a mid-level title by examination, a degree, a Shanghai-hukou
 * spouse: what a typical case holds. `[<id>]` is replaced by autocannon with a fresh id per request, so no
 * two request bodies are equal (nothing could be served from a cache).
 */
function realisticApplicant(reference = '[<id>]') {
  const socialInsurance = [];
  for (let i = 0; i < 48; i++) {
    const y = 2021 + Math.floor((i + 0) / 12);
    const m = (i % 12) + 1;
    socialInsurance.push({ month: `${y}-${String(m).padStart(2, '0')}`, base: 17000 });
  }
  return {
    applicant: {
      reference,
      birthDate: '1991-05-20',
      employment: { contributingNow: true, post: '软件工程师' },
      education: [{ level: 'bachelor', degree: true, fullTime: true, obtainedOn: '2013-06-30' }],
      certificates: [
        {
          kind: 'title',
          name: '工程师',
          titleLevel: 'mid',
          obtainedOn: '2019-11-01',
          obtainedBy: 'exam',
          matchesPost: true,
          whileWorkingInShanghai: true,
        },
      ],
      socialInsurance,
      marriage: { spouseShanghaiHukou: true, marriedOn: '2018-10-01' },
    },
    date: '2025-01-15',
  };
}

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', WEB_DIR: join(dataDir, 'no-web') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /hujifen listening on (http:\/\/\S+)/.exec(buffered);
      if (match?.[1]) {
        // Keep draining the access log so the pipe never fills.
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve({ child, url: match[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}

interface LoadSpec {
  url: string;
  seconds: number;
  /** JSON body with `[<id>]` where each request gets a fresh id; none for GET. */
  bodyFile?: string;
}

/**
 * autocannon in a child process (this file, with --load), so the load generator never shares an event loop
 * with the server or with this orchestrator.
 */
function cannon(spec: LoadSpec): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--load', JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as CannonResult) : reject(new Error(`load generator exited with ${code}`)),
    );
  });
}

/** The load generator's side. Each body gets its own id in setupRequest (autocannon's -I miscounts Content-Length). */
async function load(spec: LoadSpec): Promise<void> {
  const require = createRequire(import.meta.url);
  const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<CannonResult>;
  const template = spec.bodyFile ? readFileSync(spec.bodyFile, 'utf8') : undefined;
  let n = 0;
  const request = template
    ? {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req: Record<string, unknown>) => ({ ...req, body: template.replace('[<id>]', `load-${++n}`) }),
      }
    : { method: 'GET' };
  const result = await autocannon({ url: spec.url, connections: CONNECTIONS, duration: spec.seconds, requests: [request] });
  process.stdout.write(JSON.stringify(result));
}

function line(name: string, r: CannonResult): string {
  return `${name.padEnd(8)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p99 ${String(r.latency.p99).padStart(3)} ms   avg ${r.latency.average.toFixed(2)} ms   errors ${r.errors + r.timeouts}   non-2xx ${r.non2xx}`;
}

/** Where an assess request's CPU goes, stage by stage (the server does the same steps, plus HTTP). */
async function stages(body: string) {
  const { assessRequestSchema } = await import('../src/server/http/assess-options.ts');
  const { assess } = await import('../src/engine/index.ts');
  const time = async (f: () => unknown) => {
    for (let i = 0; i < 300; i++) await f();
    const t = performance.now();
    for (let i = 0; i < 2000; i++) await f();
    return Math.round(((performance.now() - t) / 2000) * 1000);
  };
  const raw = JSON.parse(body) as unknown;
  const valid = assessRequestSchema.parse(raw);
  const result = assess(valid.applicant, { date: valid.date ?? '2025-01-15' });
  return {
    parse: await time(() => JSON.parse(body)),
    validate: await time(() => assessRequestSchema.safeParseAsync(raw)),
    engine: await time(() => assess(valid.applicant, { date: valid.date ?? '2025-01-15' })),
    serialise: await time(() => Buffer.from(JSON.stringify(result))),
    bytes: Buffer.byteLength(JSON.stringify(result)),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hujifen-bench-'));
  const bodyFile = join(dir, 'assess.json');
  writeFileSync(bodyFile, JSON.stringify(realisticApplicant()));
  const { child, url } = await startServer(dir);
  try {
    const check = await fetch(`${url}/api/v1/assess`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(realisticApplicant('check')),
    });
    if (check.status !== 200) throw new Error(`assess answered ${check.status}: ${await check.text()}`);
    const assessment = (await check.json()) as { status: string; total: number };
    console.log(`server ${url} (SQLite), ${CONNECTIONS} connections, ${SECONDS} s per phase after ${WARMUP_SECONDS} s warm-up`);
    console.log(`applicant: ${assessment.status}, total ${assessment.total}`);

    await cannon({ url: `${url}/healthz`, seconds: WARMUP_SECONDS });
    const hello = await cannon({ url: `${url}/healthz`, seconds: SECONDS });
    await cannon({ url: `${url}/api/v1/assess`, seconds: WARMUP_SECONDS, bodyFile });
    const assess = await cannon({ url: `${url}/api/v1/assess`, seconds: SECONDS, bodyFile });

    const ratio = assess.requests.average / hello.requests.average;
    console.log(line('hello', hello));
    console.log(line('assess', assess));
    console.log(`ratio assess/hello ${ratio.toFixed(2)} (floor 0.5)`);
    const s = await stages(JSON.stringify(realisticApplicant('stages')));
    console.log(
      `CPU of one assess request, in this process: parse ${s.parse} µs, validate ${s.validate} µs, engine ${s.engine} µs, serialise ${s.serialise} µs (${s.bytes} bytes) = ${s.parse + s.validate + s.engine + s.serialise} µs`,
    );
    const failures = [
      ratio < 0.5 && `ratio ${ratio.toFixed(2)} < 0.5`,
      assess.latency.p99 >= 20 && `assess p99 ${assess.latency.p99} ms ≥ 20 ms`,
      hello.errors + hello.timeouts + hello.non2xx + assess.errors + assess.timeouts + assess.non2xx > 0 && 'errors or non-2xx responses',
    ].filter(Boolean);
    if (failures.length) {
      console.error(`FAIL: ${failures.join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--load') await load(JSON.parse(process.argv[3] ?? '{}') as LoadSpec);
else await main();
