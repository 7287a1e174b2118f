import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../src/engine/types.ts';
import { say } from '../i18n/index.ts';

/**
 * The total, announced politely to screen readers on every change, and the gap to 120 in large type.
 * When the status is not "scored" the official total is 0; what the items add up to is shown beside it.
 */
export function TotalCard({ assessment: a }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const gap = a.standardScore - a.total;
  const pct = Math.min(100, Math.round((a.scoreIfEligible / a.standardScore) * 100));
  return (
    <div className={`total-card ${a.reaches ? 'reaches' : ''}`}>
      <div className="total-line" aria-live="polite" aria-atomic="true">
        <span className="total-label">{t('result.total')}</span>
        <span className="total-value" data-testid="total">
          {a.total}
        </span>
        <span className="total-of">/ {a.standardScore}</span>
      </div>
      <p className="gap" data-testid="gap">
        {a.reaches ? t('result.reached', { over: a.total - a.standardScore }) : t('result.gap', { gap, score: a.standardScore })}
      </p>
      {a.status !== 'scored' ? <p className="if-eligible">{t('result.ifEligible', { score: a.scoreIfEligible })}</p> : null}
      <div
        className="progress"
        role="progressbar"
        aria-label={t('result.progress', { score: a.standardScore })}
        aria-valuemin={0}
        aria-valuemax={a.standardScore}
        aria-valuenow={Math.min(a.scoreIfEligible, a.standardScore)}
      >
        <div className="progress-bar" style={{ width: `${pct}%` }} />
      </div>
      <dl className="subtotals">
        <div>
          <dt>{t('result.basic')}</dt>
          <dd data-testid="subtotal-basic">{a.subtotals.basic}</dd>
        </div>
        <div>
          <dt>{t('result.bonus')}</dt>
          <dd data-testid="subtotal-bonus">{a.subtotals.bonus}</dd>
        </div>
        <div>
          <dt>{t('result.deductions')}</dt>
          <dd data-testid="subtotal-deductions">{a.subtotals.deductions}</dd>
        </div>
      </dl>
      <p className="version-line">
        {t('result.versionLine', {
          version: say(a.version.name, i18n.language),
          docNo: a.version.docNo,
          date: a.date,
          how: a.version.pinned ? t('result.pinned') : t('result.auto'),
        })}
        {' · '}
        {t('web-calculator:label', { label: t('result.confidence') })}
        <span className={`confidence confidence-${a.confidence}`}>{t(`confidence.${a.confidence}`)}</span>
        {' · '}
        <span className="rules-checked">{t('result.rulesChecked', { version: a.version.lastChecked, wages: a.referenceWageChecked })}</span>
      </p>
    </div>
  );
}
