import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../src/engine/types.ts';
import { pick } from '../i18n/index.ts';

/** The breakdown as a table: every item with points or something to confirm, with its article and confidence. */
export function BreakdownTable({ assessment: a }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = a.items.filter((i) => i.points !== 0 || i.conditions.some((c) => c.status === 'confirm'));
  return (
    <table className="report-table">
      <caption>{t('report.breakdownCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.item')}</th>
          <th scope="col">{t('report.points')}</th>
          <th scope="col">{t('report.explanation')}</th>
          <th scope="col">{t('item.confidence')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((i) => (
          <tr key={i.id} data-item={i.id}>
            <th scope="row">{pick(i.label, lang)}</th>
            <td className="num">
              {i.counted ? i.points : <s>{i.points}</s>}
              {i.counted ? '' : ` ${t('item.notCounted')}`}
            </td>
            <td>
              {pick(i.explanation, lang)}
              {i.conditions
                .filter((c) => c.status === 'confirm')
                .map((c) => (
                  <div key={c.id} className="report-confirm">
                    {t('condition.confirm')}：{pick(c.text, lang)}
                  </div>
                ))}
              <div className="report-article">{pick(i.article, lang)}</div>
            </td>
            <td>{t(`confidence.${i.confidence}`)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('result.total')}</th>
          <td className="num" data-testid="report-total">
            {a.total}
          </td>
          <td colSpan={2}>
            {a.reaches
              ? t('result.reached', { over: a.total - a.standardScore })
              : t('result.gap', { gap: a.standardScore - a.total, score: a.standardScore })}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
