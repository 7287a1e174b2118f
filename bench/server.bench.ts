/**
 * HTTP throughput of the server as it ships (dist/server/main.mjs, SQLite): POST /api/v1/assess with a realistic
 * applicant against the bare GET /healthz of the same server, 50 connections, same duration, one after the other
 * in the same run. The server and autocannon each run in their own process, on loopback.
 * Floors (issue 15, after issue 6's 0.5 and 20 ms): assess/hello ≥ 0.35 in requests/s, assess p99 < 25 ms, no errors.
 * Each phase also prints the CPU each side spent per request: a load generator near 100% of a core means that
 * phase measured the generator's ceiling rather than the server's.
 * Then the ceilings: the same app (createApp, every middleware) with two more routes that read and parse the same
 * body. One answers the same assessment, serialised in advance: what any answer of that size could reach here with
 * validation, engine and serialising for free. The other answers {"status":"ok"}, as the hello does: what taking
 * in the applicant costs on its own.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REALISTIC_DATE, realisticApplicant } from './realistic-applicant.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const SERVER = join(root, 'dist/server/main.mjs');
const CONNECTIONS = 50;
const SECONDS = 8;
const WARMUP_SECONDS = 2;
/** Linux's USER_HZ: /proc/<pid>/stat counts CPU time in these ticks. */
const TICKS_PER_SECOND = 100;

/** `[<id>]` becomes a fresh id per request, so no two bodies are equal (nothing could be served from a cache). */
function requestBody(reference = '[<id>]') {
  return { applicant: { reference, ...realisticApplicant() }, date: REALISTIC_DATE };
}

/** The shipped server, or (`ceiling`) this file serving the app with the ready-made answer route. */
function startServer(dataDir: string, ceiling = false): Promise<{ child: ChildProcess; url: string }> {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run bench -- server\`, which compiles it first`);
  // As `npm start` runs it (scripts/start.mjs).
  const args = ceiling ? [...process.execArgv, fileURLToPath(import.meta.url), '--ceiling-server'] : ['--enable-source-maps', SERVER];
  const child = spawn(process.execPath, args, {
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

const READY_MADE = '/api/v1/ready-made';
const BODY_ONLY = '/api/v1/body-only';

/** The ceiling server: createApp as main.ts builds it, plus READY_MADE and BODY_ONLY. Logs like the real one, to stdout. */
async function ceilingServer(): Promise<void> {
  const { serve } = await import('@hono/node-server');
  const { pino } = await import('pino');
  const { createApp } = await import('../src/server/app.ts');
  const { openDatabase } = await import('../src/server/db/database.ts');
  const { createLogger } = await import('../src/server/logger.ts');
  const { readJsonBody } = await import('../src/server/http/json-body.ts');
  const { parseAssessRequest, resolveOptions } = await import('../src/server/http/assess-options.ts');
  const { localiseAssessment } = await import('../src/server/http/localise.ts');
  const { runAssess } = await import('../src/server/http/run-assess.ts');
  const request = parseAssessRequest(requestBody('ready-made'));
  const answer = JSON.stringify(localiseAssessment(runAssess(request.applicant, resolveOptions(request)), 'zh'));
  const database = await openDatabase({ dataDir: process.env.DATA_DIR });
  const app = createApp({ database, logger: createLogger('info', pino.destination({ sync: false })) });
  app.post(READY_MADE, async (c) => {
    await readJsonBody(c);
    return c.body(answer, 200, { 'Content-Type': 'application/json', 'Content-Language': 'zh-CN' });
  });
  app.post(BODY_ONLY, async (c) => {
    await readJsonBody(c);
    return c.json({ status: 'ok' }, 200);
  });
  serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
    process.stdout.write(`hujifen listening on http://127.0.0.1:${info.port}\n`);
  });
  process.once('SIGTERM', () => process.exit(0));
}

/** CPU seconds (user + system) a process has used so far; undefined where /proc is not there. */
function cpuSeconds(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Added by the load generator: its own CPU over the run, as a share of one core. */
  generatorCpu: number;
}

interface Phase extends CannonResult {
  /** Server CPU per request, µs. */
  serverUs: number | undefined;
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
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--load', JSON.stringify(spec)], {
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

async function measure(server: ChildProcess, spec: LoadSpec): Promise<Phase> {
  const before = cpuSeconds(server.pid);
  const result = await cannon(spec);
  const after = cpuSeconds(server.pid);
  const serverUs = before === undefined || after === undefined ? undefined : Math.round(((after - before) / result.requests.total) * 1e6);
  return { ...result, serverUs };
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
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await autocannon({ url: spec.url, connections: CONNECTIONS, duration: spec.seconds, requests: [request] });
  const used = process.cpuUsage(cpu);
  const generatorCpu = (used.user + used.system) / 1000 / (performance.now() - started);
  process.stdout.write(JSON.stringify({ ...result, generatorCpu }));
}

function line(name: string, r: Phase): string {
  const server = r.serverUs === undefined ? '' : `   server ${r.serverUs} µs CPU/request`;
  return `${name.padEnd(16)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p99 ${String(r.latency.p99).padStart(3)} ms   avg ${r.latency.average.toFixed(2)} ms   errors ${r.errors + r.timeouts}   non-2xx ${r.non2xx}${server}   autocannon ${Math.round(r.generatorCpu * 100)}% of a core`;
}

/** Where an assess request's CPU goes, stage by stage, in this process (the server does the same, plus HTTP). */
async function stages(body: string) {
  const { parseAssessRequest, resolveOptions } = await import('../src/server/http/assess-options.ts');
  const { localiseAssessment } = await import('../src/server/http/localise.ts');
  const { assess } = await import('../src/engine/index.ts');
  // The best of 10 rounds: on a shared machine the mean mostly measures the neighbours.
  const time = (f: () => unknown) => {
    for (let i = 0; i < 300; i++) f();
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 10; round++) {
      const t = performance.now();
      for (let i = 0; i < 200; i++) f();
      best = Math.min(best, (performance.now() - t) / 200);
    }
    return Math.round(best * 1000);
  };
  const raw = JSON.parse(body) as unknown;
  const request = parseAssessRequest(raw);
  const options = resolveOptions(request);
  const result = assess(request.applicant, options);
  const zh = localiseAssessment(result, 'zh');
  return {
    parse: time(() => JSON.parse(body)),
    validate: time(() => parseAssessRequest(raw)),
    engine: time(() => assess(request.applicant, options)),
    localise: time(() => localiseAssessment(result, 'zh')),
    serialise: time(() => Buffer.from(JSON.stringify(zh))),
    bytes: Buffer.byteLength(JSON.stringify(zh)),
    bytesAll: Buffer.byteLength(JSON.stringify(result)),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hujifen-bench-'));
  const bodyFile = join(dir, 'assess.json');
  writeFileSync(bodyFile, JSON.stringify(requestBody()));
  const { child, url } = await startServer(dir);
  try {
    const check = await fetch(`${url}/api/v1/assess`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(requestBody('check')),
    });
    if (check.status !== 200) throw new Error(`assess answered ${check.status}: ${await check.text()}`);
    const assessment = (await check.json()) as { status: string; total: number };
    console.log(
      `server ${SERVER} at ${url} (SQLite), ${CONNECTIONS} connections, ${SECONDS} s per phase after ${WARMUP_SECONDS} s warm-up`,
    );
    console.log(
      `applicant: ${assessment.status}, total ${assessment.total}; answers in ${check.headers.get('content-language')} (no Accept-Language), distinct bodies`,
    );

    const assessUrl = `${url}/api/v1/assess`;
    await cannon({ url: `${url}/healthz`, seconds: WARMUP_SECONDS });
    const hello = await measure(child, { url: `${url}/healthz`, seconds: SECONDS });
    await cannon({ url: assessUrl, seconds: WARMUP_SECONDS, bodyFile });
    const assess = await measure(child, { url: assessUrl, seconds: SECONDS, bodyFile });
    const both = await measure(child, { url: `${assessUrl}?lang=all`, seconds: SECONDS / 2, bodyFile });

    const ratio = assess.requests.average / hello.requests.average;
    console.log(line('hello', hello));
    console.log(line('assess', assess));
    console.log(line('assess lang=all', both));
    const errors = hello.errors + hello.timeouts + hello.non2xx + assess.errors + assess.timeouts + assess.non2xx;
    const floors = [
      { met: ratio >= 0.35, text: `ratio assess/hello ${ratio.toFixed(2)} (floor ≥ 0.35)` },
      { met: assess.latency.p99 < 25, text: `assess p99 ${assess.latency.p99} ms (floor < 25 ms)` },
      { met: errors === 0, text: `errors and non-2xx ${errors} (floor 0)` },
    ];
    for (const f of floors) console.log(`${f.met ? 'met    ' : 'NOT MET'}  ${f.text}`);
    if (hello.serverUs && assess.serverUs) {
      console.log(
        `server CPU per request, assess/hello: ${(assess.serverUs / hello.serverUs).toFixed(1)}× (what the ratio would be if the load generator never ran out of CPU: ${(hello.serverUs / assess.serverUs).toFixed(2)})`,
      );
    }
    const ceiling = await ceilingPhases(dir, bodyFile);
    console.log(line('ceiling hello', ceiling.hello));
    console.log(line('ceiling answer', ceiling.readyMade));
    console.log(line('ceiling body', ceiling.bodyOnly));
    const versus = (p: Phase) =>
      `ratio to its hello ${(p.requests.average / ceiling.hello.requests.average).toFixed(2)}${ceiling.hello.serverUs && p.serverUs ? `, server CPU ${(p.serverUs / ceiling.hello.serverUs).toFixed(1)}× hello's` : ''}`;
    console.log(
      `ceiling answer: the same body read and parsed, the same answer made in advance (no validation, engine or serialising), same app and middleware: ${versus(ceiling.readyMade)} — the most an answer of this size can reach here`,
    );
    console.log(`ceiling body: the same body read and parsed, answered {"status":"ok"}: ${versus(ceiling.bodyOnly)}`);
    const s = await stages(JSON.stringify(requestBody('stages')));
    console.log(
      `CPU of one assess request, in this process (best of 10 rounds): parse ${s.parse} µs, validate ${s.validate} µs, engine ${s.engine} µs, localise ${s.localise} µs, serialise ${s.serialise} µs (${s.bytes} bytes; lang=all ${s.bytesAll}) = ${s.parse + s.validate + s.engine + s.localise + s.serialise} µs`,
    );
    if (floors.some((f) => !f.met)) process.exitCode = 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ceilingPhases(dir: string, bodyFile: string): Promise<{ hello: Phase; readyMade: Phase; bodyOnly: Phase }> {
  const { child, url } = await startServer(join(dir, 'ceiling'), true);
  try {
    await cannon({ url: `${url}/healthz`, seconds: WARMUP_SECONDS });
    const hello = await measure(child, { url: `${url}/healthz`, seconds: SECONDS });
    await cannon({ url: `${url}${READY_MADE}`, seconds: WARMUP_SECONDS, bodyFile });
    const readyMade = await measure(child, { url: `${url}${READY_MADE}`, seconds: SECONDS, bodyFile });
    await cannon({ url: `${url}${BODY_ONLY}`, seconds: WARMUP_SECONDS, bodyFile });
    const bodyOnly = await measure(child, { url: `${url}${BODY_ONLY}`, seconds: SECONDS, bodyFile });
    return { hello, readyMade, bodyOnly };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

if (process.argv[2] === '--ceiling-server') await ceilingServer();
else if (process.argv[2] === '--load') await load(JSON.parse(process.argv[3] ?? '{}') as LoadSpec);
else await main();
