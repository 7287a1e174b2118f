import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../app/router.tsx';
import { PlanSections } from '../planner/PlanSections.tsx';
import { usePlan } from '../planner/usePlan.ts';
import { useAnswers } from '../state/AnswersProvider.tsx';
import { assessmentDate, toApplicantInput } from '../state/answers.ts';
import { useOutcome } from '../state/assessment.ts';
import { CheckboxField, TextField } from '../ui/fields.tsx';
import { FactsUsed } from './FactsUsed.tsx';
import { HukouSection } from './HukouSection.tsx';
import { PrintButton } from './PrintButton.tsx';
import { ReportView } from './ReportView.tsx';

/** The report of the calculator's current answers (from the #a= fragment), ready to print or save as PDF. */
export default function ReportPage() {
  const { t } = useTranslation();
  const { answers, restore } = useAnswers();
  const outcome = useOutcome(answers);
  const request = useMemo(
    () =>
      answers.applicant.birthDate
        ? {
            applicant: toApplicantInput(answers),
            date: assessmentDate(answers),
            horizonMonths: 120,
            readings: answers.readings,
            assumptions: {},
            scenarios: [],
          }
        : null,
    [answers],
  );
  const planState = usePlan(request);
  const [reference, setReference] = useState<string | null>(null);
  const [personal, setPersonal] = useState(false);
  if (restore === 'loading' || outcome.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (outcome.kind !== 'ok') {
    return (
      <p className="notice">
        {t('report.needAnswers')}{' '}
        <Link to="/" keepHash>
          {t('nav.calculator')}
        </Link>
      </p>
    );
  }
  const plan =
    planState.kind === 'ok' ? (
      <>
        <h2>{t('report.plan')}</h2>
        <PlanSections plan={planState.plan} compact />
      </>
    ) : (
      <p className="loading" data-testid="plan-pending">
        {planState.kind === 'error' ? planState.message : t('planner.computing')}
      </p>
    );
  return (
    <div className="report-page" data-ready={planState.kind === 'ok' || planState.kind === 'error'}>
      <PrintButton />
      <fieldset className="report-options no-print">
        <legend>{t('web-records:report.options')}</legend>
        <TextField
          label={t('web-records:report.reference')}
          value={reference ?? answers.applicant.reference ?? ''}
          maxLength={100}
          onChange={setReference}
        />
        <CheckboxField label={t('web-records:report.includePersonal')} checked={personal} onChange={setPersonal} />
      </fieldset>
      <ReportView
        assessment={outcome.assessment}
        nearMiss={planState.kind === 'ok' ? planState.plan.nearMiss : null}
        plan={plan}
        hukou={<HukouSection applicant={outcome.applicant} date={outcome.date} />}
        reference={reference ?? answers.applicant.reference ?? ''}
        facts={<FactsUsed input={toApplicantInput(answers)} personal={personal} />}
      />
    </div>
  );
}
