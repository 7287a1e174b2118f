import '../zod-config.ts';
import { parseApplicant } from '../../../src/engine/index.ts';
import { compareScenarios, plan } from '../../../src/planner/index.ts';
import type { PlanRequest, PlanResponse } from './protocol.ts';

/** Runs the planner away from the page, so typing and scrolling never wait for it. */
self.onmessage = (event: MessageEvent<PlanRequest>) => {
  const r = event.data;
  let response: PlanResponse;
  try {
    const start = performance.now();
    const options = { date: r.date, horizonMonths: r.horizonMonths, assumptions: r.assumptions, readings: r.readings };
    const applicant = parseApplicant(r.applicant);
    const result = plan(applicant, options);
    const comparison = r.scenarios.length
      ? compareScenarios(
          r.scenarios.map((s) => ({ label: s.label, applicant: parseApplicant(s.applicant) })),
          options,
        )
      : null;
    response = { id: r.id, ok: true, plan: result, comparison, ms: performance.now() - start };
  } catch (e) {
    response = { id: r.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(response);
};
