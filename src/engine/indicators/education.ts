import type { Education } from '../../applicant/applicant.ts';
import { confirm, failed, met } from '../../core/condition.ts';
import type { Context } from '../context.ts';
import { docs, item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import type { Condition, ItemResult } from '../types.ts';

const LABEL = labelOf('education');

type EducationKey = 'associate' | 'bachelorNoDegree' | 'bachelor' | 'master' | 'doctor';

const NAMES: Record<EducationKey, { zh: string; en: string }> = {
  associate: { zh: '大专（高职）', en: 'junior college diploma' },
  bachelorNoDegree: { zh: '大学本科学历', en: "bachelor's diploma without degree" },
  bachelor: { zh: '大学本科学历并学士学位', en: "bachelor's diploma with degree" },
  master: { zh: '硕士研究生学历学位', en: "master's degree" },
  doctor: { zh: '博士研究生学历学位', en: 'doctorate' },
};

function keyOf(e: Education): EducationKey {
  if (e.level === 'bachelor') return e.degree ? 'bachelor' : 'bachelorNoDegree';
  return e.level;
}

/** 教育背景 — Art. 6(2): the highest state-recognised, verifiable qualification. */
export function education(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.education, 'education', ctx);
  const v = p.value;
  const records = ctx.applicant.education.filter((e) => !e.obtainedOn || e.obtainedOn <= ctx.date);
  let best: { record: Education; key: EducationKey; points: number } | undefined;
  let bestUnverified: { key: EducationKey; points: number } | undefined;
  for (const record of records) {
    const key = keyOf(record);
    const points = v.points[key];
    if (record.verified) {
      if (!best || points > best.points) best = { record, key, points };
    } else if (!bestUnverified || points > bestUnverified.points) bestUnverified = { key, points };
  }
  const conditions: Condition[] = [];
  if (best)
    conditions.push(
      met('educationVerified', {
        zh: `${NAMES[best.key].zh}可在学信网查询或已认证`,
        en: `${NAMES[best.key].en} verifiable (CHSI) or certified`,
      }),
    );
  if (bestUnverified && (!best || bestUnverified.points > best.points)) {
    conditions.push(
      failed(
        'educationVerified',
        {
          zh: `${NAMES[bestUnverified.key].zh}未能在学信网查询或未经认证`,
          en: `${NAMES[bestUnverified.key].en} is not verifiable on CHSI nor certified`,
        },
        {
          zh: '办理学信网学历认证，境外学历办理教育部留学服务中心认证',
          en: 'obtain a CHSI verification, or the CSCSE certificate for a foreign degree',
        },
      ),
    );
  }
  if (records.length === 0) {
    conditions.push(
      confirm(
        'educationGiven',
        { zh: '未填写学历', en: 'no education given' },
        { zh: '大专及以上学历可积50–110分', en: 'a junior-college diploma or higher gives 50–110 points' },
      ),
    );
  }
  const points = best?.points ?? 0;
  return item(ctx, {
    id: 'education',
    group: 'basic',
    label: LABEL,
    points,
    max: v.cap,
    param: p,
    explanation: best
      ? {
          zh: `最高可认定学历为${NAMES[best.key].zh}，积${points}分。`,
          en: `Highest recognised qualification: ${NAMES[best.key].en}, ${points} points.`,
        }
      : { zh: '没有可认定的大专及以上学历，本项0分。', en: 'No recognised junior-college or higher qualification: 0 points.' },
    facts: { level: best?.key ?? null, fullTime: best?.record.fullTime ?? null, foreign: best?.record.foreign ?? null },
    conditions,
    extraConfidence: undefined,
    documents: best
      ? docs(
          ctx.policy.docs.education,
          (when) => when === undefined || (when === 'foreign' && best.record.foreign) || (when === 'nonFullTime' && !best.record.fullTime),
        )
      : [],
    checks: undefined,
  });
}
