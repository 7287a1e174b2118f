import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { sharedActions } from '../../../src/hukou/index.ts';
import { Link } from '../app/router.tsx';
import type { PlanState } from '../planner/usePlan.ts';
import { useAnswers } from '../state/AnswersProvider.tsx';
import { hukouOutcome } from './outcome.ts';
import { SharedActions } from './SharedActions.tsx';

/**
 * On the planner: the plan's actions that also serve the 居转户 way there. Only for a person who gave their permit
 * periods on /hukou — without them no route can open and there is nothing to pair.
 */
export function PlannerShared({ state }: { state: Extract<PlanState, { kind: 'ok' }> }) {
  const { t } = useTranslation();
  const { answers } = useAnswers();
  const shared = useMemo(() => {
    if (!answers.applicant.hukou?.permits?.length) return [];
    const outcome = hukouOutcome(answers);
    return outcome.kind === 'ok' ? sharedActions(outcome.answer.plan, state.plan.actions) : [];
  }, [answers, state]);
  if (!shared.length) return null;
  return (
    <div data-testid="planner-hukou-shared">
      <SharedActions state={state} shared={shared} />
      <Link to="/hukou" keepHash>
        {t('web-hukou:fromResults')}
      </Link>
    </div>
  );
}
