import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { param } from '../../../src/policy/index.ts';
import { Link } from '../app/router.tsx';
import { PlannerShared } from '../hukou/PlannerShared.tsx';
import { NearMissHeadline } from '../results/NearMissHeadline.tsx';
import { useAnswers } from '../state/AnswersProvider.tsx';
import { assessmentDate, toApplicantInput } from '../state/answers.ts';
import { NumberField, SelectField } from '../ui/fields.tsx';
import { PlanSections } from './PlanSections.tsx';
import { ScenarioTable } from './ScenarioTable.tsx';
import { usePlan } from './usePlan.ts';
import { VARIANTS, type VariantId, variantOf } from './variants.ts';

const HORIZONS = ['60', '120', '240'] as const;

/** The planner: gap, time alone month by month, ranked actions with dates, and what-if scenarios side by side. */
export default function PlannerPage() {
  const { t } = useTranslation();
  const { answers, restore } = useAnswers();
  const [horizon, setHorizon] = useState<(typeof HORIZONS)[number]>('120');
  const [futureBase, setFutureBase] = useState<number | undefined>(undefined);
  const [picked, setPicked] = useState<VariantId[]>(['educationUp', 'midTitle']);
  const date = assessmentDate(answers);
  const applicant = useMemo(() => toApplicantInput(answers), [answers]);
  const available = VARIANTS.filter((v) => variantOf(v, applicant, date) !== null);
  const chosen = picked.filter((v) => available.includes(v)).slice(0, 2);
  // No memo needed: usePlan compares requests by content.
  const request = applicant.birthDate
    ? {
        applicant,
        date,
        horizonMonths: Number(horizon),
        readings: answers.readings,
        assumptions: futureBase ? { baseChanges: [{ from: nextMonth(date), base: Math.round(futureBase) }] } : {},
        scenarios: [
          { label: 'current', applicant },
          ...chosen.map((v) => ({ label: v, applicant: variantOf(v, applicant, date) ?? applicant })),
        ],
      }
    : null;
  const state = usePlan(request);
  const labels: Record<string, string> = { current: t('planner.variants.current') };
  for (const v of VARIANTS) labels[v] = t(`planner.variants.${v}`);

  if (restore === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (!request) {
    return (
      <p className="notice">
        {t('planner.needAnswers')}{' '}
        <Link to="/" keepHash>
          {t('nav.calculator')}
        </Link>
      </p>
    );
  }
  return (
    <div className="planner">
      <h1>{t('planner.title', { score: param('aggregation', date)?.value.standardScore ?? '–' })}</h1>
      {/* What waiting alone changes in the coming year, dated, before everything else: as on the result page. */}
      {state.kind === 'ok' ? <NearMissHeadline nearMiss={state.plan.nearMiss} /> : null}
      <form className="card-form planner-controls" aria-label={t('planner.assumptions')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('planner.horizon')}
          value={horizon}
          options={HORIZONS.map((h) => ({ value: h, label: t('planner.horizonMonths', { years: Number(h) / 12 }) }))}
          onChange={setHorizon}
        />
        <NumberField
          label={t('planner.futureBase')}
          hint={t('planner.futureBaseHint')}
          unit={t('units.yuanPerMonth')}
          min={0}
          value={futureBase}
          onChange={setFutureBase}
        />
      </form>
      <div aria-live="polite" aria-busy={state.kind === 'running'}>
        {state.kind === 'running' || state.kind === 'idle' ? <p className="loading">{t('planner.computing')}</p> : null}
        {state.kind === 'error' ? (
          <p className="notice notice-bad" role="alert">
            {state.message}
          </p>
        ) : null}
      </div>
      {state.kind === 'ok' ? (
        <>
          <PlanSections plan={state.plan} />
          <PlannerShared state={state} />
          <section aria-labelledby="scenarios-h" className="scenarios">
            <h2 id="scenarios-h">{t('planner.scenarios')}</h2>
            <fieldset className="mode-switch">
              <legend>{t('planner.pickVariants')}</legend>
              {VARIANTS.map((v) => (
                <label key={v}>
                  <input
                    type="checkbox"
                    checked={chosen.includes(v)}
                    disabled={!available.includes(v) || (!chosen.includes(v) && chosen.length >= 2)}
                    onChange={(e) => setPicked(e.target.checked ? [...chosen, v] : chosen.filter((x) => x !== v))}
                  />
                  {labels[v]}
                  {available.includes(v) ? null : (
                    <span className="disabled-reason">{t('planner:web.aside', { text: t(`planner.variantNA.${v}`) })}</span>
                  )}
                </label>
              ))}
            </fieldset>
            {state.comparison ? <ScenarioTable comparison={state.comparison} labels={labels} /> : null}
          </section>
        </>
      ) : null}
    </div>
  );
}

function nextMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
