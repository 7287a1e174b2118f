import type { Applicant } from '../applicant/applicant.ts';
import { monthIndex } from '../core/calendar.ts';
import { assess } from '../engine/assess.ts';
import type { Assessment } from '../engine/types.ts';

/**
 * One applicant's assessments on any day from the plan date on, each computed once. During the plan month the
 * facts are taken as given; from the next month on, the projected applicant is assessed, "employed and
 * contributing this month" being whether the projection pays that month.
 */
export interface Timeline {
  at(date: string): Assessment;
}

export interface TimelineInput {
  today: Applicant;
  future: Applicant;
  paid: ReadonlySet<number>;
}

export function makeTimeline(input: TimelineInput, planDate: string, readings: Record<string, string> | undefined): Timeline {
  const planMonth = monthIndex(planDate);
  const contributing = { ...input.future, employment: { ...input.future.employment, contributingNow: true } };
  const notContributing = { ...input.future, employment: { ...input.future.employment, contributingNow: false } };
  const cache = new Map<string, Assessment>();
  return {
    at(date) {
      let a = cache.get(date);
      if (!a) {
        const month = monthIndex(date);
        const who = month <= planMonth ? input.today : input.paid.has(month) ? contributing : notContributing;
        a = assess(who, { date, readings });
        cache.set(date, a);
      }
      return a;
    },
  };
}
