import type { Confidence } from '../core/confidence.ts';
import type { Text } from '../core/text.ts';
import { versions } from './index.ts';

export interface VersionInfo {
  id: string;
  name: Text;
  docNo: string;
  from: string;
  to: string;
  /** True when the assessment date lies after the version's stated validity. */
  beyondValidity: boolean;
  /** True when the caller chose the version instead of the date picking it. */
  pinned: boolean;
  confidence: Confidence;
  /** The day this version's rules were last checked against the sources. */
  lastChecked: string;
}

export interface VersionChoice {
  info: VersionInfo;
  /** The date policy parameters are read at: the assessment date, clamped into a pinned version's validity. */
  lookupDate: string;
}

const infos = new Map<string, VersionInfo>();

/** Version infos are few (version × beyond × pinned): built once each, shared read-only by every assessment. */
function infoOf(v: (typeof versions)[number], beyondValidity: boolean, pinned: boolean): VersionInfo {
  const key = `${v.id}|${beyondValidity}|${pinned}`;
  let info = infos.get(key);
  if (!info) {
    info = Object.freeze({
      id: v.id,
      name: v.name,
      docNo: v.docNo,
      from: v.from,
      to: v.to,
      confidence: v.confidence,
      lastChecked: v.lastChecked,
      beyondValidity,
      pinned,
    });
    infos.set(key, info);
  }
  return info;
}

const chosen = new Map<string, VersionChoice>();
const CHOSEN_LIMIT = 5000;

/** The version in force on `date` (R13), or the pinned one. Decided once per (date, pin): assess asks on every call. */
export function chooseVersion(date: string, pinned?: string): VersionChoice {
  const key = pinned === undefined ? date : `${date}|${pinned}`;
  let choice = chosen.get(key);
  if (!choice) {
    choice = Object.freeze(decide(date, pinned));
    // Bounded like policyAt: a long-running server sees many dates.
    if (chosen.size >= CHOSEN_LIMIT) chosen.clear();
    chosen.set(key, choice);
  }
  return choice;
}

function decide(date: string, pinned: string | undefined): VersionChoice {
  const first = versions[0];
  const last = versions[versions.length - 1];
  if (!first || !last) throw new Error('no policy versions loaded');
  if (pinned !== undefined) {
    const v = versions.find((x) => x.id === pinned);
    if (!v) throw new RangeError(`unknown version "${pinned}" (known: ${versions.map((x) => x.id).join(', ')})`);
    const lookupDate = date < v.from ? v.from : date > v.to && v !== last ? v.to : date;
    return { info: infoOf(v, date > v.to, true), lookupDate };
  }
  if (date < first.from) throw new RangeError(`the points scheme started on ${first.from}; no version is in force on ${date}`);
  const v = versions.find((x) => x.from <= date && date <= x.to) ?? last;
  return { info: infoOf(v, date > v.to, false), lookupDate: date };
}
