import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../src/engine/types.ts';
import type { NearMiss } from '../../../src/planner/types.ts';
import { CHART_HEIGHT, ChartPlaceholder } from '../charts/ChartPlaceholder.tsx';
import { say } from '../i18n/index.ts';
import { NearMissHeadline } from '../results/NearMissHeadline.tsx';
import { StatusNotices } from '../results/StatusNotices.tsx';
import { BreakdownTable } from './BreakdownTable.tsx';
import './print.css';
import { msg } from '../../../src/core/message.ts';

const BreakdownChart = lazy(() => import('../charts/BreakdownChart.tsx'));

/**
 * The printable A4 report: version and date used, status, total and gap, breakdown (table and chart),
 * the plan, the documents checklist and the disclaimer. `plan` is the planner's section, when there is one.
 */
export function ReportView({
  assessment: a,
  nearMiss = null,
  plan,
  hukou,
  documents,
  reference,
  facts,
}: {
  assessment: Assessment;
  /** The plan's near miss, said first. */
  nearMiss?: NearMiss | null;
  plan?: ReactNode;
  /** The 居转户 section (HukouSection), after everything of the points and before the disclaimer. */
  hukou?: ReactNode;
  documents?: ReactNode;
  /** The applicant's reference, which the agency hands the report over under. */
  reference?: string;
  /** The facts used, as the report page lists them. */
  facts?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report-head">
        <h1 id="report-title">{t('report.title')}</h1>
        <dl className="report-meta">
          {reference ? (
            <>
              <dt>{t('web-records:report.reference')}</dt>
              <dd data-testid="report-reference">{reference}</dd>
            </>
          ) : null}
          <dt>{t('report.version')}</dt>
          <dd>{say(msg('engine:join.parenthesised', { text: a.version.name, inside: a.version.docNo }), lang)}</dd>
          <dt>{t('report.date')}</dt>
          <dd data-testid="report-date">{a.date}</dd>
          <dt>{t('result.confidence')}</dt>
          <dd>{t(`confidence.${a.confidence}`)}</dd>
        </dl>
        <p className="rules-checked">{t('result.rulesChecked', { version: a.version.lastChecked, wages: a.referenceWageChecked })}</p>
      </header>
      <NearMissHeadline nearMiss={nearMiss} />
      <StatusNotices assessment={a} />
      <section className="report-total">
        <p>
          <span className="report-total-value">{a.total}</span> / {a.standardScore}
        </p>
        <p className="gap">
          {a.reaches
            ? t('result.reached', { over: a.total - a.standardScore })
            : t('result.gap', { gap: a.standardScore - a.total, score: a.standardScore })}
        </p>
      </section>
      {facts}
      <section>
        <h2>{t('report.breakdown')}</h2>
        <Suspense fallback={<ChartPlaceholder height={CHART_HEIGHT.breakdown} />}>
          <BreakdownChart assessment={a} />
        </Suspense>
        <BreakdownTable assessment={a} />
      </section>
      {plan ? <section className="report-plan">{plan}</section> : null}
      <section>
        <h2>{t('report.documents')}</h2>
        {documents ?? (
          <ul className="documents">
            {a.documents.map((d) => (
              <li key={d.id}>☐ {say(d, lang)}</li>
            ))}
          </ul>
        )}
      </section>
      {a.warnings.length ? (
        <section>
          <h2>{t('result.warnings')}</h2>
          <ul>
            {a.warnings.map((w) => (
              <li key={say(w, 'en')}>{say(w, lang)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {hukou}
      <section className="disclaimer">
        <h2>{t('report.disclaimerTitle')}</h2>
        <p>{t('footer.disclaimer')}</p>
        <p>{t('report.disclaimerMore')}</p>
      </section>
    </article>
  );
}
