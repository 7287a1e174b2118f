/**
 * The server as a child process (`node --import tsx src/server/main.ts`), as an operator runs it: its whole
 * stdout and stderr kept (the log the security checks grep), its RSS read from /proc, and signals sent to it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface ChildOptions {
  /** For messages only. */
  name: string;
  /** SQLite folder (DATA_DIR); ignored when databaseUrl is set. */
  dataDir?: string;
  databaseUrl?: string;
  trustProxy?: boolean;
  /** Run as this user (runuser): as root, file permissions do not stop writes. */
  user?: string;
  /** Extra environment. */
  env?: Record<string, string>;
  /** How long startup may take. */
  timeoutMs?: number;
}

export interface Child {
  url: string;
  pid: number;
  process: ChildProcess;
  /** Everything the server wrote on stdout and stderr so far. */
  output(): string;
  /** Resident memory of the server process, in MiB. */
  rssMiB(): number;
  /** Resolves with the exit code or signal when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(signal: NodeJS.Signals): void;
  /** SIGTERM and wait (graceful shutdown), SIGKILL after 15 s. */
  stop(): Promise<void>;
}

function environment(opts: ChildOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: 'C.UTF-8',
    LOG_LEVEL: 'info',
    WEB_DIR: '/nonexistent-web',
    ...opts.env,
  };
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  if (opts.dataDir) env.DATA_DIR = opts.dataDir;
  if (opts.trustProxy) env.TRUST_PROXY = '1';
  return env;
}

/** Starts the process; resolves once it prints its URL, rejects with its output if it exits first. */
export function spawnServer(opts: ChildOptions): { process: ChildProcess; output(): string; exited: Child['exited'] } {
  const args = [process.execPath, '--import', 'tsx', join(ROOT, 'src/server/main.ts'), '--port', '0'];
  const [cmd, argv] = opts.user ? ['runuser', ['-u', opts.user, '--', ...args]] : [args[0] as string, args.slice(1)];
  const child = spawn(cmd, argv, { cwd: ROOT, env: environment(opts), stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout?.on('data', (d: Buffer) => {
    text += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    text += d.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { process: child, output: () => text, exited };
}

export async function startChild(opts: ChildOptions): Promise<Child> {
  const { process: child, output, exited } = spawnServer(opts);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${opts.name}: no URL within ${opts.timeoutMs ?? 60_000} ms:\n${output()}`)),
      opts.timeoutMs ?? 60_000,
    );
    const look = () => {
      const m = /hujifen listening on (http:\/\/\S+)/.exec(output());
      if (m?.[1]) {
        clearTimeout(timer);
        // Stop looking: scanning the whole output on every later chunk would cost O(n²) over a long run.
        child.stdout?.off('data', look);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', look);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${opts.name}: the server exited (${code ?? signal}) before listening:\n${output()}`));
    });
  });
  const pid = child.pid as number;
  return {
    url,
    pid,
    process: child,
    output,
    exited,
    rssMiB: () => {
      // With runuser the server is runuser's child: read the node process's status.
      const status = readFileSync(`/proc/${serverPid(pid)}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
    },
    kill: (signal) => {
      child.kill(signal);
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** The node process itself: the pid, or its only child when the pid is runuser. */
export function serverPid(pid: number): number {
  const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  if (comm !== 'runuser') return pid;
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  return Number(children[0] ?? pid);
}
