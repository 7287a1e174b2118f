import { files } from '../policy/index.ts';
import type { Context } from './context.ts';
import { required } from './item.ts';
import type { VetoResult } from './types.ts';

/** 一票否决 — Art. 9: any record of a veto item in force cancels the application, however old. */
export function vetoes(ctx: Context): VetoResult[] {
  const p = required(ctx.policy.params.vetoes, 'vetoes', ctx);
  const out: VetoResult[] = [];
  for (const r of ctx.applicant.records) {
    if (r.date > ctx.date) continue;
    if (r.kind !== 'familyPlanning' && r.kind !== 'seriousCrime') continue;
    if (!p.value.items.includes(r.kind)) continue;
    out.push({
      id: r.kind,
      label: files.vetoes.labels?.[r.kind] ?? { zh: r.kind, en: r.kind },
      date: r.date,
      source: p.source,
      article: p.article,
    });
  }
  return out;
}
