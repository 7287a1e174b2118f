import { maxDate } from '../../core/calendar.ts';
import { msg } from '../../core/message.ts';
import { gateRatio } from '../context.ts';
import { type ActionSpec, type Candidate, isSpec } from './spec.ts';

/**
 * Actions that unlock one another, as one step: a title or skill level behind the base gate, taken together with
 * the base raise to the gate's multiple (e.g. "raise the base to 1× and pass skill level 2"). Alone, the
 * certificate adds nothing while the base stays under the gate; the pair is evaluated like any action, by the
 * engine. Each pair follows the certificate it unlocks, so the builders' order still breaks ties.
 */
export function withCombinations(candidates: readonly Candidate[], date: string): Candidate[] {
  const ratio = gateRatio(date);
  const raise = candidates.find((c): c is ActionSpec => isSpec(c) && c.kind === 'siBase' && c.facts['ratio'] === ratio);
  if (!raise) return [...candidates];
  return candidates.flatMap((c) => (isSpec(c) && c.gated ? [c, combine(c, raise)] : [c]));
}

function combine(gated: ActionSpec, raise: ActionSpec): ActionSpec {
  const probe = gated.probe;
  return {
    id: `${gated.id}+${raise.id}`,
    kind: gated.kind,
    title: msg('planner:combined.title', { raise: raise.title, gated: gated.clause ?? gated.title }),
    target: gated.target,
    availableFrom: maxDate(gated.availableFrom, raise.availableFrom),
    apply: (a) => gated.apply(raise.apply(a)),
    ...(probe ? { probe: (a) => probe(raise.apply(a)) } : {}),
    conditions: [...raise.conditions, ...gated.conditions],
    assumptions: [...raise.assumptions, ...gated.assumptions],
    facts: { ...raise.facts, ...gated.facts },
    affects: [...gated.affects, ...raise.affects],
    monotone: gated.monotone && raise.monotone,
    cost: { extraYuanPerMonth: raise.cost?.extraYuanPerMonth ?? 0, exam: true },
  };
}
