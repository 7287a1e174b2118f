import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_HEIGHT, ChartPlaceholder } from '../charts/ChartPlaceholder.tsx';
import { ResultPanel } from '../results/ResultPanel.tsx';
import { useAnswers } from '../state/AnswersProvider.tsx';
import { nearMissOf, type Outcome, useOutcome } from '../state/assessment.ts';
import { CalculatorForm } from './CalculatorForm.tsx';
import { IssueList } from './IssueList.tsx';
import { MiniTotal } from './MiniTotal.tsx';
import { ShareBar } from './ShareBar.tsx';

// ECharts is a separate chunk, fetched only when the user asks for the chart.
const BreakdownChart = lazy(() => import('../charts/BreakdownChart.tsx'));

type Ok = Extract<Outcome, { kind: 'ok' }>;

/** The calculator: the form, and beside it (below it on a phone) the result, recomputed on every change. */
export function CalculatorPage() {
  const { t } = useTranslation();
  const { answers, setAnswers, restore } = useAnswers();
  const outcome = useOutcome(answers);
  // While a field is half-typed the last complete result stays on screen, dimmed, instead of vanishing.
  const lastOk = useRef<Ok | null>(null);
  useEffect(() => {
    if (outcome.kind === 'ok') lastOk.current = outcome;
    else if (outcome.kind === 'empty') lastOk.current = null;
  }, [outcome]);
  const shown = outcome.kind === 'ok' ? outcome : outcome.kind === 'empty' ? null : lastOk.current;
  const nearMiss = useMemo(() => (shown ? nearMissOf(shown) : null), [shown]);
  const [showChart, setShowChart] = useState(false);
  const resultsRef = useRef<HTMLElement>(null);

  return (
    <div className="calculator">
      <h1 className="page-title">{t('calculator.title')}</h1>
      {restore === 'failed' ? (
        <p className="notice notice-bad" role="alert">
          {t('share.restoreFailed')}
        </p>
      ) : null}
      <div className="calculator-layout">
        <div className="calculator-form-column">
          <CalculatorForm answers={answers} onChange={setAnswers} />
        </div>
        <aside className="calculator-result-column" ref={resultsRef} aria-label={t('result.label')} tabIndex={-1}>
          {outcome.kind === 'empty' ? <p className="notice">{t('result.empty')}</p> : null}
          {outcome.kind === 'invalid' ? <IssueList issues={outcome.issues} /> : null}
          {outcome.kind === 'error' ? (
            <p className="notice notice-bad" role="alert">
              {outcome.message}
            </p>
          ) : null}
          {shown ? (
            <div className={outcome.kind === 'ok' ? '' : 'stale'}>
              <ResultPanel assessment={shown.assessment} nearMiss={nearMiss} />
              <div className="chart-block">
                {showChart ? (
                  <Suspense fallback={<ChartPlaceholder height={CHART_HEIGHT.breakdown} />}>
                    <BreakdownChart assessment={shown.assessment} />
                  </Suspense>
                ) : (
                  <button type="button" className="secondary" onClick={() => setShowChart(true)}>
                    {t('chart.show')}
                  </button>
                )}
              </div>
            </div>
          ) : null}
          <ShareBar answers={answers} onReset={setAnswers} />
        </aside>
      </div>
      {shown ? <MiniTotal assessment={shown.assessment} onShow={() => resultsRef.current?.scrollIntoView({ behavior: 'smooth' })} /> : null}
    </div>
  );
}
