import { catalogs } from '../catalog/index.ts';
import { msg, type Said } from '../core/message.ts';
import type { Assessment } from '../engine/types.ts';
import { CONFIDENCE } from '../explain/words.ts';
import { readings as readingList } from '../policy/index.ts';
import { readingConfidence } from '../policy/readings.ts';
import type { Action, Projection } from './types.ts';

/**
 * What the plan cannot know, in words: every reading of medium or low confidence that today's points or an
 * action rely on, the projection's own caveats, and the catalogues' gaps.
 */
export function limitsOf(today: Assessment, actions: readonly Action[], projection: Projection | null): Said[] {
  const out: Said[] = [msg('planner:limits.rules')];
  const used = new Map<string, string>();
  for (const i of today.items) if (i.counted && i.points !== 0) for (const [id, o] of Object.entries(i.readings)) used.set(id, o);
  for (const a of actions) for (const [id, o] of Object.entries(a.readings)) used.set(id, o);
  for (const [id, option] of [...used].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    const confidence = readingConfidence(id, option);
    if (confidence === 'high') continue;
    const r = readingList.find((x) => x.id === id);
    const o = r?.options.find((x) => x.id === option);
    if (!r || !o) continue;
    out.push(msg('planner:limits.reading', { id, confidence: CONFIDENCE[confidence], question: r.question, option: o.text }));
  }
  if (projection) out.push(...projection.notes);
  if (actions.some((a) => a.kind === 'skillCertificate' || a.kind === 'midTitle')) {
    for (const id of ['skillOccupations', 'qualifications'] as const) {
      const meta = catalogs[id].meta;
      if (meta.version.complete) continue;
      out.push(msg('planner:limits.catalogue', { catalogue: meta.name, count: meta.version.knownCount }));
    }
  }
  return out;
}
