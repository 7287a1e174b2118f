import { files, param } from '../../../src/policy/index.ts';
import { chooseVersion } from '../../../src/policy/version.ts';

export type Area = 'lingang' | 'newTown' | 'northSouth' | 'otherDesignated';
export const AREAS: Area[] = ['lingang', 'newTown', 'northSouth', 'otherDesignated'];

/**
 * Which options can apply on the assessment date (under the pinned version, if any), read from the dated
 * policy data — so the form disables, with the date it starts, e.g. startup talent under the 2013 trial.
 * `from` is the first date an option exists; null when it is in force.
 */
export interface Availability {
  lookupDate: string;
  startupTalent: string | null;
  intermediaryTalent: string | null;
  areas: Record<Area, string | null>;
  /** Record kinds that are a veto on this date. */
  vetoes: string[];
}

export function availability(date: string, version: string): Availability {
  let lookupDate = date;
  try {
    lookupDate = chooseVersion(date, version || undefined).lookupDate;
  } catch {
    // Before the scheme started: the engine reports it; the form keeps every option open.
  }
  const firstFrom = (values: { from: string }[]) => values.reduce((a, b) => (b.from < a.from ? b : a)).from;
  const remote = param('remoteArea', lookupDate)?.value.areas ?? {};
  const areas = {} as Record<Area, string | null>;
  for (const area of AREAS) {
    const first = files.remoteArea.values.filter((v) => area in v.value.areas);
    areas[area] = area in remote ? null : first.length ? firstFrom(first) : '9999-12-31';
  }
  return {
    lookupDate,
    startupTalent: param('startupTalent', lookupDate) ? null : firstFrom(files.startupTalent.values),
    intermediaryTalent: param('intermediaryTalent', lookupDate) ? null : firstFrom(files.intermediaryTalent.values),
    areas,
    vetoes: [...(param('vetoes', lookupDate)?.value.items ?? [])],
  };
}
