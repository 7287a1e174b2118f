import { useTranslation } from 'react-i18next';
import type { NearMiss } from '../../../src/planner/types.ts';
import { say } from '../i18n/index.ts';

/** What waiting alone changes in the coming year (the planner's near miss), said before anything else. */
export function NearMissHeadline({ nearMiss }: { nearMiss: NearMiss | null }) {
  const { t, i18n } = useTranslation();
  if (!nearMiss) return null;
  return (
    <p className={`near-miss ${nearMiss.points > 0 ? 'near-miss-gain' : 'near-miss-loss'}`} data-testid="near-miss">
      <strong>{t('result.nearMiss')}</strong> {say(nearMiss.text, i18n.language)}
    </p>
  );
}
