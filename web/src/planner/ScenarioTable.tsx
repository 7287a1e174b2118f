import { useTranslation } from 'react-i18next';
import type { ScenarioComparison } from '../../../src/planner/index.ts';
import { say } from '../i18n/index.ts';

/** Scenarios side by side: the total today, the day each reaches 120 by waiting, and the items that differ. */
export function ScenarioTable({ comparison, labels }: { comparison: ScenarioComparison; labels: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const scenarios = comparison.scenarios;
  const first = scenarios[0]?.assessment.items ?? [];
  const rows = first.filter((item) => scenarios.some((s) => (s.assessment.items.find((i) => i.id === item.id)?.points ?? 0) !== 0));
  return (
    <div className="table-scroll scenario-scroll">
      <table className="report-table scenario-table">
        <caption>{t('planner.scenariosCaption', { date: comparison.date })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.item')}</th>
            {scenarios.map((s, i) => (
              <th key={s.label} scope="col" className={comparison.earliest === i ? 'earliest' : undefined} data-scenario={s.label}>
                {labels[s.label] ?? s.label}
                {comparison.earliest === i ? <span className="badge badge-confirm">{t('planner.earliest')}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('result.total')}</th>
            {scenarios.map((s) => (
              <td key={s.label} className="num strong" data-testid={`scenario-total-${s.label}`}>
                {s.assessment.total}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('planner.reaches', { score: scenarios[0]?.assessment.standardScore ?? '' })}</th>
            {scenarios.map((s) => (
              <td key={s.label} className="num">
                {s.reaches ? s.reaches.date : t('planner.notWithin')}
              </td>
            ))}
          </tr>
          {rows.map((item) => (
            <tr key={item.id}>
              <th scope="row">{say(item.label, lang)}</th>
              {scenarios.map((s) => {
                const it = s.assessment.items.find((i) => i.id === item.id);
                return (
                  <td key={s.label} className="num">
                    {it?.counted === false ? <s>{it.points}</s> : (it?.points ?? 0)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {scenarios.some((s) => s.unchanged) ? (
        <ul className="scenario-unchanged" data-testid="scenario-unchanged">
          {scenarios.map((s) =>
            s.unchanged ? (
              <li key={s.label}>
                {t('planner.unchanged', { label: labels[s.label] ?? s.label })}
                {say(s.unchanged, lang)}
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
    </div>
  );
}
