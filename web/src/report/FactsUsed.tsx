import { useTranslation } from 'react-i18next';
import { pathText } from '../../../src/applicant/errors.ts';
import { say } from '../i18n/index.ts';
import { factValueText, labelKey } from '../state/fact-words.ts';
import { type FactLine, factsUsed } from './facts-used.ts';

/** The facts the report was computed from; personal data only when the user ticked it. */
export function FactsUsed({ input, personal }: { input: Readonly<Record<string, unknown>>; personal: boolean }) {
  const { t } = useTranslation();
  const { lines, months } = factsUsed(input, personal);
  // The list's own name and number (教育背景第1条) from the path, the field in the form's words where it has them.
  const label = (l: FactLine) => {
    const key = labelKey(l.path);
    if (!key) return say(l.field);
    return l.keys.length > 1 ? `${say(pathText(l.keys.slice(0, -1)).field)}·${t(key)}` : t(key);
  };
  return (
    <section className="report-facts" data-testid="facts-used">
      <h2>{t('web-records:report.facts')}</h2>
      <p className="field-hint">{t(personal ? 'web-records:report.personalShown' : 'web-records:report.personalHidden')}</p>
      <table className="report-table">
        <tbody>
          {lines.map((l) => (
            <tr key={l.path} data-path={l.path}>
              <th scope="row">{label(l)}</th>
              <td>{factValueText(t, l.path, l.value)}</td>
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
