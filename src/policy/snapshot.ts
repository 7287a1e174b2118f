import { monthIndex } from '../core/calendar.ts';
import type { Said } from '../core/message.ts';
import type { Text } from '../core/text.ts';
import { type Change, diffFlat, flatten } from './flat.ts';
import { type DatedParam, files, type ParamId, param, versions } from './index.ts';
import type { VersionInfo } from './version.ts';
import { chooseVersion } from './version.ts';
import { referenceWage } from './wages.ts';
import { paramName, pathWords, valueWords } from './words.ts';

/** One parameter file's value in force on a date, with where it comes from. */
export interface ParamRow {
  id: ParamId;
  label: Text | undefined;
  group: string | undefined;
  from: string;
  to: string | undefined;
  value: unknown;
  article: Text;
  source: string[];
  confidence: 'high' | 'medium' | 'low';
  readings: string[];
}

export interface PolicySnapshot {
  date: string;
  version: VersionInfo;
  parameters: ParamRow[];
  /** Parameters with no value in force on the date (rules that did not exist then). */
  absent: ParamId[];
  referenceWage: { month: string; value: number; confidence: string; carried: boolean } | null;
}

const PARAM_IDS = Object.keys(files) as ParamId[];

/** Every parameter's dated value in force on a (lookup) date, undefined where the rule did not exist then. */
export function paramsInForce(lookupDate: string): [ParamId, DatedParam<ParamId> | undefined][] {
  return PARAM_IDS.map((id) => [id, param(id, lookupDate)]);
}

function paramRow(id: ParamId, p: DatedParam<ParamId>): ParamRow {
  const file = files[id];
  return {
    id,
    label: file.label,
    group: file.group,
    from: p.from,
    to: p.to,
    value: p.value,
    article: p.article,
    source: p.source,
    confidence: p.confidence,
    readings: p.readings ?? [],
  };
}

/** The policy in force on D, as every door shows it: the version and every parameter's value (`hujifen policy --date D`). */
export function snapshot(date: string): PolicySnapshot {
  const { info, lookupDate } = chooseVersion(date);
  const parameters: ParamRow[] = [];
  const absent: ParamId[] = [];
  for (const [id, p] of paramsInForce(lookupDate)) {
    if (p) parameters.push(paramRow(id, p));
    else absent.push(id);
  }
  const wage = referenceWage(monthIndex(date));
  return {
    date,
    version: info,
    parameters,
    absent,
    referenceWage: wage ? { month: date.slice(0, 7), value: wage.value, confidence: wage.confidence, carried: wage.carried } : null,
  };
}

/** A change with its path and values in words, beside the raw ones. */
export interface ChangeInWords extends Change {
  name: Said;
  beforeText: Said;
  afterText: Said;
}

export interface ParamDiff {
  id: ParamId;
  label: Text | undefined;
  /** The parameter's name: its label, or the catalogue's word where the file has none. */
  name: Said;
  changes: ChangeInWords[];
  /** Article of the later version's value, when it has one. */
  article: Text | undefined;
}

/** Each parameter's value in force at each version's start, compared path by path. */
export function diffVersions(
  fromId: string,
  toId: string,
): { from: (typeof versions)[number]; to: (typeof versions)[number]; params: ParamDiff[] } {
  const from = versions.find((v) => v.id === fromId);
  const to = versions.find((v) => v.id === toId);
  if (!from || !to) throw new RangeError(`unknown version "${!from ? fromId : toId}"`);
  const params: ParamDiff[] = [];
  for (const id of PARAM_IDS) {
    const a = param(id, from.from);
    const b = param(id, to.from);
    const changes = diffFlat(a ? flatten(a.value) : new Map(), b ? flatten(b.value) : new Map());
    if (a && !b) changes.unshift({ path: '', before: 'in force', after: 'absent' });
    if (!a && b) changes.unshift({ path: '', before: 'absent', after: 'in force' });
    if (!changes.length) continue;
    const value = b?.value ?? a?.value;
    const inWords = changes.map((c) => ({
      ...c,
      name: pathWords(c.path, c.after === undefined ? a?.value : value),
      beforeText: valueWords(c.before),
      afterText: valueWords(c.after),
    }));
    params.push({ id, label: files[id].label, name: paramName(id), changes: inWords, article: b?.article });
  }
  return { from, to, params };
}
