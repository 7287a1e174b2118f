import { type DatedParam, documents, files, type ParamId, type PolicyDocument, param } from './index.ts';

/** Every parameter in force on one date, resolved once: the engine reads rules from this, never from the files. */
export interface PolicyAt {
  date: string;
  params: { [K in ParamId]?: DatedParam<K> };
  docs: Record<ParamId, readonly PolicyDocument[]>;
}

const cache = new Map<string, PolicyAt>();
const CACHE_LIMIT = 5000;

export function policyAt(date: string): PolicyAt {
  let at = cache.get(date);
  if (!at) {
    const ids = Object.keys(files) as ParamId[];
    at = {
      date,
      params: Object.fromEntries(ids.map((id) => [id, param(id, date)]).filter(([, v]) => v)) as PolicyAt['params'],
      docs: Object.fromEntries(ids.map((id) => [id, documents(id, date)])) as unknown as PolicyAt['docs'],
    };
    // Bounded: a planner projection touches a few hundred dates; a long-running server must not grow without end.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(date, at);
  }
  return at;
}
