import { useEffect, useRef, useState } from 'react';
import type { Plan, ScenarioComparison } from '../../../src/planner/index.ts';
import type { PlanRequest, PlanResponse } from './protocol.ts';

export type PlanState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'ok'; plan: Plan; comparison: ScenarioComparison | null }
  | { kind: 'error'; message: string };

/**
 * The plan for a request, computed in a worker. Only the latest request's answer is kept: a reply to an
 * older request (the user kept typing) is dropped.
 */
export function usePlan(request: Omit<PlanRequest, 'id'> | null): PlanState {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<PlanState>({ kind: 'idle' });
  const key = request ? JSON.stringify(request) : '';

  useEffect(() => {
    const w = new Worker(new URL('./plan.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<PlanResponse>) => {
      const r = e.data;
      if (r.id !== latest.current) return;
      setState(r.ok ? { kind: 'ok', plan: r.plan, comparison: r.comparison } : { kind: 'error', message: r.message });
    };
    worker.current = w;
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (!key || !worker.current) return;
    latest.current += 1;
    setState({ kind: 'running' });
    // Debounced: a burst of edits sends one request.
    const timer = setTimeout(
      () => worker.current?.postMessage({ ...(JSON.parse(key) as Omit<PlanRequest, 'id'>), id: latest.current }),
      120,
    );
    return () => clearTimeout(timer);
  }, [key]);

  return state;
}
