import type { Applicant, Education } from '../../applicant/applicant.ts';
import { addMonthsToDate } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
import type { Text } from '../../engine/types.ts';
import { param } from '../../policy/index.ts';
import { type PlanContext, titleSkillPoints } from '../context.ts';
import type { Candidate } from './spec.ts';

type Level = Education['level'];

/** The next qualification after the highest recognised one (the education item's own finding). */
const NEXT: Record<string, { level: Level; key: 'associate' | 'bachelor' | 'master' | 'doctor'; name: Text }> = {
  none: { level: 'associate', key: 'associate', name: { zh: '大专（高职）', en: 'junior-college diploma' } },
  associate: { level: 'bachelor', key: 'bachelor', name: { zh: '本科学历并学士学位', en: "bachelor's diploma with degree" } },
  bachelorNoDegree: { level: 'master', key: 'master', name: { zh: '硕士研究生学历学位', en: "master's degree" } },
  bachelor: { level: 'master', key: 'master', name: { zh: '硕士研究生学历学位', en: "master's degree" } },
  master: { level: 'doctor', key: 'doctor', name: { zh: '博士研究生学历学位', en: 'doctorate' } },
  // a postgraduate diploma without its degree (reading R17): the degree completes that level
  masterNoDegree: { level: 'master', key: 'master', name: { zh: '硕士研究生学历学位', en: "master's degree" } },
  doctorNoDegree: { level: 'doctor', key: 'doctor', name: { zh: '博士研究生学历学位', en: 'doctorate' } },
};

/**
 * A part-time degree one level up. When it could be awarded is an assumption (default 2.5 years), never a rule:
 * the plan says so. Education and title/skill are one choice (Art. 11), which the engine applies.
 */
export function degreeActions(ctx: PlanContext): Candidate[] {
  const item = ctx.today.items.find((i) => i.id === 'education');
  const current = typeof item?.facts['level'] === 'string' ? item.facts['level'] : 'none';
  const next = NEXT[current];
  const points = param('education', ctx.date)?.value.points;
  if (!next || !points || titleSkillPoints(ctx) >= points[next.key]) return [];
  const months = ctx.assumptions.degreeMonths ?? 30;
  const availableFrom = addMonthsToDate(ctx.date, months);
  const record: Education = {
    level: next.level,
    degree: true,
    diploma: true,
    fullTime: false,
    obtainedOn: availableFrom,
    foreign: false,
    verified: true,
  };
  const add = (x: Applicant): Applicant => ({ ...x, education: [...x.education, record] });
  const id = `degree.${next.key}`;
  return [
    {
      id,
      kind: 'degree',
      title: { zh: `在职取得${next.name.zh}`, en: `Obtain a ${next.name.en} part-time` },
      target: 'education',
      availableFrom,
      apply: add,
      affects: [{ item: 'education', max: points[next.key] }],
      monotone: true,
      cost: { exam: true },
      facts: { level: next.level, months },
      conditions: [
        confirm(
          'recognised',
          { zh: '国家承认的学历，可在学信网查询', en: 'A state-recognised qualification, verifiable on CHSI (学信网)' },
          { zh: '选择国家承认学历的院校和项目', en: 'Choose a state-recognised programme' },
        ),
        confirm(
          'studyRecords',
          {
            zh: '自考、成人、网络教育等须提交毕业生登记表或学籍材料；学习期间的社保、居住须与就读地相符',
            en: 'Self-study, adult and online degrees need the graduate registration form or study records; SI and residence during study must fit where you studied',
          },
          { zh: '保留学籍材料', en: 'Keep the study records' },
        ),
        ...(next.key === 'bachelor'
          ? [
              confirm(
                'degreeAwarded',
                {
                  zh: '按本科学历并学士学位测算；只取得本科学历（无学位）积分较低',
                  en: "Counted with the bachelor's degree (学士学位); the diploma alone scores less",
                },
                { zh: '满足学位授予条件（如学位外语考试）', en: 'Meet the degree conditions (e.g. the degree language exam)' },
              ),
            ]
          : []),
      ],
      assumptions: [
        {
          id: `${id}.months`,
          text: {
            zh: `假设${months}个月后（${availableFrom}）取得${next.name.zh}（默认2.5年，可修改）。`,
            en: `Assumes the ${next.name.en} is awarded in ${months} months (${availableFrom}; default 2.5 years, you can change it).`,
          },
        },
      ],
    },
  ];
}
