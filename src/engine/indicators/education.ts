import type { Education } from '../../applicant/applicant.ts';
import { confirm, failed, met } from '../../core/condition.ts';
import type { Context } from '../context.ts';
import { docs, item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { reading } from '../readings.ts';
import type { Condition, ItemResult } from '../types.ts';

const LABEL = labelOf('education');

type PointsKey = 'associate' | 'bachelorNoDegree' | 'bachelor' | 'master' | 'doctor';
type EducationKey = PointsKey | 'masterNoDegree' | 'doctorNoDegree';

const NAMES: Record<EducationKey, { zh: string; en: string }> = {
  associate: { zh: '大专（高职）', en: 'junior college diploma' },
  bachelorNoDegree: { zh: '大学本科学历', en: "bachelor's diploma without degree" },
  bachelor: { zh: '大学本科学历并学士学位', en: "bachelor's diploma with degree" },
  master: { zh: '硕士研究生学历学位', en: "master's degree" },
  doctor: { zh: '博士研究生学历学位', en: 'doctorate' },
  masterNoDegree: {
    zh: '硕士研究生学历（无学位，按大学本科学历计）',
    en: "master's diploma without the degree (counted as a bachelor's diploma)",
  },
  doctorNoDegree: {
    zh: '博士研究生学历（无学位，按大学本科学历计）',
    en: "doctoral diploma without the degree (counted as a bachelor's diploma)",
  },
};

/** The table row a postgraduate diploma without its degree falls to under reading R17 (undefined: none). */
const NO_DEGREE_ROW: Record<string, PointsKey | undefined> = { postgraduateDiplomaAsBachelorDiploma: 'bachelorNoDegree', noRow: undefined };

/**
 * The row of Art. 6(2) a record supports. 硕士/博士研究生学历学位 need both the diploma and the degree (RULES.md §2.3);
 * a degree without its diploma (同等学力) supports no row, and a postgraduate diploma without its degree falls to the
 * 本科学历 row or to none (reading R17). Undefined when the record supports no row.
 */
function keyOf(e: Education, r17: string | undefined): { key: EducationKey; row: PointsKey } | undefined {
  if (!e.diploma) return undefined;
  if (e.level === 'bachelor') return e.degree ? { key: 'bachelor', row: 'bachelor' } : { key: 'bachelorNoDegree', row: 'bachelorNoDegree' };
  if (e.level === 'associate' || e.degree) return { key: e.level, row: e.level };
  const row = r17 === undefined ? undefined : NO_DEGREE_ROW[r17];
  return row ? { key: e.level === 'master' ? 'masterNoDegree' : 'doctorNoDegree', row } : undefined;
}

/** 教育背景 — Art. 6(2): the highest state-recognised, verifiable qualification. */
export function education(ctx: Context): ItemResult {
  const p = required(ctx.policy.params.education, 'education', ctx);
  const v = p.value;
  const records = ctx.applicant.education.filter((e) => !e.obtainedOn || e.obtainedOn <= ctx.date);
  let best: { record: Education; key: EducationKey; points: number } | undefined;
  let bestUnverified: { key: EducationKey; points: number } | undefined;
  // R17 decides only a postgraduate diploma without its degree: read (and so listed) only when there is one.
  const r17 = records.some((e) => (e.level === 'master' || e.level === 'doctor') && e.diploma && !e.degree)
    ? reading(ctx, 'R17')
    : undefined;
  for (const record of records) {
    const supported = keyOf(record, r17);
    if (!supported) continue;
    const { key } = supported;
    const points = v.points[supported.row];
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
  if (records.some((e) => !e.diploma))
    conditions.push(
      failed('diplomaGiven', {
        zh: '无相应学历证书的学位（如同等学力）不单独计分，按所持学历计分（解读R17）',
        en: 'a degree without its diploma (e.g. 同等学力) does not score on its own; the diplomas held count (reading R17)',
      }),
    );
  // Nothing given is a question ("to confirm"); "no diploma" said by the applicant is an answer.
  if (records.length === 0 && !ctx.applicant.noDiploma) {
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
