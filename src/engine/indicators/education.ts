import type { Education } from '../../applicant/applicant.ts';
import { confirm, failed, met } from '../../core/condition.ts';
import { type Msg, msg } from '../../core/message.ts';
import type { Context } from '../context.ts';
import { docs, item, required } from '../item.ts';
import { labelOf } from '../labels.ts';
import { reading } from '../readings.ts';
import type { Condition, ItemResult } from '../types.ts';

const LABEL = labelOf('education');

type PointsKey = 'associate' | 'bachelorNoDegree' | 'bachelor' | 'master' | 'doctor';
type EducationKey = PointsKey | 'masterNoDegree' | 'doctorNoDegree';

/** The qualification's name inside a sentence. */
const NAMES: Record<EducationKey, Msg> = {
  associate: msg('engine:education.name.associate'),
  bachelorNoDegree: msg('engine:education.name.bachelorNoDegree'),
  bachelor: msg('engine:education.name.bachelor'),
  master: msg('engine:education.name.master'),
  doctor: msg('engine:education.name.doctor'),
  masterNoDegree: msg('engine:education.name.masterNoDegree'),
  doctorNoDegree: msg('engine:education.name.doctorNoDegree'),
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
  if (best) conditions.push(met('educationVerified', msg('engine:education.verified', { name: NAMES[best.key] })));
  if (bestUnverified && (!best || bestUnverified.points > best.points)) {
    conditions.push(
      failed(
        'educationVerified',
        msg('engine:education.unverified', { name: NAMES[bestUnverified.key] }),
        msg('engine:education.unverifiedFix'),
      ),
    );
  }
  if (records.some((e) => !e.diploma)) conditions.push(failed('diplomaGiven', msg('engine:education.degreeWithoutDiploma')));
  // Nothing given is a question ("to confirm"); "no diploma" said by the applicant is an answer.
  if (records.length === 0 && !ctx.applicant.noDiploma) {
    conditions.push(
      confirm('educationGiven', msg('engine:education.none'), msg('engine:education.noneFix', { min: v.points.associate, max: v.cap })),
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
    explanation: best ? msg('engine:education.explanation', { name: NAMES[best.key], points }) : msg('engine:education.noneScores'),
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
