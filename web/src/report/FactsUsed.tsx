import { useTranslation } from 'react-i18next';
import { say } from '../i18n/index.ts';
import { factsUsed } from './facts-used.ts';

/** The facts the report was computed from; personal data only when the user ticked it. */
export function FactsUsed({ input, personal }: { input: Readonly<Record<string, unknown>>; personal: boolean }) {
  const { t } = useTranslation();
  const { lines, months } = factsUsed(input, personal);
  const value = (v: string | number | boolean) =>
    typeof v === 'boolean' ? t(v ? 'web-records:history.yes' : 'web-records:history.no') : String(v);
  return (
    <section className="report-facts" data-testid="facts-used">
      <h2>{t('web-records:report.facts')}</h2>
      <p className="field-hint">{t(personal ? 'web-records:report.personalShown' : 'web-records:report.personalHidden')}</p>
      <table className="report-table">
        <tbody>
          {lines.map((l) => (
            <tr key={l.path} data-path={l.path}>
              <th scope="row">{say(l.field)}</th>
              <td>{value(l.value)}</td>
            </tr>
          ))}
          {months ? (
            <tr data-path="socialInsurance">
              <th scope="row">{t('web-records:report.siHistory')}</th>
              <td>{t('web-records:report.siMonths', months)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}
