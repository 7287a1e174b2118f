import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HukouAssessment } from '../../../src/hukou/index.ts';
import { say } from '../i18n/index.ts';
import { HukouSources } from './HukouSources.tsx';
import { RouteList } from './RouteList.tsx';

/**
 * The answer in reading order: what points do not do (the most common error of third-party pages), the overall
 * answer, the way there and the actions it shares with the points plan, warnings, then every route.
 */
export function HukouAnswer({ answer, shared }: { answer: HukouAssessment; shared: ReactNode }) {
  const { t } = useTranslation('web-hukou');
  const { overall } = answer;
  return (
    <div className="hukou-answer">
      <aside className="notice hukou-points" aria-labelledby="hukou-points-heading" data-testid="hukou-points">
        <h2 id="hukou-points-heading">{t('pointsHeading')}</h2>
        <p>{say(answer.points.text)}</p>
        <HukouSources answer={answer} keys={answer.points.source} />
      </aside>
      <section className={`hukou-overall status-${overall.status}`} aria-labelledby="hukou-overall-heading" data-status={overall.status}>
        <h2 id="hukou-overall-heading">{t('answer.heading')}</h2>
        <p className="hukou-summary">{say(overall.summary)}</p>
        {overall.expected && overall.status !== 'open' ? (
          <p className="hukou-expected">{t('answer.expected', { from: overall.expected.from, to: overall.expected.to })}</p>
        ) : null}
        <p className="field-hint">{t('answer.versions', { month: answer.month, versions: answer.versions.join(', ') })}</p>
      </section>
      <section aria-labelledby="hukou-plan-heading">
        <h2 id="hukou-plan-heading">{t('answer.plan')}</h2>
        <ol className="hukou-plan">
          {answer.plan.map((p) => (
            <li key={JSON.stringify(p)}>{say(p)}</li>
          ))}
        </ol>
      </section>
      {shared}
      {answer.warnings.length ? (
        <section aria-labelledby="hukou-warnings-heading">
          <h2 id="hukou-warnings-heading">{t('answer.warnings')}</h2>
          <ul className="warnings">
            {answer.warnings.map((w) => (
              <li key={JSON.stringify(w)}>{say(w)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <RouteList answer={answer} />
    </div>
  );
}
