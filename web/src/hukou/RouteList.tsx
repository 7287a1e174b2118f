import { useTranslation } from 'react-i18next';
import { msg } from '../../../src/core/message.ts';
import type { HukouAssessment, RouteResult } from '../../../src/hukou/index.ts';
import { say } from '../i18n/index.ts';
import { ConditionList } from '../results/ConditionList.tsx';
import { HukouSources } from './HukouSources.tsx';

/** One route: its verdict and earliest month, then (opened) why, what to confirm, documents and sources. */
function RouteCard({ route: r, answer, open }: { route: RouteResult; answer: HukouAssessment; open: boolean }) {
  const { t } = useTranslation();
  const groups = [
    ['failed', r.conditions.filter((c) => c.status === 'failed')],
    ['toConfirm', r.conditions.filter((c) => c.status === 'confirm')],
    ['met', r.conditions.filter((c) => c.status === 'met')],
  ] as const;
  return (
    <li>
      <details className={`hukou-route verdict-${r.verdict}`} data-route={r.id} data-verdict={r.verdict} open={open}>
        <summary className="hukou-route-summary">
          <span className="hukou-route-name">{say(r.name)}</span>{' '}
          <span className="hukou-verdict">{say(msg(`hukou:verdict.${r.verdict}`))}</span>{' '}
          <span className="hukou-earliest" data-earliest={r.earliest ?? ''}>
            {r.earliest ? t('web-hukou:answer.earliest', { month: r.earliest }) : say(msg('hukou:cli.never'))}
          </span>
        </summary>
        {groups.map(([key, list]) =>
          list.length ? (
            <div key={key}>
              <h4>{t(`web-hukou:answer.${key}`)}</h4>
              <ConditionList conditions={list} />
            </div>
          ) : null,
        )}
        {r.warnings.length ? (
          <ul className="warnings">
            {r.warnings.map((w) => (
              <li key={JSON.stringify(w)}>{say(w)}</li>
            ))}
          </ul>
        ) : null}
        <h4>{t('web-hukou:answer.documents')}</h4>
        <ul className="hukou-documents">
          {r.documents.map((d) => (
            <li key={d.key}>{say(d)}</li>
          ))}
        </ul>
        <p className="hukou-confidence">
          {t('web-hukou:answer.confidence', { level: say(msg(`hukou:confidence.${r.confidence}`)) })} · {say(r.article)}
        </p>
        <HukouSources answer={answer} keys={r.source} />
      </details>
    </li>
  );
}

/** Every route; the open ones, the earliest and the basic route start opened. */
export function RouteList({ answer }: { answer: HukouAssessment }) {
  const { t } = useTranslation();
  const first = answer.overall.earliestRoutes[0];
  return (
    <section aria-labelledby="hukou-routes-heading">
      <h2 id="hukou-routes-heading">{t('web-hukou:answer.routes')}</h2>
      <ul className="hukou-routes">
        {answer.routes.map((r) => (
          <RouteCard key={r.id} route={r} answer={answer} open={r.verdict === 'met' || r.id === first || r.id === 'basic'} />
        ))}
      </ul>
    </section>
  );
}
