import type { Applicant, Certificate } from '../../applicant/applicant.ts';
import { catalogs, englishName } from '../../catalog/index.ts';
import { addMonthsToDate } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
import { param } from '../../policy/index.ts';
import { gatedLevel, type PlanContext, titleSkillPoints } from '../context.ts';
import { suggestOccupation } from '../suggest.ts';
import type { Candidate } from './spec.ts';

const LEVEL_ZH = ['', '一级', '二级', '三级', '四级', '五级'];

/**
 * A skill certificate one level above the best held (5 → 4 → 3 → 2 → 1; level 5 when none), in a catalogue
 * occupation: the one already held, else one matching the post. Levels 2 and 1 meet the 1× base gate in the
 * engine's assessment, like any certificate.
 */
export function skillActions(ctx: PlanContext): Candidate[] {
  const a = ctx.future.today;
  const held = a.certificates.filter((c) => c.kind === 'skill' && c.skillLevel !== undefined && c.obtainedOn <= ctx.date);
  const best = held.reduce((min, c) => Math.min(min, c.skillLevel as number), 6);
  if (best <= 1) return [];
  const level = best - 1;
  const points = param('titleSkill', ctx.date)?.value.points[`skill${level}` as 'skill1'];
  // the title/skill item already scores as much: the next level cannot add points
  if (points === undefined || titleSkillPoints(ctx) >= points) return [];
  const id = `skill.level${level}`;
  const months = ctx.assumptions.skillCertificateMonths ?? 6;
  const suggestion = suggestOccupation(a, ctx.date);
  if (!suggestion) {
    const post = a.employment.post?.trim();
    return [
      {
        id,
        kind: 'skillCertificate',
        title: {
          zh: `取得目录内职业的技能等级${LEVEL_ZH[level]}证书`,
          en: `Obtain a level-${level} skill certificate in a catalogue occupation`,
        },
        reason: post
          ? {
              zh: `岗位「${post}」与高技能人才职业、工种目录中的职业都不相符（按名称和别名比对）；技能证书须为目录内且与岗位相符的工种`,
              en: `no occupation on the high-skill catalogue matches the post "${post}" (by name and alias); a skill certificate must be in a catalogue occupation matching the post`,
            }
          : {
              zh: '未填写岗位，无法推荐目录内与岗位相符的职业（工种）',
              en: 'no post given: no catalogue occupation matching it can be suggested',
            },
      },
    ];
  }
  const entry = suggestion.entry;
  const availableFrom = addMonthsToDate(ctx.date, months);
  const cert: Certificate = {
    kind: 'skill',
    name: entry.name,
    catalogId: entry.id,
    skillLevel: level,
    obtainedOn: availableFrom,
    obtainedBy: 'assessment',
    whileWorkingInShanghai: true,
    matchesPost: true,
  };
  const add = (x: Applicant): Applicant => ({ ...x, certificates: [...x.certificates, cert] });
  const catalogue = catalogs.skillOccupations.meta.name;
  const basis =
    suggestion.basis === 'certificate'
      ? { zh: `与已持有的「${suggestion.from}」证书同一职业`, en: `the occupation of the ${suggestion.from} certificate held` }
      : {
          zh: `按岗位「${suggestion.from}」匹配（${suggestion.matchedOn}），仅为建议，请核对`,
          en: `matched from the post "${suggestion.from}" (${suggestion.matchedOn}): a suggestion to verify`,
        };
  return [
    {
      id,
      kind: 'skillCertificate',
      title: {
        zh: `取得「${entry.name}」技能等级${LEVEL_ZH[level]}证书`,
        en: `Obtain a level-${level} skill certificate as ${englishName(entry)}`,
      },
      target: 'titleSkill',
      availableFrom,
      apply: add,
      probe: (x) => ({ ...x, certificates: [cert] }),
      affects: [{ item: 'titleSkill', max: points }],
      // the 1× gate of levels 2/1 can open and close only if the base changes or contributions stop
      monotone: !ctx.assumptions.baseChanges?.length && ctx.assumptions.lastContributionMonth === undefined,
      gated: gatedLevel(ctx.date, `skill${level}`),
      cost: { exam: true },
      facts: { occupation: entry.name, catalogId: entry.id, level, basis: suggestion.basis, matchedOn: suggestion.matchedOn },
      conditions: [
        confirm(
          'occupation',
          {
            zh: `「${entry.name}」在${catalogue.zh}内（第${entry.number}项）：${basis.zh}`,
            en: `${englishName(entry)} is item ${entry.number} of the ${catalogue.en}: ${basis.en}`,
          },
          { zh: '以市人社局公布的目录为准', en: 'The catalogue published by Shanghai HRSS prevails' },
        ),
        confirm(
          'matchesPost',
          { zh: '证书工种须与所聘岗位相符（以劳动合同为准）', en: 'The trade must match the post (as in the labour contract)' },
          { zh: '确认岗位与该工种相符', en: 'Confirm that the post matches the trade' },
        ),
        confirm(
          'inShanghai',
          { zh: '在本市工作期间取得（解读R4）', en: 'Obtained while working in Shanghai (reading R4)' },
          { zh: '在本市参加技能等级认定', en: 'Sit the skill appraisal in Shanghai' },
        ),
        confirm(
          'appraisalRequirements',
          {
            zh: `国家职业技能标准规定了报考${LEVEL_ZH[level]}的条件（从事本工种年限、已持有的下一级证书等），本工具未核对`,
            en: `The national occupational standard sets who may sit level ${level} (years in the trade, the level below): not checked here`,
          },
          { zh: '向认定机构核实报考条件', en: 'Check the entry requirements with the appraisal body' },
        ),
      ],
      assumptions: [
        {
          id: `${id}.months`,
          text: {
            zh: `假设${months}个月后（${availableFrom}）取得证书——这是可修改的假设。`,
            en: `Assumes the certificate is obtained in ${months} months (${availableFrom}): an assumption you can change.`,
          },
        },
      ],
    },
  ];
}
