/**
 * Values derived from the rules, made once per owner (a rule's value, a tier) and small key (a window end, a
 * number of years) and shared across assessments. Mostly explanations: they are fixed text around a few facts
 * (a count of months, years of marriage), and concatenating them from pieces for every assessment was most of
 * the engine's cost. Shared values are frozen: never mutate them. Bounded per owner, since keys come from
 * applicants' facts and dates.
 */

const LIMIT = 500;

export type SharedCache<T> = (owner: object, key: number | string | undefined, build: () => T) => T;

export function sharedCache<T extends object>(): SharedCache<T> {
  const byOwner = new WeakMap<object, Map<number | string | undefined, T>>();
  return (owner, key, build) => {
    let byKey = byOwner.get(owner);
    if (!byKey) {
      byKey = new Map();
      byOwner.set(owner, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = deepFreeze(build());
      if (byKey.size >= LIMIT) byKey.clear();
      byKey.set(key, value);
    }
    return value;
  };
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
