import { catalogs } from '../catalog/index.ts';
import type { Assessment, Text } from '../engine/types.ts';
import { CONFIDENCE } from '../explain/words.ts';
import { text } from '../messages/catalogue.ts';
import { readings as readingList } from '../policy/index.ts';
import { readingConfidence } from '../policy/readings.ts';
import type { Action, Projection } from './types.ts';

/**
 * What the plan cannot know, in words: every reading of medium or low confidence that today's points or an
 * action rely on, the projection's own caveats, and the catalogues' gaps.
 */
export function limitsOf(today: Assessment, actions: readonly Action[], projection: Projection | null): Text[] {
  const out: Text[] = [
    {
      zh: '计划按评估日已知的规则及其已公布的变更测算，无法预见新规定或新公布的参考工资。',
      en: 'The plan applies the rules known on the plan date, with their published changes; it cannot foresee new rules or newly published reference wages.',
    },
  ];
  const used = new Map<string, string>();
  for (const i of today.items) if (i.counted && i.points !== 0) for (const [id, o] of Object.entries(i.readings)) used.set(id, o);
  for (const a of actions) for (const [id, o] of Object.entries(a.readings)) used.set(id, o);
  for (const [id, option] of [...used].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const confidence = readingConfidence(id, option);
    if (confidence === 'high') continue;
    const r = readingList.find((x) => x.id === id);
    const o = r?.options.find((x) => x.id === option);
    if (!r || !o) continue;
    const c = text(CONFIDENCE[confidence]);
    out.push({
      zh: `解读${id}（可信度${c.zh}）：${r.question.zh}——按「${o.text.zh}」测算。`,
      en: `Reading ${id} (${c.en} confidence): ${r.question.en} — taken as: ${o.text.en}.`,
    });
  }
  if (projection) out.push(...projection.notes);
  if (actions.some((a) => a.kind === 'skillCertificate' || a.kind === 'midTitle')) {
    for (const id of ['skillOccupations', 'qualifications'] as const) {
      const meta = catalogs[id].meta;
      if (meta.version.complete) continue;
      out.push({
        zh: `本工具收录的《${meta.name.zh}》不完整（${meta.version.knownCount}项），以市人社局公布的目录为准。`,
        en: `Our copy of the ${meta.name.en} is incomplete (${meta.version.knownCount} entries): the list published by Shanghai HRSS prevails.`,
      });
    }
  }
  return out;
}
