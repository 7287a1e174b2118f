import { type Msg, msg } from '../core/message.ts';
import { readings as readingList } from '../policy/index.ts';
import { type ReadingChoice, resolveReadings } from '../policy/readings.ts';
import { carriedAlternative, seriesForReading, wageTable } from '../policy/wages.ts';
import { alternativeContext, type Context } from './context.ts';
import { historyAgainst } from './history.ts';
import { siBasePoints, widestBaseWindow } from './indicators/si-base.ts';
import type { Alternative, IndicatorId, ItemResult, Text } from './types.ts';

/**
 * Confidence that means something (issue 13): an item is uncertain only where its points would change under an
 * alternative reading (policy/readings.json) or an alternative value we know of (the social-insurance average for
 * the months past the last published reference wage). Each alternative is tried on its own, one at a time.
 */

/** Readings with an alternative option: the only ones worth trying. */
const SWITCHES = new Map(readingList.filter((r) => r.options.length > 1).map((r) => [r.id, r]));

/**
 * Readings an indicator can depend on even when its line did not use them (a line of 0 points records none: under
 * another reading a certificate might count). The line's own readings are tried too.
 */
const MAY_USE: Partial<Record<IndicatorId, readonly string[]>> = {
  titleSkill: ['R1', 'R3', 'R4', 'R5', 'R8', 'W1'],
};

/** The title/skill line read the base history only when a certificate met everything but the 1× gate. */
const gateRead = (item: ItemResult) => item.id !== 'titleSkill' || item.facts['gateMonths'] !== null;

/**
 * When a reading cannot change a line, whatever its option: trying it would only cost an assessment's worth of work.
 * Each test reads the facts the reading's options differ on (test/engine/alternatives.test.ts checks they miss
 * nothing against trying every reading).
 */
const MATTERS: Record<string, (ctx: Context, item: ItemResult) => boolean> = {
  // any 6 of 12 vs the last 6 in a row; the reference series; the window's last month: the gate's and base bands' inputs
  R1: (_, item) => gateRead(item),
  R8: (_, item) => gateRead(item),
  // the SI years differ only by the application month itself (later months are not in the history)
  W1: (ctx, item) => (item.id === 'siYears' ? ctx.history[ctx.history.length - 1]?.month === ctx.month : gateRead(item)),
  // only skill levels 5 and 4 are free of the catalogue under the alternative
  R3: (ctx) => ctx.applicant.certificates.some((c) => c.kind === 'skill' && c.skillLevel !== undefined && c.skillLevel >= 4),
  // all years or only those beyond the wait: the same when there is no wait (Lingang from 2024-08-21) or it is not met
  R6: (ctx, item) => {
    if (item.id === 'publicService') {
      const wait = item.facts['startAfterYears'] as number;
      return wait > 0 && (item.facts['fullYears'] as number) >= wait;
    }
    const areas = ctx.policy.params.remoteArea?.value.areas;
    return ctx.applicant.remoteArea.some((r) => (areas?.[r.area]?.startAfterYears ?? 0) > 0);
  },
  // both options accept a certificate obtained while working in Shanghai
  R4: (ctx) => ctx.applicant.certificates.some((c) => c.whileWorkingInShanghai !== true),
  // without a business scope the gate only asks for it: a question, not another answer (see `of`); from the gate,
  // the warning may give the points the question held back
  R5: (ctx) => ctx.applicant.employment.businessScope !== undefined || ctx.readings['R5'] === 'gate',
};

/**
 * Points without the line's texts, for indicators whose line never asks a question (no 'confirm' condition), so
 * trying an alternative costs the counting alone.
 */
const POINTS_ONLY: Partial<Record<IndicatorId, (ctx: Context) => number>> = { siBase: siBasePoints };

/** Indicators that compare bases with the reference wage, and so depend on the carried months' value. */
const USES_REFERENCE = new Set<IndicatorId>(['siBase', 'titleSkill']);

const CARRIED_TEXT = (points: number): Msg => msg('engine:alternative.carried', { points });

/** Alternative contexts of one assessment, made once each and shared by its items. */
export class Alternatives {
  // A handful per assessment, found by comparing the reading and option: a key string made per lookup cost more.
  private readonly made: { id: string; option: string; ctx: Context }[] = [];
  private carried: Context | null | undefined;

  private readonly prune = mode === 'pruned';

  constructor(private readonly ctx: Context) {}

  /** The item's alternatives that change its points; `score` re-runs its indicator (`slot`) on another context. */
  of(item: ItemResult, score: (ctx: Context) => ItemResult, slot: number): Alternative[] {
    if (mode === 'none') return NONE;
    let out: Alternative[] | undefined;
    const plan = planOf(item, slot);
    const pointsOnly = plan.pointsOnly;
    const current = this.ctx.readings;
    for (let t = 0; t < plan.tries.length; t++) {
      const tried = plan.tries[t] as Try;
      const { id, options, matters } = tried;
      if (this.prune && matters !== undefined && !matters(this.ctx, item)) continue;
      for (let o = 0; o < options.length; o++) {
        const option = options[o] as Option;
        if (option.id === current[id]) continue;
        const alt = this.context(tried, o);
        let points: number;
        if (pointsOnly) points = pointsOnly(alt);
        else {
          const line = score(alt);
          // An alternative that only asks a fact not given (R5's gate on an unknown business scope) is a question,
          // not another answer: the condition shows when that reading is chosen.
          if (confirms(line) > confirms(item)) continue;
          points = line.points;
        }
        if (points !== item.points) out = add(out, { id, option: option.id, points, text: readingText(id, option.text, points) });
      }
    }
    if (plan.usesReference && (!this.prune || gateRead(item))) {
      const carried = this.carriedContext();
      if (carried) {
        const points = pointsOnly ? pointsOnly(carried) : score(carried).points;
        if (points !== item.points)
          out = add(out, { id: 'carriedReference', option: 'socialInsuranceAverage', points, text: CARRIED_TEXT(points) });
      }
    }
    return out ?? NONE;
  }

  private context(tried: Try, o: number): Context {
    const id = tried.id;
    const option = (tried.options[o] as Option).id;
    for (const m of this.made) if (m.id === id && m.option === option) return m.ctx;
    const c = this.ctx;
    const choice = switchedIn(tried, o, c.readings);
    // R8 changes the history's reference wages; W1 only where its windows end (the history holds the same months)
    const series = seriesForReading(option);
    const ctx =
      id === 'R8'
        ? alternativeContext(c, choice, historyAgainst(c.applicant.socialInsurance, c.month, wageTable(series)), series)
        : alternativeContext(c, choice);
    this.made.push({ id, option, ctx });
    return ctx;
  }

  /** The context with the carried months at the SI-domain average, when a carried month is inside a window. */
  private carriedContext(): Context | null {
    if (this.carried !== undefined) return this.carried;
    const c = this.ctx;
    const latest = c.history[c.history.length - 1];
    this.carried =
      c.wageSeries === 'talentDomain' && latest?.referenceCarried && latest.month > c.lastWindowMonth - widestBaseWindow(c)
        ? alternativeContext(c, c.readings, historyAgainst(c.applicant.socialInsurance, c.month, carriedAlternative))
        : null;
    return this.carried;
  }
}

/** pruned: what assess() does; every: every reading on every line; none: no alternative (results then lie: high). */
let mode: 'pruned' | 'every' | 'none' = 'pruned';

function inMode<T>(m: typeof mode, fn: () => T): T {
  const outer = mode;
  mode = m;
  try {
    return fn();
  } finally {
    mode = outer;
  }
}

/** Runs `fn` trying every reading on every line: for the test that checks MATTERS misses nothing. */
export function withoutPruning<T>(fn: () => T): T {
  return inMode('every', fn);
}

/**
 * Runs `fn` trying no alternative at all, so every result says confidence high: for a caller that reads only points,
 * statuses and explanations (the near miss), and for `npm run bench` to show what the alternatives cost.
 */
export function withoutAlternatives<T>(fn: () => T): T {
  return inMode('none', fn);
}

type Option = (typeof readingList)[number]['options'][number];

/** One reading to try on a line: its options, and when it cannot matter (MATTERS). */
interface Try {
  id: string;
  options: readonly Option[];
  matters: ((ctx: Context, item: ItemResult) => boolean) | undefined;
  /** The choices with each option switched in, for the choice they were last made from (most often the default). */
  switchedFrom: ReadingChoice | undefined;
  switchedTo: ReadingChoice[];
}

/** What `of` does for one line: the readings to try, and how the indicator counts its points. */
interface Plan {
  tries: Try[];
  pointsOnly: ((ctx: Context) => number) | undefined;
  usesReference: boolean;
}

/**
 * Plans per (readings record, indicator's slot): the records are shared, so a plan is made rarely, and a line's
 * lookups by reading id (the switches, MATTERS, POINTS_ONLY) are made once per plan rather than once per line.
 */
const plans = new WeakMap<Record<string, string>, Plan[]>();
/** The plan each slot used last, with its record: a slot's line most often reads what it read before (no lookup). */
const lastPlans: { record: Record<string, string> | undefined; plan: Plan | undefined }[] = [];

function planOf(item: ItemResult, slot: number): Plan {
  const last = lastPlans[slot];
  if (last !== undefined && last.record === item.readings) return last.plan as Plan;
  const plan = plannedFor(item, slot);
  lastPlans[slot] = { record: item.readings, plan };
  return plan;
}

function plannedFor(item: ItemResult, slot: number): Plan {
  let bySlot = plans.get(item.readings);
  if (!bySlot) {
    bySlot = [];
    plans.set(item.readings, bySlot);
  }
  let plan = bySlot[slot];
  if (!plan) {
    const ids = [...new Set([...Object.keys(item.readings), ...(MAY_USE[item.id] ?? [])])];
    const tries: Try[] = [];
    for (const id of ids) {
      const reading = SWITCHES.get(id);
      if (reading) tries.push({ id, options: reading.options, matters: MATTERS[id], switchedFrom: undefined, switchedTo: [] });
    }
    plan = { tries, pointsOnly: POINTS_ONLY[item.id], usesReference: USES_REFERENCE.has(item.id) };
    bySlot[slot] = plan;
  }
  return plan;
}

/** `choice` with the try's option `o` switched in. */
function switchedIn(tried: Try, o: number, choice: ReadingChoice): ReadingChoice {
  if (tried.switchedFrom !== choice) {
    tried.switchedFrom = choice;
    tried.switchedTo = [];
  }
  let out = tried.switchedTo[o];
  if (out === undefined) {
    out = switched(choice, tried.id, (tried.options[o] as Option).id);
    tried.switchedTo[o] = out;
  }
  return out;
}

/** One reading switched, per choice (interned), by reading and option: resolving a choice walks every reading. */
const switchedByChoice = new WeakMap<ReadingChoice, Map<string, Map<string, ReadingChoice>>>();

function switched(choice: ReadingChoice, id: string, option: string): ReadingChoice {
  let byId = switchedByChoice.get(choice);
  if (!byId) {
    byId = new Map();
    switchedByChoice.set(choice, byId);
  }
  let byOption = byId.get(id);
  if (!byOption) {
    byOption = new Map();
    byId.set(id, byOption);
  }
  let out = byOption.get(option);
  if (!out) {
    out = resolveReadings({ ...choice, [id]: option });
    byOption.set(option, out);
  }
  return out;
}

function readingText(id: string, option: Text, points: number): Msg {
  return msg('engine:alternative.reading', { id, option, points });
}

function confirms(line: ItemResult): number {
  let n = 0;
  for (const c of line.conditions) if (c.status === 'confirm') n++;
  return n;
}

/** The list every certain line shares (frozen: never mutated). */
const NONE: Alternative[] = Object.freeze([]) as unknown as Alternative[];

function add(list: Alternative[] | undefined, alternative: Alternative): Alternative[] {
  const out = list ?? [];
  out.push(alternative);
  return out;
}
