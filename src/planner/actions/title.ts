import type { Applicant, Certificate } from '../../applicant/applicant.ts';
import { catalogs, englishName } from '../../catalog/index.ts';
import { addMonthsToDate } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
import { param } from '../../policy/index.ts';
import { gatedLevel, type PlanContext, titleSkillPoints } from '../context.ts';
import { suggestQualification } from '../suggest.ts';
import type { Candidate } from './spec.ts';

/**
 * A mid-level title, or a catalogue qualification that counts as one (Art. 6(3)): the qualification matching the
 * post when one is found, else a mid-level title evaluated in Shanghai. Appointment and the series' conditions
 * (R16) are what the applicant must make true; the 1× base gate is the engine's to check on each date.
 */
export function titleActions(ctx: PlanContext): Candidate[] {
  const a = ctx.future.today;
  const mid = param('titleSkill', ctx.date)?.value.points.titleMid;
  // already scoring at mid level or above: another mid-level certificate cannot add points
  if (mid === undefined || titleSkillPoints(ctx) >= mid) return [];
  const months = ctx.assumptions.qualificationMonths ?? 12;
  const availableFrom = addMonthsToDate(ctx.date, months);
  const suggestion = suggestQualification(a, ctx.date);
  const q = suggestion?.entry;
  const cert: Certificate = q
    ? {
        kind: 'qualification',
        name: q.name,
        catalogId: q.id,
        obtainedOn: availableFrom,
        obtainedBy: 'exam',
        matchesPost: true,
        appointed: true,
        seriesConditionsMet: true,
        ...(q.registration ? { registered: true } : {}),
      }
    : {
        kind: 'title',
        name: '中级专业技术职称',
        titleLevel: 'mid',
        obtainedOn: availableFrom,
        obtainedBy: 'evaluation',
        whileWorkingInShanghai: true,
        matchesPost: true,
      };
  const add = (x: Applicant): Applicant => ({ ...x, certificates: [...x.certificates, cert] });
  const catalogue = catalogs.qualifications.meta.name;
  const titles = q?.titles.join('/') ?? '';
  const titlesEn = q?.titlesEn.join('/') ?? '';
  const id = q ? 'midTitle.qualification' : 'midTitle.title';
  return [
    {
      id,
      kind: 'midTitle',
      title: q
        ? {
            zh: `取得「${q.name}」并被聘任至${titles || '相应中级'}岗位（视同中级职称）`,
            en: `Obtain ${englishName(q)} and be appointed to a ${titlesEn || 'matching mid-level'} post (a mid-level equivalent)`,
          }
        : { zh: '取得与岗位相符的中级专业技术职称', en: 'Obtain a mid-level professional title matching the post' },
      target: 'titleSkill',
      availableFrom,
      apply: add,
      probe: (x) => ({ ...x, certificates: [cert] }),
      affects: [{ item: 'titleSkill', max: mid }],
      // the 1× gate can open and close only if the base changes or contributions stop
      monotone: !ctx.assumptions.baseChanges?.length && ctx.assumptions.lastContributionMonth === undefined,
      gated: gatedLevel(ctx.date, q ? 'qualificationMid' : 'titleMid'),
      cost: { exam: true },
      facts: { qualification: q?.name ?? null, catalogId: q?.id ?? null, titles: titles || null, matchedOn: suggestion?.matchedOn ?? null },
      conditions: [
        ...(q
          ? [
              confirm(
                'qualification',
                {
                  zh: `「${q.name}」在${catalogue.zh}内（第${q.number}项），按岗位「${suggestion?.from}」匹配（${suggestion?.matchedOn}）：仅为建议，请核对`,
                  en: `${englishName(q)} is item ${q.number} of the ${catalogue.en}, matched from the post "${suggestion?.from}" (${suggestion?.matchedOn}): a suggestion to verify`,
                },
                {
                  zh: '也可选择目录内其他与岗位相符的职业资格',
                  en: 'Any other catalogue qualification matching the post works the same way',
                },
              ),
              confirm(
                'appointment',
                {
                  zh: `单位聘任至${titles || '相应中级'}岗位并填写《专业技术职务聘任表》，且符合该职称系列的学历、年限条件（解读R16；如工程师：本科后5年、硕士后2年）`,
                  en: `The employer appoints you to a ${titlesEn || 'matching mid-level'} post and files the appointment form, and you meet the series' education and years conditions (reading R16; e.g. engineer: 5 years after a bachelor's, 2 after a master's)`,
                },
                { zh: '与单位确认聘任，并核对系列条件', en: 'Agree the appointment with the employer and check the series conditions' },
              ),
            ]
          : [
              confirm(
                'title',
                {
                  zh: '未找到与岗位相符的目录内职业资格：按在本市工作期间评审取得的中级职称测算',
                  en: 'No catalogue qualification matches the post: evaluated as a mid-level title obtained by evaluation while working in Shanghai',
                },
                {
                  zh: '评审取得的职称须在本市工作期间取得或在本市复评（解读R4）',
                  en: 'An evaluated title must be obtained while working in Shanghai or re-evaluated there (reading R4)',
                },
              ),
            ]),
        ...(q?.registration
          ? [
              confirm(
                'registration',
                {
                  zh: '注册类资格须在注册有效期内（解读R15）',
                  en: 'A registration-type qualification counts only while registered (reading R15)',
                },
                { zh: '取得后办理注册', en: 'Register it once obtained' },
              ),
            ]
          : []),
        confirm(
          'matchesPost',
          { zh: '专业与所聘岗位相符', en: 'The specialty matches the post' },
          { zh: '确认岗位与专业相符', en: 'Confirm that the post matches the specialty' },
        ),
      ],
      assumptions: [
        {
          id: `${id}.months`,
          text: {
            zh: `假设${months}个月后（${availableFrom}）取得并完成聘任——这是可修改的假设。`,
            en: `Assumes it is obtained and the appointment made in ${months} months (${availableFrom}): an assumption you can change.`,
          },
        },
      ],
    },
  ];
}
