import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import { sharedActions } from '../../../src/hukou/index.ts';
import { Link } from '../app/router.tsx';
import { IssueList } from '../calculator/IssueList.tsx';
import { problemsOf } from '../calculator/problems.ts';
import { say } from '../i18n/index.ts';
import { usePlan } from '../planner/usePlan.ts';
import { useAnswers } from '../state/AnswersProvider.tsx';
import { assessmentDate } from '../state/answers.ts';
import { FieldProblems } from '../ui/field-issues.tsx';
import { HukouDetails, HukouHeadline } from './HukouAnswer.tsx';
import { HukouFacts } from './HukouFacts.tsx';
import { hukouOutcome } from './outcome.ts';
import { SharedActions } from './SharedActions.tsx';

type Facts = NonNullable<ApplicantInput['hukou']>;
type Certificates = NonNullable<ApplicantInput['certificates']>;

/** The points plan's horizon here: the planner page's default. */
const PLAN_MONTHS = 120;

/**
 * 居转户 from the calculator's answers, worked out in the browser: the facts only 居转户 needs (kept with the
 * answers), the answer for every route, the way there, and the points actions that serve it too.
 */
export default function HukouPage() {
  const { t, i18n } = useTranslation();
  const { answers, setAnswers, restore } = useAnswers();
  const outcome = useMemo(() => hukouOutcome(answers), [answers]);
  const issues = outcome.kind === 'ok' || outcome.kind === 'invalid' ? outcome.issues : [];
  const given = outcome.kind === 'ok' || outcome.kind === 'invalid' ? outcome.given : null;
  const problems = useMemo(() => (given ? problemsOf(issues, given, t, i18n.language) : []), [issues, given, t, i18n.language]);
  const onFacts = useCallback((hukou: Facts) => setAnswers((a) => ({ ...a, applicant: { ...a.applicant, hukou } })), [setAnswers]);
  const onCertificates = useCallback(
    (certificates: Certificates) => setAnswers((a) => ({ ...a, applicant: { ...a.applicant, certificates } })),
    [setAnswers],
  );
  // The points plan reads no 居转户 fact: without them, typing one does not re-run it.
  const input = outcome.kind === 'ok' ? outcome.input : null;
  const plan = usePlan(
    input
      ? {
          applicant: { ...input, hukou: undefined },
          date: assessmentDate(answers),
          horizonMonths: PLAN_MONTHS,
          readings: answers.readings,
          assumptions: {},
          scenarios: [],
        }
      : null,
  );
  const shared = useMemo(
    () => (outcome.kind === 'ok' && plan.kind === 'ok' ? sharedActions(outcome.answer.plan, plan.plan.actions) : []),
    [outcome, plan],
  );

  if (restore === 'loading') return <p className="loading">{t('web-hukou:loading')}</p>;
  if (outcome.kind === 'empty')
    return (
      <p className="notice">
        {t('web-hukou:needAnswers')}{' '}
        <Link to="/" keepHash>
          {t('nav.calculator')}
        </Link>
      </p>
    );
  return (
    <div className="hukou">
      <h1 className="page-title">{t('web-hukou:title')}</h1>
      <p className="field-hint">{t('web-hukou:intro')}</p>
      {outcome.kind === 'ok' ? <HukouHeadline answer={outcome.answer} /> : null}
      <FieldProblems.Provider value={problems}>
        <HukouFacts
          facts={answers.applicant.hukou}
          certificates={answers.applicant.certificates}
          onFacts={onFacts}
          onCertificates={onCertificates}
        />
      </FieldProblems.Provider>
      <div aria-live="polite">
        {outcome.kind === 'invalid' ? <IssueList problems={problems} /> : null}
        {outcome.kind === 'error' ? (
          <p className="notice notice-bad" role="alert">
            {say(outcome.message)}
          </p>
        ) : null}
        {outcome.kind === 'ok' && problems.length ? (
          <p className="notice notice-confirm" role="status" data-status="partial">
            {t('web-hukou:answer.excluded', { count: problems.length })}
          </p>
        ) : null}
      </div>
      {outcome.kind === 'ok' ? <HukouDetails answer={outcome.answer} shared={<SharedActions state={plan} shared={shared} />} /> : null}
    </div>
  );
}
