import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ok'; value: T } | { kind: 'error'; message: string };

/** Loads `load()` whenever `key` changes; `reload` runs it again (after a save). */
export function useAsync<T>(load: () => Promise<T>, key: string): { state: Loaded<T>; reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ kind: 'loading' });
  const [tick, setTick] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` depends on
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ kind: 'ok', value }),
      (e: unknown) => current && setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [key, tick]);
  return { state, reload: useCallback(() => setTick((t) => t + 1), []) };
}
