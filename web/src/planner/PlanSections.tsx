import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../src/planner/index.ts';
import { CHART_HEIGHT, ChartPlaceholder } from '../charts/ChartPlaceholder.tsx';
import { say } from '../i18n/index.ts';
import { ActionList } from './ActionList.tsx';

const ProjectionChart = lazy(() => import('../charts/ProjectionChart.tsx'));

/** The plan's own sections, shared by the planner page and the printed report. */
export function PlanSections({ plan, compact = false }: { plan: Plan; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reach = plan.projection?.reaches ?? null;
  return (
    <div className="plan-sections">
      <p className="plan-summary" data-testid="plan-summary">
        {say(plan.summary, lang)}
      </p>
      {plan.projection ? (
        <section aria-labelledby="projection-h">
          <h2 id="projection-h">{t('planner.projection')}</h2>
          {/* Green only for reaching the standard score: "not within the horizon" is no success. */}
          <p className={`reach-headline ${plan.gap.reachedToday || reach ? 'reach-yes' : 'reach-no'}`} data-testid="reach-date">
            {plan.gap.reachedToday
              ? t('planner.reachedToday')
              : reach
                ? t('planner.reachOn', { date: reach.date, score: plan.gap.standardScore })
                : t('planner.noReach', { months: plan.horizonMonths })}
          </p>
          <Suspense fallback={<ChartPlaceholder height={CHART_HEIGHT.projection} />}>
            <ProjectionChart projection={plan.projection} standardScore={plan.gap.standardScore} />
          </Suspense>
          {!compact && plan.projection.events.length ? (
            <details>
              <summary>{t('planner.events', { count: plan.projection.events.length })}</summary>
              <ul className="events">
                {plan.projection.events.map((e) => (
                  <li key={`${e.date}${e.item}`}>{say(e.text, lang)}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}
      {plan.eligibility ? (
        <div className="notice notice-confirm">
          <strong>{say(plan.eligibility.text, lang)}</strong>
        </div>
      ) : null}
      <section aria-labelledby="actions-h">
        <h2 id="actions-h">{t('planner.actions')}</h2>
        {plan.gap.reachedToday ? (
          <p>{t('planner.noActionsNeeded')}</p>
        ) : (
          <ActionList actions={plan.actions} standardScore={plan.gap.standardScore} rule={plan.rankingRule} />
        )}
      </section>
      {!compact && plan.information.length ? (
        <section aria-labelledby="info-h">
          <h3 id="info-h">{t('planner.information')}</h3>
          <ul>
            {plan.information.map((a) => (
              <li key={a.id}>
                {t('planner:web.information', {
                  title: say(a.title, lang),
                  points: a.points,
                  when: a.reaches ? t('planner.reachOn', { date: a.reaches.date, score: plan.gap.standardScore }) : t('planner.notWithin'),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!compact && plan.skipped.length ? (
        <details>
          <summary>{t('planner.skipped', { count: plan.skipped.length })}</summary>
          <ul>
            {plan.skipped.map((s) => (
              <li key={s.id}>{t('planner:titleReason', { title: say(s.title, lang), reason: say(s.reason, lang) })}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {/* In print (compact) nothing may hide in a closed <details>. */}
      <details className="limits" open={compact}>
        <summary>{t('planner.limits')}</summary>
        <ul>
          {plan.limits.map((l) => {
            const line = say(l, lang);
            return <li key={line}>{line}</li>;
          })}
        </ul>
      </details>
    </div>
  );
}
