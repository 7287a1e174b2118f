// The layers of docs/architecture.md, read from the imports: every import between two folders must be an allowed
// edge, and no file may reach itself through imports (type-only imports included) across src/ and web/src/.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Which folders each folder may import (its own files always). Inward only: the kernel imports nothing, the doors
 * (cli, server, web) import everything inside and never each other — except that the web app takes its request and
 * response types from the server's zod schemas (the files named in WEB_FROM_SERVER).
 */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  policy: ['core'],
  messages: ['core'],
  applicant: ['core', 'policy'],
  catalog: ['core', 'policy', 'applicant'],
  engine: ['core', 'policy', 'applicant', 'catalog'],
  explain: ['core', 'policy', 'applicant', 'engine', 'messages'],
  planner: ['core', 'policy', 'applicant', 'catalog', 'engine', 'explain'],
  batch: ['core', 'policy', 'applicant', 'engine', 'explain', 'messages'],
  hukou: ['core', 'policy', 'applicant', 'engine'],
  cli: ['core', 'messages', 'policy', 'applicant', 'catalog', 'engine', 'explain', 'planner', 'batch', 'hukou'],
  server: ['core', 'messages', 'policy', 'applicant', 'catalog', 'engine', 'explain', 'planner', 'batch', 'hukou'],
  web: ['core', 'messages', 'policy', 'applicant', 'catalog', 'engine', 'explain', 'planner', 'server', 'hukou'],
};
const WEB_FROM_SERVER = /^src\/server\/http\/[a-z-]*schemas?\.ts$/;

/** The folder (layer) of a file: `src/<layer>/…`, or `web` for the web app. */
export function layerOf(file: string): string | undefined {
  if (file.startsWith('web/src/')) return 'web';
  const m = /^src\/([^/]+)\//.exec(file);
  return m?.[1];
}

/** Relative specifiers of static, type-only, re-export, side-effect and dynamic imports. */
const SPECIFIER = /\bfrom\s*['"](\.[^'"]*)['"]|\bimport\s*\(\s*['"](\.[^'"]*)['"]\s*\)|^\s*import\s*['"](\.[^'"]*)['"]/gm;

export function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec) out.push(posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  return out;
}

/** Every import that crosses folders against the matrix, as "from → to". */
export function wrongEdges(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const wrong: string[] = [];
  for (const [from, targets] of graph) {
    const a = layerOf(from);
    for (const to of targets) {
      const b = layerOf(to);
      if (!a || !b || a === b) continue;
      const allowed = ALLOWED[a]?.includes(b) && (a !== 'web' || b !== 'server' || WEB_FROM_SERVER.test(to));
      if (!allowed) wrong.push(`${from} → ${to}`);
    }
  }
  return wrong;
}

/** One cycle per strongly connected group of files (Tarjan), each as its files in import order. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || graph.get(v)?.includes(v)) out.push(group.reverse());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split('\\').join('/'));
}

function projectGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of [...sourceFiles('src'), ...sourceFiles('web/src')]) {
    graph.set(file, importsOf(file, readFileSync(join(root, file), 'utf8')));
  }
  return graph;
}

describe('architecture', () => {
  const graph = projectGraph();

  it('reads the imports of every file of src/ and web/src/', () => {
    assert.ok(graph.size > 250, `${graph.size} files`);
    for (const file of graph.keys()) assert.ok(layerOf(file), `${file} lies in a known folder`);
    for (const layer of new Set([...graph.keys()].map(layerOf))) assert.ok(layer && layer in ALLOWED, `${layer} is in the matrix`);
  });

  it('every import between folders is an allowed edge', () => {
    assert.deepEqual(wrongEdges(graph), []);
  });

  it('no import cycle, type-only imports included', () => {
    assert.deepEqual(cycles(graph), []);
  });

  it('the checks catch a wrong edge, a cycle and each form of import', () => {
    const text = [
      "import type { A } from '../engine/types.ts';",
      "export { b } from './b.ts';",
      "import './side.ts';",
      "const c = await import('../cli/main.ts');",
    ].join('\n');
    assert.deepEqual(importsOf('src/core/x.ts', text), ['src/engine/types.ts', 'src/core/b.ts', 'src/core/side.ts', 'src/cli/main.ts']);
    const bad = new Map([
      ['src/core/x.ts', ['src/engine/types.ts']],
      ['src/server/a.ts', ['src/cli/b.ts', 'src/server/c.ts']],
      ['src/server/c.ts', ['src/server/a.ts']],
      ['web/src/d.ts', ['src/server/http/schemas.ts', 'src/server/db/database.ts']],
    ]);
    assert.deepEqual(wrongEdges(bad), [
      'src/core/x.ts → src/engine/types.ts',
      'src/server/a.ts → src/cli/b.ts',
      'web/src/d.ts → src/server/db/database.ts',
    ]);
    assert.deepEqual(cycles(bad), [['src/server/a.ts', 'src/server/c.ts']]);
  });
});
