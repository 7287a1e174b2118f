import type { Applicant } from '../../applicant/applicant.ts';
import { confirm } from '../../core/condition.ts';
import { AREA } from '../assumptions.ts';
import type { PlanContext } from '../context.ts';
import type { RemoteAreaKind } from '../types.ts';
import type { Candidate } from './spec.ts';

const CONDITIONS: Record<'lingang' | 'newTown', { zh: string; en: string }> = {
  lingang: {
    zh: '在临港新片区工作期间连续正常缴纳社保满36个月（不含补缴），并取得管委会推荐函',
    en: 'SI paid continuously for 36 months while working in Lingang (back-payments excluded), and a recommendation letter from the Lingang administration',
  },
  newTown: {
    zh: '缴纳社保、个税的用人单位注册在该新城',
    en: 'The employer paying SI and tax is registered in the new town',
  },
};

/**
 * Working and living in Lingang or a new town from the plan date. When the points start counting (Lingang:
 * after 3 years, from the first year since 2024-08-21; new towns: after 5 years) is the engine's, date by date.
 */
export function remoteAreaActions(ctx: PlanContext): Candidate[] {
  const a = ctx.future.today;
  const out: Candidate[] = [];
  for (const area of ['lingang', 'newTown'] as const) {
    const already = a.remoteArea.some((r) => r.area === area && (r.to === undefined || r.to >= ctx.date));
    if (already) continue;
    const move = (x: Applicant): Applicant => ({ ...x, remoteArea: [...x.remoteArea, { area: area as RemoteAreaKind, from: ctx.date }] });
    const name = AREA[area];
    out.push({
      id: `remoteArea.${area}`,
      kind: 'remoteArea',
      title: { zh: `在${name.zh}工作并居住`, en: `Work and live in ${name.en}` },
      target: 'remoteArea',
      availableFrom: ctx.date,
      apply: move,
      affects: [{ item: 'remoteArea' }],
      // years only add up; with a move already assumed, the better of two areas counts, which can overtake
      monotone: ctx.assumptions.remoteArea === undefined,
      facts: { area },
      conditions: [
        confirm(
          'workAndLive',
          { zh: `在${name.zh}工作并居住（两者都需要）`, en: `Both work and live in ${name.en}` },
          { zh: '居住证登记地址在该区域', en: 'Register the residence-permit address there' },
        ),
        confirm('areaConditions', CONDITIONS[area], { zh: '向区人才服务中心核实', en: 'Check with the district talent service centre' }),
      ],
      assumptions: [
        {
          id: `remoteArea.${area}.from`,
          text: { zh: `假设自${ctx.date}起在${name.zh}工作并居住。`, en: `Assumes working and living in ${name.en} from ${ctx.date}.` },
        },
      ],
    });
  }
  return out;
}
