import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Applicant } from '../../../src/applicant/index.ts';
import { assessHukou, type HukouAssessment } from '../../../src/hukou/index.ts';
import { say } from '../i18n/index.ts';
import { listOf } from '../i18n/list.ts';

/** The answer on the report's facts and date; null for a date before the 居转户 scheme (the engine refuses it). */
function answerOf(applicant: Applicant, date: string): HukouAssessment | null {
  try {
    return assessHukou(applicant, { date });
  } catch (e) {
    if (e instanceof RangeError) return null;
    throw e;
  }
}

/**
 * The report's 居转户 section, from the same facts and date as the points: the overall answer, the routes open now
 * or the earliest month and its routes, what would change it (the way there), the documents of the earliest route,
 * and the sourced statement that a points score is neither a condition of nor a substitute for any route.
 */
export function HukouSection({ applicant, date }: { applicant: Applicant; date: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const a = useMemo(() => answerOf(applicant, date), [applicant, date]);
  if (!a) return null;
  const join = (names: string[]) => (names.length ? names.join(t('web-records:report.listJoin')) : t('web-records:report.hukou.none'));
  const nameOf = (id: string) => {
    const route = a.routes.find((r) => r.id === id);
    return route ? say(route.name, lang) : id;
  };
  const first = a.routes.find((r) => r.id === a.overall.earliestRoutes[0]);
  const titles = new Map(a.sources.map((s) => [s.key, say(s.title, lang)]));
  return (
    <section className="report-hukou" data-testid="report-hukou" data-hukou-status={a.overall.status}>
      <h2>{t('web-records:report.hukou.title')}</h2>
      <p className="field-hint">{t('web-records:report.hukou.madeOn', { date: a.date, versions: listOf(a.versions, lang) })}</p>
      <p>
        <strong>{say(a.overall.summary, lang)}</strong>
      </p>
      <p className="hukou-points" data-testid="report-hukou-points">
        {say(a.points.text, lang)}{' '}
        <span className="field-hint">
          {t('web-records:report.hukou.sources', {
            sources: listOf(
              a.points.source.map((k) => titles.get(k) ?? k),
              lang,
            ),
          })}
        </span>
      </p>
      <dl className="report-meta">
        <dt>{t('web-records:report.hukou.open')}</dt>
        <dd data-testid="report-hukou-open">{join(a.overall.open.map(nameOf))}</dd>
        <dt>{t('web-records:report.hukou.earliest')}</dt>
        <dd data-testid="report-hukou-earliest">
          {a.overall.earliest
            ? t('web-records:report.hukou.routes', { month: a.overall.earliest, routes: join(a.overall.earliestRoutes.map(nameOf)) })
            : t('web-records:report.hukou.none')}
        </dd>
      </dl>
      {a.plan.length ? (
        <>
          <h3>{t('web-records:report.hukou.change')}</h3>
          <ul>
            {a.plan.map((p) => (
              <li key={say(p, 'en')}>{say(p, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {first ? (
        <>
          <h3>{t('web-records:report.hukou.documents')}</h3>
          <ul className="documents">
            {first.documents.map((d) => (
              <li key={d.key}>☐ {say(d, lang)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
