import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HukouAssessment } from '../../../src/hukou/index.ts';
import { say } from '../i18n/index.ts';
import { HukouSources } from './HukouSources.tsx';
import { RouteList } from './RouteList.tsx';

/**
 * Above the facts: what points do not do (the most common error of third-party pages), with its sources, and the
 * overall answer, so both are read first and the answer is seen changing as facts are typed.
 */
export function HukouHeadline({ answer }: { answer: HukouAssessment }) {
  const { t } = useTranslation();
  const { overall } = answer;
  return (
    <>
      <aside className="notice hukou-points" aria-labelledby="hukou-points-heading" data-testid="hukou-points">
        <h2 id="hukou-points-heading">{t('web-hukou:pointsHeading')}</h2>
        <p>{say(answer.points.text)}</p>
        <HukouSources answer={answer} keys={answer.points.source} />
      </aside>
      <section
        className={`hukou-overall status-${overall.status}`}
        aria-labelledby="hukou-overall-heading"
        aria-live="polite"
        data-status={overall.status}
      >
        <h2 id="hukou-overall-heading">{t('web-hukou:answer.heading')}</h2>
        <p className="hukou-summary">{say(overall.summary)}</p>
        {/* "later" says the approval window in its summary already */}
        {overall.expected && overall.status !== 'later' ? (
          <p className="hukou-expected">{t('web-hukou:answer.expected', { from: overall.expected.from, to: overall.expected.to })}</p>
        ) : null}
        <p className="field-hint">{t('web-hukou:answer.versions', { month: answer.month, versions: answer.versions.join(', ') })}</p>
      </section>
    </>
  );
}

/** Below the facts: the way there and the actions it shares with the points plan, warnings, then every route. */
export function HukouDetails({ answer, shared }: { answer: HukouAssessment; shared: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="hukou-answer">
      <section aria-labelledby="hukou-plan-heading">
        <h2 id="hukou-plan-heading">{t('web-hukou:answer.plan')}</h2>
        <ol className="hukou-plan">
          {answer.plan.map((p) => (
            <li key={JSON.stringify(p)} className="hukou-step">
              {say(p)}
            </li>
          ))}
        </ol>
      </section>
      {answer.overall.status === 'open' ? null : shared}
      {answer.warnings.length ? (
        <section aria-labelledby="hukou-warnings-heading">
          <h2 id="hukou-warnings-heading">{t('web-hukou:answer.warnings')}</h2>
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
