import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../src/engine/types.ts';

/** On a phone the result sits below a long form: a bar fixed at the bottom keeps the total in view. */
export function MiniTotal({ assessment: a, onShow }: { assessment: Assessment; onShow: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="mini-total" aria-hidden="true">
      <span>
        {t('result.total')} <strong>{a.total}</strong> / {a.standardScore}
      </span>
      <span>{a.reaches ? t('result.reachedShort') : t('result.gapShort', { gap: a.standardScore - a.total })}</span>
      <button type="button" tabIndex={-1} onClick={onShow}>
        {t('result.details')}
      </button>
    </div>
  );
}
