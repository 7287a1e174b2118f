import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../src/engine/types.ts';

/**
 * On a phone the result sits below a long form: a bar fixed at the bottom keeps the total and the gap in view from
 * the first field on, and its button takes the reader (and the focus) to the full result.
 */
export function MiniTotal({ assessment: a, onShow }: { assessment: Assessment; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="mini-total" aria-label={t('web-calculator:summary.label')} data-testid="summary-bar">
      <span>
        {t('result.total')} <strong data-testid="summary-total">{a.total}</strong> / {a.standardScore}
      </span>
      <span>{a.reaches ? t('result.reachedShort') : t('result.gapShort', { gap: a.standardScore - a.total })}</span>
      <button type="button" onClick={onShow}>
        {t('web-calculator:summary.jump')}
      </button>
    </section>
  );
}
