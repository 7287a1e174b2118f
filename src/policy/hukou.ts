import readingsJson from '../../policy/hukou/readings.json' with { type: 'json' };
import rulesJson from '../../policy/hukou/rules.json' with { type: 'json' };
import sourcesJson from '../../policy/hukou/sources.json' with { type: 'json' };
import type { Confidence } from '../core/confidence.ts';
import { readingsFile, sourcesFile } from './file-schema.ts';
import { type HukouDated, type HukouParamId, hukouRulesFile } from './hukou-schema.ts';

export type { HukouDated };

/**
 * The 居转户 rules (policy/hukou/): dated values, readings J1–J21 and their sources, validated when they load, with
 * the cross-checks a schema cannot make (every source and reading named exists; dated values never overlap).
 */

export const hukouRules = hukouRulesFile.parse(rulesJson);
export const hukouReadings = readingsFile.parse(readingsJson).readings;
export const hukouSources = sourcesFile.parse(sourcesJson).sources;

export type HukouReadingChoice = Readonly<Record<string, string>>;

const readingIds = new Set(hukouReadings.map((r) => r.id));

function check(): void {
  const sourceOk = (keys: readonly string[], where: string) => {
    for (const k of keys) if (!(k in hukouSources)) throw new Error(`policy/hukou: ${where} cites unknown source ${k}`);
  };
  for (const r of hukouReadings) {
    for (const o of r.options) sourceOk(o.source, `reading ${r.id}`);
    if (!r.options.some((o) => o.id === r.default)) throw new Error(`policy/hukou: reading ${r.id} defaults to no option`);
  }
  for (const v of hukouRules.versions) sourceOk(v.source, `version ${v.id}`);
  for (const [id, values] of Object.entries(hukouRules.params)) {
    for (const v of values) {
      sourceOk(v.source, id);
      for (const r of [...(v.readings ?? []), ...Object.keys(v.onlyUnder ?? {}), ...(v.expiryReading ? [v.expiryReading] : [])])
        if (!readingIds.has(r)) throw new Error(`policy/hukou: ${id} names unknown reading ${r}`);
    }
    // Values for every reading choice (no onlyUnder) must not overlap: one value in force on any date.
    const plain = values.filter((v) => !v.onlyUnder).sort((a, b) => (a.from < b.from ? -1 : 1));
    for (let i = 1; i < plain.length; i++) {
      const prev = plain[i - 1];
      if (!prev?.to || prev.to >= (plain[i]?.from ?? '')) throw new Error(`policy/hukou: dated values of ${id} overlap`);
    }
  }
}
check();

export const hukouDefaultReadings: HukouReadingChoice = Object.freeze(Object.fromEntries(hukouReadings.map((r) => [r.id, r.default])));

/** What is wrong with choosing `option` for reading `id`, with the ids that exist; undefined when nothing is. */
export function hukouReadingProblem(
  id: string,
  option: string,
): { problem: 'unknownReading' | 'unknownOption'; known: string } | undefined {
  const r = hukouReadings.find((x) => x.id === id);
  if (!r) return { problem: 'unknownReading', known: hukouReadings.map((x) => x.id).join(', ') };
  if (!r.options.some((o) => o.id === option)) return { problem: 'unknownOption', known: r.options.map((o) => o.id).join(', ') };
  return undefined;
}

/** Caller overrides on the defaults; an unknown reading or option is a RangeError naming the known ones. */
export function resolveHukouReadings(overrides: Record<string, string> | undefined): HukouReadingChoice {
  if (!overrides) return hukouDefaultReadings;
  for (const [id, option] of Object.entries(overrides)) {
    const p = hukouReadingProblem(id, option);
    if (p) throw new RangeError(`${p.problem}: ${id}=${option} (known: ${p.known})`);
  }
  return Object.freeze({ ...hukouDefaultReadings, ...overrides });
}

export function hukouReadingConfidence(id: string, option: string): Confidence {
  return hukouReadings.find((r) => r.id === id)?.options.find((o) => o.id === option)?.confidence ?? 'low';
}

/** A value in force, and the reading that keeps it past its stated expiry (undefined while within it). */
export interface InForce<K extends HukouParamId> {
  dated: HukouDated<K>;
  beyondStated: string | undefined;
}

/** The value of `id` in force on `date` under `readings`, or undefined when no rule of that kind stands then. */
export function hukouParam<K extends HukouParamId>(id: K, date: string, readings: HukouReadingChoice): InForce<K> | undefined {
  for (const v of hukouRules.params[id] as HukouDated<K>[]) {
    if (v.from > date || (v.to !== undefined && date > v.to)) continue;
    if (v.onlyUnder && Object.entries(v.onlyUnder).some(([r, o]) => readings[r] !== o)) continue;
    if (v.statedTo !== undefined && date > v.statedTo) {
      if (readings[v.expiryReading as string] !== 'keep') continue;
      return { dated: v, beyondStated: v.expiryReading };
    }
    return { dated: v, beyondStated: undefined };
  }
  return undefined;
}

/** The base version and the overlays in force on `date` (overlays past a stated expiry only while their reading keeps them). */
export function hukouVersionsOn(date: string, readings: HukouReadingChoice): string[] {
  return hukouRules.versions
    .filter(
      (v) =>
        v.from <= date &&
        (v.to === undefined || date <= v.to) &&
        (v.statedTo === undefined || date <= v.statedTo || readings[v.expiryReading as string] === 'keep'),
    )
    .map((v) => v.id);
}

/** The sources cited, as users see them: kind, title and link (the official one when known), in the order given. */
export function hukouSourceViews(
  keys: readonly string[],
): { key: string; kind: string; title: { zh: string; en: string }; url: string | null }[] {
  return keys.flatMap((key) => {
    const s = hukouSources[key];
    return s ? [{ key, kind: s.kind, title: s.title, url: s.officialUrl ?? s.urls[0] ?? null }] : [];
  });
}
