import { englishName } from '../../catalog/english.ts';
import { matchShortageMajor } from '../../catalog/shortage-match.ts';
import { confirm, failed, met } from '../../core/condition.ts';
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
        ? met('majorLevel', { zh: '高职专科（大专）专业', en: 'a junior-college (高职专科) major' })
        : failed('majorLevel', { zh: '紧缺急需专业目录为高职专科专业', en: 'the shortage catalogue lists junior-college majors' }),
      !v.requireFullTime || e.fullTime
        ? met('majorFullTime', { zh: '全日制', en: 'full-time' })
        : failed('majorFullTime', { zh: '须为全日制', en: 'must be full-time' }),
    );
    const match = matchShortageMajor(major.name, major.code, ctx.date);
    if (match.status === 'exact')
      cs.push(
        met('onShortageCatalogue', {
          zh: `「${major.name}」（${major.code}）在紧缺急需专业目录内`,
          en: `${englishName(match.entry)}, code ${major.code}, is on the shortage catalogue`,
        }),
      );
    else if (match.status === 'mismatch')
      cs.push(
        failed('onShortageCatalogue', {
          zh: `名称与代码须与目录完全一致（目录：${match.entry.name} ${match.entry.code}）`,
          en: `name and code must both match the catalogue exactly (catalogue: ${englishName(match.entry)} ${match.entry.code})`,
        }),
      );
    else if (match.catalogComplete)
      cs.push(
        failed('onShortageCatalogue', {
          zh: `「${major.name}」不在紧缺急需专业目录内`,
          en: `"${major.name}" is not on the shortage catalogue`,
        }),
      );
    else
      cs.push(
        confirm(
          'onShortageCatalogue',
          {
            zh: `「${major.name}」（${major.code}）不在本工具收录的部分目录中`,
            en: `"${major.name}" (${major.code}) is not in the part of the catalogue we hold`,
          },
          {
            zh: '对照市人社局公布的完整目录核对专业名称和代码',
            en: 'check the name and code against the full catalogue published by Shanghai HRSS',
          },
        ),
      );
    cs.push(
      major.postMatches === true
        ? met('postMatchesMajor', {
            zh: '所聘岗位与专业相符（申请人确认，由区人才服务中心审核）',
            en: 'the post matches the major (confirmed by the applicant; checked by the district centre)',
          })
        : major.postMatches === false
          ? failed('postMatchesMajor', { zh: '所聘岗位与专业不符', en: 'the post does not match the major' })
          : confirm(
              'postMatchesMajor',
              { zh: '所聘岗位须与专业相符', en: 'the post must match the major' },
              { zh: '确认岗位与所学专业相符', en: 'confirm that the post matches the major' },
            ),
    );
    conditions.push(...cs);
    if (cs.every((c) => c.status === 'met')) scored = true;
  }
  if (withMajor.length === 0) conditions.push(failed('majorGiven', { zh: '未填写专业名称和代码', en: 'no major name and code given' }));
  return flatBonus(ctx, {
    id: 'shortageMajor',
    label: LABEL,
    param: p,
    scored,
    yes: (points) => ({
      zh: `所学专业在紧缺急需专业目录内，积${points}分（岗位与专业相符由区人才服务中心审核）。`,
      en: `The major is on the shortage catalogue: ${points} points (the post-to-major match is checked by the district centre).`,
    }),
    no: { zh: '没有符合紧缺急需专业目录的专业，本项0分。', en: 'No major on the shortage catalogue: 0 points.' },
    facts: { major: majorName },
    conditions,
  });
}
