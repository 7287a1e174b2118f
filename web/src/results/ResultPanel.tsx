import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../src/engine/types.ts';
import type { NearMiss } from '../../../src/planner/types.ts';
import { say } from '../i18n/index.ts';
import { DocumentList } from './DocumentList.tsx';
import { ItemGroups } from './ItemGroups.tsx';
import { NearMissHeadline } from './NearMissHeadline.tsx';
import { StatusNotices } from './StatusNotices.tsx';
import { TotalCard } from './TotalCard.tsx';

/**
 * Everything an assessment says, in reading order: what waiting alone changes in the coming year, what blocks it,
 * the total and gap, the items, the papers.
 */
export function ResultPanel({ assessment: a, nearMiss = null }: { assessment: Assessment; nearMiss?: NearMiss | null }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="result-panel">
      <NearMissHeadline nearMiss={nearMiss} />
      <StatusNotices assessment={a} />
      <TotalCard assessment={a} />
      {a.warnings.length ? (
        <ul className="warnings" aria-label={t('result.warnings')}>
          {a.warnings.map((w) => (
            <li key={say(w, 'en')}>{say(w, i18n.language)}</li>
          ))}
        </ul>
      ) : null}
      <ItemGroups items={a.items} />
      <details className="documents-block">
        <summary>{t('result.documents', { count: a.documents.length })}</summary>
        <DocumentList documents={a.documents} />
      </details>
    </div>
  );
}
