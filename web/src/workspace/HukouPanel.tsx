import { useTranslation } from 'react-i18next';
import { listOf } from '../i18n/list.ts';
import { api, type Page, type StoredAssessment, type StoredAssessmentSummary } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';

type Answer = NonNullable<StoredAssessment['hukou']>;
type Route = Answer['routes'][number];

/** A stored text in the language shown (the server renders stored answers in both). */
const pickText = (text: { zh?: string | undefined; en?: string | undefined }, lang: string) =>
  (lang === 'en' ? text.en : text.zh) ?? text.zh ?? '';

/**
 * The case's 居转户 answer, as stored with its newest assessment (the one just saved, else the newest on the server):
 * the overall answer and earliest month, each route's verdict with the conditions that fail or wait on a person,
 * and the way there. Never computed here: it shows what was stored, under the rules and date it was made with.
 */
export function HukouPanel({ caseId, latest }: { caseId: string; latest: StoredAssessment | null }) {
  const { t } = useTranslation();
  const { state } = useAsync(
    async () => {
      if (latest) return latest;
      const page = await api<Page<StoredAssessmentSummary>>('GET', `/cases/${caseId}/assessments?limit=1`);
      const newest = page.items[0];
      return newest ? api<StoredAssessment>('GET', `/cases/${caseId}/assessments/${newest.id}`) : null;
    },
    `${caseId}:${latest?.id ?? ''}`,
  );
  return (
    <section className="hukou-panel" aria-labelledby="hukou-h" data-testid="hukou-panel">
      <h2 id="hukou-h">{t('web-workspace:hukou.title')}</h2>
      {state.kind === 'loading' ? <p className="loading">{t('common.loading')}</p> : null}
      {state.kind === 'error' ? <ErrorMessage error={state.message} /> : null}
      {state.kind === 'ok' ? (
        state.value === null ? (
          <p className="notice">{t('web-workspace:hukou.never')}</p>
        ) : state.value.hukou === null ? (
          <p className="notice" data-testid="hukou-not-stored">
            {t('web-workspace:hukou.notStored')}
          </p>
        ) : (
          <HukouAnswer answer={state.value.hukou} />
        )
      ) : null}
    </section>
  );
}

function HukouAnswer({ answer: a }: { answer: Answer }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const say = (text: Parameters<typeof pickText>[0]) => pickText(text, lang);
  const titles = new Map(a.sources.map((s) => [s.key, say(s.title)]));
  const none = t('web-workspace:hukou.notFound');
  return (
    <div data-hukou-status={a.overall.status}>
      <p className="field-hint">{t('web-workspace:hukou.madeOn', { date: a.date, versions: listOf(a.versions, lang) })}</p>
      <p className="hukou-summary" data-testid="hukou-summary">
        <strong>{say(a.overall.summary)}</strong>
      </p>
      <dl className="report-meta">
        <dt>{t('web-workspace:hukou.earliest')}</dt>
        <dd data-testid="hukou-earliest">{a.overall.earliest ?? none}</dd>
        {a.overall.expected ? (
          <>
            <dt>{t('web-workspace:hukou.expected')}</dt>
            <dd>{t('web-workspace:hukou.expectedRange', a.overall.expected)}</dd>
          </>
        ) : null}
      </dl>
      <p className="hukou-points">
        {say(a.points.text)}{' '}
        <span className="field-hint">
          {t('web-workspace:hukou.sources', {
            sources: listOf(
              a.points.source.map((k) => titles.get(k) ?? k),
              lang,
            ),
          })}
        </span>
      </p>
      <table className="report-table hukou-routes">
        <caption>{t('web-workspace:hukou.routes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('web-workspace:hukou.route')}</th>
            <th scope="col">{t('web-workspace:hukou.verdict')}</th>
            <th scope="col">{t('web-workspace:hukou.routeEarliest')}</th>
          </tr>
        </thead>
        <tbody>
          {a.routes.map((r) => (
            <RouteRow key={r.id} route={r} none={none} lang={lang} />
          ))}
        </tbody>
      </table>
      {a.plan.length ? (
        <>
          <h3>{t('web-workspace:hukou.plan')}</h3>
          <ul data-testid="hukou-plan">
            {a.plan.map((p) => (
              <li key={say(p)}>{say(p)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {a.warnings.length ? (
        <>
          <h3>{t('web-workspace:hukou.warnings')}</h3>
          <ul>
            {a.warnings.map((w) => (
              <li key={say(w)}>{say(w)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function RouteRow({ route: r, none, lang }: { route: Route; none: string; lang: string }) {
  const { t } = useTranslation();
  const open = r.conditions.filter((c) => c.status !== 'met');
  return (
    <tr data-route={r.id} data-verdict={r.verdict}>
      <th scope="row">
        {pickText(r.name, lang)}
        {open.length ? (
          <details>
            <summary>{t('web-workspace:hukou.conditions')}</summary>
            <ul className="hukou-conditions">
              {open.map((c) => (
                <li key={c.id} data-condition={c.id} data-status={c.status}>
                  {pickText(c.text, lang)}
                  {c.fix ? <span className="field-hint"> — {pickText(c.fix, lang)}</span> : null}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </th>
      <td className={`hukou-verdict hukou-verdict-${r.verdict}`}>{t(`web-workspace:hukou.verdicts.${r.verdict}`)}</td>
      <td className="num">{r.earliest ?? none}</td>
    </tr>
  );
}
