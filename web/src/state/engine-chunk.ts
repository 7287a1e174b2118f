// What the calculator needs of the engine and the planner, as one lazily loaded chunk (see loadEngine).
export { assess, parseApplicant, ValidationError } from '../../../src/engine/index.ts';
export { nearMiss } from '../../../src/planner/near-miss.ts';
