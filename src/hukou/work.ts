/**
 * What one answer costs, counted rather than timed (bench/hukou.bench.ts reads it): the timelines prepared and the
 * route-months whose own conditions were worked out. Counts do not depend on the machine's load.
 */
export const hukouWork = { timelines: 0, routeMonths: 0 };
