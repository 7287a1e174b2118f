import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../app/router.tsx';
import { CHART_HEIGHT, ChartPlaceholder } from '../charts/ChartPlaceholder.tsx';
import { ResultPanel } from '../results/ResultPanel.tsx';
import { useAnswers } from '../state/AnswersProvider.tsx';
import { nearMissOf, type Ok, useOutcome } from '../state/assessment.ts';
import { CalculatorForm } from './CalculatorForm.tsx';
import { IssueList } from './IssueList.tsx';
import { MiniTotal } from './MiniTotal.tsx';
import { problemsOf } from './problems.ts';
import { ShareBar } from './ShareBar.tsx';

// ECharts is a separate chunk, fetched only when the user asks for the chart.
const BreakdownChart = lazy(() => import('../charts/BreakdownChart.tsx'));

/** The calculator: the form, and beside it (below it on a phone, with a summary bar to it) the result, recomputed on every change. */
export function CalculatorPage() {
  const { t, i18n } = useTranslation();
  const { answers, setAnswers, restore, clear } = useAnswers();
  const outcome = useOutcome(answers);
  // A bad answer is said beside its field and left out: the result of everything else stays (`partial`). Only when
  // a needed answer is bad does the last complete result stay on screen, dimmed, instead of vanishing.
  const lastOk = useRef<Ok | null>(null);
  useEffect(() => {
    if (outcome.kind === 'ok') lastOk.current = outcome;
    else if (outcome.kind === 'empty') lastOk.current = null;
  }, [outcome]);
  const invalid = outcome.kind === 'invalid' ? outcome : null;
  const current = outcome.kind === 'ok' ? outcome : (invalid?.partial ?? null);
  const shown = current ?? (outcome.kind === 'empty' ? null : lastOk.current);
  const nearMiss = useMemo(() => (shown ? nearMissOf(shown) : null), [shown]);
  // The 居转户 facts are asked and said on /hukou, and no point depends on them: not this form's problems.
  const problems = useMemo(
    () =>
      invalid
        ? problemsOf(
            invalid.issues.filter((i) => !i.path.startsWith('hukou.')),
            invalid.input,
            t,
            i18n.language,
          )
        : [],
    [invalid, t, i18n.language],
  );
  const [showChart, setShowChart] = useState(false);
  const resultsRef = useRef<HTMLElement>(null);
  const showResult = () => {
    resultsRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    resultsRef.current?.focus({ preventScroll: true });
  };

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
          <CalculatorForm answers={answers} onChange={setAnswers} problems={problems} foldSettings />
        </div>
        <aside className="calculator-result-column" ref={resultsRef} aria-label={t('result.label')} tabIndex={-1}>
          {outcome.kind === 'empty' ? <p className="notice">{t('result.empty')}</p> : null}
          {invalid?.partial && problems.length ? (
            <p className="notice notice-confirm" role="status" data-status="partial">
              {t('web-calculator:issues.excluded', { count: problems.length })}
            </p>
          ) : null}
          {invalid && !invalid.partial ? <IssueList problems={problems} /> : null}
          {outcome.kind === 'error' ? (
            <p className="notice notice-bad" role="alert">
              {outcome.message}
            </p>
          ) : null}
          {shown ? (
            <div className={shown === current ? '' : 'stale'}>
              <ResultPanel assessment={shown.assessment} nearMiss={nearMiss} />
              <p className="hukou-link">
                <Link to="/hukou" keepHash>
                  {t('web-hukou:fromResults')}
                </Link>
              </p>
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
          <ShareBar answers={answers} onClear={clear} />
        </aside>
      </div>
      {shown ? <MiniTotal assessment={shown.assessment} onShow={showResult} /> : null}
    </div>
  );
}
