import type { Certificate } from '../applicant/index.ts';
import { monthIndex } from '../core/calendar.ts';
import { type Msg, msg } from '../core/message.ts';
import { hukouRules } from '../policy/hukou.ts';
import { best, type Ctx, cond, month, rule } from './conditions.ts';
import { consecutiveAbove } from './month-tests.ts';
import { type HukouCondition, TITLE_OPTIONS, type TitleOption, type TitleResult } from './types.ts';
import { windowTest } from './window.ts';

// Condition (四) of Art. 5 and what stands in for it (JUZHUANHU.md §2.5, §2.6, §3.2): one option each (TITLE_OPTIONS).

function isSenior(cert: Certificate): boolean {
  return (cert.kind === 'title' && cert.titleLevel === 'senior') || (cert.kind === 'skill' && cert.skillLevel === 1);
}

/** A title, qualification or skill level that meets condition (四): mid-level, technician or above. */
export function isMidOrAbove(cert: Pick<Certificate, 'kind' | 'titleLevel' | 'skillLevel'>): boolean {
  if (cert.kind === 'title') return cert.titleLevel === 'mid' || cert.titleLevel === 'senior';
  if (cert.kind === 'skill') return cert.skillLevel !== undefined && cert.skillLevel <= 2;
  return true;
}

/** Where a title was obtained (J14): in Shanghai; elsewhere before the first permit; elsewhere during it, recognised. */
export function whereCondition(c: Ctx, cert: Certificate, name: Msg | string): HukouCondition {
  c.note.readings.add('J14');
  if (cert.whileWorkingInShanghai !== false) return cond('titleWhere', true, msg('hukou:cond.titleInShanghai', { name }));
  const first = c.t.firstPermitDate;
  if (first !== null && cert.obtainedOn < first) return cond('titleWhere', true, msg('hukou:cond.titleBeforePermit', { name }));
  if (cert.verifiedInShanghai === true || c.readings.J14 === 'countAll')
    return cond('titleWhere', true, msg('hukou:cond.titleRecognised', { name }));
  return cond(
    'titleWhere',
    cert.verifiedInShanghai === false ? false : undefined,
    msg('hukou:cond.titleOutOfTown', { name }),
    msg('hukou:fix.titleRecognition'),
  );
}

/** Appointed to the matching post by month m (J21: the post match is the applicant's to confirm). */
export function appointmentConditions(c: Ctx, cert: Certificate, name: Msg | string, m: number): HukouCondition[] {
  c.note.readings.add('J21');
  const on = cert.appointedOn ?? cert.obtainedOn;
  const appointed = cert.appointed === true ? monthIndex(on) <= m : cert.appointed;
  return [
    cond(
      'appointed',
      appointed,
      msg(cert.appointed === true && !appointed ? 'hukou:cond.appointedLater' : 'hukou:cond.appointed', { name, date: on }),
      msg('hukou:fix.appointed', { name }),
    ),
    cond('postMatch', cert.matchesPost, msg('hukou:cond.postMatch', { name }), msg('hukou:fix.postMatch')),
  ];
}

function midTitle(c: Ctx, m: number, extra: Certificate[]): HukouCondition[] {
  rule(c, 'title', m);
  const certs = [...c.a.certificates, ...extra].filter(isMidOrAbove);
  if (certs.length === 0) return [cond('title', false, msg('hukou:cond.noTitle'), msg('hukou:fix.title'))];
  return best(
    certs.map((cert) => {
      const name = cert.name || msg('hukou:title.aMidTitle');
      const out = [cond('title', true, msg('hukou:cond.titleHeld', { name })), whereCondition(c, cert, name)];
      out.push(...appointmentConditions(c, cert, name, m));
      if (!isSenior(cert)) out.push(...marketStandard(c, m));
      return { conditions: out };
    }),
  ).conditions;
}

/** The market evaluation standard for a mid-level title or technician (J6, J7, J8): from 2020-12-01; before, a warning. */
function marketStandard(c: Ctx, m: number): HukouCondition[] {
  const std = rule(c, 'marketStandard', m);
  if (!std) {
    const first = hukouRules.params.marketStandard[0]?.value;
    if (first && monthIndex(hukouRules.params.marketStandard[0]?.from ?? '') > m) {
      const held = windowTest(c, 'market', m, { ...first, ratio: first.ratio });
      if (held.some((x) => x.status === 'failed'))
        c.note.warnings.set(
          'marketBefore',
          msg('hukou:warn.marketBefore', { ratio: first.ratio, from: hukouRules.params.marketStandard[0]?.from ?? '' }),
        );
    }
    return [];
  }
  const ratio = c.readings.J6 === 'ratio15' ? std.altRatio : std.ratio;
  return windowTest(c, 'market', m, { ...std, ratio });
}

function waiver2x(c: Ctx, m: number): HukouCondition[] {
  const now = rule(c, 'waiver2x', m);
  if (now) return windowTest(c, 'waiver2x', m, now);
  const text = rule(c, 'waiver2xText', m);
  if (!text) return [cond('inForce', false, msg('hukou:cond.notInForce', { month: month(m) }))];
  const have = consecutiveAbove(c.t, m, text.ratio, text.consecutiveMonths, c.readings);
  return [
    cond(
      'consecutive',
      have >= text.consecutiveMonths,
      msg('hukou:cond.consecutive', { have, need: text.consecutiveMonths, ratio: text.ratio, month: month(m) }),
      msg('hukou:fix.consecutive', { ratio: text.ratio, need: text.consecutiveMonths }),
    ),
  ];
}

function lingang1x(c: Ctx, m: number): HukouCondition[] {
  const r = rule(c, 'lingang1x', m);
  if (!r) return [cond('inForce', false, msg('hukou:cond.notInForce', { month: month(m) }))];
  const inArea = c.t.areas.get('lingang')?.has(m) === true;
  const employer = cond(
    'lingangEmployer',
    inArea,
    msg('hukou:cond.lingangEmployer', { month: month(m) }),
    msg('hukou:fix.lingangEmployer'),
  );
  // Someone who never worked in Lingang is not told about its 1× months.
  return c.t.areas.get('lingang')?.size ? [employer, ...windowTest(c, 'lingang1x', m, r)] : [employer];
}

function average(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function investment(c: Ctx, m: number): HukouCondition[] {
  const r = rule(c, 'investment', m);
  if (!r) return [cond('inForce', false, msg('hukou:cond.notInForce', { month: month(m) }))];
  const tax = c.a.investment?.annualTax ?? [];
  const staff = c.a.hukou?.shanghaiStaff ?? [];
  const taxOk = tax.length >= r.taxYears && average(tax) >= r.averageTaxYuan;
  const staffOk = staff.length >= r.taxYears && average(staff) >= r.averageStaff;
  return [
    cond(
      'investment',
      taxOk || staffOk,
      msg('hukou:cond.investment', {
        tax: tax.length ? Math.floor(average(tax)) : 0,
        staff: staff.length ? Math.floor(average(staff)) : 0,
        needTax: r.averageTaxYuan,
        needStaff: r.averageStaff,
        years: r.taxYears,
      }),
      msg('hukou:fix.investment', { needTax: r.averageTaxYuan, needStaff: r.averageStaff, years: r.taxYears }),
    ),
  ];
}

function cpaLawyer(c: Ctx, m: number): HukouCondition[] {
  rule(c, 'title', m);
  return [cond('cpaLawyer', c.a.hukou?.cpaOrLawyerPractising === true, msg('hukou:cond.cpaLawyer'), msg('hukou:fix.cpaLawyer'))];
}

/** One title option's conditions for an application in month m; `extra` adds a planner's what-if certificate. */
export function titleOption(c: Ctx, option: TitleOption, m: number, extra: Certificate[] = []): HukouCondition[] {
  switch (option) {
    case 'midTitle':
      return midTitle(c, m, extra);
    case 'cpaLawyer':
      return cpaLawyer(c, m);
    case 'waiver2x':
      return waiver2x(c, m);
    case 'lingang1x':
      return lingang1x(c, m);
    case 'investment':
      return investment(c, m);
  }
}

/** The title condition by whichever option holds best: met first, then to confirm, then the fewest failures. */
export function anyTitle(c: Ctx, m: number, extra: Certificate[] = []): TitleResult {
  return best(TITLE_OPTIONS.map((option) => ({ option, conditions: titleOption(c, option, m, extra) })));
}
