import type { Applicant, Certificate } from '../applicant/index.ts';
import { monthIndex, monthString } from '../core/calendar.ts';
import { type Msg, msg } from '../core/message.ts';
import { atLeast } from '../engine/history.ts';
import {
  type HukouReadingChoice,
  hukouParam,
  hukouReadingConfidence,
  hukouRules,
  hukouSourceViews,
  hukouVersionsOn,
  resolveHukouReadings,
} from '../policy/hukou.ts';
import { commonConditions } from './common.ts';
import { type Ctx, failsForGood, type MonthMemo, monthMemo, notes, statusOf } from './conditions.ts';
import { ROUTE_DOCUMENTS, ROUTE_KIND, routeConditions } from './routes.ts';
import { lastMonthToScan } from './settled.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import { type HukouAssessment, type HukouOptions, type HukouVerdict, ROUTE_IDS, type RouteId, type RouteResult } from './types.ts';
import { hukouWork } from './work.ts';

/** How far ahead the earliest date is looked for when the caller does not say (20 years). */
export const DEFAULT_HORIZON = 240;

const VERDICT: Record<ReturnType<typeof statusOf>, HukouVerdict> = { met: 'met', failed: 'notMet', confirm: 'confirm' };

/** The date the rules are read on for an application in month m: the assessment date for its own month, else the 1st; a pinned version's range bounds it. */
function ruleDates(date: string, version: string | undefined): (m: number) => string {
  const now = monthIndex(date);
  const pinned = version ? hukouRules.versions.find((v) => v.id === version && v.kind === 'base') : undefined;
  if (version && !pinned) throw new RangeError(`unknown version "${version}"`);
  return (m) => {
    const d = m === now ? date : `${monthString(m)}-01`;
    if (!pinned) return d;
    if (d < pinned.from) return pinned.from;
    return pinned.to !== undefined && d > pinned.to ? pinned.to : d;
  };
}

/** A route's conditions for month m: its own, then those every route keeps. */
function conditionsAt(c: Ctx, id: RouteId, m: number, extra: Certificate[]) {
  hukouWork.routeMonths++;
  return [...routeConditions(c, id, m, extra), ...commonConditions(c, m)];
}

/**
 * Whether month m fails for the route, and whether for good (a standing condition fails: every month does). The
 * common conditions first: worked out once a month for every route.
 */
function failsAt(c: Ctx & { memo: MonthMemo }, id: RouteId, m: number, extra: Certificate[]): 'no' | 'yes' | 'always' {
  const i = m - c.t.now;
  const common = c.memo.common[i] ?? commonConditions(c, m);
  c.memo.common[i] = common;
  if (statusOf(common) === 'failed') return failsForGood(common) ? 'always' : 'yes';
  hukouWork.routeMonths++;
  const own = routeConditions(c, id, m, extra);
  if (statusOf(own) !== 'failed') return 'no';
  return failsForGood(own) ? 'always' : 'yes';
}

/**
 * The first month from the assessment month on in which nothing fails, or null within the horizon: looked for up to
 * the month after which nothing changes any more (settled.ts), not to the horizon, and not past a standing condition
 * that fails. A scan notes nothing (its notes are dropped), so what it works out for one route serves the others:
 * pass the same `memo` to every scan of one prepared timeline and what-if certificate.
 */
export function earliestMonth(c: Ctx, id: RouteId, extra: Certificate[] = [], memo = monthMemo()): string | null {
  const scan = { ...c, note: notes(), scan: true, memo };
  const last = lastMonthToScan(c, extra);
  for (let m = c.t.now; m <= last; m++) {
    const fails = failsAt(scan, id, m, extra);
    if (fails === 'no') return monthString(m);
    if (fails === 'always') return null;
  }
  return null;
}

function documents(id: RouteId): Msg[] {
  const ids = new Set([...(hukouRules.documents.common ?? []), ...ROUTE_DOCUMENTS[id].flatMap((g) => hukouRules.documents[g] ?? [])]);
  return [...ids].map((d) => msg(`hukou:documents.${d}`));
}

/** One route: today's verdict with its conditions, the earliest month it opens if nothing changes, documents and sources. */
function routeResult(base: Omit<Ctx, 'note'>, id: RouteId, memo: MonthMemo): RouteResult {
  const c: Ctx = { ...base, note: notes() };
  const conditions = conditionsAt(c, id, c.t.now, []);
  const verdict = VERDICT[statusOf(conditions)];
  return {
    id,
    kind: ROUTE_KIND[id],
    name: msg(`hukou:route.${id}`),
    verdict,
    conditions,
    earliest: verdict === 'notMet' ? earliestMonth(c, id, [], memo) : monthString(c.t.now),
    documents: documents(id),
    warnings: [...c.note.warnings.values()],
    article: c.note.article ?? { zh: '', en: '' },
    source: [...c.note.sources].sort(),
    confidence: c.note.confidence,
    readings: [...c.note.readings].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))),
  };
}

/** Recorded months with a base under the reference or tax not matching it (J4: warnings, not exclusions). */
function historyWarnings(t: Timeline): Msg[] {
  let low = 0;
  let tax = 0;
  for (const [k, h] of t.si) {
    if (k > t.now || h.backPaid || h.reference === 0) continue;
    if (!atLeast(h, 1)) low++;
    if (!h.taxMatches) tax++;
  }
  const out: Msg[] = [];
  if (low > 0) out.push(msg('hukou:warn.lowBase', { count: low }));
  if (tax > 0) out.push(msg('hukou:warn.taxMismatch', { count: tax }));
  if (t.projected) out.push(msg('hukou:warn.projected'));
  return out;
}

export interface Prepared {
  base: Omit<Ctx, 'note'>;
  readings: HukouReadingChoice;
  date: string;
}

export function prepare(applicant: Applicant, options: HukouOptions): Prepared {
  const { date } = options;
  if (date < hukouRules.scheme.from) throw new RangeError(`date ${date} is before the scheme began (${hukouRules.scheme.from})`);
  const readings = resolveHukouReadings(options.readings);
  hukouWork.timelines++;
  const t = buildTimeline(applicant, date, readings, options.horizonMonths ?? DEFAULT_HORIZON, options.baseFrom);
  return { base: { a: applicant, t, readings, ruleDate: ruleDates(date, options.version) }, readings, date };
}

/** A what-if certificate: a mid-level title appointed to the post on `on` (the planner's step). */
export function appointedTitle(on: string): Certificate {
  return { kind: 'title', name: '', titleLevel: 'mid', obtainedOn: on, appointed: true, appointedOn: on, matchesPost: true };
}

/** Every route for `applicant`, the overall answer, and what a points score does not do (J20). */
export function assessRoutes(applicant: Applicant, options: HukouOptions): Omit<HukouAssessment, 'plan'> {
  return routesOf(prepare(applicant, options));
}

/** The same on a prepared timeline (the way there reuses it). */
export function routesOf({ base, readings, date }: Prepared): Omit<HukouAssessment, 'plan'> {
  const memo = monthMemo();
  const routes = ROUTE_IDS.map((id) => routeResult(base, id, memo));
  const open = routes.filter((r) => r.verdict === 'met').map((r) => r.id);
  // "To confirm" routes are those still open to question, not the standing human checks (pay standard).
  const toConfirm = routes.filter((r) => r.verdict === 'confirm' && r.id !== 'payStandard').map((r) => r.id);
  const dated = routes.filter((r) => r.earliest !== null && r.id !== 'payStandard');
  const earliest = dated.reduce<string | null>((e, r) => (e === null || (r.earliest as string) < e ? r.earliest : e), null);
  const earliestRoutes = dated.filter((r) => r.earliest === earliest).map((r) => r.id);
  const month = monthString(base.t.now);
  const processing = hukouParam('processing', date, readings)?.dated.value;
  const expected =
    earliest && processing
      ? {
          from: monthString(monthIndex(earliest) + processing.processingMonthsMin),
          to: monthString(monthIndex(earliest) + processing.recordLagMonths + processing.processingMonthsMax),
        }
      : null;
  const status = open.length > 0 ? 'open' : toConfirm.length > 0 ? 'confirm' : earliest ? 'later' : 'none';
  const summary =
    status === 'open'
      ? msg('hukou:overall.open', { count: open.length, month })
      : status === 'confirm'
        ? msg('hukou:overall.confirm', { count: toConfirm.length, month })
        : status === 'later'
          ? msg('hukou:overall.later', { month: earliest ?? '', from: expected?.from ?? '', to: expected?.to ?? '' })
          : msg('hukou:overall.none', { years: Math.floor((base.t.end - base.t.now) / 12) });
  const points = hukouParam('points', date, readings)?.dated;
  const used = new Set(routes.flatMap((r) => r.readings));
  used.add('J16');
  used.add('J17');
  used.add('J20');
  return {
    date,
    month,
    versions: hukouVersionsOn(base.ruleDate(base.t.now), readings),
    routes,
    overall: { status, summary, open, toConfirm, earliest, earliestRoutes, expected },
    points: {
      text: msg('hukou:points.statement'),
      source: points?.source ?? [],
      confidence: points?.confidence ?? 'low',
    },
    readings: [...used]
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))
      .map((id) => ({ id, option: readings[id] ?? '', confidence: hukouReadingConfidence(id, readings[id] ?? '') })),
    warnings: historyWarnings(base.t),
    sources: hukouSourceViews([...new Set([...(points?.source ?? []), ...routes.flatMap((r) => r.source)])].sort()),
  };
}
