import { englishName } from '../../catalog/english.ts';
import { matchShortageMajor } from '../../catalog/shortage-match.ts';
import { confirm, failed, met } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { required } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { Condition, ItemResult } from '../types.ts';
import { flatBonus } from './flat-bonus.ts';

const LABEL = labelOf('shortageMajor');

/**
 * 紧缺急需专业 — Art. 7(3): a (full-time, junior-college) major on the shortage catalogue, name AND code exact,
 * with a post that matches it. Our copy of the catalogue is incomplete, so "not found" asks for a check.
 */
export function shortageMajor(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.shortageMajor, 'shortageMajor', ctx);
  const v = p.value;
  const conditions: Condition[] = [];
  const withMajor = ctx.applicant.education.filter((e) => e.major && (!e.obtainedOn || e.obtainedOn <= ctx.date));
  let scored = false;
  let majorName: string | null = null;
  for (const e of withMajor) {
    const major = e.major as NonNullable<typeof e.major>;
    majorName = major.name;
    const cs: Condition[] = [];
    cs.push(
      e.level === v.requiredLevel
        ? met('majorLevel', msg('engine:shortageMajor.level'))
        : failed('majorLevel', msg('engine:shortageMajor.levelWrong')),
      !v.requireFullTime || e.fullTime
        ? met('majorFullTime', msg('engine:shortageMajor.fullTime'))
        : failed('majorFullTime', msg('engine:shortageMajor.notFullTime')),
    );
    const match = matchShortageMajor(major.name, major.code, ctx.date);
    if (match.status === 'exact')
      cs.push(
        met(
          'onShortageCatalogue',
          msg('engine:shortageMajor.onCatalogue', { name: { zh: major.name, en: englishName(match.entry) }, code: major.code }),
        ),
      );
    else if (match.status === 'mismatch')
      cs.push(
        failed(
          'onShortageCatalogue',
          msg('engine:shortageMajor.mismatch', { name: { zh: match.entry.name, en: englishName(match.entry) }, code: match.entry.code }),
        ),
      );
    else if (match.catalogComplete)
      cs.push(failed('onShortageCatalogue', msg('engine:shortageMajor.notOnCatalogue', { name: major.name })));
    else
      cs.push(
        confirm(
          'onShortageCatalogue',
          msg('engine:shortageMajor.notInOurPart', { name: major.name, code: major.code }),
          msg('engine:shortageMajor.notInOurPartFix'),
        ),
      );
    cs.push(
      major.postMatches === true
        ? met('postMatchesMajor', msg('engine:shortageMajor.postMatches'))
        : major.postMatches === false
          ? failed('postMatchesMajor', msg('engine:shortageMajor.postMismatch'))
          : confirm('postMatchesMajor', msg('engine:shortageMajor.postMustMatch'), msg('engine:shortageMajor.postMustMatchFix')),
    );
    conditions.push(...cs);
    if (cs.every((c) => c.status === 'met')) scored = true;
  }
  if (withMajor.length === 0) conditions.push(failed('majorGiven', msg('engine:shortageMajor.none')));
  return flatBonus(ctx, {
    id: 'shortageMajor',
    label: LABEL,
    param: p,
    scored,
    yes: 'engine:shortageMajor.scored',
    no: msg('engine:shortageMajor.notScored'),
    facts: { major: majorName },
    conditions,
  });
}
