import type { Text } from '../core/text.ts';
import { type DatedParam, documents, files, type ParamId, param } from './index.ts';

/** A document to bring, by id, with its name in both languages. */
export interface DocumentRef {
  id: string;
  zh: string;
  en: string;
}

/** A document to prepare, as assessments show it (shared and frozen), and the tag that decides when it applies. */
export interface DocumentAt {
  ref: DocumentRef;
  when: string | undefined;
  /** The name before the applicant's own one, for a document named by it (the certificate held). */
  named: Text | undefined;
}

/** Every parameter in force on one date, resolved once: the engine reads rules from this, never from the files. */
export interface PolicyAt {
  date: string;
  params: { [K in ParamId]?: DatedParam<K> };
  docs: Record<ParamId, readonly DocumentAt[]>;
  /**
   * The untagged documents of each file (those every scoring applicant prepares), listed once per date and shared by
   * every assessment on it: never mutate them. Not frozen, since V8 reads a frozen array's elements several times slower.
   */
  documents: Record<ParamId, DocumentRef[]>;
}

const refs = new WeakMap<object, DocumentRef>();

function documentsAt(id: ParamId, date: string): DocumentAt[] {
  return documents(id, date).map((d) => {
    let ref = refs.get(d);
    if (!ref) {
      ref = Object.freeze({ id: d.id, zh: d.zh, en: d.en });
      refs.set(d, ref);
    }
    return { ref, when: d.when, named: d.named };
  });
}

const cache = new Map<string, PolicyAt>();
const CACHE_LIMIT = 5000;

export function policyAt(date: string): PolicyAt {
  let at = cache.get(date);
  if (!at) {
    const ids = Object.keys(files) as ParamId[];
    const docs = Object.fromEntries(ids.map((id) => [id, documentsAt(id, date)])) as Record<ParamId, DocumentAt[]>;
    at = {
      date,
      params: Object.fromEntries(ids.map((id) => [id, param(id, date)]).filter(([, v]) => v)) as PolicyAt['params'],
      docs,
      documents: Object.fromEntries(ids.map((id) => [id, docs[id].filter((d) => d.when === undefined).map((d) => d.ref)])) as Record<
        ParamId,
        DocumentRef[]
      >,
    };
    // Bounded: a planner projection touches a few hundred dates; a long-running server must not grow without end.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(date, at);
  }
  return at;
}
