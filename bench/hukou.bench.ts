/**
 * 居转户 answers (`assessHukou`: every route, its earliest month, the way there) for W1, W2 and W8 of
 * test/hukou/cases.yaml and for a generated set (test/hukou/generated.ts, fixed seed). Time is this process's CPU
 * (one core), the median of rounds, with the machine's load beside it; the work done is also counted — timelines
 * prepared and route-months worked out per answer — which does not depend on the load. No floor: the figures are
 * for docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parse } from 'yaml';
import { type Applicant, parseApplicant } from '../src/applicant/index.ts';
import { assessHukou, type HukouOptions } from '../src/hukou/index.ts';
import { hukouWork } from '../src/hukou/work.ts';
import { applicantOf, type HukouCase } from '../test/hukou/case-file.ts';
import { generated } from '../test/hukou/generated.ts';

interface Answer {
  label: string;
  applicant: Applicant;
  options: HukouOptions;
}

// The path from the root: this file runs from bench/ (tsx) and compiled from .bench/, both one folder below it.
const cases = parse(readFileSync(new URL('../test/hukou/cases.yaml', import.meta.url), 'utf8')) as HukouCase[];
const named = ['W1', 'W2', 'W8'].map((w): Answer => {
  const c = cases.find((x) => x.name.startsWith(`${w} `)) as HukouCase;
  return { label: w, applicant: parseApplicant(applicantOf(c)), options: { date: c.date, version: c.version, readings: c.readings } };
});
const set = generated(360).map((g, i): Answer => ({ label: `#${i}`, applicant: parseApplicant(g.applicant), options: g.options }));

/** The median CPU milliseconds of one answer over `rounds` rounds of `n`. */
function cpuMs(a: Answer, rounds: number, n: number): number {
  assessHukou(a.applicant, a.options);
  const per: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    for (let i = 0; i < n; i++) assessHukou(a.applicant, a.options);
    const used = process.cpuUsage(cpu);
    per.push((used.user + used.system) / 1000 / n);
  }
  return quantile(per, 0.5);
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

/** Timelines prepared and route-months worked out by one answer. */
function work(a: Answer): { timelines: number; routeMonths: number } {
  const before = { ...hukouWork };
  assessHukou(a.applicant, a.options);
  return { timelines: hukouWork.timelines - before.timelines, routeMonths: hukouWork.routeMonths - before.routeMonths };
}

// Warm-up: module caches and the JIT.
for (let i = 0; i < 3; i++) for (const a of set) assessHukou(a.applicant, a.options);

console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (2 cores shared; the counts do not depend on it)`,
);
for (const a of named) {
  const w = work(a);
  console.log(
    `${a.label.padEnd(10)} ${cpuMs(a, 9, 20).toFixed(3).padStart(8)} ms CPU per answer   ${String(w.routeMonths).padStart(6)} route-months, ${w.timelines} timelines`,
  );
}
const times = set.map((a) => cpuMs(a, 3, 5));
const months = set.map((a) => work(a).routeMonths);
const timelines = set.map((a) => work(a).timelines);
console.log(
  `generated  ${quantile(times, 0.5).toFixed(3).padStart(8)} ms CPU per answer (median of ${set.length}; p90 ${quantile(times, 0.9).toFixed(3)}, max ${Math.max(...times).toFixed(3)})`,
);
console.log(
  `           route-months per answer: median ${quantile(months, 0.5)}, p90 ${quantile(months, 0.9)}, max ${Math.max(...months)}; timelines: median ${quantile(timelines, 0.5)}, max ${Math.max(...timelines)}`,
);
