/** The planner's public surface: pure functions on top of the engine's `assess`, the same in Node and a browser. */
export { NEAR_MISS_MONTHS, nearMiss } from './near-miss.ts';
export { DEFAULT_HORIZON_MONTHS, plan, projectWaiting } from './plan.ts';
export { compareScenarios } from './scenarios.ts';
export type * from './types.ts';
