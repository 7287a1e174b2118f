import { useTranslation } from 'react-i18next';
import { msg } from '../../../src/core/message.ts';
import type { Assessment } from '../../../src/engine/types.ts';
import { say } from '../i18n/index.ts';

/**
 * The breakdown as a table: every item, with its explanation, why not (each failed condition and what would
 * change it), what is to confirm, the documents it needs, its article and confidence.
 */
export function BreakdownTable({ assessment: a }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows = a.items;
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
            <th scope="row">{say(i.label, lang)}</th>
            <td className="num">
              {i.counted ? i.points : <s>{i.points}</s>}
              {i.counted ? '' : ` ${t('item.notCounted')}`}
            </td>
            <td>
              {say(i.explanation, lang)}
              {i.conditions
                .filter((c) => c.status === 'failed')
                .map((c) => (
                  <div key={c.id} className="report-why-not" data-why-not={c.id}>
                    {say(msg('engine:join.labelled', { label: t('item.whyNot'), value: c.text }), lang)}
                    {c.fix ? ` → ${say(c.fix, lang)}` : ''}
                  </div>
                ))}
              {i.conditions
                .filter((c) => c.status === 'confirm')
                .map((c) => (
                  <div key={c.id} className="report-confirm">
                    {say(msg('engine:join.labelled', { label: t('condition.confirm'), value: c.text }), lang)}
                  </div>
                ))}
              {i.documents.length ? (
                <div className="report-documents">
                  {t('web-records:report.itemDocuments', {
                    documents: i.documents.map((d) => say(d)).join(t('web-records:report.listJoin')),
                  })}
                </div>
              ) : null}
              <div className="report-article">{say(i.article, lang)}</div>
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
