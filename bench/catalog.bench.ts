// Catalogue search speed: a mix of 20 queries (exact, alias, prefix, substring, pinyin, typo, not found).
// Target: under 1 ms per query; the index is built once, at module load.
import { performance } from 'node:perf_hooks';

const loadStart = performance.now();
const { search } = await import('../src/catalog/index.ts');
const loadMs = performance.now() - loadStart;

const queries = [
  '焊工',
  '热处理工',
  '一建',
  '中级会计',
  '软考中级',
  '程序员',
  '电工证',
  'CPA',
  '数控',
  '汽修',
  '起重',
  '信息安全管理员',
  '注册土木',
  'dg',
  'diangong',
  'yijian',
  '焊功',
  '美容师',
  '厨师',
  '52030100',
];

function run(rounds: number): number {
  let hits = 0;
  for (let r = 0; r < rounds; r++) for (const q of queries) hits += search(q).hits.length;
  return hits;
}

run(200); // warm-up: JIT and the per-entry description cache
const rounds = 2000;
const start = performance.now();
run(rounds);
const ms = performance.now() - start;
const n = rounds * queries.length;
const usPerQuery = (ms * 1000) / n;

console.log(`module load incl. index build: ${loadMs.toFixed(1)} ms`);
console.log(
  `search: ${n} queries in ${ms.toFixed(1)} ms → ${Math.round(n / (ms / 1000)).toLocaleString('en')} queries/s, ${usPerQuery.toFixed(1)} µs/query`,
);
console.log(`target < 1000 µs/query: ${usPerQuery < 1000 ? 'met' : 'NOT met'} (${(1000 / usPerQuery).toFixed(0)}× headroom)`);
