import type { Certificate } from '../applicant/index.ts';
import { monthIndex } from '../core/calendar.ts';
import { msg } from '../core/message.ts';
import { yearsConditions } from './common.ts';
import { best, type Ctx, cond, month, rule, standing, statusOf } from './conditions.ts';
import { areaMonthsBefore, monthsBefore } from './month-tests.ts';
import { anyTitle, appointmentConditions, titleOption, whereCondition } from './title.ts';
import type { HukouCondition, RouteId, RouteResult, TitleOption } from './types.ts';
import { windowTest } from './window.ts';

/** Every route of JUZHUANHU.md §3.1 as the conditions of an application in month m (before the common ones). */

const notInForce = (m: number) => [cond('inForce', false, msg('hukou:cond.notInForce', { month: month(m) }))];

/**
 * The route's own conditions, then the title condition through its best option, announced first (§3.2: year routes
 * still need a title or a substitute). A scan for the earliest month only asks whether something fails: once one has,
 * the five title options are not tried.
 */
function withTitle(c: Ctx, m: number, extra: Certificate[], own: HukouCondition[]): HukouCondition[] {
  if (c.scan && statusOf(own) === 'failed') return own;
  const best = c.memo?.title[m - c.t.now] ?? anyTitle(c, m, extra);
  if (c.memo) c.memo.title[m - c.t.now] = best;
  return [...own, titleVia(best.option, best.conditions), ...best.conditions];
}

function titleVia(option: TitleOption, conditions: HukouCondition[]): HukouCondition {
  const status = statusOf(conditions);
  return { id: 'titleVia', status, text: msg(`hukou:cond.titleVia`, { option: msg(`hukou:title.${option}`) }) };
}

/** The basic years with one title option (basic = a mid-level title, CPA or lawyer; else the substitute named). */
function sevenYearsWith(c: Ctx, m: number, options: TitleOption[], extra: Certificate[]): HukouCondition[] {
  const basic = rule(c, 'basic', m);
  if (!basic) return notInForce(m);
  const years = yearsConditions(c, m, basic.permitMonths, basic.siMonths);
  if (c.scan && statusOf(years) === 'failed') return years;
  const title = best(options.map((o) => ({ conditions: titleOption(c, o, m, extra) })));
  return [...years, ...title.conditions];
}

function areaRoute(c: Ctx, m: number, id: 'lingang5' | 'lingang3' | 'zhangjiang5' | 'zhangjiang3', extra: Certificate[]) {
  const r = rule(c, id, m);
  if (!r) return notInForce(m);
  c.note.readings.add('J19');
  const area = id.startsWith('lingang') ? 'lingang' : 'zhangjiang';
  const have = areaMonthsBefore(c.t, c.t.areas.get(area) ?? new Set(), m);
  const out = [
    ...yearsConditions(c, m, r.months),
    cond(
      'areaMonths',
      have >= r.areaMonths,
      msg('hukou:cond.areaMonths', { area: msg(`hukou:area.${area}`), have, need: r.areaMonths, month: month(m) }),
      msg('hukou:fix.areaMonths', { area: msg(`hukou:area.${area}`), more: r.areaMonths - have }),
    ),
    standing(cond('areaCommitment', c.a.hukou?.areaCommitment, msg('hukou:cond.areaCommitment'), msg('hukou:fix.areaCommitment'))),
  ];
  if (id.endsWith('3'))
    out.push(
      standing(cond('coreTalent', c.a.hukou?.coreTalent === true, msg(`hukou:cond.coreTalent.${area}`), msg('hukou:fix.coreTalent'))),
    );
  return withTitle(c, m, extra, out);
}

function seniorRoute(c: Ctx, m: number): HukouCondition[] {
  rule(c, 'senior', m);
  c.note.readings.add('J13');
  const seniors = c.a.certificates.filter(
    (x) => (x.kind === 'title' && x.titleLevel === 'senior') || (x.kind === 'skill' && x.skillLevel === 1),
  );
  if (seniors.length === 0) return [standing(cond('senior', false, msg('hukou:cond.noSenior'), msg('hukou:fix.senior')))];
  c.note.warnings.set('seniorClaim', msg('hukou:warn.seniorClaim'));
  return best(
    seniors.map((cert) => ({
      conditions: [
        cond('senior', true, msg('hukou:cond.titleHeld', { name: cert.name })),
        whereCondition(c, cert, cert.name),
        ...appointmentConditions(c, cert, cert.name, m),
      ],
    })),
  ).conditions;
}

function awardRoute(c: Ctx, m: number): HukouCondition[] {
  rule(c, 'award', m);
  const first = c.t.firstPermitDate;
  const ok = c.a.awards.some(
    (w) =>
      w.level === 'provincialOrAbove' &&
      w.whileWorkingInShanghai &&
      first !== null &&
      w.receivedOn >= first &&
      monthIndex(w.receivedOn) <= m,
  );
  // Without any award it fails in every month.
  return [standing(cond('award', ok, msg('hukou:cond.award'), msg('hukou:fix.award')), c.a.awards.length === 0)];
}

function kechuang3x(c: Ctx, m: number, extra: Certificate[]): HukouCondition[] {
  const r = rule(c, 'kechuang3x', m);
  if (!r) return notInForce(m);
  c.note.readings.add('J10');
  const out = [
    ...yearsConditions(c, m, r.months),
    standing(cond('sciTech', c.a.hukou?.enterpriseSciTech === true, msg('hukou:cond.sciTech'), msg('hukou:fix.sciTech'))),
    ...windowTest(c, 'kechuang3x', m, { ratio: r.ratio, windowMonths: r.windowMonths, months: r.countMonths, applicationMonth: false }),
  ];
  return c.readings.J10 === 'waivesTitle' ? out : withTitle(c, m, extra, out);
}

function kechuangStartup(c: Ctx, m: number, extra: Certificate[]): HukouCondition[] {
  const r = rule(c, 'kechuangStartup', m);
  if (!r) return notInForce(m);
  const s = c.a.startup;
  const f = c.a.hukou?.startupFunding;
  return withTitle(c, m, extra, [
    ...yearsConditions(c, m, r.months),
    // Without a start-up or its funding no version's threshold is met: standing.
    standing(
      cond(
        'startupShare',
        s !== undefined && s.shareholdingPercent >= r.sharePercent,
        msg('hukou:cond.startupShare', { have: s?.shareholdingPercent ?? 0, need: r.sharePercent }),
        msg('hukou:fix.startupShare', { need: r.sharePercent }),
      ),
      s === undefined,
    ),
    standing(
      cond(
        'startupFunding',
        f !== undefined && (f.firstRoundYuan >= r.firstRoundYuan || f.cumulativeYuan >= r.cumulativeYuan),
        msg('hukou:cond.startupFunding', { first: r.firstRoundYuan, cumulative: r.cumulativeYuan }),
        msg('hukou:fix.startupFunding'),
      ),
      f === undefined,
    ),
    standing(
      cond(
        'startupTenure',
        s?.insuredByCompany,
        msg('hukou:cond.startupTenure', { months: r.tenureMonths }),
        msg('hukou:fix.startupTenure'),
      ),
    ),
  ]);
}

function kechuangTransfer(c: Ctx, m: number, extra: Certificate[]): HukouCondition[] {
  const r = rule(c, 'kechuangTransfer', m);
  if (!r) return notInForce(m);
  const t = c.a.techTransfer;
  return withTitle(c, m, extra, [
    ...yearsConditions(c, m, r.months),
    standing(
      cond(
        'transferTenure',
        t?.registeredInstitution && t.months >= r.tenureMonths,
        msg('hukou:cond.transferTenure', { have: t?.months ?? 0, need: r.tenureMonths }),
        msg('hukou:fix.transferTenure'),
      ),
      !t?.registeredInstitution,
    ),
    cond(
      'transferAmount',
      (c.a.hukou?.techTransferYuan ?? 0) >= r.transactionsYuan,
      msg('hukou:cond.transferAmount', { have: c.a.hukou?.techTransferYuan ?? 0, need: r.transactionsYuan }),
      msg('hukou:fix.transferAmount'),
    ),
  ]);
}

function remoteSuburb(c: Ctx, m: number, extra: Certificate[]): HukouCondition[] {
  const r = rule(c, 'remoteSuburb', m);
  if (!r) return notInForce(m);
  c.note.readings.add('J18');
  const have = monthsBefore(c.t.remotePosts, m);
  return withTitle(c, m, extra, [
    ...yearsConditions(c, m, r.months),
    cond(
      'remotePost',
      have >= r.postMonths,
      msg('hukou:cond.remotePost', { have, need: r.postMonths }),
      msg('hukou:fix.remotePost', { more: r.postMonths - have }),
    ),
  ]);
}

function newTown(c: Ctx, m: number, extra: Certificate[]): HukouCondition[] {
  const r = rule(c, 'newTown5', m);
  if (!r) return notInForce(m);
  const inTown = (c.t.areas.get('newTown')?.size ?? 0) > 0;
  // The years required in the new town (a "certain number of years") were never published: a human check (R-G).
  return withTitle(c, m, extra, [
    ...yearsConditions(c, m, r.months),
    standing(cond('newTownWork', inTown, msg('hukou:cond.newTownWork'), msg('hukou:fix.newTownWork'))),
    cond('newTownYears', inTown ? undefined : false, msg('hukou:cond.newTownYears'), msg('hukou:fix.newTownYears')),
    standing(cond('areaCommitment', c.a.hukou?.areaCommitment, msg('hukou:cond.areaCommitment'), msg('hukou:fix.areaCommitment'))),
  ]);
}

/** The route's own conditions for an application in month m; `extra` is a planner's what-if certificate. */
export function routeConditions(c: Ctx, id: RouteId, m: number, extra: Certificate[] = []): HukouCondition[] {
  switch (id) {
    case 'basic':
      return sevenYearsWith(c, m, ['midTitle', 'cpaLawyer'], extra);
    case 'waiver2x':
      return sevenYearsWith(c, m, ['waiver2x'], extra);
    case 'lingang1x':
      return sevenYearsWith(c, m, ['lingang1x'], extra);
    case 'investment':
      return sevenYearsWith(c, m, ['investment'], extra);
    case 'payStandard':
      rule(c, 'payStandard', m);
      return [cond('payStandard', undefined, msg('hukou:cond.payStandard'), msg('hukou:fix.payStandard'))];
    case 'remoteSuburb':
      return remoteSuburb(c, m, extra);
    case 'kechuang3x':
      return kechuang3x(c, m, extra);
    case 'kechuangStartup':
      return kechuangStartup(c, m, extra);
    case 'kechuangTransfer':
      return kechuangTransfer(c, m, extra);
    case 'lingang5':
    case 'lingang3':
    case 'zhangjiang5':
    case 'zhangjiang3':
      return areaRoute(c, m, id, extra);
    case 'newTown5':
      return newTown(c, m, extra);
    case 'senior':
      return seniorRoute(c, m);
    case 'award':
      return awardRoute(c, m);
    case 'migrantWorker':
      rule(c, 'migrantWorker', m);
      return [
        standing(
          cond(
            'migrantWorker',
            c.a.hukou?.outstandingMigrantWorker === true,
            msg('hukou:cond.migrantWorker'),
            msg('hukou:fix.migrantWorker'),
          ),
        ),
      ];
  }
}

export const ROUTE_KIND: Record<RouteId, RouteResult['kind']> = {
  basic: 'years',
  waiver2x: 'title',
  lingang1x: 'title',
  investment: 'title',
  payStandard: 'title',
  remoteSuburb: 'years',
  kechuang3x: 'years',
  kechuangStartup: 'years',
  kechuangTransfer: 'years',
  lingang5: 'years',
  lingang3: 'years',
  zhangjiang5: 'years',
  zhangjiang3: 'years',
  newTown5: 'years',
  senior: 'direct',
  award: 'direct',
  migrantWorker: 'direct',
};

/** Documents to prepare: the common list, then the route's own (policy/hukou/rules.json, "documents"). */
export const ROUTE_DOCUMENTS: Record<RouteId, string[]> = {
  basic: ['title'],
  waiver2x: ['baseTest'],
  lingang1x: ['baseTest', 'area'],
  investment: ['investment'],
  payStandard: [],
  remoteSuburb: ['remote', 'title'],
  kechuang3x: ['kechuang', 'baseTest'],
  kechuangStartup: ['kechuang'],
  kechuangTransfer: ['kechuang'],
  lingang5: ['area'],
  lingang3: ['area'],
  zhangjiang5: ['area'],
  zhangjiang3: ['area'],
  newTown5: ['area'],
  senior: ['title'],
  award: ['award'],
  migrantWorker: ['migrantWorker'],
};
